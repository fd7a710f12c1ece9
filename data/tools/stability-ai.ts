// Stability AI — official sources: the general Privacy Policy and Terms of Service (both effective 31 July 2025),
// read 2026-12-01 through Open Terms Archive copies on GitHub (see `via`; the official URLs are the ones the Terms
// themselves link to), the Stable App privacy policy (2024), the Community License announcement and the July 2025 API
// price-update notice on stability.ai (the last three not re-read; they keep 2026-11-28). Hosts: stability.ai +
// platform.stability.ai (unchanged).
// Review findings resolved 2026-12-01:
// - Finding 4: training now rests on Stability's own Privacy Policy and Terms: Inputs and Outputs are used "to train and
//   improve our models" (default on), and both documents say you can opt out, linking to
//   stability.ai/privacy-center#optout — that page was not in the stored corpus, so the opt-out route stays 'unknown'
//   (optOutHow explains that an opt-out exists). The ConductAtlas policy/terms pages were removed.
// - The proxied copy of the Terms (i73746162696c697479o6169z.oszar.com) and the wiki quoting its output clause were
//   replaced by the official Terms URL read via Open Terms Archive. The "users carry the indemnity burden" reading came
//   only from ConductAtlas and is now unknown.
// - Prices: no Stability pricing page was in the corpus and the July 2025 notice was not re-read, so credit prices are
//   now unknown; the reseller (Puter) breakdown stays only as a third-party source for which services exist.
// Second reading 2026-12-01: 10 claims confirmed, 0 made unknown (training on/opt-out exists/route unknown, scope,
// optOutHow, retention, humanReview unknown, storage, business, credit price unknown with one-year expiry, free tier)
// — Privacy Policy and Terms (31 July 2025) re-read in the Open Terms Archive copies; the Community License
// announcement re-read on stability.ai.
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
  checked: '2026-12-01',
} as const;

const apiPriceUpdate = {
  url: 'https://stability.ai/api-pricing-update-25',
  title: 'Stability AI: API Price Update (new credit prices from 1 August 2025; two APIs retired)',
  kind: 'official',
  published: '2025-07-09',
  checked: '2026-11-28',
} as const;

const privacyPolicy = {
  url: 'https://stability.ai/privacypolicy',
  title: 'Stability AI Privacy Policy',
  kind: 'official',
  published: '2025-07-31',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/306ffd4909ddf3aa4ac7c7cc34221b72d04108b4/Stability%20AI/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const terms = {
  url: 'https://stability.ai/terms-of-service',
  title: 'Stability AI Terms of Service',
  kind: 'official',
  published: '2025-07-31',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/082d6b8f760a1fc9748e8043888ca1bec0815806/Stability%20AI/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy',
  },
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
    'API billed in prepaid service credits, which expire one year after purchase unless stated otherwise',
    'Minimum age 18 under the July 2025 terms',
    'Self-hosting is free only below US$1M annual revenue; above that an Enterprise licence is needed',
    "Hosted-service Inputs and Outputs are used to train Stability's models unless you opt out",
    'Do not enter sensitive personal data (the app terms forbid it)',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope: 'your Inputs and Outputs (prompts, images, audio and results), used "to train and improve our models"',
    },
    optOutHow:
      "Stability's Privacy Policy and Terms say you can opt out of the use of your Inputs and Outputs to train its models and link to stability.ai/privacy-center#optout; that page could not be read, so whether the route is a setting or a request is unknown. Other privacy requests go to privacy@stability.ai. Self-hosting the open weights keeps data off Stability's servers.",
    retention:
      'Kept "as long as reasonably necessary" for the policy\'s purposes, depending on your agreement, disputes and legal requirements; no fixed periods are given.',
    humanReview: 'unknown',
    storage:
      "Processed on servers outside the EEA, Switzerland and the UK, including Stability's servers in the US (adequacy decisions or standard contractual clauses). The controller is Stability AI Ltd (UK) for the EEA, UK and Switzerland and Stability AI US Services Corporation elsewhere.",
    business:
      "If you sign up with an organisation's e-mail domain, your account may be linked to its enterprise account and its administrator may view your Inputs and Outputs. Other hosted business data terms were not read; organisations can instead self-host the open models under the Community or Enterprise licence.",
    sources: [privacyPolicy, terms, licenseUpdate],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'API service credits (prepaid)',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Credits are bought in advance and deducted per call; the credit price and per-service costs were not read on a Stability page.',
      },
    ],
    freeTier:
      'unknown for the hosted API (no free-credit offer was read on a Stability page); open-weight models are free to self-host for research, non-commercial use, and commercial use below US$1M annual revenue.',
    read: '2026-12-01',
    sources: [terms, apiPriceUpdate, licenseUpdate, apiPricing],
  },
  copyright: {
    ownership:
      'You keep your ownership in your Inputs, and Stability assigns you whatever rights it has in your Outputs (to the extent the law allows); similar Outputs may be produced for other users, and you must verify Outputs before use.',
    commercialUse:
      'Models under the Stability AI Community License may be used commercially for free by individuals and organisations with under US$1M yearly revenue; larger users need a paid Enterprise licence.',
    indemnity: "unknown — the Terms' indemnity section was not read in full; no indemnity for users was found.",
    sources: [terms, licenseUpdate],
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
    sources: [terms, apiPriceUpdate, stableAppPrivacy],
  },
  alternatives: ['midjourney', 'adobe-firefly', 'leonardo-ai', 'ideogram', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: added the official July 2025 API price notice; output ownership and minimum age (18) filled from copies of the July 2025 terms; dropped a free-credits aggregator.',
    },
    {
      date: '2026-12-01',
      change:
        "Re-read Stability's Privacy Policy and Terms (31 July 2025) via Open Terms Archive. Training stays on by default, now from Stability's own text with scope filled; an opt-out exists but its route (privacy-center page) could not be read, so it stays unknown. Retention, storage (US servers) and business (org admins may view Inputs/Outputs) filled. Removed ConductAtlas, the proxied terms copy and the wiki quote; credit prices set to unknown; indemnity unknown.",
      fields: ['training', 'retention', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: Stability's Privacy Policy and Terms (31 July 2025) re-read via Open Terms Archive and the License Update re-read on stability.ai; training default on with an opt-out (route not readable), retention, US processing and controllers, corporate-domain admin access, prepaid credits expiring after a year and the under-US$1M free self-hosting all confirmed; nothing made unknown.",
      fields: ['sources'],
    },
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
      status: 'caution',
      note: 'Prepaid credits deducted per call, expiring after a year; current per-service prices were not read on a Stability page, so check the developer platform before budgeting.',
      sources: [terms, apiPriceUpdate],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Stability's policy uses your Inputs and Outputs to train its models by default; it says you can opt out (route not read) and data is processed in the US. Self-host the open weights if data is sensitive.",
      sources: [privacyPolicy, terms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Stability assigns you its rights in outputs, but the UK Getty case (Nov 2025) left training legality open, US suits continue, and no indemnity was found.',
      sources: [terms, gettyDla, gettyMilbank],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
