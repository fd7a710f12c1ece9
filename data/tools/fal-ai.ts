// fal (fal.ai) — added 2026-12-01. Terms of Service (last updated March 03, 2026) and Privacy Policy (last updated
// April 20th, 2025) read WHOLE on 2026-12-01 through Open Terms Archive copies (genai-contrib-versions; an older
// stored copy of the terms, August 12th, 2025, was checked only for its date and not used). Official URLs are the ones
// on fal's own legal page (fal.ai/legal/terms-of-service, fal.ai/legal/privacy-policy). The API Services and Compute
// Infrastructure supplemental terms were not read. Pricing, request-payload storage and data-retention facts come from
// fal's own docs (docs.fal.ai and fal.ai/docs), read on 2026-12-01; per-model prices on fal.ai/pricing were not read.
// Training parts: the Terms license Customer Input to fal only "to provide the Services", but fal may use "Usage Data"
// — anonymised or aggregated data "which may include data based on or derived from Customer Input" — "to design,
// develop, and offer Company products, services, and AI models". Default is therefore 'on' (for that anonymised or
// aggregated data); no opt-out was found, so optOut is 'unknown'.
// Second reading 2026-12-01: 22 claims confirmed, 0 made unknown. Training 'on' checked word for word: Terms §3(e)
// defines Usage Data as "anonymized or aggregated data … which may include data based on or derived from Customer
// Input" and §6(c) lets fal use it "to design, develop, and offer Company products, services, and AI models" — 'on' is
// kept with that scope (anonymised/aggregated derived data, not the raw inputs, whose licence is only "to provide the
// Services"). The retention page read in full gives request payloads a 30-day default, now stated.
// Hosts: fal.ai and www.fal.ai (the model gallery, playgrounds and dashboard are on fal.ai; the terms name www.fal.ai).
import type { ToolInput } from '../schema.ts';

const terms = {
  url: 'https://fal.ai/legal/terms-of-service',
  title: 'fal Terms of Service',
  kind: 'official',
  published: '2026-03-03',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/0480513589a8337427225099bb303bcb1428c4e3/fal/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const privacyPolicy = {
  url: 'https://fal.ai/legal/privacy-policy',
  title: 'fal Privacy Policy',
  kind: 'official',
  published: '2025-04-20',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/075e3ecc9edc9b94938e19d118ad8a0a949eb0d6/fal/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const modelApiPricing = {
  url: 'https://docs.fal.ai/documentation/model-apis/pricing',
  title: 'fal Docs: Pricing (Model APIs)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const serverlessPricing = {
  url: 'https://docs.fal.ai/documentation/serverless/pricing',
  title: 'fal Docs: Serverless pricing',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const dataRetention = {
  url: 'https://docs.fal.ai/documentation/model-apis/media-expiration',
  title: 'fal Docs: Data Retention & Storage',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const payloads = {
  url: 'https://fal.ai/docs/documentation/model-apis/inference/payloads',
  title: 'fal Docs: Request payloads (deleting and preventing IO storage)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'fal-ai',
  name: 'fal',
  vendor: 'fal – Features & Labels, Inc.',
  category: 'developer platform/API',
  homepage: 'https://fal.ai/',
  officialDomains: ['fal.ai'],
  match: [{ host: 'fal.ai' }, { host: 'www.fal.ai' }],
  summary:
    'Generative-media platform for developers (image, video and audio models by API, a web playground and serverless GPUs), paid from prepaid credits; request inputs and outputs are stored by default, and anonymised or aggregated data derived from your inputs may be used to develop fal’s AI models.',
  capabilities: [
    'Model APIs for hosted image, video, audio and other generative models',
    'Web model gallery, sandbox and workflow playgrounds',
    'Serverless deployment of your own apps on fal GPUs',
    'Per-request controls to skip payload storage or expire generated media',
  ],
  limits: [
    'Request inputs and outputs are stored by default (visible in your dashboard history), and generated media is served from public CDN URLs unless you set expiry or delete it',
    'Anonymised or aggregated data derived from your inputs may be used to develop fal’s products and AI models; no opt-out was found',
    'Prepaid credits expire 365 days after purchase (promotional credits after 90 days) and are non-refundable',
    'You must be 18 or over; team members can see the team’s requests, including inputs and outputs',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'Usage Data — anonymised or aggregated data that "may include data based on or derived from Customer Input" — may be used for analytics, to improve the Services and "to design, develop, and offer Company products, services, and AI models"; the licence to Customer Input itself is only "to provide the Services".',
    },
    optOutHow:
      'unknown — no opt-out from the Usage Data clause was found; the X-Fal-Store-IO: 0 request header only stops request payloads from being stored on the platform.',
    retention:
      'By default fal stores the JSON inputs and outputs of API requests (shown in the dashboard’s request history) and hosts generated media on its CDN as public URLs; request payloads are kept 30 days by default, generated-media retention is configurable and files on persistent storage are kept until you remove them. You can delete a request’s payloads and output files through the Platform API, prevent payload storage with the X-Fal-Store-IO: 0 header, and set media expiry with X-Fal-Object-Lifecycle-Preference. Personal data is otherwise kept as long as needed for the purposes collected.',
    humanReview:
      'fal says it does not undertake to review Customer Input, but may act on input it judges likely to break the law or the Terms and may disclose information to law enforcement.',
    storage:
      'fal is based in the United States; it and its service providers process and store personal information in the US and other countries, using safeguards such as contractual clauses for transfers from Europe.',
    business:
      'Enterprise users under an enterprise contract are covered by that contract, with fal acting as a processor for the enterprise customer; the public Privacy Policy does not apply to them. Team Organization accounts centralise billing and make members’ requests visible to the team.',
    sources: [terms, privacyPolicy, payloads, dataRetention],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'Prepaid credits only: Model APIs bill per successful output (per image or megapixel, per second of video or per video, per request for other models), falling back to per-second GPU billing for models without a fixed price; your own Serverless apps bill per second while runners are alive, by machine type. Per-model and per-GPU prices are on fal.ai/pricing and model pages, which were not read (unknown here). No charge for server errors or queue time. Credits expire after 365 days (promotional credits after 90 days).',
    read: '2026-12-01',
    sources: [modelApiPricing, serverlessPricing, terms],
  },
  copyright: {
    ownership:
      'You keep all rights in your Customer Input; the Terms do not say who owns outputs and note outputs may not be unique and may be similar to other users’ outputs.',
    commercialUse:
      'unknown — the Terms read do not address commercial use of outputs; they grant use of the Services for your own personal or internal business use, and third-party model terms may apply.',
    indemnity:
      'No IP indemnity from fal: it does not warrant that outputs are original or non-infringing, and you indemnify fal against claims that your Customer Input infringes third-party rights.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance read.',
    incidents: [],
    enterpriseControls:
      'Team Organization accounts with an administrator, API keys, per-request controls to skip payload storage or expire media, and an enterprise contract option; other controls were not read.',
    sources: [terms, payloads, dataRetention],
  },
  availability: {
    regions:
      'Not for people in US-embargoed or "terrorist supporting" countries or on US restricted-party lists; otherwise no region list read.',
    minAge: 18,
    account: 'A fal account (sign-in with GitHub is possible) and purchased credits.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [terms, privacyPolicy],
  },
  alternatives: ['together-ai', 'fireworks-ai', 'stability-ai'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed the Terms (Mar 2026) Usage Data definition and AI-model development clause behind training default on (scope: anonymised or aggregated data derived from inputs), the input licence, no-review clause, credits (365/90-day expiry, non-refundable), ownership, no non-infringement warranty, indemnity, age and export limits; the Privacy Policy (Apr 2025) storage, retention, enterprise-processor and team-visibility statements; and the docs on payload storage, deletion, X-Fal-Store-IO and per-output/per-second billing. Added the documented 30-day default for stored request payloads; nothing made unknown.',
      fields: ['retention', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates images, video, audio and other media from prompts and uploaded media, by API or in the web playgrounds.',
      sources: [terms, modelApiPricing],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Hosts many third-party generative models behind one API, plus your own apps on serverless GPUs.',
      sources: [terms, serverlessPricing],
    },
    trainingData: {
      status: 'risk',
      note: 'Anonymised or aggregated data derived from your inputs may be used to develop fal’s products and AI models, with no opt-out found.',
      sources: [terms],
    },
    outputQuality: {
      status: 'caution',
      note: 'fal says its AI features are not error-free, may not work as expected and may give outputs similar to other users’.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read; it depends on each hosted model.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The Terms warn outputs may contain errors, inaccuracies or fabricated ("hallucinated") information.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted; Serverless apps run on fal GPUs billed per second by machine type.',
      sources: [serverlessPricing],
    },
    apiAvailability: {
      status: 'good',
      note: 'Model APIs and Serverless endpoints with API keys; the web playground uses the same credits.',
      sources: [terms, modelApiPricing],
    },
    pricingModel: {
      status: 'caution',
      note: 'Prepaid, non-refundable credits that expire; billed per output or per GPU-second, with per-model prices not read here.',
      sources: [modelApiPricing, serverlessPricing, terms],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Inputs and outputs are stored by default and media is served from public URLs, though headers and an API let you skip storage, expire or delete; the policy also allows targeted advertising cookies.',
      sources: [payloads, dataRetention, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep rights in your inputs, but output ownership is not stated, outputs may not be unique, and fal gives no non-infringement warranty or indemnity.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'unknown — no security documentation, incident or prompt-injection guidance was read.',
      sources: [],
    },
  },
} satisfies ToolInput;
