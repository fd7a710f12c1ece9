// Fireworks AI — added 2026-12-01. Facts from Fireworks' own docs (docs.fireworks.ai), read on 2026-12-01 from stored
// copies: Data Security and Zero Data Retention policy (Markdown exports), Secure Training, Account quotas, Billing
// management (Markdown export) and "What is a token?". Sources are cited at their docs.fireworks.ai URLs, with the
// Markdown export in `via` where that is what was read.
// Training parts: Fireworks "does not log or store prompt or generation data for open models, without explicit user
// opt-in" (inference is zero data retention by default) and says customer training data "is never used to train
// Fireworks-owned or shared models". Neither sentence says inference inputs are not used for training, so the default is
// 'unknown' (second reading); no separate training opt-out was found, so optOut is unknown and never stays false.
// Closed models reached through Fireworks' routers are not covered.
// Billing: an older stored HTML copy of the billing page described post-paid monthly invoices; the Markdown export
// (newer wording) describes pre-paid credits with optional auto top-up — the newer text is used.
// Hosts: fireworks.ai and www.fireworks.ai; app.fireworks.ai (the dashboard) was seen only in a third-party report
// (Postman's API score citing the signup page), not re-read on a Fireworks page.
// Second reading 2026-12-01: 12 claims confirmed, 2 made unknown (privacy.training.default 'off' -> 'unknown',
// checklist.trainingData 'good' -> 'unknown').
import type { ToolInput } from '../schema.ts';

const dataSecurity = {
  url: 'https://docs.fireworks.ai/guides/security_compliance/data_security',
  title: 'Fireworks Docs: Data Security',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://docs.fireworks.ai/guides/security_compliance/data_security.md',
    title: 'Markdown export of the same page',
  },
} as const;

const secureTraining = {
  url: 'https://docs.fireworks.ai/guides/security_compliance/secure_training',
  title: 'Fireworks Docs: Secure Training',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const zdrPolicy = {
  url: 'https://docs.fireworks.ai/accounts/zero-data-retention',
  title: 'Fireworks Docs: Zero Data Retention policy',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: 'https://docs.fireworks.ai/accounts/zero-data-retention.md', title: 'Markdown export of the same page' },
} as const;

const accountQuotas = {
  url: 'https://docs.fireworks.ai/guides/quotas_usage/account-quotas',
  title: 'Fireworks Docs: Account quotas (spending tiers and request limits)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const billing = {
  url: 'https://docs.fireworks.ai/faq/billing-pricing-usage/billing/billing-management',
  title: 'Fireworks Docs FAQ: Billing management',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://docs.fireworks.ai/faq/billing-pricing-usage/billing/billing-management.md',
    title: 'Markdown export of the same page',
  },
} as const;

const whatIsToken = {
  url: 'https://docs.fireworks.ai/faq-new/models-inference/what-is-a-token',
  title: 'Fireworks Docs FAQ: What is a token?',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://docs.fireworks.ai/faq-new/models-inference/what-is-a-token.md',
    title: 'Markdown export of the same page',
  },
} as const;

export default {
  id: 'fireworks-ai',
  name: 'Fireworks AI',
  vendor: 'Fireworks AI',
  category: 'developer platform/API',
  homepage: 'https://fireworks.ai/',
  officialDomains: ['fireworks.ai'],
  match: [{ host: 'fireworks.ai' }, { host: 'www.fireworks.ai' }, { host: 'app.fireworks.ai' }],
  summary:
    'Inference and fine-tuning platform for open models; Fireworks says it does not log or store prompts or generations for open models unless you opt in, though a few features (stored responses, batch, training) do keep content.',
  capabilities: [
    'Serverless per-token inference for open models',
    'On-demand GPU deployments',
    'Fine-tuning, including bring-your-own-bucket and a Training API',
    'Spending tiers and budget controls',
  ],
  limits: [
    'Stored responses, batch jobs and training keep customer content; the account-wide Zero Data Retention policy that blocks them is an Enterprise feature',
    'Usage draws on pre-paid credits; without auto top-up, usage pauses when credits run out',
    'Without a payment method the account is limited to 10 requests per minute, and monthly budgets are capped by spending tier',
    'Per-model prices were not read in this pass',
  ],
  privacy: {
    training: {
      default: 'unknown',
      optOut: 'unknown',
      never: false,
      scope:
        'unknown for inference inputs — the Fireworks pages read say only that prompt and generation data for open models is not logged or stored "without explicit user opt-in" (a storage statement, not a training one); separately, customer fine-tuning data is "never used to train Fireworks-owned or shared models". No statement read for closed models reached through Fireworks',
    },
    optOutHow:
      'unknown — no training setting was found; logging of open-model prompts happens only with explicit opt-in, and Enterprise admins can enforce a Zero Data Retention policy.',
    retention:
      'Prompts and generations for open models are not written to persistent storage by default. Stored responses, batch jobs and training do keep customer content; datasets on Fireworks-managed storage stay until you delete them. Enterprise accounts can enable a Zero Data Retention policy that rejects requests and jobs that would persist content.',
    humanReview: 'unknown',
    storage:
      'Training data on Fireworks-managed storage is kept in Google Cloud Storage (with a reference in Fireworks’ database); you can bring your own GCS bucket instead. Data is encrypted in transit (TLS 1.2+) and at rest (AES-256).',
    business:
      'Enterprise accounts get the account-wide Zero Data Retention policy; contracted customers may be billed post-paid; audit reports are in Fireworks’ Trust Center. Fireworks says customers maintain ownership of their data.',
    sources: [dataSecurity, secureTraining, zdrPolicy, billing],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'Pre-paid credits are used first, with optional auto top-up; serverless usage is billed per prompt, cached prompt and generated token (per-model prices not read). Spending tiers cap the monthly budget: $50 with a valid payment method, $500 after $50 in credits, $5,000 after $500, $50,000 after $5,000, unlimited by arrangement. Models API management calls are free.',
    read: '2026-12-01',
    sources: [billing, whatIsToken, accountQuotas],
  },
  copyright: {
    ownership: 'Fireworks says customers maintain ownership of their data; terms on ownership of model outputs were not read.',
    commercialUse: 'unknown — Fireworks’ terms of service were not read.',
    indemnity: 'unknown — Fireworks’ terms of service were not read.',
    sources: [dataSecurity],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance read.',
    incidents: [],
    enterpriseControls:
      'Enterprise Zero Data Retention policy set by account admins, budget controls and spending tiers, bring-your-own-bucket storage, encryption in transit and at rest, and audit reports in the Trust Center.',
    sources: [zdrPolicy, accountQuotas, dataSecurity],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'A Fireworks account; adding a payment method lifts the request limit from 10 to 6,000 requests per minute, and adding credits unlocks higher spending tiers.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [accountQuotas, billing],
  },
  alternatives: ['together-ai', 'openai-platform', 'mistral-la-plateforme', 'deepseek-platform'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: confirmed on Fireworks' own docs the not-logged-or-stored statement for open-model prompts, the fine-tuning-data commitment, the Enterprise Zero Data Retention policy, GCS/BYOB storage and encryption, data ownership, pre-paid credits with auto top-up, token billing, spending tiers and request limits. Made unknown: the training default (was off) — the cited texts say prompts are not stored, not that inference inputs are not used for training; the Privacy Policy sentence on training was seen only in a tracker (ConductAtlas), so it is not used. The trainingData checklist row is now unknown.",
      fields: ['training', 'other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Serverless and on-demand model inference, plus fine-tuning jobs.',
      sources: [accountQuotas, secureTraining],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Serves open models, on shared serverless capacity or on dedicated on-demand GPU deployments.',
      sources: [dataSecurity, accountQuotas],
    },
    trainingData: {
      status: 'unknown',
      note: 'unknown whether inference prompts can be used for training: Fireworks says open-model prompts are not logged or stored without opt-in and that your fine-tuning data is never used to train Fireworks-owned or shared models, but no written no-training commitment for inference inputs was found on its own pages.',
      sources: [dataSecurity, secureTraining],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — depends on the model chosen; no figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no accuracy guidance read; validate outputs.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted; dedicated GPU deployments are available within account quotas.',
      sources: [accountQuotas],
    },
    apiAvailability: {
      status: 'good',
      note: 'API with an account-wide limit of 6,000 requests per minute once a payment method is on file (10 without).',
      sources: [accountQuotas],
    },
    pricingModel: {
      status: 'caution',
      note: 'Per-token and per-GPU usage drawn from pre-paid credits, with monthly budgets capped by spending tier; per-model prices not read.',
      sources: [billing, whatIsToken, accountQuotas],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'Zero data retention by default for open-model inference; features that store content are listed, and Enterprise accounts can block them.',
      sources: [dataSecurity, zdrPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Customers keep ownership of their data; output ownership and any IP indemnity were not read.',
      sources: [dataSecurity],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No incident reviewed; data is encrypted in transit and at rest and audit reports are in the Trust Center, but no prompt-injection guidance was read.',
      sources: [dataSecurity],
    },
  },
} satisfies ToolInput;
