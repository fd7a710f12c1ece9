// Meta AI — Third pass 2026-11-28: the EU version of the "Meta AIs Terms of Service" (Meta Platforms Ireland,
// effective 2026-01-05) was read verbatim through the Open Terms Archive copy
// (github.com/OpenTermsArchive/genai-eu-versions, "Meta AI"). The OTA declaration for Meta AI was not in the index;
// the copied page is the region-switching facebook.com/legal/ai-terms page (it links separate UK and Brazil terms and
// calls facebook.com/legal/ai-terms the rest-of-world version), so the Terms are cited there, and the facts taken
// from them are marked as EU-version facts. The rest-of-world text was not read. Meta's Privacy Center
// (facebook.com/privacy/genai) was still not read. Other claims rest on established press (The Hans India,
// Moneycontrol, The Quint, ShiftDelete, Stuff), an AI-incident database and a user-posted copy of Meta's 2024
// notice to EU/UK users. Review removed AI-generated policy summaries, news aggregators and SEO sites, and dropped
// the unconfirmed Meta One paid-tier prices. Several lookalike "Meta Privacy Center" phishing sites appeared in
// results and were ignored. Hosts meta.ai / www.meta.ai unchanged.
import type { ToolInput } from '../schema.ts';

const aiTerms = {
  url: 'https://www.facebook.com/legal/ai-terms',
  title: 'Meta AIs Terms of Service — EU version, Meta Platforms Ireland (read via Open Terms Archive copy)',
  kind: 'official',
  published: '2026-01-05',
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

export default {
  id: 'meta-ai',
  name: 'Meta AI',
  vendor: 'Meta Platforms, Inc.',
  category: 'chat assistant',
  homepage: 'https://www.meta.ai/',
  officialDomains: ['meta.ai', 'meta.com', 'facebook.com'],
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
    'EU Terms forbid asking it for professional (medical, legal, financial, psychological) advice and say outputs must be verified before any use',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'No general opt-out from AI training outside the EU/UK: Meta uses public posts and photos by default, and its help page offers only a data-rights request form. EU/UK users were sent a notice offering a right to object for public posts. Since 2025-12-16 there is also no opt-out from AI chats being used to personalise ads and content (except by not using Meta AI); that change was not applied in the EU, UK and South Korea.',
    retention:
      'No period stated. The EU Terms warn that the AIs sometimes retain and use what you share, and that deleting messages, whole threads or even your account may not delete Meta’s copy; Meta points to its Privacy Center for the correct way to delete.',
    humanReview:
      'Yes: the EU Terms say Meta reviews interactions with its AIs, including conversation content, by automated or manual (human) review, in some cases through third-party vendors. Certain information may also be shared with partners such as search engines to answer questions.',
    storage:
      'Meta infrastructure; locations not read. Meta says the ad change covers chats with Meta AI, not your end-to-end encrypted messages with people.',
    business: 'No business tier with separate data guarantees for the Meta AI assistant was found in the sources read.',
    sources: [aiTerms, genAiFactCheck, euObjectionNotice, adsChangeHans, adsChangeMoneycontrol, adsChangeExplainer],
  },
  pricing: {
    model: 'free',
    plans: [{ name: 'Meta AI (free)', price: 0, currency: 'USD', period: 'month' }],
    freeTier: 'Meta AI is free to use; Meta funds it with advertising, and your AI chats now help target those ads.',
    read: '2026-11-28',
    sources: [adsChangeHans, adsChangeMoneycontrol],
  },
  copyright: {
    ownership:
      'EU Terms: you keep whatever rights you have in your prompts, but the Terms say nothing about who owns outputs; Meta keeps all rights in the AIs. The rest-of-world Terms were not read.',
    commercialUse:
      'Not granted explicitly in the EU Terms; they bar uses that infringe others’ rights and say outputs should not be relied on for any purpose without your own verification.',
    indemnity: 'None: the EU Terms say Meta is not responsible for outputs and make no guarantee about them.',
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
    regions: 'Available in many countries through Meta’s apps; exact list not read. Separate AI terms apply in the EU, UK and Brazil, and some data uses differ in the EU, UK and South Korea. Per the EU Terms you must be at least 13, or older where local law requires.',
    minAge: 13,
    account: 'Meta account (Facebook/Instagram/WhatsApp) or a Meta AI app account.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [aiTerms, adsChangeHans, discoverIncident],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'microsoft-copilot', 'grok', 'pi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2025-12-16', change: 'Meta began using Meta AI conversations to personalize ads and content (not in the EU, UK or South Korea); no opt-out.' },
    {
      date: '2026-11-28',
      change: 'Review: AI-generated policy summaries, aggregators and SEO sources removed; training claim re-sourced to press; retention, human review, minimum age and API set to unknown; unconfirmed paid-tier prices dropped.',
    },
    {
      date: '2026-11-28',
      change: 'Third pass: EU Meta AIs Terms (effective 2026-01-05) read via Open Terms Archive; minimum age (13), human review, deletion caveats, output ownership and indemnity filled from them; generic hallucination press source replaced.',
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
      note: 'Meta trains its generative AI on public posts and photos shared on its apps (not private messages with friends and family), and even its EU Terms say your interactions with Meta AI are used to improve AI at Meta; outside the EU/UK there is no way to fully opt out of the public-post training.',
      sources: [genAiFactCheck, euObjectionNotice, aiTerms],
    },
    outputQuality: {
      status: 'caution',
      note: 'No quality evaluation was read; Meta’s EU Terms say accuracy cannot be guaranteed, outputs may be incomplete, outdated or upsetting, and checking them is your job.',
      sources: [aiTerms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Meta publishes no accuracy figures in what was read, and its EU Terms say outputs may not be accurate, complete or current and must not inform medical, legal, financial or pharmaceutical decisions; verify everything.',
      sources: [aiTerms],
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
      note: 'Your chats shape the ads and content you see across Facebook, Instagram and WhatsApp since December 2025, with no opt-out outside the EU/UK/South Korea (Meta says sensitive topics such as health, religion and politics are excluded), public posts train Meta’s AI, and even EU Terms allow human review of chats and warn that deleting them may not delete Meta’s copy. Never paste work code, credentials or personal data.',
      sources: [adsChangeHans, adsChangeMoneycontrol, adsSensitiveTopics, genAiFactCheck, aiTerms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'The EU Terms leave output ownership unstated and give no indemnity, while you must have the rights to everything you upload (including consent from people shown in media); treat outputs as unlicensed for commercial work.',
      sources: [aiTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'The 2025 Discover-feed exposure showed how easily chats became public; avoid the Share/post-to-feed option for anything private.',
      sources: [discoverIncident, discoverPress],
    },
  },
} satisfies ToolInput;
