// Leonardo.Ai — official: leonardo.ai Privacy Policy (25 Aug 2025) and Data Processing Addendum (both last read
// 2026-11-28; not found in the stored corpus on 2026-12-01), docs.leonardo.ai API pages (PAYG guide and Quick Start
// re-read 2026-12-01; pricing FAQ and calculator keep 2026-11-28). Help-centre articles live on intercom.help, which is
// not Leonardo's domain and no leonardo.ai URL for them was found, so they stay third-party. Terms of Service details
// come from third-party summaries (ConductAtlas) and are used only for non-privacy rows. Hosts: leonardo.ai + app.leonardo.ai.
// Review findings resolved 2026-12-01:
// - Finding 4: the training value ('on' + settings opt-out) rested only on ConductAtlas pages, which even disagree on the
//   route (account setting vs. e-mail to privacy@leonardo.ai). Leonardo's own Privacy Policy/Terms could not be re-read,
//   so training, opt-out and scope are now unknown and the ConductAtlas training pages were removed.
// - Finding 5: assay.tools was removed with the claims resting on it (API-key scopes, no SOC 2); intercom.help sources
//   remain marked third-party. Tracker-only storage claims (Australia/US processing) are now unknown.
// Second reading 2026-12-01: 8 claims confirmed, 0 made unknown (training/optOutHow/retention/humanReview/storage
// unknown, business unknown, free tier and API pay-as-you-go, no plan prices) — PAYG guide, Quick Start and the
// intercom-hosted commercial-usage article re-read.
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

const paygGuide = {
  url: 'https://docs.leonardo.ai/docs/payg-guide.md',
  title: 'Leonardo.Ai API docs: Pay-As-You-Go (PAYG) Guide',
  kind: 'official',
  published: '2026-01-28',
  checked: '2026-12-01',
} as const;

const quickStart = {
  url: 'https://docs.leonardo.ai/docs/getting-started.md',
  title: 'Leonardo.Ai API docs: Quick Start Guide',
  kind: 'official',
  published: '2026-06-26',
  checked: '2026-12-01',
} as const;

const commercialHelp = {
  url: 'https://intercom.help/leonardo-ai/en/articles/8044018-commercial-usage',
  title: 'Leonardo.Ai help centre (hosted on intercom.help): Commercial Usage',
  kind: 'third-party',
  checked: '2026-12-01',
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
    "Whether prompts and outputs train Leonardo's models could not be confirmed from Leonardo's own text",
    'Commercial rights depend on plan; ownership tied to an active paid subscription',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      "unknown — Leonardo's own Privacy Policy and Terms could not be re-read on 2026-12-01; third-party trackers describe a training opt-out but disagree on whether it is an account setting or an e-mail to privacy@leonardo.ai.",
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'unknown — Leonardo publishes a Data Processing Addendum for business customers (last read 2026-11-28, not re-read); its terms are not summarised here.',
    sources: [privacyPolicy, dpa],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'A free app plan exists (its generations are public, per the intercom-hosted help centre); subscription prices were not read on an official page. The API is pay-as-you-go with no monthly commitment, and API access is separate from free or web-app subscriptions.',
    read: '2026-12-01',
    sources: [paygGuide, quickStart, apiPricingFaq, commercialHelp],
  },
  copyright: {
    ownership:
      'While a paid subscription is active, you own your images. Public images (all free-plan output) are covered by a perpetual licence to Leonardo and a licence to other users within the service.',
    commercialUse:
      'Personal and commercial use is allowed under the Terms, but free-plan work is public and remixable, so it is a poor fit for confidential or exclusive designs.',
    indemnity: 'None found; a third-party reading says the Terms disclaim that outputs are free of third-party IP infringement.',
    sources: [commercialHelp, tosHistory],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'unknown beyond a Data Processing Addendum for business customers (not re-read on 2026-12-01).',
    sources: [dpa],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Leonardo.Ai account; API credit is bought from the API Access page and is separate from free or web-app subscriptions. Third-party summaries disagree on the minimum age (13 vs 18).',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [quickStart, tosSummary, tosHistory],
  },
  alternatives: ['midjourney', 'adobe-firefly', 'ideogram', 'stability-ai', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-12-01',
      change:
        'Training changed from on/settings opt-out to unknown: it rested only on ConductAtlas, and Leonardo\'s own policy could not be re-read. Removed the ConductAtlas training and privacy pages and assay.tools (API-key scope and SOC 2 claims); storage and business details now unknown. API pay-as-you-go re-read on docs.leonardo.ai; the "free API credit" claim was dropped.',
      fields: ['training', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read the PAYG guide and Quick Start on docs.leonardo.ai and the intercom-hosted commercial-usage article; pay-as-you-go API without monthly commitment, API separate from web-app plans and public free-plan output confirmed; privacy fields correctly stay unknown; nothing made unknown.',
      fields: ['sources'],
    },
  ],
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
      status: 'unknown',
      note: 'Neither base-model training data nor whether user prompts and outputs are used for training is documented in Leonardo text read.',
      sources: [],
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
      note: 'Production REST API, pay-as-you-go with manual or automatic top-ups and dollar-based costs; each response reports its credit cost.',
      sources: [paygGuide, apiCalculator],
    },
    pricingModel: {
      status: 'caution',
      note: 'Token/credit costs vary widely by feature (e.g. Alchemy costs many times a default image); subscription prices were not confirmed.',
      sources: [tokenHelp, apiCalculator],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Free-plan output is public (per the intercom-hosted help centre), and whether prompts and outputs train Leonardo's models could not be confirmed from its own text; use a paid private plan and check the current policy before uploading client material.",
      sources: [privacyPolicy, commercialHelp],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Ownership only while subscribed; public images are perpetually licensed to Leonardo and other users; no indemnity found.',
      sources: [commercialHelp, tosHistory],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
