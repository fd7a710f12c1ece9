// Midjourney — re-read 2026-12-01 from Midjourney's own Terms of Service (effective 23 June 2025) and Privacy Policy
// (last updated 2 June 2025), both read through Open Terms Archive copies on GitHub (see `via`); the official URLs are
// the ones Midjourney itself uses (docs.midjourney.com/docs/terms-of-service as fetched by Open Terms Archive; the
// privacy-policy article linked from the Terms). Midjourney's plan/pricing page was still not in the stored corpus, so
// plan prices are unknown. The help-centre commercial-use page (help.midjourney.com) was not re-read and keeps its date.
// Review findings resolved 2026-12-01:
// - Training (finding 4/5): the old value rested only on ConductAtlas/AIgree. Neither Midjourney's Terms (June 2025) nor
//   its Privacy Policy (June 2025) says prompts or images are used to train models: the policy says personal data,
//   including prompts, may be used "to provide, maintain, and improve our Service", and the Terms take a broad perpetual
//   licence over Content. The training clause ConductAtlas quotes is not in the policy text read, so training is unknown.
// - Non-official sources (finding 5): the Dodo Payments billing write-up (prices, GPU hours), AIgree and both ConductAtlas
//   pages were removed; plan prices, free tier, retention detail and storage claims that rested on them are now unknown
//   or re-sourced to the Terms/Privacy Policy. The API Evangelist file was replaced by the Terms' ban on automated access.
// - The EU training-content summary stays third-party: it is read from a raw.githubusercontent.com archive and the
//   official docs.midjourney.com article URL is cut off in the copy, so it cannot be cited as official.
// Hosts: midjourney.com + www.midjourney.com (unchanged).
// Second reading 2026-12-01: 8 claims confirmed, 0 made unknown (training unknown, optOutHow, retention, humanReview,
// storage, business, Pro/Mega prices unknown, free tier unknown — all re-read in the Open Terms Archive copies of the
// June 2025 Terms and Privacy Policy).
import type { ToolInput } from '../schema.ts';

const terms = {
  url: 'https://docs.midjourney.com/docs/terms-of-service',
  title: 'Midjourney Terms of Service',
  kind: 'official',
  published: '2025-06-23',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/00225076a44cca781faf6b7a35f6646a329298f9/Midjourney/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const privacyPolicy = {
  url: 'https://docs.midjourney.com/hc/en-us/articles/32083472637453',
  title: 'Midjourney Privacy Policy',
  kind: 'official',
  published: '2025-06-02',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/6e07f352d43275c78a751976f402f056afda9b3b/Midjourney/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
} as const;

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
    'Subscription text-to-image (and video) generator used through its web app and Discord, known for a strongly stylised look; your content is public and remixable by default.',
  capabilities: [
    'Text-to-image generation from prompts',
    'Image and video model family (V8 series per its 2026 training summary)',
    'Stealth mode (non-public generation) on Pro and Mega plans',
    'Web app and Discord bot interfaces',
  ],
  limits: [
    'No automated access: the Terms forbid using automated tools to generate Assets',
    'Content is publicly viewable and remixable unless you use Stealth mode (Pro/Mega)',
    'Companies with over US$1M yearly revenue must be on Pro or Mega to own their Assets',
    'Midjourney takes a perpetual, irrevocable licence over your prompts, uploads and outputs',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — neither the Terms (June 2025) nor the Privacy Policy (June 2025) mentions training on your prompts or an opt-out; the policy says personal data including prompts may be used to "provide, maintain, and improve" the Service, and the Terms grant Midjourney a perpetual licence over your Content. Stealth mode only stops publication; account and data deletion is at midjourney.com/account.',
    retention:
      'Personal data is kept "only for as long as is necessary" for the policy\'s purposes and legal obligations; usage data is generally kept for a shorter period. No fixed periods are given.',
    humanReview: 'unknown',
    storage:
      "Processed at Midjourney's operating offices and wherever the parties involved are located, possibly outside your country; EEA/Swiss/UK transfers rely on standard contractual clauses.",
    business:
      'No separate business data terms found. Under the Terms, a company (or its employee) with more than US$1M yearly revenue must subscribe to Pro or Mega to own its Assets.',
    sources: [privacyPolicy, terms],
  },
  pricing: {
    model: 'subscription',
    plans: [
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Named in the Terms (includes Stealth); price not read on a Midjourney page.',
      },
      {
        name: 'Mega',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Named in the Terms (includes Stealth); price not read on a Midjourney page.',
      },
    ],
    freeTier:
      "unknown — Midjourney's subscription-plans page was not in the stored corpus; other plan names and all prices are unconfirmed.",
    read: '2026-12-01',
    sources: [terms],
  },
  copyright: {
    ownership:
      "You own the Assets you create to the fullest extent the law allows, even after downgrading or cancelling; upscales of other users' images stay theirs, and companies over US$1M revenue must be on Pro or Mega to own Assets. Midjourney keeps a perpetual, irrevocable, sublicensable licence over your Content and Assets.",
    commercialUse: 'Ownership (and so commercial use) follows the rules above; by default your Content is public and others may remix it.',
    indemnity:
      'None found: the Terms provide the Services and Assets "AS IS" without a non-infringement warranty. A third-party legal guide also reports no indemnity; Disney and Universal sued Midjourney in June 2025 over character-like outputs.',
    sources: [terms, commercialHelp, indemnityGuide, studioLawsuit],
  },
  security: {
    promptInjection: 'unknown; no security guidance for the image service was found.',
    incidents: [],
    enterpriseControls: 'unknown; the only privacy control in the Terms read is Stealth mode on Pro and Mega plans.',
    sources: [terms],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      "Midjourney account with a subscription; usable via the web app at midjourney.com or Midjourney's Discord servers. Users must be at least 13 and meet their country's age of digital consent.",
    platforms: ['web'],
    status: 'generally available',
    sources: [terms],
  },
  alternatives: ['adobe-firefly', 'ideogram', 'leonardo-ai', 'stability-ai', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: no official plan or policy page found; removed an aggregator profile, marked the free tier and output quality unknown.',
    },
    {
      date: '2026-12-01',
      change:
        "Re-read Midjourney's own Terms (June 2025) and Privacy Policy (June 2025) via Open Terms Archive. Training changed from on/no opt-out found to unknown (no training clause in Midjourney's text; the tracker quote was not found). Removed ConductAtlas, AIgree, the Dodo Payments price write-up and the API Evangelist file; plan prices are now unknown; retention, storage, minimum age (13) and the no-automation rule now come from the Terms/Policy.",
      fields: ['training', 'retention', 'pricing', 'availability', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Midjourney's Terms (23 June 2025) and Privacy Policy (2 June 2025) in the Open Terms Archive copies; training unknown (no training clause on user prompts), deletion route, Stealth limits, retention, transfers, the US$1M Pro/Mega ownership rule and unknown plan prices all confirmed; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates images and, per its 2026 training summary, video from text prompts; not a text or code tool.',
      sources: [trainingSummary, terms],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary models (V8, V8.1, V8.2 listed in the 2026 training summary); architecture and weights are not published.',
      sources: [trainingSummary],
    },
    trainingData: {
      status: 'risk',
      note: "Its EU training summary says the models train on over a billion publicly available images plus captions; Disney and Universal allege this included their copyrighted characters. Whether your own prompts are used is not stated in Midjourney's policy.",
      sources: [trainingSummary, studioLawsuit],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No vendor-independent quality evaluation was read.',
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
      note: "Runs entirely in Midjourney's cloud through the web app or Discord; no local hardware needed.",
      sources: [terms],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No public API: the Terms forbid using automated tools to access the Services or generate Assets, so "Midjourney API" offers are unofficial wrappers that break the Terms.',
      sources: [terms],
    },
    pricingModel: {
      status: 'unknown',
      note: 'Subscription plans (the Terms name Pro and Mega), but prices could not be read on a Midjourney page; check midjourney.com before buying.',
      sources: [terms],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Your content is public and remixable by default and Midjourney holds a perpetual licence over it; whether prompts train models is not stated. Use Stealth mode (Pro/Mega) and avoid confidential material.',
      sources: [privacyPolicy, terms],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Users own outputs (with a revenue-based plan condition), but Midjourney keeps a perpetual licence, offers no indemnity, and faces a major studio infringement lawsuit.',
      sources: [terms, commercialHelp, indemnityGuide, studioLawsuit],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No published security incidents or security documentation were found.',
      sources: [],
    },
  },
} satisfies ToolInput;
