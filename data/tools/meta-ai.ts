// Meta AI — Meta's own Privacy Center (facebook.com/privacy/genai) and Meta AI Terms (facebook.com/legal/ai-terms)
// are the places to verify, but their text was not returned by the search tool (re-checked in review 2026-11-28);
// the Terms are cited only for fields left 'unknown'. Claims rest on established press (The Hans India,
// Moneycontrol, The Quint, ShiftDelete, Stuff), an AI-incident database and a user-posted copy of Meta's 2024
// notice to EU/UK users. Review removed AI-generated policy summaries, news aggregators and SEO sites, and dropped
// the unconfirmed Meta One paid-tier prices. Several lookalike "Meta Privacy Center" phishing sites appeared in
// results and were ignored. Hosts meta.ai / www.meta.ai unchanged.
import type { ToolInput } from '../schema.ts';

const aiTerms = {
  url: 'https://www.facebook.com/legal/ai-terms',
  title: 'Meta AI Terms of Service (not read; where to verify)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const genAiFactCheck = {
  url: 'https://thequint.com/amp/story/news/webqoof/meta-no-consent-for-generative-ai-chain-post-fact-check',
  title: 'The Quint (WebQoof): fact-check quoting Meta’s help page “How Meta uses information for generative AI models and features”',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const euObjectionNotice = {
  url: 'https://discuss.grapheneos.org/d/16220-meta-ai-data-training-using-your-public-information',
  title: 'GrapheneOS forum: user-posted copy of Meta’s notice on using public posts for AI and the right to object',
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

const adsSensitiveTopics = {
  url: 'https://en.shiftdelete.net/metas-ai-move-draws-criticism',
  title: 'ShiftDelete.Net: Meta to use AI chats for ads; sensitive topics excluded',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const discoverIncident = {
  url: 'https://www.airi-navigator.com/incidents/1101',
  title: 'AI Risk Incident Navigator #1101: Meta AI Discover feed exposed personal conversations',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const discoverPress = {
  url: 'https://stuff.co.za/2025/06/20/metas-ai-app-may-make-your-private-searches/',
  title: 'Stuff (South Africa): Meta’s AI app may make your private searches public (citing Business Insider and Engadget)',
  kind: 'third-party',
  published: '2025-06-20',
  checked: '2026-11-28',
} as const;

const llmHallucination = {
  url: 'https://the-decoder.com/openai-says-chatgpt-will-always-make-things-up-but-it-could-get-better-at-admitting-uncertainty',
  title: 'The Decoder — language models will always sometimes make things up (OpenAI research; applies to LLM chatbots generally)',
  kind: 'third-party',
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
    'Meta’s free AI assistant on meta.ai, the Meta AI app, and inside Facebook, Instagram, WhatsApp and Messenger; since December 2025 your chats with it shape the ads and content Meta shows you (outside the EU, UK and South Korea), with no opt-out.',
  capabilities: [
    'Chat and web-backed answers',
    'Image generation',
    'Voice conversations',
    'Built into Facebook, Instagram, WhatsApp and Messenger',
    'Public “Discover” feed for sharing prompts and creations',
  ],
  limits: [
    'Tied to Meta accounts; AI chats feed ad and content personalisation across Meta’s apps',
    'Feature availability and data uses vary by country (EU, UK and South Korea differ)',
    'Anything shared to the Discover feed is public',
  ],
  privacy: {
    training: 'by default',
    optOut:
      'No general opt-out from AI training outside the EU/UK: Meta uses public posts and photos by default, and its help page offers only a data-rights request form. EU/UK users were sent a notice offering a right to object for public posts. Since 2025-12-16 there is also no opt-out from AI chats being used to personalise ads and content (except by not using Meta AI); that change was not applied in the EU, UK and South Korea.',
    retention: 'unknown — no retention period for Meta AI chats was read.',
    humanReview: 'unknown',
    storage:
      'Meta infrastructure; locations not read. Meta says the ad change covers chats with Meta AI, not your end-to-end encrypted messages with people.',
    business: 'No business tier with separate data guarantees for the Meta AI assistant was found in the sources read.',
    sources: [genAiFactCheck, euObjectionNotice, adsChangeHans, adsChangeMoneycontrol, adsChangeExplainer],
  },
  pricing: {
    model: 'free',
    plans: [{ name: 'Meta AI (free)', price: 0, currency: 'USD', period: 'month' }],
    freeTier: 'Meta AI is free to use; Meta funds it with advertising, and your AI chats now help target those ads.',
    read: '2026-11-28',
    sources: [adsChangeHans, adsChangeMoneycontrol],
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
          'Journalists found the Meta AI app’s public Discover feed full of personal chats (medical, legal, relationship and tax questions) that users had shared without realising they were public, often linked to their Instagram/Facebook identities. Meta responded with a warning to avoid sharing personal information before posting to the feed.',
        sources: [discoverIncident, discoverPress],
      },
    ],
    enterpriseControls:
      'None for businesses. Individuals can adjust ad preferences (which do not stop AI chats being used for ads) and should never use the Share/post-to-feed option for private chats.',
    sources: [discoverPress, adsChangeMoneycontrol],
  },
  availability: {
    regions: 'Available in many countries through Meta’s apps; exact list not read. Some data uses differ in the EU, UK and South Korea.',
    minAge: 'unknown',
    account: 'Meta account (Facebook/Instagram/WhatsApp) or a Meta AI app account.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [adsChangeHans, discoverIncident],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'microsoft-copilot', 'grok', 'pi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2025-12-16', change: 'Meta began using Meta AI conversations to personalize ads and content (not in the EU, UK or South Korea); no opt-out.' },
    {
      date: '2026-11-28',
      change: 'Review: AI-generated policy summaries, aggregators and SEO sources removed; training claim re-sourced to press; retention, human review, minimum age and API set to unknown; unconfirmed paid-tier prices dropped.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat, voice, and image generation inside Meta’s apps, the standalone Meta AI app and meta.ai.',
      sources: [adsChangeHans, discoverIncident, discoverPress],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Meta did not state in what was read which model version currently powers the assistant.',
      sources: [],
    },
    trainingData: {
      status: 'risk',
      note: 'Meta trains its generative AI on public posts and photos shared on its apps (not private messages with friends and family); outside the EU/UK there is no way to fully opt out.',
      sources: [genAiFactCheck, euObjectionNotice],
    },
    outputQuality: {
      status: 'unknown',
      note: 'General-purpose consumer assistant; no quality evaluation was read in this pass.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Meta publishes no accuracy figures in what was read; like every LLM chatbot it can give confident but wrong answers, so do not rely on it for medical, legal or financial advice.',
      sources: [llmHallucination],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Meta’s cloud inside apps you already have; nothing to install beyond the app.',
      sources: [adsChangeHans],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No public API for the Meta AI assistant was found in the sources read.',
      sources: [],
    },
    pricingModel: {
      status: 'good',
      note: 'Free to use; it is paid for with data and ads.',
      sources: [adsChangeHans, adsChangeMoneycontrol],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Your chats shape the ads and content you see across Facebook, Instagram and WhatsApp since December 2025, with no opt-out outside the EU/UK/South Korea (Meta says sensitive topics such as health, religion and politics are excluded), and public posts train Meta’s AI. Never paste work code, credentials or personal data.',
      sources: [adsChangeHans, adsChangeMoneycontrol, adsSensitiveTopics, genAiFactCheck],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Ownership and licence terms for outputs in the Meta AI Terms could not be read in this pass.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'The 2025 Discover-feed exposure showed how easily chats became public; avoid the Share/post-to-feed option for anything private.',
      sources: [discoverIncident, discoverPress],
    },
  },
} satisfies ToolInput;
