// Recraft — added 2026-12-01. Read on 2026-12-01 from stored copies of Recraft's own pages: the AB2013 training-data
// statement (last updated 2 July 2026), the pricing page FAQ, the docs on credits, API pricing, plan upgrades and
// "Data use and model training", the ownership and commercial-use FAQ on the Recraft blog (1 Oct 2024) and llms.txt.
// Two docs pages were read on recraft.mintlify.dev, the Mintlify host that serves Recraft's docs (its pages point to
// www.recraft.ai/docs/llms.txt); they are cited at their www.recraft.ai/docs address with `via`. The API pricing page was
// read in its Markdown form (…/pricing.md), which lists the newer V4.1 models; an older HTML copy listed V3 prices.
// Studio plan prices (Pro, Teams) were not shown in the parts of the pricing page read, so they are 'unknown'.
// The credits page exists in several versions (free users get 30 or 50 credits a day); the www.recraft.ai/docs version
// (30 a day) is used. Terms of Service and Privacy Policy themselves were not in the stored copies.
// Hosts: recraft.ai and www.recraft.ai.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown (training on/setting/scope, optOutHow, retention,
// humanReview/storage unknown, business, Free 30 credits a day, Pro/Teams prices unknown, API units, free tier) —
// AB2013 statement, data-use doc, credits doc and API pricing re-read.
import type { ToolInput } from '../schema.ts';

const ab2013 = {
  url: 'https://www.recraft.ai/legal/ab2013',
  title: 'Recraft AB2013 Statement (training-data disclosure, last updated 2 July 2026)',
  kind: 'official',
  published: '2026-07-02',
  checked: '2026-12-01',
} as const;

const dataUse = {
  url: 'https://www.recraft.ai/docs/trust-and-security/data-use-and-model-training',
  title: 'Recraft docs: Data use and model training',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://recraft.mintlify.dev/docs/trust-and-security/data-use-and-model-training',
    title: 'Recraft docs as served by their Mintlify host',
  },
} as const;

const pricingPage = {
  url: 'https://www.recraft.ai/pricing',
  title: 'Recraft pricing page (FAQ section)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const creditsDoc = {
  url: 'https://www.recraft.ai/docs/plans-and-billing/credits',
  title: 'Recraft docs: Credits',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const upgradeDoc = {
  url: 'https://www.recraft.ai/docs/plans-and-billing/upgrading-and-downgrading-a-plan',
  title: 'Recraft docs: Upgrading and downgrading a plan',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://recraft.mintlify.dev/docs/plans-and-billing/upgrading-and-downgrading-a-plan',
    title: 'Recraft docs as served by their Mintlify host',
  },
} as const;

const apiPricing = {
  url: 'https://www.recraft.ai/docs/api-reference/pricing',
  title: 'Recraft API docs: Pricing',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: 'https://www.recraft.ai/docs/api-reference/pricing.md', title: 'Markdown version of the same Recraft docs page' },
} as const;

const ownershipFaq = {
  url: 'https://recraft.ai/blog/ownership-and-commercial-use-faq',
  title: 'Recraft blog: Ownership and commercial use FAQ (1 October 2024)',
  kind: 'official',
  published: '2024-10-01',
  checked: '2026-12-01',
} as const;

const llmsTxt = {
  url: 'https://www.recraft.ai/llms.txt',
  title: 'Recraft AI — Features & Practical Information (llms.txt)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'recraft',
  name: 'Recraft',
  vendor: 'Recraft',
  category: 'image',
  homepage: 'https://www.recraft.ai/',
  officialDomains: ['recraft.ai'],
  match: [{ host: 'recraft.ai' }, { host: 'www.recraft.ai' }],
  summary:
    'AI image and vector-graphics generator for designers; individual accounts’ prompts and images train Recraft’s models by default (toggle in settings), and images made on the free plan belong to Recraft and are public.',
  capabilities: [
    'Raster and vector (SVG) image generation and editing, mock-ups, upscaling, background removal',
    'Custom styles from reference images',
    'Third-party image and video models inside Recraft Studio, billed in credits',
    'Pay-as-you-go API with per-image prices',
  ],
  limits: [
    'Prompts, images and chat content from individual accounts train Recraft’s models by default until you switch off “Share data to improve Recraft”',
    'Free-plan images are owned by Recraft, shown in the public gallery and cannot be used commercially',
    'Subscription credits reset and do not roll over; top-ups are for paid plans only',
    'API unit packages are non-refundable',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'Recraft’s proprietary image models: images you create or upload, prompts and chat content of free and paid individual accounts; Teams accounts are excluded by default and API inputs and outputs are never used',
    },
    optOutHow:
      'On desktop, open your Profile, then Preferences, and switch off “Share data to improve Recraft”; it applies to future images and text only.',
    retention:
      'Deleting your account permanently removes your personal data, per Recraft’s docs; API data is processed only to generate results and is not stored. Other retention periods were not read.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Teams-plan content is not used for training by default; content sent through the API is never used for training and is not stored.',
    sources: [dataUse, ab2013],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '30 credits a day; images public and owned by Recraft.' },
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'You pick a monthly credit amount at checkout; price not read.',
      },
      { name: 'Teams', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read.' },
      {
        name: 'API units',
        price: 1,
        currency: 'USD',
        period: 'usage',
        note: 'US$1 buys 1,000 API units; a Recraft V4.1 raster image costs $0.035 and a V4.1 Pro image $0.21. Packages are prepaid, non-refundable and do not expire.',
      },
    ],
    freeTier:
      'Free plan with 30 credits a day (a raster image costs from 1 credit, external models more); free images are public, owned by Recraft and not for commercial use.',
    read: '2026-12-01',
    sources: [creditsDoc, pricingPage, upgradeDoc, apiPricing],
  },
  copyright: {
    ownership:
      'Images made on the free plan are owned by Recraft (under the Terms as updated 12 August 2024); Recraft says a paid plan is needed to own your creations and keep them private, and images made while subscribed stay private after the subscription ends.',
    commercialUse: 'Not allowed for free-plan images created since 12 August 2024; paid plans allow commercial use per the pricing FAQ.',
    indemnity: 'unknown',
    sources: [pricingPage, ownershipFaq],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'Teams accounts are excluded from training by default; other admin controls were not read.',
    sources: [dataUse],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Account needed to generate; the free plan refills credits daily.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [llmsTxt, creditsDoc, apiPricing],
  },
  alternatives: ['ideogram', 'midjourney', 'adobe-firefly', 'leonardo-ai', 'krea'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read Recraft\'s AB2013 statement and data-use doc (individual accounts\' content trains by default, toggle "Share data to improve Recraft", Teams and API excluded, account deletion removes personal data), the credits doc (30 a day on www.recraft.ai/docs; the older docs.recraft.ai copy says 50) and API pricing (V4.1 $0.035, V4.1 Pro $0.21, $1 per 1,000 units); nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Raster and vector images, mock-ups and edits, plus video through external models, all billed in credits.',
      sources: [creditsDoc, llmsTxt],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Recraft’s own closed models (e.g. Recraft V4.1 and V4.1 Pro on the API) sit next to third-party models that Recraft’s training disclosure does not cover.',
      sources: [apiPricing, ab2013],
    },
    trainingData: {
      status: 'caution',
      note: 'Recraft says its models are trained on public data, licensed third-party data, synthetic data and content from users of individual accounts unless they opt out.',
      sources: [ab2013],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: { status: 'unknown', note: 'unknown — image generator; no prompt-adherence data was read.', sources: [] },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service in the browser and on iOS and Android; nothing runs locally.',
      sources: [llmsTxt],
    },
    apiAvailability: {
      status: 'good',
      note: 'Public API billed per image in prepaid units; API data is not stored or used for training.',
      sources: [apiPricing, dataUse],
    },
    pricingModel: {
      status: 'caution',
      note: 'Daily free credits, then paid credit plans whose credits do not roll over; external models cost more credits. Studio plan prices were not read.',
      sources: [creditsDoc, upgradeDoc],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on individual accounts is on by default with a clear settings toggle; Teams and API content are excluded.',
      sources: [dataUse, ab2013],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'On the free plan Recraft owns your images, shows them publicly and forbids commercial use; ownership and privacy require a paid plan.',
      sources: [pricingPage, ownershipFaq],
    },
    securityVulnerabilities: { status: 'unknown', note: 'unknown — no security documentation or incidents were read.', sources: [] },
  },
} satisfies ToolInput;
