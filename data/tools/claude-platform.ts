// Claude Platform (Claude Developer Platform / Console) — facts from Anthropic's own pages: the Commercial Terms
// (effective 17 Jun 2025, re-read 2026-12-01 in Open Terms Archive's verbatim EEA copy and cited at anthropic.com with
// `via`), the Privacy Center (API retention, ZDR), the Help Center (Mythos-class retention) and the platform.claude.com
// docs (models overview with prices, API and data retention, computer-use security notes).
// Re-read 2026-12-01: Commercial Terms, the Mythos-class retention article, the models overview, the Privacy Center
// commercial-retention article and the (Chinese) ZDR docs page, which replaces the earlier "code-execution containers
// up to 30 days" detail with what it lists (Skills data kept while the skill runs). Not re-read (dates kept): the
// Privacy Center ZDR article, retention docs, Opus 5 page, batch docs, computer-use docs.
// Review finding 1 (Mythos-class retention under ZDR): Anthropic's Help Center article 15425996 says prompts and
// outputs of Mythos-class models "are retained for 30 days for trust and safety purposes, on every platform where
// these models are offered" (in effect from 9 Jun 2026), and that the change "only applies to organizations that have
// set up workspaces with zero data retention (ZDR)". So ZDR does not give zero retention on these models; the claim is
// kept in that form. Press reports that ZDR workspaces cannot call these models until they enable retention were not
// found on the part of the official page read, so that detail is not stated. The article names Claude Mythos 5 and
// Claude Fable 5; whether later Fable versions are designated was not read.
// Review finding 2 (prices): "Claude Fable 5.2 at $8/$40" appeared only in a stored copy of the models page carrying
// tracking-style parameters (?model=…&seen=…); every clean official copy of the models overview lists Claude Fable 5.1
// at $10/$50, so the prices below come from https://platform.claude.com/docs/about-claude/models/overview (Fable 5.1,
// Opus 5.5, Sonnet 5.5, Haiku 5.5). The Mythos-class note on the Fable price was dropped (designation not read).
// Removed: a third-party retention overview (dangerousrobot.org) and its unconfirmed "7 days from 15 Sep 2025" claim.
// Hosts: console.anthropic.com and platform.claude.com (console + docs); the older docs.anthropic.com is not matched.
// Second reading 2026-12-01: 14 claims confirmed, 2 made unknown (retention of Batch API (29 days) and Skills data, which
// rested on the Chinese ZDR page that could not be found again; "even under ZDR or HIPAA" in human review narrowed to
// what the Privacy Center says about ZDR). Confirmed: never/default/scope and feedback in the Commercial Terms @5fc5f7d;
// "never used for model training without your express permission", HIPAA/BAA and DPA; 30-day API deletion, 2/7-year
// flagged and 5-year feedback retention; Files API kept until deleted (Privacy Center ZDR article); Mythos-class 30-day
// retention and its ZDR scope (Help Center 15425996); the four model prices (Opus 5 page's current-lineup table).
// The ZDR docs source now points at the English page (Messages API and Token Counting listed as ZDR-eligible).
import type { ToolInput } from '../schema.ts';
import { commercialTerms, computerUseDocs, trainingSources } from '../sources/anthropic.ts';

const modelsOverview = {
  url: 'https://platform.claude.com/docs/about-claude/models/overview',
  title: 'Claude Platform docs — Models overview (current lineup and per-model prices)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const opus5Page = {
  url: 'https://platform.claude.com/docs/about-claude/models/whats-new-opus-5',
  title: 'Claude Platform docs — Claude Opus 5 (legacy) model page: cache and Batch API pricing, current-lineup price table',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const batchPricing = {
  url: 'https://docs.anthropic.com/de/docs/build-with-claude/batch-processing',
  title: 'Anthropic docs — Batch processing (German localisation)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const orgRetention = {
  url: 'https://privacy.anthropic.com/en/articles/7996866-how-long-do-you-store-personal-data',
  title: "Anthropic Privacy Center — How long do you store my organization's data?",
  kind: 'official',
  checked: '2026-12-01',
} as const;

const zdrDocs = {
  url: 'https://platform.claude.com/docs/en/build-with-claude/zero-data-retention',
  title: 'Claude Platform docs — Zero data retention: ZDR-eligible endpoints (Messages API, Token Counting)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const zdr = {
  url: 'https://privacy.claude.com/en/articles/8956058-i-have-a-zero-data-retention-agreement-with-anthropic-what-products-does-it-apply-to',
  title: 'Anthropic Privacy Center — Zero data retention: which products does it apply to?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const retentionDocs = {
  url: 'https://platform.claude.com/docs/en/build-with-claude/api-and-data-retention',
  title: 'Claude Developer Platform docs — API and data retention (ZDR scope, HIPAA readiness, feature eligibility)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const mythosRetention = {
  url: 'https://support.claude.com/en/articles/15425996',
  title: 'Claude Help Center — Data retention practices for Mythos-class models (policy in effect from 9 Jun 2026)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'claude-platform',
  name: 'Claude Developer Platform',
  vendor: 'Anthropic, PBC',
  category: 'developer platform/API',
  homepage: 'https://platform.claude.com/',
  officialDomains: ['anthropic.com', 'claude.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'console.anthropic.com' }, { host: 'platform.claude.com' }],
  summary:
    "Anthropic's pay-as-you-go Claude API and Console; the Commercial Terms bar training on customer content, and API inputs/outputs are deleted from the back end on a short fixed schedule unless flagged or kept by a feature.",
  capabilities: [
    'Messages API for Claude Fable, Opus, Sonnet and Haiku models (text and image input, text output)',
    'Batch processing at half the standard token price',
    'Prompt caching, Files API, tool use, web search/fetch and code execution tools',
    'Workspaces, Admin API, usage and cost API; also offered via Amazon Bedrock, Google Cloud and Microsoft Foundry',
  ],
  limits: [
    'Billed per token; output costs several times more than input',
    'The model lineup and prices change often (stored copies of the official models overview list different lineups); check it before budgeting',
    'Zero data retention is by arrangement only; per the Privacy Center it does not cover beta products or the Console Workbench, and the Files API and certain Batch API calls can override it',
    'ZDR does not give zero retention on Mythos-class models (Anthropic names Claude Mythos 5 and Claude Fable 5): their prompts and outputs are kept 30 days for trust and safety on every platform',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'models trained on Customer Content (API inputs and outputs) under the Commercial Terms; feedback a customer chooses to send is outside this and Anthropic may use it',
    },
    optOutHow:
      'Nothing to opt out of: the Commercial Terms say Anthropic may not train models on Customer Content from the Services, and the retention docs say retained data is never used for training without express permission. Feedback you send (e.g. thumbs up/down) is kept separately for 5 years.',
    retention:
      'The Privacy Center says API inputs and outputs are deleted from the back end within 30 days unless a ZDR or other agreement applies. Files uploaded through the Files API are kept until you delete them, whatever the ZDR arrangement; retention periods of other features outside ZDR (e.g. Batch, code execution) are unknown — not confirmed in this reading. Flagged content: inputs/outputs up to 2 years, classifier scores up to 7 years; feedback 5 years. Since 9 Jun 2026, prompts and outputs of Mythos-class models are kept 30 days for trust and safety on every platform, a change Anthropic says applies to organisations with ZDR.',
    humanReview:
      'Content flagged for Usage Policy violations can be kept up to 2 years for enforcement; under ZDR Anthropic still keeps safety-classifier results and may keep data where needed to combat misuse. Mythos-class model traffic is retained 30 days for trust-and-safety review. How much human reading happens otherwise is not stated in the pages read.',
    storage: 'unknown — the docs list a data-residency routing option (inference_geo), but where data is stored by default was not read.',
    business:
      'This is the business offering: Commercial Terms with an incorporated DPA; ZDR by arrangement (eligible APIs such as the Messages and Token Counting APIs, and products using a commercial API key, including Claude Code); HIPAA-ready API access with a signed BAA for eligible features.',
    sources: [commercialTerms, orgRetention, zdrDocs, retentionDocs, zdr, mythosRetention],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Claude Fable 5.1 (input)',
        price: 10,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $50/MTok.',
      },
      {
        name: 'Claude Opus 5.5 (input)',
        price: 4,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $20/MTok.',
      },
      {
        name: 'Claude Sonnet 5.5 (input)',
        price: 2,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $10/MTok.',
      },
      {
        name: 'Claude Haiku 5.5 (input)',
        price: 0.1,
        currency: 'USD',
        period: 'usage',
        note: 'Listed as "from" $0.10 per million input tokens and from $0.50/MTok output.',
      },
    ],
    freeTier: 'unknown',
    read: '2026-12-01',
    sources: [modelsOverview, opus5Page, batchPricing],
  },
  copyright: {
    ownership:
      'The Commercial Terms say the customer keeps all rights to its inputs and owns its outputs; Anthropic assigns to the customer whatever rights it has in outputs.',
    commercialUse:
      'Building commercial products on the API is the purpose of the Commercial Terms; they forbid using the services to build competing products or train competing AI models.',
    indemnity:
      "Anthropic defends customers against third-party IP claims over their paid, authorised use of the services (including the data used to train the models) and the outputs of that use; carve-outs include customer modifications or combinations of services or outputs, and claims about the customer's own inputs.",
    sources: [commercialTerms],
  },
  security: {
    promptInjection:
      "Anthropic's computer-use docs warn that Claude may follow instructions found in web pages or images even against the user's instructions; Anthropic runs prompt-injection classifiers for computer use and recommends sandboxed VMs, domain allowlists and human confirmation of consequential actions.",
    incidents: [],
    enterpriseControls:
      'Workspaces, Admin API, Usage and Cost API and data-residency routing (per the docs); ZDR and HIPAA-ready organisations (which automatically block non-eligible features) by arrangement.',
    sources: [computerUseDocs, retentionDocs, zdr],
  },
  availability: {
    regions: "unknown — the Commercial Terms refer to Anthropic's Supported Regions Policy, which was not read.",
    minAge: 'unknown',
    account:
      'Business account (the Commercial Terms say the services are not for consumer use) with Console organisations, API keys and pay-as-you-go billing; models are also sold through Amazon Bedrock, Google Cloud and Microsoft Foundry.',
    platforms: ['api', 'web'],
    status: 'generally available',
    sources: [retentionDocs, commercialTerms],
  },
  alternatives: ['openai-platform', 'google-ai-studio', 'mistral-la-plateforme', 'deepseek-platform'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-06-09',
      change:
        'Anthropic began keeping prompts and outputs of Mythos-class models (Claude Mythos 5, Fable 5) for 30 days for trust-and-safety review on every platform; its help article says the change applies to organisations with zero data retention.',
    },
    {
      date: '2026-11-28',
      change:
        'Re-sourced from official texts: Commercial Terms replace tracker summaries; prices updated to the newest stored models overview (Fable 5.2, Opus 5.5, Sonnet 5.5, Haiku 5.5); ZDR scope, feature retention and Mythos-class retention added; prompt-injection and disclaimer blog posts replaced by Anthropic docs.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training set to never (the Commercial Terms commit that Anthropic may not train models on Customer Content); Fable 5.2 at $8/$40 replaced by Fable 5.1 at $10/$50 from the clean official models overview; Mythos-class retention re-worded to what Anthropic’s article says (30 days on every platform, a change applying to ZDR organisations); third-party retention overview and its 7-day claim removed; Commercial Terms copy moved to `via`.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: never-train commitment, feedback carve-out, API 30-day deletion, flagged/feedback retention, Files API retention, Mythos-class 30-day retention, HIPAA/BAA/DPA and the Fable 5.1 / Opus 5.5 / Sonnet 5.5 / Haiku 5.5 prices confirmed; Batch (29 days) and Skills retention made unknown (their Chinese ZDR docs page could not be found again); human-review wording narrowed to what Anthropic says about ZDR; ZDR docs source switched to the English page.',
      fields: ['retention', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text output from text and image (incl. PDF) input, with tool use and batch processing through one API.',
      sources: [modelsOverview, retentionDocs],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Anthropic does not disclose model architecture in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'good',
      note: 'Customer API content may not be used for training under the Commercial Terms; the models themselves were trained on public web data, licensed datasets and user/crowd-worker data.',
      sources: [commercialTerms, trainingSources],
    },
    outputQuality: {
      status: 'unknown',
      note: 'Varies by model; no evaluation was read for this entry.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Anthropic bias-mitigation documentation was read for this entry.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The Commercial Terms make the customer responsible for judging outputs and require telling users that factual claims in outputs may be false; validate facts and generated code in your pipeline.',
      sources: [commercialTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted inference; costs can be cut with prompt caching and the 50%-off Batch API.',
      sources: [opus5Page, batchPricing],
    },
    apiAvailability: {
      status: 'good',
      note: 'The API is the product, with SDKs, an Admin API and third-party cloud distribution.',
      sources: [retentionDocs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Metered per million tokens with separate rates for input, cache writes/hits and output; models and prices change often and long agent runs can get expensive.',
      sources: [modelsOverview],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'The Commercial Terms bar training on customer content and default retention is short; ZDR is available by arrangement, but the Files API, certain Batch calls and Mythos-class models keep data longer.',
      sources: [orgRetention, retentionDocs, mythosRetention, commercialTerms, zdr],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Outputs belong to the customer and Anthropic offers IP indemnity for paid, authorised use, with carve-outs.',
      sources: [commercialTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Agentic apps built on the API inherit prompt-injection risk from any untrusted content they read; isolate tool results and limit permissions.',
      sources: [computerUseDocs],
    },
  },
} satisfies ToolInput;
