// Stability AI — official sources: Stable App privacy policy (2024), the Community License announcement and the
// July 2025 API price-update notice on stability.ai. The current general Terms (effective 2025-07-31) were read only
// through a proxied copy of stability.ai/terms-of-service and a wiki quoting its output clause; the general Privacy
// Policy only via ConductAtlas. Per-image API credit costs still come from a reseller's tutorial (Puter).
// Hosts: stability.ai + platform.stability.ai (unchanged).
import type { ToolInput } from '../schema.ts';

const stableAppPrivacy = {
  url: 'https://stability.ai/stable-assistant-privacy-policy',
  title: 'Stability AI: Stable App Privacy Policy (Stable Assistant, Stable Artisan)',
  kind: 'official',
  published: '2024-06-27',
  checked: '2026-11-28',
} as const;

const licenseUpdate = {
  url: 'https://stability.ai/news/license-update',
  title: 'Stability AI: License Update (Stability AI Community License)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiPriceUpdate = {
  url: 'https://stability.ai/api-pricing-update-25',
  title: 'Stability AI: API Price Update (new credit prices from 1 August 2025; two APIs retired)',
  kind: 'official',
  published: '2025-07-09',
  checked: '2026-11-28',
} as const;

const termsCopy = {
  url: 'https://i73746162696c697479o6169z.oszar.com/terms-of-service',
  title: 'Proxied copy of Stability AI Terms of Service (stability.ai/terms-of-service), effective 31 July 2025',
  kind: 'third-party',
  published: '2025-07-31',
  checked: '2026-11-28',
} as const;

const termsOutputQuote = {
  url: 'https://continuum-universes.com/index.php?curid=892&oldid=4499&title=Template%3AStable_Diffusion',
  title: 'Wiki template quoting section 4 (Inputs and Outputs) of the Stability AI Terms of Service',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyTrainingSummary = {
  url: 'https://conductatlas.com/platform/stability-ai/stability-ai-privacy-policy/ai-model-training-use-of-user-content/',
  title: 'ConductAtlas: Stability AI Privacy Policy — AI model training use of user content',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const termsSummary = {
  url: 'https://conductatlas.com/platform/stability-ai/stability-ai-terms-of-service/history/',
  title: 'ConductAtlas: Stability AI Terms of Service summary',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const apiPricing = {
  url: 'https://developer.puter.com/tutorials/stability-ai-api-pricing/',
  title: 'Puter (a reseller of model access): Stability AI API pricing breakdown (June 2026)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const gettyDla = {
  url: 'https://www.dlapiper.com/en/insights/publications/2025/11/getty-images-v-stability-ai-the-uk-high-court-decision-offers-guidance-but-critical-questions-on-ai',
  title: 'DLA Piper: Getty Images v Stability AI — the UK High Court decision',
  kind: 'third-party',
  published: '2025-11-05',
  checked: '2026-11-28',
} as const;

const gettyMilbank = {
  url: 'https://www.milbank.com/en/news/a-win-for-ai-developers-getty-images-v-stability-ai.html',
  title: 'Milbank: A win for AI developers — Getty Images v Stability AI',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'stability-ai',
  name: 'Stability AI',
  vendor: 'Stability AI',
  category: 'image',
  homepage: 'https://stability.ai/',
  officialDomains: ['stability.ai'],
  match: [{ host: 'stability.ai' }, { host: 'platform.stability.ai' }],
  summary:
    'Maker of the Stable Diffusion models, offered as a credit-billed image API, consumer apps such as Stable Assistant, and downloadable open weights under a community licence.',
  capabilities: [
    'Text-to-image via API (Stable Image Ultra, Stable Image Core, SD 3.5 family)',
    'Image editing, upscaling and control services via API',
    'Audio generation (Stable Audio) via API',
    'Open-weight models you can self-host',
  ],
  limits: [
    'API billed per operation in prepaid credits; prices for several services rose on 1 August 2025',
    'Minimum age 18 under the July 2025 terms',
    'Self-hosting is free only below US$1M annual revenue; above that an Enterprise licence is needed',
    'Hosted-service inputs and outputs may be used to train models',
    'Do not enter sensitive personal data (the app terms forbid it)',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'No self-serve opt-out was found; third-party analysis suggests asking privacy@stability.ai to exclude or delete your data. Self-hosting the open weights keeps data off Stability’s servers.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage:
      'unknown where data is stored; under the July 2025 terms you contract with Stability AI Ltd (UK) in the UK, EU and Switzerland and with Stability AI US Services Corporation elsewhere.',
    business:
      'unknown for hosted business use; organisations can instead run the open models on their own infrastructure under the Community or Enterprise licence.',
    sources: [privacyTrainingSummary, termsSummary, termsCopy, stableAppPrivacy, licenseUpdate],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'API credits (1,000-credit top-up)',
        price: 10,
        currency: 'USD',
        period: 'usage',
        note: '1 credit = US$0.01; Stable Image Ultra 8 credits/image, SD 3.5 Large 6.5, Core 3 (reseller breakdown, June 2026). Official notice: from 1 Aug 2025 e.g. Creative upscale 60 credits, Fast upscale 2, edits 5, text-to-audio 20.',
      },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'usage', note: 'Custom pricing with bulk discounts via sales (official notice).' },
    ],
    freeTier:
      'New developer-platform accounts reportedly get 25 free credits (third-party, not confirmed officially); open-weight models are free to self-host for research, non-commercial use, and commercial use below US$1M annual revenue.',
    read: '2026-11-28',
    sources: [apiPriceUpdate, apiPricing, licenseUpdate],
  },
  copyright: {
    ownership:
      'Per copies of the July 2025 terms, you keep your Inputs and Stability assigns you whatever rights it has in your Outputs (to the extent the law allows); similar outputs may be produced for other users, and you must check outputs before use.',
    commercialUse:
      'Models under the Stability AI Community License may be used commercially for free by individuals and organisations with under US$1M yearly revenue; larger users need a paid Enterprise licence.',
    indemnity:
      'None found; a third-party reading of the Terms says users carry the indemnity burden for third-party IP claims.',
    sources: [termsCopy, termsOutputQuote, licenseUpdate, termsSummary],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'unknown for the hosted API; self-hosting the open weights gives an organisation full control over where data goes.',
    sources: [licenseUpdate],
  },
  availability: {
    regions: 'unknown',
    minAge: 18,
    account:
      'Stability AI account for the developer platform (API key) or the Stable apps; the July 2025 terms require users to be 18 or the local minimum age, whichever is higher. Open weights downloadable separately.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [termsCopy, apiPriceUpdate, stableAppPrivacy],
  },
  alternatives: ['midjourney', 'adobe-firefly', 'leonardo-ai', 'ideogram', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-11-28', change: 'Review: added the official July 2025 API price notice; output ownership and minimum age (18) filled from copies of the July 2025 terms; dropped a free-credits aggregator.' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Images through hosted API services, plus editing, upscaling, control, 3D and audio generation.',
      sources: [apiPriceUpdate, apiPricing],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Stable Diffusion 3.5 models are open-weight and self-hostable; Stable Image Ultra and Core are hosted API services.',
      sources: [licenseUpdate, apiPricing],
    },
    trainingData: {
      status: 'risk',
      note: 'Getty Images alleged Stable Diffusion was trained on millions of scraped Getty photos; the UK court did not rule on the training claim itself.',
      sources: [gettyDla],
    },
    outputQuality: { status: 'unknown', note: 'No vendor-independent quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'No bias evaluation or mitigation details were read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Image services are not factual-answer tools; no prompt-adherence evaluation was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Use the hosted API with no hardware, or self-host the open weights on your own GPUs.',
      sources: [licenseUpdate, apiPricing],
    },
    apiAvailability: {
      status: 'good',
      note: 'REST API with API keys and prepaid credits deducted per call; endpoints can be retired at short notice (two were shut in July 2025).',
      sources: [apiPriceUpdate, apiPricing],
    },
    pricingModel: {
      status: 'good',
      note: 'Flat per-call credit costs (about US$0.03–0.08 per image for generation models per a reseller breakdown); Stability raised several service prices in August 2025 and offers custom enterprise pricing.',
      sources: [apiPriceUpdate, apiPricing],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Per third-party analysis, the policy lets Stability use prompts, inputs and outputs to train models with no clear opt-out; self-host if data is sensitive.',
      sources: [privacyTrainingSummary, stableAppPrivacy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Stability assigns you its rights in outputs, but the UK Getty case (Nov 2025) left training legality open, US suits continue, and no indemnity was found.',
      sources: [termsCopy, gettyDla, gettyMilbank, termsSummary],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
