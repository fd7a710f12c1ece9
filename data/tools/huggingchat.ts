// HuggingChat — from Hugging Face's HuggingChat privacy page (Feb 2025 copy), the newer privacy text in Hugging Face's
// own huggingface/chat-ui repo (Sep 2025), the "HuggingChat Omni" relaunch post and the Inference Providers pricing docs
// (huggingface.co page and its source in huggingface/hub-docs). Repos in the huggingface GitHub org are Hugging Face's
// own, so they are cited as official. Match is path-scoped to huggingface.co/chat (the rest of the Hub is not a chat tool).
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';

const chatPrivacy = {
  url: 'https://huggingface.co/chat/privacy',
  title: 'HuggingChat — Privacy',
  kind: 'official',
  published: '2025-02-14',
  checked: CHECKED,
} as const;

const chatUiPrivacy2025 = {
  url: 'https://raw.githubusercontent.com/huggingface/chat-ui/main/PRIVACY.md',
  title: 'huggingface/chat-ui PRIVACY.md (HuggingChat privacy text, Inference Providers era)',
  kind: 'official',
  published: '2025-09-15',
  checked: CHECKED,
} as const;

const omniAnnouncement = {
  url: 'https://huggingface.co/spaces/huggingchat/chat-ui/discussions/764',
  title: '[NEW] HuggingChat Omni — announcement by the Hugging Chat org',
  kind: 'official',
  checked: CHECKED,
} as const;

const inferencePricing = {
  url: 'https://huggingface.co/docs/inference-providers/en/pricing',
  title: 'Hugging Face Inference Providers — Pricing and Billing',
  kind: 'official',
  checked: CHECKED,
} as const;

const inferencePricingNewer = {
  url: 'https://raw.githubusercontent.com/huggingface/hub-docs/main/docs/inference-providers/pricing.md',
  title: 'huggingface/hub-docs — Inference Providers pricing (source of the docs page)',
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
    'Hugging Face’s open-source chat app that routes each message to an open-weight model run by partner Inference Providers; Hugging Face says it does not keep your chats for training.',
  capabilities: [
    'Chat with many open-weight models (e.g. DeepSeek, Qwen, Kimi) through one interface',
    '"Omni" router picks a model per message and shows which one answered',
    'Conversation history you can delete at any time',
    'Open-source UI (huggingface/chat-ui) you can self-host',
  ],
  limits: [
    'Requires a Hugging Face account',
    'Usage draws on monthly inference credits; free-tier credits are small and their amount has changed over time',
    'Inference runs at third-party providers whose own data handling applies',
  ],
  privacy: {
    training: { default: 'off', optOut: 'unknown', never: true, scope: 'unknown' },
    optOutHow:
      'Not needed for Hugging Face itself: it states conversations are private and not used by it or shared with model authors for research or training. External inference providers apply their own policies.',
    retention:
      'Conversation history is kept so you can see past chats until you delete it; when routing to providers, Hugging Face says it does not store request or response bodies and keeps debugging logs (without user data) for up to 30 days.',
    humanReview: 'unknown',
    storage:
      'Chats stored by Hugging Face for your history; inference runs with the partner provider chosen for each model. Locations unknown.',
    business: 'unknown',
    sources: [chatPrivacy, chatUiPrivacy2025],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'All Hugging Face users can use HuggingChat with their monthly inference credits; PRO users get 20× more. The docs page listed free users at about $0.10/month of credits (subject to change) and PRO at $2.00/month, while the newer docs source lists no included credits for free users — check current terms. The PRO subscription price was not read from an official page.',
    read: CHECKED,
    sources: [omniAnnouncement, inferencePricing, inferencePricingNewer, proDocs],
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
    sources: [chatUiPrivacy2025],
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
      sources: [chatUiPrivacy2025],
    },
    apiAvailability: {
      status: 'good',
      note: 'The same models are available programmatically through Hugging Face Inference Providers (pay-as-you-go on your HF account).',
      sources: [inferencePricing],
    },
    pricingModel: {
      status: 'caution',
      note: 'Usage is metered against monthly inference credits; the free allowance is small and has changed, and extra usage needs PRO or purchased credits.',
      sources: [inferencePricing, inferencePricingNewer, omniAnnouncement],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'Hugging Face states your chats are private and not used for training; note the inference providers that run the models handle your prompts under their own policies.',
      sources: [chatPrivacy, chatUiPrivacy2025],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Output rights depend on each model’s licence and Hugging Face’s terms, which were not read for this entry.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Traffic to providers is TLS-encrypted and the Hub is SOC 2 Type 2, but external providers are responsible for their own security.',
      sources: [chatUiPrivacy2025],
    },
  },
} satisfies ToolInput;
