// Leonardo.Ai — official: leonardo.ai Privacy Policy (25 Aug 2025), Data Processing Addendum, docs.leonardo.ai API
// pricing pages. Help-centre articles live on intercom.help (not Leonardo's own domain), so they are marked
// third-party. Terms of Service details come from third-party summaries. Hosts: leonardo.ai + app.leonardo.ai.
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://leonardo.ai/privacy-policy/',
  title: 'Leonardo.Ai Privacy Policy',
  kind: 'official',
  published: '2025-08-25',
  checked: '2026-11-28',
} as const;

const dpa = {
  url: 'https://leonardo.ai/data-processing-addendum/',
  title: 'Leonardo.Ai Data Processing Addendum',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiPricingFaq = {
  url: 'https://docs.leonardo.ai/docs/pricing-and-plans-faq',
  title: 'Leonardo.Ai API docs: Pricing & Plans FAQ (pay-as-you-go)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiCalculator = {
  url: 'https://docs.leonardo.ai/docs/plan-with-the-pricing-calculator',
  title: 'Leonardo.Ai API docs: Plan with the Pricing Calculator',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const commercialHelp = {
  url: 'https://intercom.help/leonardo-ai/en/articles/8044018-commercial-usage',
  title: 'Leonardo.Ai help centre (hosted on intercom.help): Commercial Usage',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const tokenHelp = {
  url: 'https://intercom.help/leonardo-ai/en/articles/8044033-token-usage',
  title: 'Leonardo.Ai help centre (hosted on intercom.help): Token usage',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const tosSummary = {
  url: 'https://conductatlas.com/platform/leonardo-ai/leonardo-ai-terms-of-service/',
  title: 'ConductAtlas: Leonardo.Ai Terms of Service analysis',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const tosHistory = {
  url: 'https://conductatlas.com/platform/leonardo-ai/leonardo-ai-terms-of-service/history/',
  title: 'ConductAtlas: Leonardo.Ai Terms of Service summary and history',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const tosTrainingClause = {
  url: 'https://conductatlas.com/platform/leonardo-ai/leonardo-ai-terms-of-service/ai-training-data-licence-over-user-inputs-and-outputs/',
  title: 'ConductAtlas: Leonardo.Ai ToS — AI training licence over inputs and outputs',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyTrainingClause = {
  url: 'https://conductatlas.com/platform/leonardo-ai/leonardo-ai-privacy-policy/ai-model-training-use-of-user-content-and-prompts/',
  title: 'ConductAtlas: Leonardo.Ai Privacy Policy — training use of prompts and content',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacySummary = {
  url: 'https://conductatlas.com/platform/leonardo-ai/leonardo-ai-privacy-policy/',
  title: 'ConductAtlas: Leonardo.Ai Privacy Policy analysis',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const apiAssessment = {
  url: 'https://assay.tools/packages/leonardo-ai-api',
  title: 'Assay.tools: Leonardo.ai API assessment',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'leonardo-ai',
  name: 'Leonardo.Ai',
  vendor: 'Leonardo Interactive (Canva)',
  category: 'image',
  homepage: 'https://leonardo.ai/',
  officialDomains: ['leonardo.ai'],
  match: [{ host: 'leonardo.ai' }, { host: 'app.leonardo.ai' }],
  summary:
    'Canva-owned image and video generation platform with many fine-tuned models, an editing canvas and a pay-as-you-go API; free-plan output is public.',
  capabilities: [
    'Text-to-image with many fine-tuned and proprietary models',
    'Canvas editing, upscaling, background removal and image guidance',
    'Video/motion and 3D texture generation',
    'Custom model training and a production REST API',
  ],
  limits: [
    'Token (app) and credit (API) metering that varies by feature',
    'Free-plan generations are public and can be remixed by others',
    'Prompts and outputs may be used for training unless you opt out',
    'Commercial rights depend on plan; ownership tied to an active paid subscription',
  ],
  privacy: {
    training: { default: 'on', optOut: 'setting', never: false, scope: 'unknown' },
    optOutHow:
      'Training on prompts and outputs is on by default; third-party analyses describe the opt-out as an account setting (Terms) and as an email to privacy@leonardo.ai (Privacy Policy) — check both.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage:
      'unknown in detail; third-party reviews note processing in Australia and the US and cross-border transfers outside Australia and the EU/EEA.',
    business:
      'Business/API customers can sign a Data Processing Addendum under which Leonardo acts as processor of customer personal data.',
    sources: [privacyPolicy, privacyTrainingClause, tosTrainingClause, privacySummary, apiAssessment, dpa],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'A free app plan exists (its generations are public); subscription prices were not read on an official page. The API is pay-as-you-go with no monthly fee, and new API users get some free credit.',
    read: '2026-11-28',
    sources: [apiPricingFaq, commercialHelp],
  },
  copyright: {
    ownership:
      'While a paid subscription is active, you own your images. Public images (all free-plan output) are covered by a perpetual licence to Leonardo and a licence to other users within the service.',
    commercialUse:
      'Personal and commercial use is allowed under the Terms, but free-plan work is public and remixable, so it is a poor fit for confidential or exclusive designs.',
    indemnity:
      'None found; a third-party reading says the Terms disclaim that outputs are free of third-party IP infringement.',
    sources: [commercialHelp, tosHistory],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'A Data Processing Addendum is available; a third-party review notes API keys have no scope granularity and no documented SOC 2.',
    sources: [dpa, apiAssessment],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Leonardo.Ai account; a separate API account from the API Access tab. Third-party summaries disagree on the minimum age (13 vs 18).',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [apiPricingFaq, tosSummary, tosHistory],
  },
  alternatives: ['midjourney', 'adobe-firefly', 'ideogram', 'stability-ai', 'krea'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Images and videos, plus editing tools, upscaling and 3D texture generation.',
      sources: [tokenHelp, tosHistory],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Mix of proprietary models and fine-tuned Stable Diffusion/SDXL models; details differ per model and are not fully documented.',
      sources: [apiCalculator],
    },
    trainingData: {
      status: 'caution',
      note: 'Base-model training data is not documented in sources read; user prompts and outputs feed training by default.',
      sources: [privacyTrainingClause],
    },
    outputQuality: { status: 'unknown', note: 'No independent quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'No bias evaluation details were read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Media generator rather than a factual-answer tool; no accuracy evaluation was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted; cost is measured in tokens/credits per feature, so no local GPU is needed.',
      sources: [tokenHelp, apiCalculator],
    },
    apiAvailability: {
      status: 'good',
      note: 'Production REST API, pay-as-you-go with auto top-ups; each response reports its credit cost.',
      sources: [apiPricingFaq, apiCalculator],
    },
    pricingModel: {
      status: 'caution',
      note: 'Token/credit costs vary widely by feature (e.g. Alchemy costs many times a default image); subscription prices were not confirmed.',
      sources: [tokenHelp, apiCalculator],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training use is on by default with an opt-out, and free-plan output is public; opt out and use a paid private plan before uploading client material.',
      sources: [privacyPolicy, privacyTrainingClause, commercialHelp],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Ownership only while subscribed; public images are perpetually licensed to Leonardo and other users; no indemnity found.',
      sources: [commercialHelp, tosHistory],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
