// OpenRouter — added 2026-12-01. Facts from OpenRouter's own documentation (openrouter.ai/docs), read on 2026-12-01
// through OpenRouter's public docs repository on GitHub (OpenRouterTeam/docs, the source of openrouter.ai/docs; each
// page's front matter names its canonical openrouter.ai URL): Data Collection, Provider Logging, the FAQ and the
// Prompt Injection Detection guardrail page. The FAQ's fee figures are template values filled from the same repo's
// snippets/exports/constants.mdx (read the same day). Sources are cited at their openrouter.ai URLs with the GitHub
// copy in `via`.
// Training parts: from the Data Collection page and FAQ — OpenRouter does not store prompts or responses unless you
// opt in, its own use of inputs/outputs is an opt-in (1 % discount) that is off by default, and providers that may
// train are only routed to when you switch the training toggle on.
// Not read on an official page: OpenRouter's Terms of Service and Privacy Policy (only trackers and a lookalike site,
// openrouter.dev — "Peekaboo Game Limited", Hong Kong — were found; the lookalike is NOT cited). Ownership, commercial
// use and indemnity therefore stay unknown; the minimum age rests on ConductAtlas's summary (third-party).
// Hosts: openrouter.ai (console, chatroom, settings) and www.openrouter.ai (the docs are also served there).
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown.
import type { ToolInput } from '../schema.ts';

const docsVia = (path: string, commit: string) =>
  ({
    url: `https://github.com/OpenRouterTeam/docs/blob/${commit}/${path}`,
    title: 'OpenRouter docs source (OpenRouterTeam/docs on GitHub)',
  }) as const;

const dataCollection = {
  url: 'https://openrouter.ai/docs/guides/privacy/data-collection',
  title: 'OpenRouter Docs: Data Collection',
  kind: 'official',
  checked: '2026-12-01',
  via: docsVia('guides/privacy/data-collection.mdx', '1c9b4627a18dc9e5e17d7a793c36a7cf260fcf0b'),
} as const;

const providerLogging = {
  url: 'https://openrouter.ai/docs/guides/privacy/provider-logging',
  title: 'OpenRouter Docs: Provider Logging',
  kind: 'official',
  checked: '2026-12-01',
  via: docsVia('guides/privacy/provider-logging.mdx', '062b99160201f9713afde915d701cab2c7e6129f'),
} as const;

const faq = {
  url: 'https://openrouter.ai/docs/faq',
  title: 'OpenRouter Docs: Frequently Asked Questions',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenRouterTeam/docs/blob/1c9b4627a18dc9e5e17d7a793c36a7cf260fcf0b/faq.mdx',
    title: 'OpenRouter docs source (faq.mdx; fee values from snippets/exports/constants.mdx)',
  },
} as const;

const promptInjection = {
  url: 'https://openrouter.ai/docs/guides/features/guardrails/prompt-injection',
  title: 'OpenRouter Docs: Prompt Injection Detection (guardrails)',
  kind: 'official',
  checked: '2026-12-01',
  via: docsVia('guides/features/guardrails/prompt-injection.mdx', '1c9b4627a18dc9e5e17d7a793c36a7cf260fcf0b'),
} as const;

const conductAtlasTerms = {
  url: 'https://conductatlas.com/platform/openrouter/openrouter-terms-of-service/',
  title: 'ConductAtlas: summary of OpenRouter’s Terms of Service',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

export default {
  id: 'openrouter',
  name: 'OpenRouter',
  vendor: 'OpenRouter, Inc.',
  category: 'developer platform/API',
  homepage: 'https://openrouter.ai/',
  officialDomains: ['openrouter.ai'],
  match: [{ host: 'openrouter.ai' }, { host: 'www.openrouter.ai' }],
  summary:
    'One API, chatroom and billing account for models from many providers; OpenRouter does not store prompts unless you opt in, but each request is processed by an upstream provider under that provider’s own data policy.',
  capabilities: [
    'OpenAI-compatible API and a browser chatroom for models from many providers',
    'Provider routing with automatic fallback and data-policy filters',
    'Optional input/output logging, guardrails (incl. prompt-injection detection) and workspaces',
    'In-region (EU/US) routing on Business and Enterprise plans',
  ],
  limits: [
    'Your prompt is sent to a third-party provider whose own logging and retention rules apply; check the provider before sending sensitive data',
    'OpenRouter’s own use of your prompts (for a 1 % discount) and training-capable providers are both opt-in — check your privacy settings if someone else set up the account',
    'A 5.5 % fee ($0.80 minimum) is added when you buy credits; unused credits are refundable only within 24 hours and may expire after a year',
    'Free models have low rate limits and are usually not suitable for production',
    'OpenRouter’s Terms (ownership, commercial use, indemnity) were not read on an official page',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'setting',
      never: false,
      scope:
        'OpenRouter’s own use of your prompts and completions "to improve the product" is an opt-in (1 % discount) that is off by default; providers that log or may train are not routed to unless you switch the model-training toggle on. Upstream providers’ own policies apply to the requests they serve.',
    },
    optOutHow:
      'Leave "OpenRouter Use of Inputs/Outputs" off in the workspace Privacy settings, and keep the model-training toggle in the privacy settings off so requests are not routed to providers that may train.',
    retention:
      'OpenRouter says it does not store prompts or responses unless you opt in to Private Input & Output Logging or to OpenRouter’s use of inputs/outputs; request metadata (token counts, latency, etc.) is always stored, for how long was not found. Chatroom conversations are stored locally on your device. Providers keep data under their own retention policies, which OpenRouter lists per provider.',
    humanReview:
      'unknown — no human-review statement found; for opt-in Private Input & Output Logging, OpenRouter says it does not access or use the logged data.',
    storage:
      'unknown for standard traffic (requests go to whichever provider is routed to); on Business and Enterprise plans, requests sent to eu.openrouter.ai or us.openrouter.ai are processed within that region.',
    business:
      'Organizations: only admins can view logged data and toggle logging. Business and Enterprise plans add in-region (EU/US) routing; Enterprise is arranged through a sales form. Per-request and account-wide data-policy filters restrict which providers may serve a request.',
    sources: [dataCollection, providerLogging, faq],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'Prepaid USD credits; per-token model prices are passed through from providers without markup, plus a 5.5 % ($0.80 minimum) fee on card credit purchases (5 % for crypto). Bring-your-own-key usage above a monthly free allowance costs 5 % of the OpenRouter price. New users get a very small free allowance, and free models are rate-limited (1,000 requests a day once you have bought the threshold amount of credits). Refunds of unused credits only within 24 hours; platform fees are non-refundable; credits may expire after one year.',
    read: '2026-12-01',
    sources: [faq],
  },
  copyright: {
    ownership: 'unknown — OpenRouter’s Terms of Service were not read on an official page.',
    commercialUse: 'unknown — OpenRouter’s Terms of Service were not read on an official page.',
    indemnity: 'unknown — OpenRouter’s Terms of Service were not read on an official page.',
    sources: [faq],
  },
  security: {
    promptInjection:
      'OpenRouter offers a free, optional regex-based prompt-injection guardrail (flag, redact or block) configured per workspace; its docs say regex detection is not exhaustive, flag mode does not enforce, and false positives are possible.',
    incidents: [],
    enterpriseControls:
      'Workspace guardrails, admin-only control of logging in organizations, account-wide and per-request provider data-policy filters, and in-region routing on Business/Enterprise.',
    sources: [promptInjection, dataCollection, providerLogging],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'An account with credits is needed for paid models (chatroom or API keys). ConductAtlas’s summary of the Terms gives a minimum age of 13; the official Terms were not read.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [faq, conductAtlasTerms],
  },
  alternatives: ['openai-platform', 'claude-platform', 'google-ai-studio', 'mistral-la-plateforme', 'poe'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: confirmed in OpenRouterTeam/docs (Data Collection, Provider Logging, FAQ, constants) that OpenRouter's own use of inputs/outputs is an opt-in off by default, that training providers are skipped unless the training toggle is on, the metadata-only storage, local chatroom storage, in-region routing, admin-only logs, and the fees (5.5 % / $0.80 minimum, 5 % crypto, 5 % BYOK), free-model limits, refund and expiry rules; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat and completions from many models; the API accepts text, images and PDFs.',
      sources: [faq],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'A router, not a model maker: one API in front of many providers’ models, with automatic fallback to the next provider when one fails — which provider answered is not always obvious.',
      sources: [faq],
    },
    trainingData: {
      status: 'good',
      note: 'OpenRouter’s own use of your prompts is opt-in and off by default, and training-capable providers are skipped unless you allow them.',
      sources: [dataCollection, faq],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — quality depends on the model chosen; no OpenRouter quality figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Answers come from third-party models, and fallbacks can switch to another provider transparently; OpenRouter’s docs read make no accuracy claim, so check outputs.',
      sources: [faq],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted service used from the browser or over the API; nothing runs locally.',
      sources: [faq],
    },
    apiAvailability: {
      status: 'good',
      note: 'OpenAI-compatible API with keys; free models have low daily limits.',
      sources: [faq],
    },
    pricingModel: {
      status: 'caution',
      note: 'Prepaid credits at providers’ per-token prices plus a 5.5 % ($0.80 minimum) purchase fee; refunds only within 24 hours.',
      sources: [faq],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'OpenRouter keeps only metadata unless you opt in, but every request reaches an upstream provider with its own retention rules; use the data-policy filters for sensitive data.',
      sources: [dataCollection, providerLogging, faq],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — the Terms of Service were not read on an official page.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No incident reviewed; an optional regex prompt-injection guardrail exists but is not exhaustive and is off unless configured.',
      sources: [promptInjection],
    },
  },
} satisfies ToolInput;
