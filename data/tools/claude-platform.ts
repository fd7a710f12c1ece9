// Claude Platform (Claude Developer Platform / Console) — facts from Anthropic's Privacy Center (API retention, ZDR),
// the platform.claude.com docs (pricing table, read from the zh-CN localisation; batch pricing from docs.anthropic.com),
// and third-party trackers for the Commercial Terms (the anthropic.com legal page was not returned by the search tool).
// Hosts: console.anthropic.com, platform.claude.com (console + docs; docs.claude.com-style docs now live here) and
// the older docs.anthropic.com.
import type { ToolInput } from '../schema.ts';

const apiPricing = {
  url: 'https://platform.claude.com/docs/zh-CN/about-claude/pricing',
  title: 'Claude Developer Platform docs — Pricing (Chinese localisation)',
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
  title: 'Claude Developer Platform docs — API and data retention',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiRetentionReport = {
  url: 'https://dangerousrobot.org/research/sources/2025/claude-data-retention-policies-storage-rules-and-compliance-overview',
  title: 'Dangerous Robot — Claude data retention policies overview (late 2025)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingSources = {
  url: 'https://privacy.anthropic.com/en/articles/7996885-how-do-you-use-personal-data-in-model-training',
  title: 'Anthropic Privacy Center — How do you use personal data in model training?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const commercialTermsTracker = {
  url: 'https://conductatlas.com/platform/anthropic/anthropic-commercial-terms/',
  title: 'ConductAtlas — summary of Anthropic Commercial Terms of Service (effective 17 Jun 2025)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const indemnityTracker = {
  url: 'https://conductatlas.com/platform/anthropic/anthropic-commercial-terms/ip-indemnification-by-anthropic/',
  title: 'ConductAtlas — Anthropic Commercial Terms: IP indemnification',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const promptInjectionNotes = {
  url: 'https://chatforest.com/ai/best-practices/prompt-injection-defense-claude-code/2026-07-04/',
  title: 'ChatForest — Prompt injection defense, Claude & Anthropic platform (as of 4 Jul 2026)',
  kind: 'third-party',
  published: '2026-07-04',
  checked: '2026-11-28',
} as const;

const disclaimers = {
  url: 'https://megaoneai.com/blog/ai-terms-of-service-trust-disclaimers',
  title: 'MegaOne AI — OpenAI, Anthropic, and Google all tell you not to trust their AI, in the fine print',
  kind: 'third-party',
  published: '2026-04-07',
  checked: '2026-11-28',
} as const;

export default {
  id: 'claude-platform',
  name: 'Claude Developer Platform',
  vendor: 'Anthropic, PBC',
  category: 'developer platform/API',
  homepage: 'https://platform.claude.com/',
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'console.anthropic.com' }, { host: 'platform.claude.com' }],
  summary:
    "Anthropic's pay-as-you-go Claude API and Console; business content is not used for training, and API inputs/outputs are deleted from the back end on a short fixed schedule unless flagged.",
  capabilities: [
    'Messages API for Claude Opus, Sonnet and Haiku models',
    'Batch processing at half the standard token price',
    'Prompt caching, Files API, tool use, web search/fetch and code execution tools',
    'Workspaces, Admin API, usage and cost API; also offered via Amazon Bedrock, Vertex AI and Microsoft Foundry',
  ],
  limits: [
    'Billed per token; output costs several times more than input',
    'Zero data retention is by approval only and excludes beta products, Workbench and the Files API',
    'The stored pricing page lists Claude 4.x-generation models; newer models may be priced differently',
  ],
  privacy: {
    training: 'off by default',
    optOut:
      'Nothing to opt out of: per the Commercial Terms (tracker summary) Anthropic may not train on customer content. Feedback you send (e.g. thumbs up/down) is kept separately for 5 years.',
    retention:
      'The stored Privacy Center page says API inputs and outputs are deleted from the back end within 30 days; a third-party overview reports this was cut to 7 days from 15 Sep 2025 — check the "API and data retention" docs page. Content flagged for Usage Policy violations is kept up to 2 years (scores up to 7 years).',
    humanReview:
      'Flagged content can be retained for trust-and-safety enforcement; even ZDR customers have User Safety classifier results kept. The extent of human review was not stated.',
    storage: 'unknown — a data-residency option is listed in the docs but was not read.',
    business:
      'This is the business offering: Commercial Terms with a DPA; ZDR and a HIPAA BAA for approved customers (ZDR also covers Claude Code used with a commercial API key).',
    sources: [orgRetention, zdr, retentionDocs, apiRetentionReport, commercialTermsTracker],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Claude Opus 4.6 (input)',
        price: 5,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $25/MTok; cache hits $0.50/MTok.',
      },
      {
        name: 'Claude Sonnet 4.6 (input)',
        price: 3,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $15/MTok; cache hits $0.30/MTok.',
      },
      {
        name: 'Claude Haiku 4.5 (input)',
        price: 1,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; output $5/MTok; cache hits $0.10/MTok.',
      },
    ],
    freeTier: 'unknown',
    read: '2026-11-28',
    sources: [apiPricing, batchPricing],
  },
  copyright: {
    ownership:
      'Per the Commercial Terms (tracker summary), the customer retains its inputs and Anthropic assigns its interest in outputs to the customer.',
    commercialUse: 'Building commercial products on the API is the purpose of the Commercial Terms.',
    indemnity:
      'Anthropic defends customers against third-party IP claims arising from authorised use of the services and from outputs, except for modified or combined outputs, customer-supplied data, or trademark use of outputs.',
    sources: [commercialTermsTracker, indemnityTracker],
  },
  security: {
    promptInjection:
      'Anthropic\'s threat model treats hidden instructions in web pages, files and tool results as the main agent risk; deliver third-party content in tool_result blocks and restrict what agents may do.',
    incidents: [],
    enterpriseControls:
      'Workspaces, Admin API, Usage and Cost API and data-residency settings (per the docs navigation); ZDR/BAA on approval.',
    sources: [promptInjectionNotes, retentionDocs, zdr],
  },
  availability: {
    regions: 'unknown — supported countries were not read.',
    minAge: 'unknown',
    account:
      'Console organisation with API keys and pay-as-you-go billing; the same models are also sold through Amazon Bedrock, Google Vertex AI and Microsoft Foundry.',
    platforms: ['api', 'web'],
    status: 'generally available',
    sources: [retentionDocs, commercialTermsTracker],
  },
  alternatives: ['openai-platform', 'google-ai-studio', 'mistral-la-plateforme', 'deepseek-platform'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and code generation with image/PDF input, tool use and batch processing through one API.',
      sources: [retentionDocs, batchPricing],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Anthropic does not disclose model architecture in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'good',
      note: 'Customer API content is not used for training; the models themselves were trained on public web data, licensed datasets and user/crowd-worker data.',
      sources: [commercialTermsTracker, trainingSources],
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
      note: 'Anthropic disclaims output accuracy and puts verification on the user; validate facts and generated code in your pipeline.',
      sources: [disclaimers],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted inference; costs can be cut with prompt caching and the 50%-off batch API.',
      sources: [apiPricing, batchPricing],
    },
    apiAvailability: {
      status: 'good',
      note: 'The API is the product, with SDKs, an Admin API and third-party cloud distribution.',
      sources: [retentionDocs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Metered per million tokens with separate rates for input, cache writes/hits and output; long agent runs can get expensive.',
      sources: [apiPricing],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on customer content and short default retention; ZDR available on approval, but some features (Files API, caching) keep data longer.',
      sources: [orgRetention, zdr, commercialTermsTracker],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Outputs are assigned to the customer and Anthropic offers IP indemnity for authorised use, with carve-outs.',
      sources: [commercialTermsTracker, indemnityTracker],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Agentic apps built on the API inherit prompt-injection risk from any untrusted content they read; isolate tool results and limit permissions.',
      sources: [promptInjectionNotes],
    },
  },
} satisfies ToolInput;
