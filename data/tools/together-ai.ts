// Together AI — added 2026-12-01. Facts from Together's own docs (docs.together.ai), read on 2026-12-01 from stored
// copies of the pages: "Privacy and security" (read through its Markdown export, which carries the newer wording and
// the api.together.ai settings link), "Zero data retention" and "Credits" (Markdown export). Ownership of content rests
// on ConductAtlas's summary of Together's Terms of Service (third-party); the official Terms were not read.
// Training parts: from the Privacy and security and Zero data retention pages — training on your data is a separate
// opt-in, off by default ("Together does not train on your data without your explicit consent"). The two pages
// disagree on storage: one says Together does not store inputs or outputs by default, the other that it stores prompts
// and responses unless the organisation enables ZDR and "may use them for product improvements"; both are recorded.
// Hosts: api.together.ai (the console/settings named in the docs), together.ai and www.together.ai.
// Second reading 2026-12-01: 8 claims confirmed, 0 made unknown.
import type { ToolInput } from '../schema.ts';

const privacySecurity = {
  url: 'https://docs.together.ai/docs/privacy-and-security',
  title: 'Together AI Docs: Privacy and security',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: 'https://docs.together.ai/docs/privacy-and-security.md', title: 'Markdown export of the same page' },
} as const;

const zeroDataRetention = {
  url: 'https://docs.together.ai/docs/zero-data-retention',
  title: 'Together AI Docs: Zero data retention',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const credits = {
  url: 'https://docs.together.ai/docs/billing-credits',
  title: 'Together AI Docs: Credits',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: 'https://docs.together.ai/docs/billing-credits.md', title: 'Markdown export of the same page' },
} as const;

const conductAtlasIp = {
  url: 'https://conductatlas.com/platform/together-ai/together-ai-terms-of-service/intellectual-property-and-user-content-license/',
  title: 'ConductAtlas: Together AI Terms of Service — Intellectual Property and User Content License',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

export default {
  id: 'together-ai',
  name: 'Together AI',
  vendor: 'Together AI',
  category: 'developer platform/API',
  homepage: 'https://www.together.ai/',
  officialDomains: ['together.ai'],
  match: [{ host: 'api.together.ai' }, { host: 'together.ai' }, { host: 'www.together.ai' }],
  summary:
    'Prepaid cloud platform for running open models (DeepSeek, Qwen, Mistral and others) on Together’s own servers; training on your data is opt-in, but its docs disagree on whether prompts are stored unless you switch on zero data retention.',
  capabilities: [
    'Serverless API for open models hosted on Together’s infrastructure',
    'Dedicated endpoints, fine-tuning and evaluation jobs',
    'Organisation-level zero data retention and privacy settings',
    'Private networking and VPC deployments for enterprises',
  ],
  limits: [
    'Zero data retention is not on by default; one Together page says prompts and responses are stored and may be used for product improvements until an organisation turns it on',
    'No free trial: access needs at least a $5 credit purchase, and API access stops when the balance reaches zero',
    'An organisation’s privacy setting overrides a member’s personal setting for requests made with the organisation’s API keys',
    'Together serves models as published, without adding its own system prompts or filtering layer',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'setting',
      never: false,
      scope:
        'use of your data "for training models" (data sharing "for training other models") — a separate opt-in that is off by default; separately, unless ZDR is on, stored prompts and responses "may be used for product improvements"',
    },
    optOutHow:
      'Training stays off unless you opt in under Privacy & Security (account profile or organisation settings; the organisation setting governs its API keys); to stop storage, set "Store prompts and model responses" to No in the organisation’s Privacy settings (zero data retention).',
    retention:
      'Together’s pages disagree: "Privacy and security" says it does not store inputs or outputs by default (temporary caching aside), while "Zero data retention" says that unless the organisation enables ZDR, Together stores prompts and responses, which you can delete at any time. ZDR is not retroactive; earlier data is deleted in settings or by e-mail.',
    humanReview: 'unknown',
    storage:
      'Third-party open models run on Together’s own infrastructure and do not call out to the model author; DeepSeek models, for example, are hosted in Together’s North America data centres. Private networking and VPC deployments are offered for data-residency needs.',
    business:
      'Scale and Enterprise customers are billed under their contracts; enterprises can arrange private networking or VPC deployments. Together says stored data "will never be shared with third parties".',
    sources: [privacySecurity, zeroDataRetention, credits],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Prepaid credits (minimum purchase)',
        price: 5,
        currency: 'USD',
        period: 'one-time',
        note: 'Minimum credit purchase to access the platform; usage is deducted per model from the balance.',
      },
    ],
    freeTier:
      'None: Together does not currently offer free trials, access requires a minimum $5 credit purchase, and the platform is fully prepaid (API access is suspended at a zero balance; auto-recharge is optional). Per-model prices on together.ai/pricing were not read.',
    read: '2026-12-01',
    sources: [credits],
  },
  copyright: {
    ownership:
      'Per ConductAtlas’s summary of the Terms (the official Terms were not read): you keep ownership of content you submit but grant Together a worldwide, royalty-free, non-exclusive licence to use, reproduce, modify and distribute it to provide and improve the services.',
    commercialUse: 'unknown — the official Terms were not read.',
    indemnity: 'unknown — the official Terms were not read.',
    sources: [conductAtlasIp],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance read.',
    incidents: [],
    enterpriseControls:
      'Organisation-level zero data retention and privacy toggles, deletion of stored data, private networking and VPC deployments.',
    sources: [zeroDataRetention, privacySecurity],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'A Together account with a positive prepaid credit balance (minimum $5 purchase); organisations manage projects, API keys and privacy settings.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [credits, privacySecurity],
  },
  alternatives: ['openai-platform', 'mistral-la-plateforme', 'deepseek-platform', 'huggingchat'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed on Together\'s own docs that training is a separate opt-in, off by default ("Together does not train on your data without your explicit consent"), the privacy setting and organisation-over-account rule, the ZDR toggle and the two pages\' conflicting storage statements, the no-third-party-sharing line, the hosting statements, and the $5 minimum prepaid purchase with no free trial; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'API inference with open models, plus dedicated endpoints, fine-tuning and evaluation jobs.',
      sources: [credits],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Open models from third-party authors, hosted at full precision on Together’s own servers without distillation.',
      sources: [privacySecurity],
    },
    trainingData: {
      status: 'good',
      note: 'Using your data for training is a separate opt-in, off by default.',
      sources: [privacySecurity, zeroDataRetention],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — depends on the model chosen; no figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'caution',
      note: 'Together says it does not force system prompts or layer censorship on top of the models, so bias and safety behaviour are whatever the model author shipped.',
      sources: [privacySecurity],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no accuracy guidance read; validate outputs.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted service; dedicated endpoints and fine-tuning jobs need enough credit balance to start.',
      sources: [credits],
    },
    apiAvailability: {
      status: 'good',
      note: 'API keys per organisation and project; requests stop if the credit balance hits zero.',
      sources: [credits, privacySecurity],
    },
    pricingModel: {
      status: 'caution',
      note: 'Fully prepaid with a $5 minimum and no free trial; per-model prices were not read.',
      sources: [credits],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training is opt-in, but zero data retention must be switched on per organisation, and Together’s own pages disagree about default storage.',
      sources: [privacySecurity, zeroDataRetention],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Per a third-party summary of the Terms, you keep ownership but grant Together a broad licence to your content to provide and improve its services.',
      sources: [conductAtlasIp],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'unknown — no incident or security guidance reviewed beyond the ZDR and private-networking options.',
      sources: [],
    },
  },
} satisfies ToolInput;
