// Meta AI — re-checked 2026-12-01. Meta's own text: the EU version of the "Meta AIs Terms of Service" (Meta Platforms
// Ireland, effective 2026-01-05), re-read in full on 2026-12-01 through the Open Terms Archive copy
// (github.com/OpenTermsArchive/genai-eu-versions, "Meta AI/Terms of Service.md"); the copied page is the
// region-switching facebook.com/legal/ai-terms page (it links separate UK and Brazil terms and calls
// facebook.com/legal/ai-terms the rest-of-world version), so the Terms are cited there with the copy in `via`, and the
// facts taken from them are marked as EU-version facts. The rest-of-world text was not read.
// Review finding 4 (weak tool, mostly press), resolved 2026-12-01: looked for Meta's Privacy Center generative-AI page
// (facebook.com/privacy/genai) and other meta.com/facebook.com privacy pages — not in the stored copies (search results
// were press, trackers and lookalike "Meta Privacy Center" phishing pages, all ignored). Meta's EU Privacy Policy
// (effective 2025-06-16) is stored by Open Terms Archive inside its "Llama API/Privacy Policy.md" file; its collection
// and use sections were skimmed but no AI-training passage was found in what was read, so it is not cited. Changes:
// training parts now rest only on the EU Terms ("how we use your interactions with AIs to improve AI at Meta") —
// default on, opt-out unknown, scope filled; optOutHow, storage and business are now honest unknowns where only press
// spoke; the user-posted copy of Meta's 2024 EU notice on a forum (discuss.grapheneos.org) was removed; the price
// ($0, from press) was dropped because no Meta pricing page was read, so pricing is unknown. The December 2025 ad-
// personalisation change and the Discover-feed incident still rest on established press (The Hans India,
// Moneycontrol, ShiftDelete, Stuff, AI Weekly) and an AI-incident database, and are worded as press reports.
// Hosts meta.ai / www.meta.ai unchanged.
// Second reading 2026-12-01: 7 claims confirmed, 2 made unknown. The EU Terms (effective 2026-01-05) were re-read in
// full in the OTA copy: interactions used "to improve AI at Meta" (default on), no named opt-out (optOut unknown), use "to
// provide, maintain, and improve Meta services" and "to conduct and support research" with automated or human review and
// vendors, retention warnings, sharing with search partners, Private Processing, no storage location. Made unknown: the
// press-only "no opt-out from ad personalisation" sentence in optOutHow (removed; it stays in summary, limits and the
// data-privacy row as a press report) and the press description of Meta AI as free in the pricing text.
import type { ToolInput } from '../schema.ts';

const aiTerms = {
  url: 'https://www.facebook.com/legal/ai-terms',
  title: 'Meta AIs Terms of Service — EU version, Meta Platforms Ireland',
  kind: 'official',
  published: '2026-01-05',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Meta%20AI/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, EU-fetched version)',
  },
} as const;

const genAiFactCheck = {
  url: 'https://thequint.com/amp/story/news/webqoof/meta-no-consent-for-generative-ai-chain-post-fact-check',
  title: 'The Quint (WebQoof): fact-check quoting Meta’s help page “How Meta uses information for generative AI models and features”',
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
    'Meta’s AI assistant on meta.ai, the Meta AI app, and inside Facebook, Instagram, WhatsApp and Messenger; Meta’s EU terms say your interactions are used to improve AI at Meta and may be reviewed by people, and press reports that since December 2025 your chats shape the ads and content Meta shows you (outside the EU, UK and South Korea), with no opt-out.',
  capabilities: [
    'Chat and web-backed answers',
    'Image generation',
    'Voice conversations',
    'Built into Facebook, Instagram, WhatsApp and Messenger',
    'Public “Discover” feed for sharing prompts and creations',
  ],
  limits: [
    'Tied to Meta accounts; press reports AI chats feed ad and content personalisation across Meta’s apps (not in the EU, UK and South Korea)',
    'Feature availability and data uses vary by country (EU, UK and South Korea differ)',
    'Anything shared to the Discover feed is public',
    'EU Terms forbid asking it for professional (medical, legal, financial, psychological) advice and say outputs must be verified before any use',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'EU Terms: your interactions with the AIs (prompts, outputs, feedback and messages) are used "to improve AI at Meta"; Meta also uses them "to provide, maintain, and improve Meta services and features" and "to conduct and support research", including by human review.',
    },
    optOutHow:
      'unknown — the EU Terms name no setting or form to stop your interactions being used to improve AI at Meta; they send you to Meta’s Privacy Center (not read) to access or delete your information.',
    retention:
      'No period stated. The EU Terms warn that the AIs sometimes retain and use what you share, and that deleting messages, whole threads or even your account may not delete Meta’s copy; Meta points to its Privacy Center for the correct way to delete.',
    humanReview:
      'Yes: the EU Terms say Meta reviews interactions with its AIs, including conversation content, by automated or manual (human) review, in some cases through third-party vendors. Certain information may also be shared with partners such as search engines to answer questions.',
    storage:
      'unknown — no storage location is stated in the EU Terms. They say that when you share private messages with friends and family with AIs that use Private Processing technology, Meta cannot read or access them.',
    business: 'unknown — no business tier with separate data terms for the Meta AI assistant was found in the texts read.',
    sources: [aiTerms],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown — no Meta pricing page was read, and the EU Terms read mention no prices.',
    read: '2026-12-01',
    sources: [aiTerms],
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
      'unknown — no business controls for Meta AI were found in the texts read. Press reports that ad preferences do not stop AI chats being used for ads; never use the Share/post-to-feed option for private chats.',
    sources: [discoverPress, adsChangeMoneycontrol],
  },
  availability: {
    regions:
      'Available in many countries through Meta’s apps; exact list not read. Separate AI terms apply in the EU, UK and Brazil, and some data uses differ in the EU, UK and South Korea. Per the EU Terms you must be at least 13, or older where local law requires.',
    minAge: 13,
    account: 'Meta account (Facebook/Instagram/WhatsApp) or a Meta AI app account.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [aiTerms, adsChangeHans, discoverIncident],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'microsoft-copilot', 'grok', 'pi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2025-12-16',
      change: 'Meta began using Meta AI conversations to personalize ads and content (not in the EU, UK or South Korea); no opt-out.',
    },
    {
      date: '2026-11-28',
      change:
        'Review: AI-generated policy summaries, aggregators and SEO sources removed; training claim re-sourced to press; retention, human review, minimum age and API set to unknown; unconfirmed paid-tier prices dropped.',
    },
    {
      date: '2026-11-28',
      change:
        'Third pass: EU Meta AIs Terms (effective 2026-01-05) read via Open Terms Archive; minimum age (13), human review, deletion caveats, output ownership and indemnity filled from them; generic hallucination press source replaced.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: EU Meta AIs Terms re-read (copy now in `via`); training scope filled from them ("improve AI at Meta"); optOutHow, storage and business made unknown where only press spoke; forum copy of Meta’s 2024 EU notice removed; $0 price dropped (no Meta pricing page read), pricing now unknown. Meta’s Privacy Center pages were not in the stored copies.',
      fields: ['training', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training (default on, opt-out unknown, scope), retention, human review, partner sharing and Private Processing confirmed in the EU Terms; the press-only ad-personalisation sentence removed from the opt-out text and the press description of Meta AI as free removed from the pricing text (both unknown on Meta’s own pages).',
      fields: ['training', 'pricing', 'sources'],
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
      note: 'Meta’s EU Terms say your interactions with Meta AI are used to improve AI at Meta, with no opt-out named; press quoting Meta’s help page adds that Meta trains its generative AI on public posts and photos (not private messages with friends and family).',
      sources: [aiTerms, genAiFactCheck],
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
      status: 'unknown',
      note: 'unknown — no official pricing page was read.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Meta’s EU Terms say your interactions improve AI at Meta, may be reviewed by people (sometimes through vendors), and that deleting chats or even your account may not delete Meta’s copy. Press reports that since December 2025 your chats shape the ads and content you see outside the EU/UK/South Korea, with no opt-out (sensitive topics reportedly excluded). Never paste work code, credentials or personal data.',
      sources: [aiTerms, adsChangeHans, adsChangeMoneycontrol, adsSensitiveTopics],
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
