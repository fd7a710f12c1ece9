// Claude Platform (Claude Developer Platform / Console) — facts from Anthropic's own pages: the Commercial Terms
// (effective 17 Jun 2025, read from Open Terms Archive's verbatim copy and cited at anthropic.com), the Privacy Center
// (API retention, ZDR), the Help Center (Mythos-class retention, Jun 2026) and the platform.claude.com docs (models
// overview with prices, API and data retention read via a verbatim docs mirror, computer-use security notes).
// Prices: stored copies of the models overview differ by date; the newest one (listing Claude Fable 5.2) is used.
// Hosts: console.anthropic.com and platform.claude.com (console + docs); the older docs.anthropic.com is not matched.
import type { ToolInput } from '../schema.ts';
import { commercialTerms, computerUseDocs, trainingSources } from '../sources/anthropic.ts';

const modelsOverview = {
  // Stored with tracking-style query parameters (?model=…&seen=…), removed here.
  url: 'https://platform.claude.com/docs/en/models/overview',
  title: 'Claude Platform docs — Models overview (current lineup and per-model prices)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const opus5Page = {
  url: 'https://platform.claude.com/docs/about-claude/models/whats-new-opus-5',
  title: 'Claude Platform docs — Claude Opus 5 (legacy) model page: cache and Batch API pricing',
  kind: 'official',
  checked: '2026-11-28',
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
  checked: '2026-11-28',
} as const;

const zdr = {
  url: 'https://privacy.claude.com/en/articles/8956058-i-have-a-zero-data-retention-agreement-with-anthropic-what-products-does-it-apply-to',
  title: 'Anthropic Privacy Center — Zero data retention: which products does it apply to?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const retentionDocs = {
  url: 'https://platform.claude.com/docs/en/build-with-claude/api-and-data-retention',
  title: 'Claude Developer Platform docs — API and data retention (ZDR scope, HIPAA readiness, feature eligibility)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const mythosRetention = {
  url: 'https://support.claude.com/en/articles/15425996',
  title: 'Claude Help Center — Data retention practices for Mythos-class models (in effect from 9 Jun 2026)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiRetentionReport = {
  url: 'https://dangerousrobot.org/research/sources/2025/claude-data-retention-policies-storage-rules-and-compliance-overview',
  title: 'Dangerous Robot — Claude data retention policies overview (late 2025)',
  kind: 'third-party',
  checked: '2026-11-28',
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
    'The model lineup and prices change often (stored docs copies range from Claude 4.6 to Fable 5.2 lineups); check the models overview before budgeting',
    'Zero data retention is by arrangement only and does not cover the Console/Workbench, Batch, Files API, code execution, skills or the MCP connector',
    'Mythos-class models (e.g. Claude Fable 5.x) keep prompts and outputs for 30 days for safety review, even under ZDR',
  ],
  privacy: {
    training: { default: 'off', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'Nothing to opt out of: the Commercial Terms say Anthropic may not train models on customer content, and the retention docs say retained data is never used for training without express permission. Feedback you send (e.g. thumbs up/down) is kept separately for 5 years.',
    retention:
      'The Privacy Center says API inputs and outputs are deleted from the back end within 30 days unless a ZDR or other agreement applies (a third-party overview reports a cut to 7 days from 15 Sep 2025, not confirmed on an official page). Feature exceptions per the docs: Batch results 29 days, code-execution containers up to 30 days, Files API until you delete. Flagged content: inputs/outputs up to 2 years, classifier scores up to 7 years. Since 9 Jun 2026, Mythos-class model traffic is kept 30 days even under ZDR.',
    humanReview:
      'Content flagged for Usage Policy violations can be kept up to 2 years for enforcement, even under ZDR or HIPAA arrangements; Mythos-class model traffic is retained for trust-and-safety review. How much human reading happens otherwise is not stated.',
    storage:
      'unknown — the docs list a data-residency routing option (inference_geo), but where data is stored by default was not read.',
    business:
      'This is the business offering: Commercial Terms with an incorporated DPA; ZDR by arrangement (Messages and Token Counting APIs, and Claude Code with commercial keys); HIPAA-ready API access with a signed BAA for eligible features.',
    sources: [orgRetention, retentionDocs, zdr, mythosRetention, commercialTerms, apiRetentionReport],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Claude Fable 5.2 (input)',
        price: 8,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $40/MTok. Mythos-class model (30-day safety retention).',
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
    read: '2026-11-28',
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
        'Anthropic began keeping prompts and outputs of Mythos-class models (Claude Mythos 5, Fable 5) for 30 days for trust-and-safety review on every platform, including for zero-data-retention organisations.',
    },
    {
      date: '2026-11-28',
      change:
        'Re-sourced from official texts: Commercial Terms replace tracker summaries; prices updated to the newest stored models overview (Fable 5.2, Opus 5.5, Sonnet 5.5, Haiku 5.5); ZDR scope, feature retention and Mythos-class retention added; prompt-injection and disclaimer blog posts replaced by Anthropic docs.',
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
      note: 'No training on customer content and short default retention; ZDR is available by arrangement, but several features (Batch, Files API, code execution) and Mythos-class models keep data longer.',
      sources: [orgRetention, retentionDocs, mythosRetention, commercialTerms],
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
