// Cohere dashboard — added 2026-12-01. Facts from Cohere's own pages, read on 2026-12-01 from stored copies: the Data
// Usage Policy (cohere.com, last update 13 Sep 2024), the Enterprise Data Commitments (cohere.com, last update 8 Oct
// 2024), the docs page on API keys and rate limits (docs.cohere.com) and the docs page "How Does Cohere's Pricing Work?",
// read through Cohere's own docs repository on GitHub (cohere-ai/cohere-developer-experience, cited at docs.cohere.com
// with the repository file in `via`).
// Host: dashboard.cohere.com is where Cohere's own docs send people to create API keys
// (https://dashboard.cohere.com/api-keys) and to register (https://dashboard.cohere.com/welcome/register); only that host
// is claimed (cohere.com, the marketing site, is not).
// Training parts: default on with a dashboard opt-out — "Sharing your data for training on the Cohere SaaS Platform
// helps improve our models for you, but if you want to opt out, we make it easy. You can opt out from your prompts,
// generations, and finetune data being used to train Cohere models in your dashboard settings at any time." The Data
// Usage Policy's opt-out is written for commercial customers' API data and excludes "data sent through our free
// services" and end-user products such as the Playground; what happens to free/trial data was not read on a Cohere page
// (only trackers describe it), so the scope says so and nothing is claimed about it.
// Prices: per-model prices (cohere.com/pricing) were not read; the pricing docs page describes per-token, per-search
// and per-embedded-token billing and a free, limited trial key.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown (training default/opt-out/scope incl. the commercial-API
// limit of the written opt-out and the Google Drive exclusion, 30-day deletion, misuse review, private deployments,
// trial/production keys and billing units all re-found in the Data Usage Policy, Enterprise Data Commitments, rate-limits
// page and the pricing docs file); optOutHow reworded to the policy's own words.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const dataUsagePolicy = {
  url: 'https://cohere.com/data-usage-policy',
  title: 'Cohere Data Usage Policy (last update 13 Sep 2024)',
  kind: 'official',
  published: '2024-09-13',
  checked: CHECKED,
} as const;

const enterpriseCommitments = {
  url: 'https://cohere.com/enterprise-data-commitments',
  title: 'Cohere Enterprise Data Commitments (last update 8 Oct 2024)',
  kind: 'official',
  published: '2024-10-08',
  checked: CHECKED,
} as const;

const rateLimits = {
  url: 'https://docs.cohere.com/docs/rate-limits',
  title: 'Cohere Docs: Different Types of API Keys and Rate Limits',
  kind: 'official',
  checked: CHECKED,
} as const;

const pricingDocs = {
  url: 'https://docs.cohere.com/docs/how-does-cohere-pricing-work',
  title: "Cohere Docs: How Does Cohere's Pricing Work?",
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/cohere-ai/cohere-developer-experience/blob/main/fern/pages/going-to-production/how-does-cohere-pricing-work.mdx',
    title: "Cohere's own docs repository on GitHub (source of docs.cohere.com)",
  },
} as const;

export default {
  id: 'cohere-dashboard',
  name: 'Cohere dashboard',
  vendor: 'Cohere Inc.',
  category: 'developer platform/API',
  homepage: 'https://dashboard.cohere.com/',
  officialDomains: ['cohere.com'],
  match: [{ host: 'dashboard.cohere.com' }],
  summary:
    'Console for Cohere’s API (Command, Embed and Rerank models); prompts, generations and fine-tune data are used to train Cohere models unless an admin opts out in the dashboard settings.',
  capabilities: [
    'API keys for Cohere’s Command chat models, Embed and Rerank',
    'Free, rate-limited trial keys and paid production keys',
    'Fine-tuning with your own data',
    'Organisation-level data opt-out in dashboard settings',
  ],
  limits: [
    'Prompts, generations and fine-tune data are used to train Cohere models unless you opt out in the dashboard settings; the written opt-out covers commercial API data, not free services or the Playground',
    'Cohere keeps API data for up to 30 days to monitor for misuse, and its safety and security teams may review prompts and generations',
    'Trial keys are limited to 1,000 API calls a month and lower rate limits',
    'Per-model prices were not read in this pass',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'Prompts, generations and fine-tune data "used to train Cohere models" (the Data Usage Policy: "training and improving our models, or enhancing Cohere’s offerings"). The opt-out is written for commercial customers’ API data; data sent through free services and end-user products such as the Playground is outside that policy and its treatment was not read. Content from connected Google Drive is never used for training.',
    },
    optOutHow:
      'An organisation administrator uses the API data opt-out in the Cohere dashboard settings ("Organization administrators may access this in Cohere dashboard settings"; "You can opt out ... in your dashboard settings at any time").',
    retention:
      'Unless required by law or contract, Cohere deletes commercial API data (prompts, outputs, embeddings, documents, fine-tune data) after 30 days; for up to 30 days it is kept to monitor compliance with Cohere’s terms and usage policy.',
    humanReview:
      'Yes, for misuse: when classifiers or prompt-injection filters flag possible misuse, Cohere’s safety and security teams may review user prompts, generations and logs; flagged prompts may be aggregated without customer identifiers to evaluate safety detection.',
    storage: 'unknown',
    business:
      'In private deployments and deployments on third-party cloud AI/ML platforms, Cohere does not receive customer prompts or generations. On the Cohere SaaS Platform, the dashboard opt-out applies; content from connected third-party apps such as Google Drive is never used for training.',
    sources: [dataUsagePolicy, enterpriseCommitments],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'Trial (evaluation) keys are free but limited to 1,000 API calls a month and lower rate limits; production keys are paid. Generative models are billed per input and output token (priced differently), Rerank per search and Embed per embedded token; per-model prices on cohere.com/pricing were not read.',
    read: CHECKED,
    sources: [pricingDocs, rateLimits],
  },
  copyright: {
    ownership: 'unknown — Cohere’s terms of use were not read.',
    commercialUse:
      'Cohere describes free trial keys as the way to test applications and build proofs of concept, and production keys as the paid, less limited tier; its commercial terms were not read.',
    indemnity: 'unknown — Cohere’s terms of use were not read.',
    sources: [pricingDocs, rateLimits],
  },
  security: {
    promptInjection:
      'Cohere runs in-house classifiers and prompt-injection guard filters on its SaaS Platform to label potentially violating prompts and trigger threat detection.',
    incidents: [],
    enterpriseControls:
      'Organisation-level training opt-out, 30-day deletion of API data, and private or third-party-cloud deployments in which Cohere receives no prompts or generations.',
    sources: [enterpriseCommitments, dataUsagePolicy],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'A Cohere account; every account can create free trial keys, and production keys are paid.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [rateLimits, pricingDocs],
  },
  alternatives: ['openai-platform', 'claude-platform', 'mistral-la-plateforme', 'together-ai'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: training default on with a dashboard opt-out, its scope (commercial API data; free services and the Playground outside; Google Drive content never used), 30-day deletion and compliance retention, misuse review, private/third-party-cloud deployments, trial/production keys (1,000 calls a month) and per-token/per-search billing confirmed in Cohere's own pages. optOutHow reworded to the policy's words. Nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text generation (Command models), embeddings and reranking through the API.',
      sources: [rateLimits, pricingDocs],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Cohere’s own model families: Command chat models (including Reasoning, Translate and Vision variants), Embed and Rerank.',
      sources: [rateLimits],
    },
    trainingData: {
      status: 'caution',
      note: 'Your prompts, generations and fine-tune data are used to train Cohere models unless an admin opts out in the dashboard; the written opt-out covers commercial API data only.',
      sources: [enterpriseCommitments, dataUsagePolicy],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no quality figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no accuracy guidance read; check outputs.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted API; Cohere also offers private deployments and deployments on third-party cloud platforms.',
      sources: [enterpriseCommitments],
    },
    apiAvailability: {
      status: 'good',
      note: 'API with trial keys (about 20 chat requests a minute, 1,000 calls a month) and production keys (500 chat requests a minute for most Command models; newer variants via sales).',
      sources: [rateLimits],
    },
    pricingModel: {
      status: 'caution',
      note: 'Pay per token (generation, embedding) or per search (Rerank) on production keys; trial keys are free but capped. Per-model prices not read.',
      sources: [pricingDocs, rateLimits],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on by default with a dashboard opt-out; API data is deleted after 30 days, and flagged prompts may be reviewed by Cohere’s safety team.',
      sources: [dataUsagePolicy, enterpriseCommitments],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — Cohere’s terms of use were not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Cohere filters prompts for injection and misuse on its platform; like any model API, apps built on it must still handle untrusted input.',
      sources: [enterpriseCommitments],
    },
  },
} satisfies ToolInput;
