// xAI API Console — added 2026-12-01. Sources read on 2026-12-01, all xAI's own texts: the xAI Enterprise Terms of
// Service (last updated 27 Jun 2025, which govern "the xAI API and Grok Business"), read WHOLE through the Open Terms
// Archive copy (OpenTermsArchive/genai-eu-versions, file Grok/Commercial Terms.md) and cited at x.ai with the copy in
// `via`; and pages of xAI's developer docs on docs.x.ai read in the search store's copies: the security FAQ (three
// stored versions: docs/faq/security, developers/faq/security.md, console/faq/security), the quickstart (Markdown export
// and a campaign copy), the Grok 4.3 model page (stored at the old grok-4-fast address) and the text-generation guide.
// Host: the quickstart links the API Keys page at console.x.ai ("the xAI Console"); only console.x.ai is claimed.
// grok.com and x.com/i/grok stay with the consumer Grok entry (data/tools/grok.ts); accounts.x.ai (sign-up) is not
// claimed.
// Training parts: default off and never: true from the Enterprise Terms §3.3 ("xAI shall not use any User Content for
// any of its internal AI or other training purposes (such as training its machine learning models)") and the security
// FAQ ("xAI never trains on your API inputs or outputs without your explicit permission"). The scope notes the
// explicit-permission carve-out and xAI's right to use de-identified data to improve its products. No opt-out is needed;
// how the "explicit permission" is given was not found, so optOut is 'unknown'.
// The stored FAQ versions disagree on Zero Data Retention: one says ZDR is "exclusively available to enterprise
// accounts", another that a team admin can turn it on in the Console "where available"; both are reported.
// Prices: Grok 4.3 only, from its model page (the stored copy carries no date); other models' prices not read.
// Not read: xAI's Data Processing Addendum, x.ai/security, the Acceptable Use Policy, any newer Enterprise Terms (third
// parties mention later xAI/"SpaceXAI" terms; none was in the stored copies, so Terms-based claims may be out of date).
// Second reading 2026-12-01: 22 claims confirmed, 0 made unknown; 2 additions from xAI's Enterprise FAQ (x.ai/legal/
// enterprise/faq, search-store copy, undated): the free-credits-for-training exception now named in the training scope,
// optOutHow and freeTier, and its "no review unless you ask or agree" answer in humanReview. The Grok 4.3 page copy is
// undated, which the price notes now say.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const enterpriseTerms = {
  url: 'https://x.ai/legal/terms-of-service-enterprise',
  title: 'xAI Terms of Service — Enterprise (last updated 27 Jun 2025)',
  kind: 'official',
  published: '2025-06-27',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/729bee84b60e600d1961418834a999cef280c463/Grok/Commercial%20Terms.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Grok/Commercial Terms.md")',
  },
} as const;

const securityFaq = {
  url: 'https://docs.x.ai/docs/faq/security',
  title: 'xAI docs — FAQ: Security (training on API requests, 30-day storage, Zero Data Retention)',
  kind: 'official',
  checked: CHECKED,
} as const;

const securityFaqDevelopers = {
  url: 'https://docs.x.ai/developers/faq/security',
  title: 'xAI docs — FAQ: Security (developers section; ZDR described as enterprise-only)',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://docs.x.ai/developers/faq/security.md', title: 'Markdown export of the same page' },
} as const;

const consoleSecurityFaq = {
  url: 'https://docs.x.ai/console/faq/security',
  title: 'xAI docs — Console FAQ: Security (SOC 2, BAA, audit log, API keys)',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://docs.x.ai//console/faq/security', title: 'Search-store copy (address stored with a double slash)' },
} as const;

const quickstart = {
  url: 'https://docs.x.ai/developers/quickstart',
  title: 'xAI docs — Getting Started (account, credits, API keys in the xAI Console)',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://docs.x.ai/developers/quickstart.md', title: 'Markdown export of the same page' },
} as const;

const grok43Page = {
  url: 'https://docs.x.ai/docs/models/grok-4-fast',
  title: 'xAI docs — Models: Grok 4.3 (undated stored copy at the grok-4-fast address): pricing, context, regions, rate limits',
  kind: 'official',
  checked: CHECKED,
} as const;

const enterpriseFaq = {
  url: 'https://x.ai/legal/enterprise/faq',
  title: 'xAI — Frequently Asked Questions (Enterprise): training, review and retention of business data',
  kind: 'official',
  checked: CHECKED,
} as const;

const textGuide = {
  url: 'https://docs.x.ai/developers/model-capabilities/text/generate-text',
  title: 'xAI docs — Generate Text (Responses API, 30-day server-side storage)',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'xai-api-console',
  name: 'xAI API Console',
  vendor: 'xAI (X.AI LLC)',
  category: 'developer platform/API',
  homepage: 'https://console.x.ai/',
  officialDomains: ['x.ai'],
  match: [{ host: 'console.x.ai' }],
  summary:
    'xAI’s developer console for the Grok API (keys, credits, team settings); xAI’s business terms say API inputs and outputs are not used to train its models and are deleted within 30 days unless flagged or legally required.',
  capabilities: [
    'Create and manage team API keys, prepaid credits and billing for the xAI API',
    'Grok models through the Responses API (stateful, with server-side tools) and xAI’s SDK or OpenAI-compatible clients',
    'Grok 4.3: text and image input, 1,000,000-token context window, configurable reasoning, function calling and structured outputs',
    'Image generation through the Imagine API',
    'Team audit log of user interactions with the API server',
  ],
  limits: [
    'API content is kept for 30 days for abuse auditing; content flagged for safety or policy issues can be kept longer',
    'The Responses API stores prompts and responses on xAI’s servers for 30 days by default unless you turn storage off',
    'Zero Data Retention: one version of xAI’s FAQ limits it to enterprise accounts, another lets team admins enable it in the Console where available; it disables stored features such as the Batch API and Files',
    'For business users aged 18+; you must not send large volumes of personal data, sensitive data, health (PHI) or payment-card data without a separate agreement',
    'You may not use outputs to train your own or your providers’ models, present them as human-written, or build a competing service',
    'Fees are prepaid credits and non-refundable; only Grok 4.3 prices were read',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'API User Content (inputs and outputs) for "any of its internal AI or other training purposes (such as training its machine learning models)" (Enterprise Terms §3.3); the docs add "without your explicit permission", and xAI’s enterprise FAQ says that "in some instances we may offer free credits in exchange for you agreeing to permit us to train on your business data". Not covered: de-identified data xAI creates from your use of the API, which it may use to improve its products and services.',
    },
    optOutHow:
      'Nothing to opt out of: the Enterprise Terms bar training on API content and the docs say xAI never trains on API inputs or outputs without explicit permission; the only route to such permission found is xAI’s offer, in some instances, of free credits in exchange for agreeing to training — do not accept such an offer if you want to keep your data out of training.',
    retention:
      'API requests and responses are stored (encrypted at rest) for 30 days for abuse auditing and then deleted automatically; the Terms add that content is kept longer if the law requires it or if it is flagged for safety, compliance or moderation. The Responses API keeps conversation state for 30 days by default (can be turned off per request). With Zero Data Retention, inputs and outputs are not written to any datastore.',
    humanReview:
      'xAI’s enterprise FAQ says it does not look at or review business data such as inputs unless you ask or agree; the Terms still let xAI monitor customer accounts for policy violations and use User Content to enforce policies, prevent abuse and perform safety, compliance and moderation work.',
    storage:
      'On xAI’s servers, encrypted at rest; the Grok 4.3 model page lists the us-east-1 and eu-west-1 clusters. Where stored content is kept was not stated.',
    business:
      'The API is governed by xAI’s Enterprise Terms of Service (business customers, 18+); personal data submitted falls under xAI’s Data Processing Addendum (not read). Health or payment data needs a separate Enterprise Customer Agreement and a Business Associate Agreement (a BAA questionnaire exists).',
    sources: [enterpriseTerms, securityFaq, securityFaqDevelopers, textGuide, grok43Page, consoleSecurityFaq, enterpriseFaq],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Grok 4.3 (input)',
        price: 1.25,
        currency: 'USD',
        period: 'usage',
        note: 'Per million input tokens; cached input $0.20/M (undated copy of the model page). Requests beyond 200K tokens of context are charged at different rates (not read).',
      },
      {
        name: 'Grok 4.3 (output)',
        price: 2.5,
        currency: 'USD',
        period: 'usage',
        note: 'Per million output tokens (undated copy of the model page).',
      },
    ],
    freeTier:
      'unknown — the quickstart says to load the account with credits to start using the API; no general free allowance was read on an xAI page (the enterprise FAQ mentions free credits only in exchange for permission to train on your data).',
    read: CHECKED,
    sources: [grok43Page, quickstart, enterpriseTerms, enterpriseFaq],
  },
  copyright: {
    ownership:
      'You keep all rights in your input and own the output; xAI assigns to you its rights in the output (excluding xAI technology). Outputs may not be unique to you.',
    commercialUse:
      'Use for your business purposes and in your own products for your end users is allowed under the Enterprise Terms; you may not use outputs to train your or your providers’ models, present them as human-generated, or use the service to build a competing product.',
    indemnity:
      'xAI defends customers against third-party intellectual-property claims based on use of the services under the Terms, except claims arising from your input, output or training data, fine-tuning or modifications, combinations with other products, or breach of the Terms. You indemnify xAI for end-user claims and misuse.',
    sources: [enterpriseTerms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'Team admins can view an audit log of API interactions in the Console; ZDR applies team-wide; xAI says it is SOC 2 Type 2 compliant (details in its Trust Center under NDA) and offers a BAA questionnaire.',
    sources: [consoleSecurityFaq, securityFaq, securityFaqDevelopers],
  },
  availability: {
    regions:
      'unknown — countries where the API is offered were not read; the Grok 4.3 model page lists the us-east-1 and eu-west-1 clusters.',
    minAge: 18,
    account: 'An xAI account (sign-up at accounts.x.ai) loaded with credits; API keys belong to a team in the xAI Console.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [quickstart, enterpriseTerms, grok43Page],
  },
  alternatives: ['openai-platform', 'claude-platform', 'google-ai-studio', 'mistral-la-plateforme', 'openrouter'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: training parts (never, default off, scope), retention (30 days, flagged/legal holds, Responses API storage, ZDR in both FAQ versions), business terms, security controls, Grok 4.3 prices, non-refundable fees, ownership, commercial use and indemnity confirmed against the OTA copy of the Enterprise Terms and xAI’s docs; nothing made unknown. Added from xAI’s enterprise FAQ: the free-credits-for-training exception (scope, optOutHow, freeTier) and its statement that xAI does not review business data unless you ask or agree (humanReview); price notes now say the model-page copy is undated.',
      fields: ['training', 'pricing', 'sources', 'other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text generation with text and image input (Grok 4.3), server-side tools through the Responses API, and image generation through the Imagine API.',
      sources: [grok43Page, textGuide, quickstart],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary Grok models; xAI publishes context window, modalities, reasoning settings and rate limits, but not architecture or size.',
      sources: [grok43Page],
    },
    trainingData: {
      status: 'good',
      note: 'Your API inputs and outputs are not used to train xAI’s models (no training without your explicit permission); what the Grok models themselves were trained on is not documented in the pages read.',
      sources: [enterpriseTerms, securityFaq],
    },
    outputQuality: {
      status: 'caution',
      note: 'xAI’s terms warn that output may be incorrect and tell you to evaluate it for your use case, including by human review.',
      sources: [enterpriseTerms],
    },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'The terms say output may contain "hallucinations"; xAI markets Grok 4.3 as leading on non-hallucination rate, which is its own claim.',
      sources: [enterpriseTerms, grok43Page],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted API: models run on xAI’s clusters (us-east-1, eu-west-1 for Grok 4.3) within per-team rate limits; nothing runs locally.',
      sources: [grok43Page],
    },
    apiAvailability: {
      status: 'good',
      note: 'REST API (Responses API preferred), xAI’s own SDK and OpenAI-compatible client libraries.',
      sources: [quickstart, textGuide],
    },
    pricingModel: {
      status: 'caution',
      note: 'Pay per token from prepaid credits (Grok 4.3: $1.25 in / $2.50 out per million tokens); long-context requests cost more and fees are non-refundable.',
      sources: [grok43Page, quickstart, enterpriseTerms],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on API content and deletion after 30 days by default; flagged content can be kept longer, xAI may use de-identified usage data, and Responses API state is stored unless you turn it off.',
      sources: [enterpriseTerms, securityFaq, textGuide],
    },
    copyrightImplications: {
      status: 'good',
      note: 'You own the output and xAI offers an IP indemnity for claims arising from use of its services, with exclusions for your inputs, outputs and modifications.',
      sources: [enterpriseTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'SOC 2 Type 2 and team audit logs; xAI advises treating API keys like passwords, not sharing them between teammates and keeping them out of source code. Prompt-injection handling was not documented.',
      sources: [consoleSecurityFaq],
    },
  },
} satisfies ToolInput;
