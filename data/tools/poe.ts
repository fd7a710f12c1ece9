// Poe — from Poe's Privacy Center, usage guidelines and the Poe developer docs (creator.poe.com). Re-checked 2026-12-01:
// the Privacy Center (privacy shield: training, visibility and storage per bot type) and the usage guidelines were
// re-read on poe.com; the developer docs were not (checked 2026-11-28). The full Privacy Policy and Terms of Service were
// still not in the stored copies (only ConductAtlas policy-tracker excerpts, which are not relied on), so retention,
// output ownership and licence terms stay unknown. Prices were not found on an official page.
// Training parts (2026-12-01): left default/opt-out unknown, because Poe's own text answers per bot, not per account:
// fully-shaded (official model partner) bots — "your chats will not be used for training purposes"; half-shaded
// (third-party developer) bots — "your anonymized chats may be used for training purposes"; no opt-out is described.
// That split is now written into `scope`.
// Second reading 2026-12-01: 5 claims confirmed, 0 made unknown. The Privacy Center's privacy-shield text (fully shaded:
// chats not used for training, stored only on Poe's servers; half shaded: anonymised chats may be used for training and
// are stored on the developer's servers; chats anonymised before sharing with model partners) and the absence of any
// opt-out were re-read on poe.com; the API rule (paid models need a subscription or add-on points, free users cannot call
// them) was re-read in the External Application Guide on creator.poe.com.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';
const RECHECKED = '2026-12-01';

const privacyCenter = {
  url: 'https://poe.com/privacy_center',
  title: 'Poe Privacy Center',
  kind: 'official',
  checked: RECHECKED,
} as const;

const usageGuidelines = {
  url: 'https://poe.com/usage_guidelines',
  title: 'Poe Usage guidelines',
  kind: 'official',
  checked: RECHECKED,
} as const;

const apiReference = {
  url: 'https://creator.poe.com/api-reference',
  title: 'Poe API reference (OpenAI-compatible API)',
  kind: 'official',
  checked: CHECKED,
} as const;

const externalAppGuide = {
  url: 'https://creator.poe.com/docs/external-applications/external-application-guide',
  title: 'Poe for Creators — External Application Guide',
  kind: 'official',
  checked: RECHECKED,
} as const;

export default {
  id: 'poe',
  name: 'Poe',
  vendor: 'Quora, Inc.',
  category: 'chat assistant',
  homepage: 'https://poe.com/',
  officialDomains: ['poe.com', 'quora.com'],
  match: [{ host: 'poe.com' }],
  summary:
    'Quora’s aggregator that lets you chat with bots built on models from OpenAI, Anthropic, Google, Meta and others, plus bots made by third-party developers, paid for with points.',
  capabilities: [
    'One interface for many providers’ models',
    'User-created prompt bots and third-party server bots',
    'OpenAI-compatible and Anthropic-compatible developer API',
    'Per-bot privacy shield showing how that bot handles chats',
  ],
  limits: [
    'Chats are sent (anonymised) to the model provider behind each bot',
    'Third-party developer bots can see and may train on your anonymised chats',
    'Calling paid models through the API needs a subscription or add-on points',
  ],
  privacy: {
    training: {
      default: 'unknown',
      optOut: 'unknown',
      never: false,
      scope:
        'Depends on the bot: fully-shaded shield (official AI model partners) — "your chats will not be used for training purposes"; half-shaded shield (third-party developers) — "your anonymized chats may be used for training purposes". Whether Poe itself trains on chats is not stated.',
    },
    optOutHow:
      'unknown — no opt-out is described; the Privacy Center only labels each bot with a privacy shield, so pick fully-shaded (official model-partner) bots for sensitive work.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage:
      'Official-partner bot chats are stored only on Poe’s servers; third-party developer bot chats are stored (anonymised) on the developer’s servers.',
    business: 'unknown',
    sources: [privacyCenter],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'Poe uses a points system; free users cannot call paid models through the API, which requires an active subscription or add-on points. Subscription prices were not read from an official page.',
    read: RECHECKED,
    sources: [externalAppGuide],
  },
  copyright: {
    ownership: 'unknown',
    commercialUse:
      'unknown — Poe’s Terms of Service could not be read; the usage guidelines only forbid using bots to infringe others’ IP or impersonate brands.',
    indemnity: 'unknown',
    sources: [usageGuidelines],
  },
  security: {
    promptInjection:
      'Poe warns that an API key exposes the owner’s whole point balance to any bot it queries, so be careful calling bots that are not your own or not official.',
    incidents: [],
    enterpriseControls: 'unknown',
    sources: [externalAppGuide],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'A Poe account (name, email) is needed; API keys are tied to a user account.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [privacyCenter, apiReference],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'huggingchat', 'perplexity'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change:
        'Dropped policy-tracker (ConductAtlas) claims about the content licence and advertising sharing, which could not be checked against Poe’s own text; cleaned a source URL.',
    },
    {
      date: RECHECKED,
      change:
        'Re-check: Privacy Center and usage guidelines re-read; training scope now states the per-bot rule in Poe’s words (official partner bots do not train, third-party developer bots may); default and opt-out stay unknown; full Privacy Policy and Terms still not readable.',
      fields: ['training', 'sources'],
    },
    {
      date: RECHECKED,
      change:
        'Second reading: per-bot training and storage rules, anonymisation and the absence of an opt-out confirmed in the Privacy Center; the points/subscription rule for API calls to paid models confirmed in the External Application Guide (re-dated). Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Chat with text (and other) bots from many providers and community creators.',
      sources: [privacyCenter],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Bots are labelled by underlying model/provider (e.g. OpenAI, Anthropic, Meta, Google), so you know which model answers.',
      sources: [privacyCenter],
    },
    trainingData: {
      status: 'caution',
      note: 'Training data is whatever the underlying provider used; Poe itself is a front end. Third-party bots may train on your anonymised chats.',
      sources: [privacyCenter],
    },
    outputQuality: {
      status: 'caution',
      note: 'Varies widely between official model bots and community bots with custom prompts.',
      sources: [privacyCenter],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'All bots run on LLMs that can produce wrong answers; verify important output.',
      sources: [privacyCenter],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Fully hosted; inference runs at Poe’s model partners.',
      sources: [privacyCenter],
    },
    apiAvailability: {
      status: 'good',
      note: 'Official API (Python library, OpenAI-compatible and Anthropic-compatible endpoints) billed in points against your account.',
      sources: [apiReference],
    },
    pricingModel: {
      status: 'unknown',
      note: 'Points-based with subscriptions and add-on points; prices were not read from an official page.',
      sources: [externalAppGuide],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Chats go (anonymised) to the provider behind each bot; official-partner bots do not train on them but third-party developer bots may, with no opt-out found. Retention is not stated in the pages read.',
      sources: [privacyCenter],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — Poe’s terms on output ownership and the licence over submitted content could not be read; the usage guidelines forbid IP infringement.',
      sources: [usageGuidelines],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Anonymised chats reach third-party developers for community bots, and API keys expose your full point balance to any queried bot.',
      sources: [privacyCenter, externalAppGuide],
    },
  },
} satisfies ToolInput;
