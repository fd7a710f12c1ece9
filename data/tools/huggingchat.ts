// HuggingChat — re-checked 2026-12-01 from Hugging Face's own texts: the HuggingChat privacy page
// (huggingface.co/chat/privacy), whose source is PRIVACY.md in Hugging Face's huggingface/chat-ui GitHub repo, and the
// Inference Providers pricing docs (huggingface.co/docs/inference-providers/pricing), whose source is
// docs/inference-providers/pricing.md in huggingface/hub-docs. Both are now cited at their huggingface.co URLs with the
// GitHub file in `via` (they were cited at raw.githubusercontent.com, which is a copy, not the page). The privacy page
// was read in its Sep 15, 2025 version: its opening lines in the chat-ui repo's PRIVACY.md history, its full wording in a
// stored build of chat-ui (a fork's bundled copy of the same file); the Feb 14, 2025 version was also read (chat-ui repo).
// The two older privacy sources (Feb 2025 page and Sep 2025 repo file) are merged into one, as are the two pricing
// sources. The "HuggingChat Omni" relaunch post and the PRO docs were not re-read (checked 2026-11-28).
// Review finding 1 (never / good privacy row), resolved 2026-12-01: the Sep 2025 page commits for Hugging Face only
// ("Hugging Face does not store any user data for training purposes"; the older "not shared with anyone, including
// model authors" sentence is gone), while inference runs at third-party Inference Providers that are "responsible for
// their own security and data handling". `never` stays true but its scope now says it covers Hugging Face alone, the
// notes name the providers, and the data-privacy row is now caution instead of good.
// Review 2026-11-28 pricing note "the newer docs source lists no included credits for free users" could not be
// confirmed in the stored hub-docs file (it lists $0.10/month for free users, "subject to change") and was removed.
// Match is path-scoped to huggingface.co/chat (the rest of the Hub is not a chat tool).
// Second reading 2026-12-01: 9 claims confirmed, 1 made unknown. The Sep 15, 2025 privacy text (no storage of user data
// for training, providers responsible for their own data handling, history deletable, no request/response bodies
// stored, 30-day debug logs, TLS, SOC 2) was found again verbatim in stored copies of chat-ui's PRIVACY.md (the repo's
// main file in the index is still the Oct 2024 version); the $0.10 / $2.00 monthly credits and PRO pay-as-you-go were
// re-read in hub-docs pricing.md. Made unknown: "PRO users get 20× more" (the Omni announcement could not be read again
// and the ledger had no quote), removed from the pricing text.
import type { ToolInput } from '../schema.ts';
import { inferencePricing } from '../sources/huggingface.ts';

const CHECKED = '2026-11-28';
const RECHECKED = '2026-12-01';

const chatPrivacy = {
  url: 'https://huggingface.co/chat/privacy',
  title: 'HuggingChat — Privacy (Sep 15, 2025 version)',
  kind: 'official',
  published: '2025-09-15',
  checked: RECHECKED,
  via: {
    url: 'https://github.com/huggingface/chat-ui/blob/main/PRIVACY.md',
    title: 'huggingface/chat-ui PRIVACY.md, the source of the page (Hugging Face’s own repo)',
  },
} as const;

const omniAnnouncement = {
  url: 'https://huggingface.co/spaces/huggingchat/chat-ui/discussions/764',
  title: '[NEW] HuggingChat Omni — announcement by the Hugging Chat org',
  kind: 'official',
  checked: CHECKED,
} as const;

const proDocs = {
  url: 'https://huggingface.co/docs/hub/pro.md',
  title: 'Hugging Face Hub docs — The HF PRO subscription',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'huggingchat',
  name: 'HuggingChat',
  vendor: 'Hugging Face, Inc.',
  category: 'chat assistant',
  homepage: 'https://huggingface.co/chat/',
  officialDomains: ['huggingface.co'],
  match: [{ host: 'huggingface.co', path: '/chat' }],
  summary:
    'Hugging Face’s open-source chat app that routes each message to an open-weight model run by third-party Inference Providers; Hugging Face says it stores no user data for training, but each provider that processes your prompts handles data under its own policy.',
  capabilities: [
    'Chat with many open-weight models (e.g. DeepSeek, Qwen, Kimi) through one interface',
    '"Omni" router picks a model per message and shows which one answered',
    'Conversation history you can delete at any time',
    'Open-source UI (huggingface/chat-ui) you can self-host',
  ],
  limits: [
    'Requires a Hugging Face account',
    'Your prompts are processed by third-party inference providers whose own data handling applies; Hugging Face’s no-training statement covers Hugging Face only',
    'Usage draws on monthly inference credits; free users get about $0.10 a month, "subject to change"',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Hugging Face itself only: "Hugging Face does not store any user data for training purposes." Not covered: the third-party Inference Providers that run the models and receive your prompts — "External providers are responsible for their own security and data handling."',
    },
    optOutHow:
      'Not needed for Hugging Face itself. For the inference providers: unknown — the privacy page only refers you to each provider’s own security and privacy policies via the Inference Providers documentation.',
    retention:
      'Conversation history is stored so you can access past chats, and you can delete any conversation at any time. When routing requests, Hugging Face does not store the request body or the response, and keeps debugging logs (without user data or tokens) for up to 30 days. What the inference providers keep is set by their own policies (not read).',
    humanReview: 'unknown',
    storage:
      'Chats are stored by Hugging Face for your history; inference runs with the provider that serves the chosen model ("Depending on the model and availability, inference runs with the corresponding provider"). Locations unknown.',
    business: 'unknown',
    sources: [chatPrivacy],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'HuggingChat draws on Hugging Face’s Inference Providers credits: the Inference Providers docs list $0.10/month of credits for free users ("subject to change", no pay-as-you-go) and $2.00/month for PRO users (with pay-as-you-go). How much more HuggingChat usage PRO gives, and the PRO subscription price, were not confirmed on an official page.',
    read: RECHECKED,
    sources: [inferencePricing, chatPrivacy, proDocs],
  },
  copyright: {
    ownership: 'unknown',
    commercialUse:
      'unknown — answers come from various open-weight models, each with its own licence; Hugging Face’s terms on outputs were not read.',
    indemnity: 'unknown',
    sources: [omniAnnouncement],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'unknown for HuggingChat specifically; Hugging Face says provider routing is encrypted in transit (TLS) and the Hub is SOC 2 Type 2 certified.',
    sources: [chatPrivacy],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Hugging Face account required (sign-in with your HF account).',
    platforms: ['web'],
    status: 'generally available',
    sources: [chatPrivacy, omniAnnouncement],
  },
  alternatives: ['chatgpt', 'le-chat', 'poe', 'qwen-chat', 'deepseek', 'claude'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change: 'Marked the privacy text and pricing docs from Hugging Face’s own GitHub repos (chat-ui, hub-docs) as official sources.',
    },
    {
      date: RECHECKED,
      change:
        'Re-check: privacy page re-read (Sep 2025 version); `never` kept but its scope limited to Hugging Face itself, with the third-party inference providers named as not covered, and the data-privacy row lowered from good to caution. raw.githubusercontent.com sources replaced by the huggingface.co pages with the GitHub files in `via`, duplicate privacy and pricing sources merged; the unconfirmed "no free credits" pricing note removed.',
      fields: ['training', 'pricing', 'sources'],
    },
    {
      date: RECHECKED,
      change:
        'Second reading: never-train statement (Hugging Face only), provider carve-out, retention, storage, TLS/SOC 2 and the $0.10 / $2.00 monthly credit figures confirmed; the unquoted "PRO users get 20× more" removed from the pricing text.',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat with open-weight language models; the router assigns tasks such as coding, writing or translation to different models.',
      sources: [omniAnnouncement],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Uses open-weight models from the Hub (with fallbacks per route) and shows which model produced each answer, so you can look up its model card.',
      sources: [omniAnnouncement],
    },
    trainingData: {
      status: 'caution',
      note: 'Depends on whichever open model answered; check that model’s card on the Hub for its training-data disclosure.',
      sources: [omniAnnouncement],
    },
    outputQuality: {
      status: 'caution',
      note: 'Quality varies with the automatically chosen model; pin a specific model if you need consistent behaviour.',
      sources: [omniAnnouncement],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'Answers come from general-purpose LLMs that can invent facts; verify anything important.',
      sources: [omniAnnouncement],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted: models run at Hugging Face’s inference partners, nothing runs on your machine.',
      sources: [chatPrivacy],
    },
    apiAvailability: {
      status: 'good',
      note: 'The same models are available programmatically through Hugging Face Inference Providers (pay-as-you-go on your HF account).',
      sources: [inferencePricing],
    },
    pricingModel: {
      status: 'caution',
      note: 'Usage is metered against monthly inference credits; the free allowance is small ($0.10/month, subject to change) and only PRO users and Enterprise organisations can pay as they go beyond it.',
      sources: [inferencePricing, omniAnnouncement],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Hugging Face itself stores no user data for training and keeps no request or response bodies when routing, but every prompt is processed by a third-party inference provider under that provider’s own data-handling policy, which HuggingChat does not vouch for. Check the provider behind the model before sending anything sensitive.',
      sources: [chatPrivacy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Output rights depend on each model’s licence and Hugging Face’s terms, which were not read for this entry.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Traffic to providers is TLS-encrypted and the Hub is SOC 2 Type 2, but external providers are responsible for their own security.',
      sources: [chatPrivacy],
    },
  },
} satisfies ToolInput;
