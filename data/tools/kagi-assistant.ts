// Kagi Assistant — added 2026-12-01. All facts come from Kagi's own help centre (help.kagi.com), read on 2026-12-01
// through its source repository on GitHub (kagisearch/kagi-docs): the Assistant page, the "LLMs & Privacy" table
// and the plan pages. The repository holds one stored version of each page, which may lag the live site; the
// plan-types page read still carries the Sept 2023 pricing notice. Kagi's Terms of Service and Privacy Policy were
// not read, so ownership, age and storage are unknown. The Security page (audit, bug bounty) was read the same way.
// Host: the docs give kagi.com/assistant as the direct link, so only that path is matched (kagi.com itself is
// Kagi Search, not in the dataset).
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown (never/default off/scope, optOut, optOutHow, thread
// and provider retention, humanReview/storage unknown, business, Starter $5, Professional $10, Ultimate $25, Trial) —
// assistant, LLMs-privacy and plan pages re-read in kagisearch/kagi-docs.
import type { ToolInput } from '../schema.ts';

const kagiDocsRepo = 'https://github.com/kagisearch/kagi-docs/blob/main/docs/kagi';

const assistantDoc = {
  url: 'https://help.kagi.com/kagi/ai/assistant.html',
  title: 'Kagi Help: The Assistant by Kagi',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: `${kagiDocsRepo}/ai/assistant.md`, title: 'Kagi’s help-centre source on GitHub (kagisearch/kagi-docs)' },
} as const;

const llmsPrivacy = {
  url: 'https://help.kagi.com/kagi/ai/llms-privacy.html',
  title: 'Kagi Help: LLMs & Privacy',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: `${kagiDocsRepo}/ai/llms-privacy.md`, title: 'Kagi’s help-centre source on GitHub (kagisearch/kagi-docs)' },
} as const;

const planTypes = {
  url: 'https://help.kagi.com/kagi/plans/plan-types.html',
  title: 'Kagi Help: Plan Types',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: `${kagiDocsRepo}/plans/plan-types.md`, title: 'Kagi’s help-centre source on GitHub (kagisearch/kagi-docs)' },
} as const;

const ultimatePlan = {
  url: 'https://help.kagi.com/kagi/plans/ultimate-plan.html',
  title: 'Kagi Help: Ultimate Plan',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: `${kagiDocsRepo}/plans/ultimate-plan.md`, title: 'Kagi’s help-centre source on GitHub (kagisearch/kagi-docs)' },
} as const;

const securityDoc = {
  url: 'https://help.kagi.com/kagi/privacy/security.html',
  title: 'Kagi Help: Security',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: `${kagiDocsRepo}/privacy/security.md`, title: 'Kagi’s help-centre source on GitHub (kagisearch/kagi-docs)' },
} as const;

export default {
  id: 'kagi-assistant',
  name: 'Kagi Assistant',
  vendor: 'Kagi',
  category: 'chat assistant',
  homepage: 'https://kagi.com/assistant',
  officialDomains: ['kagi.com'],
  match: [{ host: 'kagi.com', path: '/assistant' }],
  summary:
    'Paid chat assistant inside a Kagi subscription that routes your prompts to third-party models (OpenAI, Anthropic, Google, Mistral, xAI and open models) with optional Kagi Search; Kagi says your data is never used to train AI models, by Kagi or by the model providers.',
  capabilities: [
    'Choice of many third-party LLMs, switchable mid-thread',
    'Optional web access through Kagi Search, with Lenses and personalised results',
    'File uploads (text, PDF, Office files, spreadsheets, images, audio) and fetching web pages as context',
    'Custom assistants with their own model, instructions and web settings',
  ],
  limits: [
    'Prompts are sent to third-party model providers, which keep API data for up to 30 days for some models (per Kagi’s own table)',
    'Needs a paid Kagi subscription; the largest models are reserved for the Ultimate plan',
    'Answers come from general-purpose LLMs and can be wrong even with web access on',
    'Kagi’s terms on ownership of outputs and the minimum age were not read',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope: 'AI models — not by Kagi or by the LLM providers',
    },
    optOutHow: 'Nothing to opt out of: Kagi says Assistant data is never used to train AI models.',
    retention:
      'Threads are deleted after 24 hours of inactivity by default; this can be changed in Assistant settings, and starred (“preserved”) threads do not expire. Model providers keep API requests for their own periods, e.g. 30 days for Anthropic, OpenAI, Mistral and xAI models, 24 hours for Google, not stored for several open-model hosts.',
    humanReview: 'unknown — not addressed in the pages read.',
    storage: 'unknown — where Kagi stores threads was not stated in the pages read.',
    business:
      'unknown — no separate business terms were read; Kagi says no account information is shared with the LLM providers and that the providers it lists do not train on API data.',
    sources: [assistantDoc, llmsPrivacy],
  },
  pricing: {
    model: 'subscription',
    plans: [
      { name: 'Starter', price: 5, currency: 'USD', period: 'month', note: '300 searches per month.' },
      { name: 'Professional', price: 10, currency: 'USD', period: 'month', note: 'Unlimited searches.' },
      {
        name: 'Ultimate',
        price: 25,
        currency: 'USD',
        period: 'month',
        note: 'Unlimited searches and the full Assistant model list; 10% discount when paid annually.',
      },
    ],
    freeTier:
      'A Trial plan is limited to 100 total searches (its price is not stated on the page read); paid plans start at $5. The Assistant is available on all plans, with many models marked Ultimate-only.',
    read: '2026-12-01',
    sources: [planTypes, ultimatePlan, assistantDoc],
  },
  copyright: {
    ownership: 'unknown — Kagi’s Terms of Service were not read in this pass.',
    commercialUse: 'unknown — Kagi’s Terms of Service were not read in this pass.',
    indemnity: 'unknown — none found in the pages read.',
    sources: [assistantDoc],
  },
  security: {
    promptInjection:
      'unknown — the Assistant can fetch web pages and documents (up to 50 MB) into a conversation; the pages read describe no mitigations.',
    incidents: [],
    enterpriseControls: 'unknown — not covered in the pages read.',
    sources: [assistantDoc, securityDoc],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'A Kagi account with a subscription; the Assistant is included on all plans, with some models limited to Ultimate.',
    platforms: ['web'],
    status: 'generally available',
    sources: [assistantDoc, planTypes],
  },
  alternatives: ['perplexity', 'poe', 'chatgpt', 'claude'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read Kagi\'s help-centre source (kagisearch/kagi-docs): "your data is never used to train AI models (not by us or by the LLM providers)" confirms never: true; 24-hour thread deletion, the provider retention table, and the $5 / $10 / $25 plans and 100-search Trial confirmed; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat with optional web results; accepts uploaded text, PDF, Office, spreadsheet, image and audio files and fetched web pages.',
      sources: [assistantDoc],
    },
    modelArchitecture: {
      status: 'good',
      note: 'A front end to third-party models; Kagi publishes which provider (or host such as Azure, Bedrock, Fireworks, Together) serves each model.',
      sources: [llmsPrivacy],
    },
    trainingData: {
      status: 'good',
      note: 'Kagi states your Assistant data is never used to train AI models, by Kagi or by the LLM providers.',
      sources: [assistantDoc],
    },
    outputQuality: {
      status: 'caution',
      note: 'Quality depends on the model you pick; Kagi runs its own LLM benchmarking project to compare them.',
      sources: [assistantDoc],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Answers are written by general-purpose LLMs; web access grounds them in search results but does not guarantee accuracy, so check sources.',
      sources: [assistantDoc],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service in the browser; models run at the providers’ APIs.',
      sources: [llmsPrivacy],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No API for the Assistant itself was found; Kagi sells other API services (e.g. the Universal Summarizer), discounted on Ultimate.',
      sources: [ultimatePlan],
    },
    pricingModel: {
      status: 'good',
      note: 'Subscription only: Starter $5, Professional $10, Ultimate $25 a month (10% off annually); the Assistant is included, with the biggest models on Ultimate.',
      sources: [planTypes, ultimatePlan, assistantDoc],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training by Kagi or providers, no account details sent to providers, threads deleted after 24 hours by default; providers may hold requests up to 30 days.',
      sources: [assistantDoc, llmsPrivacy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — Kagi’s terms on outputs were not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Kagi reports an independent security audit (Illumant) with no material findings and runs a bug bounty; the audit date and whether it covered the Assistant are not stated, and the pages read say nothing about prompt injection through fetched web pages.',
      sources: [securityDoc],
    },
  },
} satisfies ToolInput;
