// Meta AI — Meta's own Privacy Center (facebook.com/privacy/genai) and Meta AI Terms (facebook.com/legal/ai-terms)
// are cited as the places to verify, but their text was not returned by the search tool; specific claims rest on
// reputable press and policy trackers (ad-personalization change of 2025-12-16, Discover-feed exposure of June 2025,
// Meta One AI subscription tests of May 2026). Several lookalike "Meta Privacy Center" phishing sites appeared in
// results and were ignored. Hosts meta.ai / www.meta.ai unchanged.
import type { ToolInput } from '../schema.ts';

const privacyCenterGenAi = {
  url: 'https://www.facebook.com/privacy/genai/',
  title: 'Meta Privacy Center: Generative AI at Meta',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const aiTerms = {
  url: 'https://www.facebook.com/legal/ai-terms',
  title: 'Meta AI Terms of Service',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const dataUseIndex = {
  url: 'https://www.productionai.institute/ai-data-use/meta-ai',
  title: 'Production AI Institute: AI Data Use Index — Meta AI',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacySummary = {
  url: 'https://privacygpt.lynicis.dev/company/meta',
  title: 'PrivacyGPT: Meta AI data-use summary',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const adsChangeHans = {
  url: 'https://www.thehansindia.com/technology/tech-news/meta-to-use-ai-chat-data-for-ads-and-posts-starting-december-16-1011475',
  title: 'The Hans India: Meta to use AI chat data for ads and posts starting December 16',
  kind: 'third-party',
  published: '2025-10-02',
  checked: '2026-11-28',
} as const;

const adsChangeMoneycontrol = {
  url: 'https://www.moneycontrol.com/technology/meta-confirms-it-will-use-your-ai-chats-to-deliver-targeted-ads-and-you-can-t-opt-out-article-13593735.html',
  title: 'Moneycontrol: Meta confirms it will use your AI chats to deliver targeted ads, with no opt-out',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const adsChangeExplainer = {
  url: 'https://www.aiweekly.com/p/meta-a-i-will-be-tracking-more-of-you-december-16th',
  title: 'AI Weekly: What Meta’s December 16, 2025 privacy update actually changes',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const discoverIncident = {
  url: 'https://www.airi-navigator.com/incidents/1101',
  title: 'AI Risk Incident Navigator #1101: Meta AI Discover feed exposed personal conversations',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const discoverReport = {
  url: 'https://podhuva.com/news/article.php?lang=en&post=tech%2Fjune25%2Fjune18%2Fmeta',
  title: 'Podhuva: Meta AI searches made public — do users realize the implications?',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const discoverFix = {
  url: 'https://hyper.ai/en/headlines/a879d3312b4b3b3e09bee711007d9e5b',
  title: 'Meta AI adds a warning to prevent accidental public posts on the Discover feed',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const promptVisibility = {
  url: 'https://techgeekwire.com/?p=21391',
  title: 'TechGeekWire: Meta AI app exposes conversations via Discover; how to keep prompts private',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const imageTerms = {
  url: 'https://allyoucantech.com/?p=160868',
  title: 'Report quoting the Meta AI Terms on image analysis (including facial features)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const metaOne = {
  url: 'https://www.htx.com/news/Other-Pgu4lUvD/',
  title: 'Report on Meta One subscriptions and premium AI plan tests (May 27, 2026 launch)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const metaOneSignal = {
  url: 'https://dvnx.net/signals/meta-one-ai-subscriptions-052718',
  title: 'Meta launches Meta One subscriptions, testing AI-focused tiers',
  kind: 'third-party',
  published: '2026-05-27',
  checked: '2026-11-28',
} as const;

export default {
  id: 'meta-ai',
  name: 'Meta AI',
  vendor: 'Meta Platforms, Inc.',
  category: 'chat assistant',
  homepage: 'https://www.meta.ai/',
  match: [{ host: 'meta.ai' }, { host: 'www.meta.ai' }],
  summary:
    'Meta’s free AI assistant on meta.ai, the Meta AI app, and inside Facebook, Instagram, WhatsApp and Messenger; conversations feed Meta’s AI development and, outside the EU/UK/South Korea, ad personalization.',
  capabilities: [
    'Chat and web-backed answers',
    'Image generation and editing, including analysis of shared photos',
    'Voice conversations',
    'Built into Facebook, Instagram, WhatsApp and Messenger search and chats',
    'Public “Discover” feed for sharing prompts and creations',
  ],
  limits: [
    'Tied to Meta accounts; activity links across Meta’s apps',
    'Feature availability varies by country',
    'Paid AI tiers were only being tested as of mid-2026',
  ],
  privacy: {
    training: 'by default',
    optOut:
      'EU and UK users can object to AI training through Meta’s Privacy Center; elsewhere there is no general opt-out. Since 2025-12-16 there is also no opt-out from AI chats being used to personalize ads and content (except by not using Meta AI); the ad change was not applied in the EU, UK and South Korea.',
    retention:
      'Case by case according to Meta’s Privacy Policy (no fixed period published for AI chats in what was read).',
    humanReview:
      'Meta’s policy describes manual review for safety, integrity and security purposes; no AI-specific opt-out from review was found.',
    storage: 'Meta infrastructure; locations not read. Meta says the ad change covers chats with Meta AI, not your end-to-end encrypted messages with people.',
    business: 'No business tier with separate data guarantees for the Meta AI assistant was found; Meta’s Llama models are offered through third-party platforms under those platforms’ terms.',
    sources: [privacyCenterGenAi, dataUseIndex, privacySummary, adsChangeHans, adsChangeMoneycontrol, adsChangeExplainer],
  },
  pricing: {
    model: 'free',
    plans: [
      { name: 'Meta AI (free)', price: 0, currency: 'USD', period: 'month' },
      {
        name: 'Premium AI plan (test, lower tier)',
        price: 7.99,
        currency: 'USD',
        period: 'month',
        note: 'Being tested under the Meta One brand as of May 2026 (press report); availability unclear.',
      },
      {
        name: 'Premium AI plan (test, higher tier)',
        price: 19.99,
        currency: 'USD',
        period: 'month',
        note: 'Being tested under the Meta One brand as of May 2026 (press report); availability unclear.',
      },
    ],
    freeTier: 'Meta AI is free and ad-supported; Meta was testing paid AI tiers for heavy users from May 2026.',
    read: '2026-11-28',
    sources: [metaOne, metaOneSignal],
  },
  copyright: {
    ownership: 'unknown',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [aiTerms],
  },
  security: {
    promptInjection: 'No Meta AI-specific prompt-injection disclosure was found in this pass.',
    incidents: [
      {
        date: '2025-06-18',
        summary:
          'Journalists found the Meta AI app’s public Discover feed full of personal chats (medical, legal, relationship and tax questions) that users had shared without realising they were public, often linked to their Instagram/Facebook identities. Meta added a warning pop-up and a setting to keep prompts visible only to you.',
        sources: [discoverIncident, discoverReport, discoverFix],
      },
    ],
    enterpriseControls:
      'None for businesses. Individuals can set “make all your prompts visible to only you”, delete prompts, and adjust ad preferences (which do not stop AI chats being used for ads).',
    sources: [discoverFix, promptVisibility, adsChangeMoneycontrol],
  },
  availability: {
    regions: 'Available in many countries through Meta’s apps; exact list not read. Some data uses differ in the EU, UK and South Korea.',
    minAge: 13,
    account: 'Meta account (Facebook/Instagram/WhatsApp) or a Meta AI app account.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [privacySummary, adsChangeHans],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'microsoft-copilot', 'grok', 'pi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2025-12-16', change: 'Meta began using Meta AI conversations to personalize ads and content (not in the EU, UK or South Korea); no opt-out.' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat, voice, and image generation/editing inside Meta’s apps and on meta.ai.',
      sources: [imageTerms, adsChangeHans],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Meta did not state in what was read which model version currently powers the assistant.',
      sources: [],
    },
    trainingData: {
      status: 'risk',
      note: 'Meta trains its generative AI on public posts from adult accounts and on interactions with its AI features; outside the EU/UK there is no general way to object.',
      sources: [dataUseIndex, privacySummary],
    },
    outputQuality: {
      status: 'caution',
      note: 'General-purpose consumer assistant; no independent quality data was read in this pass.',
      sources: [dataUseIndex],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Like any LLM chat it can give confident but wrong answers; do not rely on it for medical, legal or financial advice.',
      sources: [discoverIncident],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Meta’s cloud inside apps you already have; nothing to install beyond the app.',
      sources: [adsChangeHans],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No public API for the Meta AI assistant was found; developers use Meta’s Llama models via third-party platforms instead.',
      sources: [privacySummary],
    },
    pricingModel: {
      status: 'good',
      note: 'Free to use; it is paid for with data and ads. Paid AI tiers were in testing in 2026.',
      sources: [metaOne, adsChangeMoneycontrol],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Your chats train Meta’s AI and, since December 2025, shape the ads you see across Facebook, Instagram and WhatsApp, with no opt-out outside the EU/UK/South Korea. Never paste work code, credentials or personal data.',
      sources: [adsChangeHans, adsChangeMoneycontrol, dataUseIndex, privacySummary],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Ownership and licence terms for outputs in the Meta AI Terms were not read in this pass; shared images may be analysed, including facial features.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'The 2025 Discover-feed exposure showed how easily chats became public; keep prompts private in settings and avoid the Share button.',
      sources: [discoverIncident, discoverFix],
    },
  },
} satisfies ToolInput;
