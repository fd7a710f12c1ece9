// DeepInfra — added 2026-12-01. Sources read on 2026-12-01 in the search store's copies of DeepInfra's own pages: the
// data-privacy page of its docs (docs.deepinfra.com/account/data-privacy, newer wording with the Google/Anthropic
// exceptions) and the older "Data Privacy" docs page the Privacy Policy links to (deepinfra.com/docs/data), the Privacy
// Policy (last modified 23 Jul 2024) and the Terms of Service (last modified 4 Jul 2024) — both read only in their
// opening sections (introduction, inference-data paragraph, age) as stored — and DeepInfra's blog post on the Priority
// service tier.
// Host: the Terms and Privacy Policy name "the website deepinfra.com"; only deepinfra.com is claimed (www.deepinfra.com
// and deepinfra.ai, which carries copies of DeepInfra pages, were not confirmed on a DeepInfra page).
// Training parts: default off and never: true from the Privacy Policy ("We will not store, sell, or train using this
// data unless we have your explicit consent"), the Terms ("We will not store, sell or train using this data") and the
// docs ("We do not use data you submit to our APIs for training models, except when using Google or Anthropic models,
// where the receiving company's training policy applies"); scope records both carve-outs. optOut is 'unknown' (nothing to
// opt out of; the Google/Anthropic policies were not read).
// Prices: DeepInfra's pricing page was not in the stored copies; per-model prices are 'unknown' (figures on third-party
// gateways such as Lava were not used). The pricing model (per-request usage, Priority tier at 1.5× the real-time
// price) comes from DeepInfra's own blog.
// Not read: the rest of the Terms (ownership of outputs, warranties, indemnity), any security or compliance page,
// DeepInfra's pricing page.
// Second reading 2026-12-01: 14 claims confirmed, 0 made unknown. All five DeepInfra pages re-read in the search store;
// the "look at and log small portions of requests" sentence is in the older docs page (stored at http://deepinfra.com/
// docs/data), while the newer docs page's Logs section is cut off in the store. The Priority blog post shows its date
// (29 Jun 2026), now recorded as `published`; the 1.5× rule comes from that post, not from DeepInfra's pricing page.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const dataPrivacyDocs = {
  url: 'https://docs.deepinfra.com/account/data-privacy',
  title: 'DeepInfra docs — Data privacy (inference data, no training, Google/Anthropic exceptions)',
  kind: 'official',
  checked: CHECKED,
} as const;

const dataPrivacyOld = {
  url: 'https://deepinfra.com/docs/data',
  title: 'DeepInfra — Data privacy during Inference (older docs page linked from the Privacy Policy)',
  kind: 'official',
  checked: CHECKED,
} as const;

const privacyPolicy = {
  url: 'https://deepinfra.com/privacy',
  title: 'DeepInfra Privacy Policy (last modified 23 Jul 2024)',
  kind: 'official',
  published: '2024-07-23',
  checked: CHECKED,
} as const;

const terms = {
  url: 'https://deepinfra.com/terms',
  title: 'DeepInfra Terms of Service (last modified 4 Jul 2024)',
  kind: 'official',
  published: '2024-07-04',
  checked: CHECKED,
} as const;

const priorityTier = {
  url: 'https://deepinfra.com/blog/priority-service-tier',
  title: 'DeepInfra blog — Priority service tier (1.5× the real-time price)',
  kind: 'official',
  published: '2026-06-29',
  checked: CHECKED,
} as const;

export default {
  id: 'deepinfra',
  name: 'DeepInfra',
  vendor: 'Deep Infra, Inc.',
  category: 'developer platform/API',
  homepage: 'https://deepinfra.com/',
  officialDomains: ['deepinfra.com'],
  match: [{ host: 'deepinfra.com' }],
  summary:
    'Inference cloud with APIs to open-source AI models; DeepInfra says it keeps API inputs and outputs only in memory and does not train on them, except that Google and Anthropic models follow those companies’ own policies.',
  capabilities: [
    'APIs to open-source AI models, plus inference infrastructure for running custom models',
    'OpenAI-compatible chat, completions and embeddings endpoints',
    'Bulk (batch) inference API for many requests in one call',
    'Image generation models; Google and Anthropic models are also offered',
    'Optional Priority service tier that moves requests ahead in the queue under load',
  ],
  limits: [
    'Choosing a Google or Anthropic model sends your data to that company, whose storage and training policies then apply',
    'DeepInfra may store inputs and outputs for a limited period for debugging, and reserves the right to look at and log small portions of requests for debugging or security',
    'Bulk-inference data and image-generation outputs are stored for a short period',
    'Each open-source model is subject to its own licence terms, which you must follow',
    'Users must be at least 18; per-model prices were not read on DeepInfra’s pricing page',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Data you submit to DeepInfra’s APIs and the outputs ("We will not store, sell, or train using this data unless we have your explicit consent"). Not covered: Google and Anthropic models, where "the receiving company’s training policy applies".',
    },
    optOutHow:
      'Nothing to opt out of for DeepInfra’s own models; to keep data away from Google’s or Anthropic’s policies, do not choose their models (their own opt-outs were not read).',
    retention:
      'Inference inputs are held only in memory while the request runs and outputs are deleted once sent; image-generation outputs are kept for a short period, and bulk-inference data may be stored encrypted on disk until shortly after the results are returned. DeepInfra may also store inputs and outputs for a limited period for debugging. Google and Anthropic store outputs under their own policies.',
    humanReview:
      'DeepInfra says it generally does not log request content, logging metadata instead, but reserves the right to look at and log small portions of requests when necessary for debugging or security.',
    storage: 'unknown — where DeepInfra processes and stores data was not stated in the texts read.',
    business: 'unknown — no separate enterprise or data-processing terms were read; the Terms allow use for any legal commercial purpose.',
    sources: [dataPrivacyDocs, dataPrivacyOld, privacyPolicy, terms],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Real-time inference',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Per-model prices were not read on DeepInfra’s pricing page.',
      },
      {
        name: 'Priority service tier',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Billed at 1.5× the corresponding real-time price, only when priority is actually applied (from DeepInfra’s blog post of 29 Jun 2026; the pricing page was not read).',
      },
    ],
    freeTier: 'unknown — not read on an official DeepInfra page.',
    read: CHECKED,
    sources: [priorityTier],
  },
  copyright: {
    ownership: 'unknown — the Terms call your API inputs and outputs "your private data", but their ownership clauses were not read.',
    commercialUse:
      'The Terms allow use of the services for any legal commercial purpose unless specifically prohibited; each open-source model is also subject to its own licence terms.',
    indemnity: 'unknown — not read.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'unknown — no security or compliance page was read; DeepInfra says inference data stays in memory and bulk-inference data is stored encrypted.',
    sources: [dataPrivacyDocs],
  },
  availability: {
    regions: 'unknown',
    minAge: 18,
    account: 'An account (DeepInfra collects your name and email address when you create one); users must be at least 18.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [terms, privacyPolicy],
  },
  alternatives: ['together-ai', 'fireworks-ai', 'openrouter', 'huggingface-playground'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: no-training commitment with its consent and Google/Anthropic exceptions, in-memory handling, image and bulk-inference storage, debugging storage, request logging and review, no sharing, commercial use, Priority tier 1.5× rule, minimum age 18 and account data confirmed; nothing made unknown. The Priority blog post now carries its publication date (29 Jun 2026).',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text, embedding and image-generation models through production APIs, plus infrastructure for custom models.',
      sources: [terms, dataPrivacyDocs, priorityTier],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Mostly open-source models, each under its own licence, plus Google and Anthropic models that follow their makers’ policies; check which model you are calling.',
      sources: [terms, dataPrivacyDocs],
    },
    trainingData: {
      status: 'good',
      note: 'DeepInfra does not train on what you send or receive through its APIs, except that Google and Anthropic models follow those companies’ training policies.',
      sources: [dataPrivacyDocs, privacyPolicy, terms],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no DeepInfra text on output quality was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: { status: 'unknown', note: 'unknown — not addressed in the texts read.', sources: [] },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted inference: models run on DeepInfra’s infrastructure and are called over the API; under heavy load requests can queue or be refused (HTTP 429) unless you pay for Priority.',
      sources: [terms, priorityTier],
    },
    apiAvailability: {
      status: 'good',
      note: 'The service is an API: OpenAI-compatible chat, completions and embeddings endpoints, plus bulk inference.',
      sources: [priorityTier, dataPrivacyDocs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Pay per use at real-time rates, with an optional Priority tier at 1.5× the price; per-model prices were not read on DeepInfra’s pricing page.',
      sources: [priorityTier],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'Inputs and outputs stay in memory, are not shared or used for training, and only metadata is normally logged; exceptions are debugging logs, bulk and image jobs, and Google or Anthropic models.',
      sources: [dataPrivacyDocs, dataPrivacyOld, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Commercial use is allowed by DeepInfra’s Terms, but every open-source model keeps its own licence, which may restrict what you do with it.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No security certifications were read; DeepInfra keeps inference data in memory, encrypts stored bulk data and may log small portions of requests for debugging or security.',
      sources: [dataPrivacyDocs, dataPrivacyOld],
    },
  },
} satisfies ToolInput;
