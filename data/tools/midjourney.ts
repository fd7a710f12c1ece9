// Midjourney — official midjourney.com / docs.midjourney.com policy and plan pages were not in the stored corpus
// (re-checked 2026-11-28: only third-party copies and summaries came back); facts come from Midjourney's help centre
// (commercial use), an archived copy of its EU training-content summary, third-party summaries of its Terms/Privacy
// Policy (ConductAtlas, AIgree) and a third-party billing write-up for prices. Hosts: midjourney.com + www.midjourney.com.
import type { ToolInput } from '../schema.ts';

const commercialHelp = {
  url: 'https://help.midjourney.com/en/articles/8150363-can-i-use-my-images-commercially',
  title: 'Midjourney Help: Can I use my images commercially?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const trainingSummary = {
  url: 'https://raw.githubusercontent.com/AIAccountabilityLab/gpai-training-transparency/c878ebbe5a3d7585857ed203f59f34551d7e72f7/public/archive/Midjourney_Midjourney_2026_09_08.pdf',
  title: 'Archived copy of Midjourney "Public Summary of Training Content" (EU AI Act), via AIAccountabilityLab',
  kind: 'third-party',
  published: '2026-03-17',
  checked: '2026-11-28',
} as const;

const privacySummary = {
  url: 'https://conductatlas.com/platform/midjourney/midjourney-data-retention-privacy-faq/',
  title: 'ConductAtlas: summary of Midjourney Privacy Policy (policy dated 2 June 2025)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyPolicySummary = {
  url: 'https://conductatlas.com/platform/midjourney/midjourney-privacy-policy/',
  title: 'ConductAtlas: Midjourney Privacy Policy analysis',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const termsSummary = {
  url: 'https://aigr.ee/service/midjourney',
  title: 'AIgree: Midjourney terms and privacy summary',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const pricingWriteup = {
  url: 'https://docs.dodopayments.com/developer-resources/billing-deconstructions/midjourney',
  title: 'Dodo Payments (payments vendor): Midjourney billing model deconstructed — not Midjourney’s own plan page',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const apiStatus = {
  url: 'https://raw.githubusercontent.com/api-evangelist/midjourney/refs/heads/main/plans/midjourney-plans-pricing.yml',
  title: 'API Evangelist: Midjourney plans file (notes no public metered API)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const indemnityGuide = {
  url: 'https://terms.law/2026/01/15/midjourney-commercial-use-rights-complete-2026-guide/index.html',
  title: 'Terms.Law: Midjourney commercial use rights guide (2026)',
  kind: 'third-party',
  published: '2026-01-15',
  checked: '2026-11-28',
} as const;

const studioLawsuit = {
  url: 'https://www.cdomagazine.tech/aiml/disney-and-universal-sue-ai-firm-midjourney-over-copyrighted-character-use',
  title: 'CDO Magazine: Disney and Universal sue AI firm Midjourney over copyrighted character use',
  kind: 'third-party',
  published: '2025-07-07',
  checked: '2026-11-28',
} as const;

export default {
  id: 'midjourney',
  name: 'Midjourney',
  vendor: 'Midjourney, Inc.',
  category: 'image',
  homepage: 'https://www.midjourney.com/',
  officialDomains: ['midjourney.com'],
  match: [{ host: 'midjourney.com' }, { host: 'www.midjourney.com' }],
  summary:
    'Subscription text-to-image (and video) generator used through its web app and Discord, known for a strongly stylised look; generations are public by default.',
  capabilities: [
    'Text-to-image generation from prompts',
    'Image and video model family (V8 series per its 2026 training summary)',
    'Fast, Relax and Stealth generation modes depending on plan',
    'Web app and Discord bot interfaces',
  ],
  limits: [
    'No public self-serve API',
    'Generations and prompts are public unless you pay for Stealth mode (Pro/Mega)',
    'Usage metered in GPU time; Relax (unlimited queue) only on Standard and above',
    'Prompts and uploads may be used to train models',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'No training opt-out was found in the material read. Stealth mode (Pro/Mega) only hides work from the public gallery; account and data deletion is offered from midjourney.com/account.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage:
      'unknown; third-party summaries say the policy discloses international transfers and sharing with advertising/analytics partners via cookies.',
    business:
      'No separate business data terms found. Companies grossing over US$1M a year must be on Pro or Mega to use images commercially.',
    sources: [privacySummary, privacyPolicySummary, termsSummary, commercialHelp],
  },
  pricing: {
    model: 'subscription',
    plans: [
      { name: 'Basic', price: 10, currency: 'USD', period: 'month', note: 'About 3.3 Fast GPU hours; no Relax or Stealth. Read from a third-party write-up, not midjourney.com.' },
      { name: 'Standard', price: 30, currency: 'USD', period: 'month', note: '15 Fast GPU hours plus unlimited Relax. Third-party source.' },
      { name: 'Pro', price: 60, currency: 'USD', period: 'month', note: '30 Fast GPU hours, Relax, Stealth mode. Third-party source.' },
      { name: 'Mega', price: 120, currency: 'USD', period: 'month', note: '60 Fast GPU hours, Relax, Stealth mode. Third-party source.' },
    ],
    freeTier:
      'unknown — Midjourney’s own plan page could not be read; the only source read lists paid plans from US$10/month and no free plan.',
    read: '2026-11-28',
    sources: [pricingWriteup],
  },
  copyright: {
    ownership:
      'Subscribers own the images they create, even after the subscription ends (upscales of another user’s image belong to that user). Midjourney keeps a broad, perpetual licence over prompts and outputs.',
    commercialUse:
      'Allowed for paying subscribers; a business grossing more than US$1M a year needs a Pro or Mega plan for commercial use.',
    indemnity:
      'None found. A third-party legal guide states Midjourney offers no indemnity against copyright claims; Disney and Universal sued Midjourney in June 2025 over character-like outputs.',
    sources: [commercialHelp, termsSummary, indemnityGuide, studioLawsuit],
  },
  security: {
    promptInjection: 'unknown; no security guidance for the image service was found.',
    incidents: [],
    enterpriseControls:
      'unknown; the only privacy control documented in sources read is Stealth mode on Pro and Mega plans.',
    sources: [pricingWriteup, privacySummary],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Midjourney account with a paid subscription; usable via the web app at midjourney.com or the Discord bot.',
    platforms: ['web'],
    status: 'generally available',
    sources: [pricingWriteup, commercialHelp],
  },
  alternatives: ['adobe-firefly', 'ideogram', 'leonardo-ai', 'stability-ai', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-11-28', change: 'Review: no official plan or policy page found; removed an aggregator profile, marked the free tier and output quality unknown.' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates images and, per its 2026 training summary, video from text prompts; not a text or code tool.',
      sources: [trainingSummary],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary models (V8, V8.1, V8.2 listed in the 2026 training summary); architecture and weights are not published.',
      sources: [trainingSummary],
    },
    trainingData: {
      status: 'risk',
      note: 'Its EU training summary says the models train on over a billion publicly available images plus captions; Disney and Universal allege this included their copyrighted characters.',
      sources: [trainingSummary, studioLawsuit],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No vendor-independent quality evaluation was read; the only profile found was an aggregator site, which was dropped.',
      sources: [],
    },
    biasMitigation: { status: 'unknown', note: 'No published bias evaluation or mitigation details were found.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Not a factual-answer tool; no published prompt-adherence or accuracy evaluation was found.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs entirely in Midjourney’s cloud; your plan buys monthly Fast GPU hours rather than needing local hardware.',
      sources: [pricingWriteup],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No public metered API; "Midjourney API" offerings you find are unofficial third-party wrappers around user accounts.',
      sources: [apiStatus],
    },
    pricingModel: {
      status: 'caution',
      note: 'Subscription plans of about US$10–120/month per a third-party write-up, metered in GPU hours; check midjourney.com before buying, as the official plan page could not be read.',
      sources: [pricingWriteup],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Prompts and uploads may train models with no opt-out found, and work is public unless you pay for Stealth mode; do not submit confidential material.',
      sources: [privacySummary, termsSummary],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Paid users own outputs, but Midjourney keeps a perpetual licence, offers no indemnity, and faces a major studio infringement lawsuit.',
      sources: [commercialHelp, termsSummary, indemnityGuide, studioLawsuit],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No published security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
