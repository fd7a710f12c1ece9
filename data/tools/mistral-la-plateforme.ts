// Mistral La Plateforme — facts from help.mistral.ai, docs.mistral.ai and mistral.ai/terms plus third-party policy trackers.
// Note: Mistral's current help/docs call the developer console "Mistral AI Studio" and point to an Admin panel; the
// console.mistral.ai host is kept (seen in official docs), but other Studio/admin hosts were not verified.
import type { ToolInput } from '../schema.ts';

const helpTraining = {
  url: 'https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models',
  title: 'Mistral Help Center: Do you use my user data to train your AI models?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpOptOut = {
  url: 'https://help.mistral.ai/en/articles/455207-can-i-opt-out-of-my-input-or-output-data-being-used-for-training',
  title: 'Mistral Help Center: Can I opt out of my input or output data being used for training?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const docsPrivacy = {
  url: 'https://docs.mistral.ai/admin/security-access/privacy',
  title: 'Mistral Docs: Privacy (data usage, training opt-out, GDPR rights)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const docsTiers = {
  url: 'https://docs.mistral.ai/admin/user-management-finops/tier',
  title: 'Mistral Docs: Rate limits and usage tiers',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const docsTiersOld = {
  url: 'https://docs.mistral.ai/deployment/laplateforme/tier',
  title: 'Mistral Docs (older): Rate limit and usage tiers on la Plateforme',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpRateLimits = {
  url: 'https://help.mistral.ai/en/articles/424390-how-do-api-rate-limits-work-and-how-do-i-increase-them%C2%A0',
  title: 'Mistral Help Center: How do API rate limits work and how do I increase them?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const billingDocs = {
  url: 'https://docs.mistral.ai/admin/user-management-finops/billing',
  title: 'Mistral Docs: Billing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const terms = {
  url: 'https://mistral.ai/terms',
  title: 'Mistral AI Terms of Service',
  kind: 'official',
  published: '2025-05-07',
  checked: '2026-11-28',
} as const;

const terms2023 = {
  url: 'https://mistral.ai/terms-of-service/',
  title: 'Mistral AI Terms of Service (older version, last updated Sep 2023)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const trustCollection = {
  url: 'https://help.mistral.ai/en/collections/789666-trust-security-compliance',
  title: 'Mistral Help Center: Trust, Security & Compliance collection (ZDR, DPA, SOC 2/ISO 27001)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiRetentionTracker = {
  url: 'https://conductatlas.com/platform/mistral-ai/mistral-ai-privacy-policy/data-retention-api-inputs-and-outputs-30-day-rolling-window/',
  title: 'ConductAtlas: Mistral privacy policy — API inputs/outputs 30-day rolling retention',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ownershipTracker = {
  url: 'https://conductatlas.com/platform/mistral-ai/mistral-ai-terms-of-service/output-ownership-assignment/',
  title: 'ConductAtlas: Mistral terms — output ownership assignment',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const euHosting = {
  url: 'https://char.com/blog/mistral-data-retention-policy',
  title: 'Char blog: Mistral AI Data Retention Policy',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'mistral-la-plateforme',
  name: 'Mistral La Plateforme',
  vendor: 'Mistral AI',
  category: 'developer platform/API',
  homepage: 'https://console.mistral.ai/',
  match: [{ host: 'console.mistral.ai' }],
  summary:
    "Mistral AI's developer console and pay-as-you-go API (now branded Mistral AI Studio); paid Scale traffic is not used for training, the free tier may be.",
  capabilities: [
    'API access to Mistral chat, code, OCR and embedding models',
    'Fine-tuning and Agents APIs',
    'Organisation/Workspace management, usage limits and billing',
    'Zero Data Retention on request for eligible API use',
  ],
  limits: [
    'Free mode (Experiment) has restrictive rate limits meant for evaluation only',
    'Free-tier inputs and outputs may be used for training unless you opt out',
    'Standard API traffic is kept 30 days for abuse monitoring unless ZDR is active',
    'Rate-limit tiers rise with cumulative spend; above Tier 4 you must ask support',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Experiment (free) users can switch off training in the Admin Console Privacy menu; Scale (pay-as-you-go) customers are opted out by default.',
    retention:
      'Per trackers of the privacy policy: API inputs/outputs are kept 30 rolling days for abuse monitoring unless Zero Data Retention is on; Agents and fine-tuning data stay until you delete them or close the account.',
    humanReview: 'unknown',
    storage:
      'A third-party review says data is hosted in the EU by default, with an optional US endpoint; not confirmed on an official page read here.',
    business:
      'Scale plan data is not used for training; a DPA, sub-processor list and Zero Data Retention are described in the help centre. Mistral OCR has its own data rules.',
    sources: [helpTraining, helpOptOut, docsPrivacy, apiRetentionTracker, euHosting, trustCollection],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'Free mode (Experiment) is on by default with limited rate limits for prototyping; production use needs the Scale plan, billed per token with no upfront cost. Per-model token prices were not read on an official page.',
    read: '2026-11-28',
    sources: [docsTiers, billingDocs, helpRateLimits],
  },
  copyright: {
    ownership:
      'Third-party readings of the terms say you own your inputs and Mistral assigns you its rights in outputs, to the extent the law allows.',
    commercialUse:
      'The platform is intended for building your own commercial applications (stated in older terms); check the current terms for restrictions.',
    indemnity: 'unknown',
    sources: [terms, terms2023, ownershipTracker],
  },
  security: {
    promptInjection:
      'unknown — no API-specific prompt-injection guidance read; your application must treat model output and retrieved content as untrusted.',
    incidents: [],
    enterpriseControls:
      'Organisation-level rate limits and per-Workspace spending caps; Zero Data Retention, DPA and SOC 2/ISO 27001 information in the help centre.',
    sources: [docsTiers, billingDocs, trustCollection],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'Mistral account with billing details required to go beyond the free tier; API keys are issued per Workspace.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [terms, billingDocs, docsTiersOld],
  },
  alternatives: ['openai-platform', 'claude-platform', 'google-ai-studio', 'deepseek-platform'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Programmatic text, code, OCR and embedding outputs from Mistral models.',
      sources: [helpTraining, billingDocs],
    },
    modelArchitecture: {
      status: 'caution',
      note: "Mistral's own model families; architecture details were not read in this pass (some models ship as open weights).",
      sources: [helpTraining],
    },
    trainingData: {
      status: 'unknown',
      note: 'unknown — pre-training data sources were not documented in the pages read.',
      sources: [],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official benchmark read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM output can be wrong; Mistral’s terms warn the technology is early-stage. Validate outputs in your app.',
      sources: [terms2023],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted API; no local GPU needed.',
      sources: [billingDocs],
    },
    apiAvailability: {
      status: 'good',
      note: 'REST API with keys per Workspace; rate limits by tier.',
      sources: [docsTiers, helpRateLimits],
    },
    pricingModel: {
      status: 'caution',
      note: 'Pay per token with a limited free mode; current per-model prices were not confirmed here, so check the console before budgeting.',
      sources: [billingDocs, docsTiers],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Paid Scale traffic is not trained on and ZDR exists, but the free tier may be trained on unless you opt out and standard traffic is kept 30 days. Docs and help centre differ on the free tier.',
      sources: [helpTraining, helpOptOut, docsPrivacy, apiRetentionTracker],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Output rights are reportedly assigned to you, but no IP indemnity was found.',
      sources: [ownershipTracker],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No public incident found; protect API keys (limits and spend apply per Organization).',
      sources: [docsTiers, trustCollection],
    },
  },
} satisfies ToolInput;
