// Duck.ai (DuckDuckGo's AI chat) — added 2026-12-01. Sources read on 2026-12-01: the "DuckDuckGo AI Chat Privacy Policy
// and Terms of Use" page at duckduckgo.com/aichat/privacy-terms (the search store's copy of the page, its opening part:
// the whole privacy policy and the first paragraphs of the terms; the rest of the terms — permitted uses, age — was not
// in the copy), and five Duck.ai help pages (Duck.ai index, privacy, chat models, usage limits, DuckDuckGo's approach to
// AI) read through their source files in DuckDuckGo's own GitHub repo duckduckgo/duckduckgo-help-pages (`via`), cited at
// their duckduckgo.com/duckduckgo-help-pages/duckai/… addresses.
// Host: the help pages link Duck.ai at https://duck.ai, so the rule is duck.ai. DuckDuckGo also serves the chat from
// duckduckgo.com as a query (?ia=chat), which a host/path rule cannot express, so duckduckgo.com is not claimed (it is the
// search engine's host).
// Training parts (2026-12-01): default off with a written commitment (never: true) — the help page says conversations
// "are not used to train chat models by DuckDuckGo or the underlying model providers", and the privacy policy says
// DuckDuckGo's agreements bar providers from using prompts and outputs "to develop or improve their models".
// Caveats: the help-page versions in the repo are older than the live pages (they list 2024-era models and say there is
// no way to pay for more usage); app code in the store links a DuckDuckGo help page on subscriber AI models that was not itself stored,
// so a paid tier may exist — its price is unknown. No Duck.ai pricing page was read.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown (training default/optOut/never/scope, optOutHow,
// retention, humanReview, storage, business, pricing model, freeTier, availability.account); re-read the five help-page
// files in duckduckgo/duckduckgo-help-pages (plus the other stored versions of ai-chat-privacy and usage-limits, same
// text) and the stored opening of duckduckgo.com/aichat/privacy-terms.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';
const REPO = 'https://github.com/duckduckgo/duckduckgo-help-pages/blob';
const VIA_TITLE = 'Source file in DuckDuckGo’s own help-pages repo (duckduckgo/duckduckgo-help-pages)';

const privacyTerms = {
  url: 'https://duckduckgo.com/aichat/privacy-terms',
  title: 'DuckDuckGo AI Chat Privacy Policy and Terms of Use',
  kind: 'official',
  checked: CHECKED,
} as const;

const helpPrivacy = {
  url: 'https://duckduckgo.com/duckduckgo-help-pages/duckai/ai-chat-privacy',
  title: 'DuckDuckGo Help Pages — How does Duck.ai protect my privacy?',
  kind: 'official',
  checked: CHECKED,
  via: { url: `${REPO}/1d9086e5a728d04e8b882f450b3eccce8b3d97bf/_docs/duckai/ai-chat-privacy.md`, title: VIA_TITLE },
} as const;

const helpIndex = {
  url: 'https://duckduckgo.com/duckduckgo-help-pages/duckai',
  title: 'DuckDuckGo Help Pages — Duck.ai',
  kind: 'official',
  checked: CHECKED,
  via: { url: `${REPO}/1a30fa8b6fb58b949b4c95df8d2a8d79c92c3bf9/_docs/duckai/aichat-index.md`, title: VIA_TITLE },
} as const;

const helpModels = {
  url: 'https://duckduckgo.com/duckduckgo-help-pages/duckai/chat-models',
  title: 'DuckDuckGo Help Pages — What AI chat models are available?',
  kind: 'official',
  checked: CHECKED,
  via: { url: `${REPO}/ae5dbd813f30b2a1224bd969be13032d22876cb0/_docs/duckai/chat-models.md`, title: VIA_TITLE },
} as const;

const helpLimits = {
  url: 'https://duckduckgo.com/duckduckgo-help-pages/duckai/usage-limits',
  title: 'DuckDuckGo Help Pages — Does Duck.ai have usage limits?',
  kind: 'official',
  checked: CHECKED,
  via: { url: `${REPO}/1d9086e5a728d04e8b882f450b3eccce8b3d97bf/_docs/duckai/usage-limits.md`, title: VIA_TITLE },
} as const;

const helpApproach = {
  url: 'https://duckduckgo.com/duckduckgo-help-pages/duckai/approach-to-ai',
  title: 'DuckDuckGo Help Pages — What is DuckDuckGo’s approach to AI?',
  kind: 'official',
  checked: CHECKED,
  via: { url: `${REPO}/83e045a4121dae27fb312d1f031e8e44c46e9552/_docs/duckai/approach-to-ai.md`, title: VIA_TITLE },
} as const;

export default {
  id: 'duck-ai',
  name: 'Duck.ai',
  vendor: 'DuckDuckGo',
  category: 'chat assistant',
  homepage: 'https://duck.ai/',
  officialDomains: ['duckduckgo.com', 'duck.ai'],
  match: [{ host: 'duck.ai' }],
  summary:
    'DuckDuckGo’s free, anonymised front end to third-party chatbots (OpenAI, Anthropic, Meta Llama, Mistral); DuckDuckGo says it does not store chats and that neither it nor the model providers train on them, but providers may keep requests for up to 30 days.',
  capabilities: [
    'Chat with several third-party models (the help-page version read lists Claude 3 Haiku, Llama 3.3 70B, Mixtral 8x7B and GPT-4o mini) and switch the default model',
    'Answers questions, drafts e-mails, summarises text; follow-up questions from DuckDuckGo search results',
    'Recent Chats saved only on your device, deletable one by one or with the Fire Button',
    'No account needed; the AI buttons can be hidden in search and browser settings',
  ],
  limits: [
    'Your prompts still go to the model provider (e.g. OpenAI, Anthropic); DuckDuckGo strips your IP address and metadata, but personal details you type are passed on',
    'Providers may keep what they receive for up to 30 days, with limited exceptions for safety and legal compliance',
    'DuckDuckGo does not filter or modify model responses; they may be inaccurate or offensive',
    'Free use has a daily limit; the help-page copy read says you cannot pay to raise it, but it is older than the live page and newer subscriber models were not checked',
    'The model list comes from an older help-page version and is likely out of date',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'chat models — "not used to train chat models by DuckDuckGo or the underlying model providers"; for the providers this rests on DuckDuckGo’s agreements with them ("not using Prompts and Outputs to develop or improve their models")',
    },
    optOutHow:
      'Nothing to opt out of: DuckDuckGo says Duck.ai conversations are not used for training by DuckDuckGo or by the model providers.',
    retention:
      'DuckDuckGo says it does not save or store prompts or outputs. Model providers must delete what they receive once it is no longer needed to answer, "at most within 30 days with limited exceptions for safety and legal compliance". Recent Chats are kept locally on your device, not on DuckDuckGo or provider servers.',
    humanReview:
      'unknown — no DuckDuckGo text on human review was read; DuckDuckGo says it stores no chats, and providers may keep requests for up to 30 days with exceptions for safety and legal compliance.',
    storage:
      'Prompts are relayed by DuckDuckGo to the model providers (OpenAI, Anthropic, and together.ai, which hosts the Llama and Mixtral models) with IP address and other identifying metadata removed; Recent Chats stay on your device. Processing locations are not stated.',
    business: 'unknown — no business, team or API terms for Duck.ai were read.',
    sources: [privacyTerms, helpPrivacy, helpIndex],
  },
  pricing: {
    model: 'free',
    plans: [],
    freeTier:
      'Free with a daily usage limit and no account. The help-page version read says paying to raise the limit is not possible "at this time"; that copy is older than the live page, and any newer paid access (with its price) was not read on an official page.',
    read: CHECKED,
    sources: [helpLimits, helpApproach],
  },
  copyright: {
    ownership:
      'You retain all intellectual property rights in your prompts and outputs; DuckDuckGo claims no ownership and takes only a limited licence to process prompts and return outputs. You warrant you have the rights to any personal data or third-party content you include.',
    commercialUse: 'unknown — the part of the AI Chat terms on permitted and prohibited uses was not in the copy read.',
    indemnity: 'unknown — not in the part of the terms read.',
    sources: [privacyTerms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls: 'None described: Duck.ai works without an account.',
    sources: [helpApproach, helpIndex],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'No account required; Duck.ai and AI-assisted answers are free and anonymised by DuckDuckGo.',
    platforms: ['web'],
    status: 'generally available',
    sources: [helpApproach, helpIndex],
  },
  alternatives: ['kagi-assistant', 'huggingchat', 'poe'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: training (no training by DuckDuckGo or, by agreement, the providers — never: true), retention (nothing stored by DuckDuckGo; providers ≤30 days with safety/legal exceptions; Recent Chats on device), storage (IP/metadata stripped; OpenAI, Anthropic, together.ai), free use with a daily limit and no account confirmed in the help-page files and the AI Chat privacy/terms copy. Human review and business stay unknown. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat with third-party models: answering questions, drafting e-mails, summarising text, follow-ups from search results.',
      sources: [helpIndex],
    },
    modelArchitecture: {
      status: 'good',
      note: 'No model of DuckDuckGo’s own: chats go to models from OpenAI, Anthropic, Meta (Llama) and Mistral, the open models hosted by together.ai. The list in the help-page copy read is dated.',
      sources: [helpModels, helpPrivacy],
    },
    trainingData: {
      status: 'good',
      note: 'DuckDuckGo says your chats train no models — neither its own nor, by agreement, the model providers’.',
      sources: [helpPrivacy, privacyTerms],
    },
    outputQuality: {
      status: 'caution',
      note: 'The terms warn outputs may be inaccurate, incomplete or unreliable, and DuckDuckGo does not filter or modify responses.',
      sources: [privacyTerms, helpModels],
    },
    biasMitigation: {
      status: 'caution',
      note: 'DuckDuckGo adds no moderation of its own; only each model provider’s own moderation policy applies, so responses may contain offensive content.',
      sources: [helpModels],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Outputs may be inaccurate or incomplete, and nothing is checked or corrected by DuckDuckGo before you see it.',
      sources: [privacyTerms, helpModels],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser; the models run on the providers’ servers.',
      sources: [helpPrivacy],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no official Duck.ai API documentation was found.',
      sources: [],
    },
    pricingModel: {
      status: 'good',
      note: 'Free with a daily limit and no account, per the help-page version read; whether a paid tier now exists was not confirmed.',
      sources: [helpLimits, helpApproach],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'DuckDuckGo stores no prompts or outputs, strips IP addresses before calling providers and keeps Recent Chats on your device; providers may still hold requests for up to 30 days.',
      sources: [privacyTerms, helpPrivacy, helpIndex],
    },
    copyrightImplications: {
      status: 'good',
      note: 'You keep all intellectual property rights in prompts and outputs; DuckDuckGo only takes a licence to process them.',
      sources: [privacyTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Anonymisation hides who you are, not what you type: personal details in a prompt reach the provider and can reappear in outputs. Recent Chats sit in local browser storage on your device.',
      sources: [privacyTerms, helpIndex],
    },
  },
} satisfies ToolInput;
