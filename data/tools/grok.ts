// Grok — privacy, training, retention, storage, human review, age and copyright facts come from xAI's own Privacy
// Policy (effective 2026-04-04) with its Europe Privacy Policy Addendum (effective 2025-04-24) and the consumer Terms of
// Service (effective 2026-04-10). Re-read on 2026-12-01 through the Open Terms Archive copy in the public GitHub
// repository OpenTermsArchive/genai-eu-versions (EU-fetched versions; files Grok/Privacy Policy.md and Grok/Terms of
// Service.md); the official x.ai URLs stay in `url`, the copy is in `via`. Re-read on 2026-12-01: the Privacy Policy
// (sections 1–5, 9 and the whole Europe addendum) and the Terms up to "Privacy and Data Security" (age, user content,
// licence, human review, training choice, logged-out use, accuracy). The Terms' indemnity and liability clauses were
// last read on 2026-11-28. Other facts: xAI's consumer FAQ on docs.x.ai, an older xAI enterprise-terms page, and press
// (9to5Mac, Techlicious, AP via Fortune, Entrepreneur, Lao Dong) — not re-read on 2026-12-01.
// Hosts: grok.com plus x.com scoped to /i/grok (never all of x.com). xAI's policy says Grok used inside X is governed
// by X's own Privacy Policy and Terms, not xAI's — the X opt-out facts below come from press (2024).
// Review finding 2 (newer versions), resolved 2026-12-01: the newest xAI texts readable in the stored copies are still
// the Terms effective 2026-04-10 and the Privacy Policy effective 2026-04-04 (the OTA copy's older versions, Terms
// 2025-11-04 and Privacy Policy 2025-07-10, were also seen: 2025-11 → 2026-04 left the training, licence, 30-day
// deletion and age clauses unchanged; the 2026-04 Privacy Policy adds a cookie/targeted-advertising paragraph and a
// promise not to use Google Apps content connected via OAuth for training). Third-party notes (not xAI text) quote
// x.ai links to Terms versions "previous-2026-04-10" and "previous-2026-09-01" and an Acceptable Use Policy effective
// 2026-08-14 issued under the name "SpaceXAI", so at least one newer consumer Terms version exists; its text was not in
// the stored copies and was not read, so the Terms-based claims below may be out of date.
// Training parts (2026-12-01): on by default for logged-in users with an in-product choice (Terms: "you can select
// whether or not you want us to use your User Content … to train our models"; Europe addendum: "you can object to our
// use of your information to train our models in your settings"); scope filled from those words.
// Review 2026-11-28: aggregator sources (conductatlas.com, productionai.institute, europennews.com) were removed.
// Lookalike sites (grokimagineai.net, grok-ai.*, x-grok.net, supergrok.tech, epochie.com "x.ai" terms, grokipedia
// mirrors) were ignored.
// Second reading 2026-12-01: 9 claims confirmed, 3 made unknown. Confirmed in the OTA copies (Terms effective
// 2026-04-10, Privacy Policy 2026-04-04 with the Europe addendum 2025-04-24): training choice when logged in, "object ...
// in your settings", logged-out full training rights, perpetual licence, Grok-in-X carve-out, business-need retention and
// 30-day deletion, human review by authorised staff, US processing and Brave sharing, API outside the policy and
// Enterprise Terms. Made unknown: the free-use / SuperGrok / X Premium pricing text and the pricing model (the xAI FAQ it
// rested on was not in the stored copies; replaced by what xAI's docs say about billing), and the press-only X opt-out
// path in optOutHow (dropped).
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';
const RECHECKED = '2026-12-01';

const otaVia = (file: string) =>
  ({
    url: `https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Grok/${file}`,
    title: 'Open Terms Archive copy (genai-eu-versions, EU-fetched version)',
  }) as const;

const grokFaq = {
  url: 'https://docs.x.ai/docs/resources/faq-grok',
  title: 'xAI docs — FAQ: Grok Website / Apps',
  kind: 'official',
  checked: CHECKED,
} as const;

const xaiDocsIntro = {
  url: 'https://docs.x.ai/introduction',
  title: 'xAI docs — Introduction: xAI API vs Grok in other services (access and billing table)',
  kind: 'official',
  checked: RECHECKED,
} as const;

const enterpriseTermsPrevious = {
  url: 'https://x.ai/legal/terms-of-service-enterprise/previous',
  title: 'xAI Terms of Service — Enterprise (previous version)',
  kind: 'official',
  published: '2024-09-05',
  checked: CHECKED,
} as const;

const xaiPrivacy = {
  url: 'https://x.ai/legal/privacy-policy',
  title: 'xAI Privacy Policy (EU-fetched version)',
  kind: 'official',
  published: '2026-04-04',
  checked: RECHECKED,
  via: otaVia('Privacy%20Policy.md'),
} as const;

const xaiEuAddendum = {
  url: 'https://x.ai/legal/europe-privacy-policy-addendum',
  title: "xAI's Europe Privacy Policy Addendum",
  kind: 'official',
  published: '2025-04-24',
  checked: RECHECKED,
  via: otaVia('Privacy%20Policy.md'),
} as const;

const xaiTerms = {
  url: 'https://x.ai/legal/terms-of-service',
  title: 'xAI Terms of Service — Consumer (EU-fetched version)',
  kind: 'official',
  published: '2026-04-10',
  checked: RECHECKED,
  via: otaVia('Terms%20of%20Service.md'),
} as const;

const optOutPress = {
  url: 'https://9to5mac.com/2024/07/26/without-notice-x-is-now-scraping-posts-and-interactions-to-train-its-third-rate-ai-product-grok/',
  title: '9to5Mac — X now uses posts and Grok interactions for training by default; how to opt out',
  kind: 'third-party',
  published: '2024-07-26',
  checked: CHECKED,
} as const;

const optOutGuide = {
  url: 'https://techlicious.com/tip/stop-x-formerly-twitter-from-using-your-data-to-train-its-ai',
  title: 'Techlicious — Stop X from using your data to train its AI (Grok setting, private accounts excluded)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const electionMisinfo = {
  url: 'https://fortune.com/2024/08/06/us-states-elon-musk-fix-grok-ai-chatbot-bogus-ballot-deadline-information',
  title: 'Fortune / AP — 5 U.S. states push Musk to fix Grok over bogus ballot-deadline answers',
  kind: 'third-party',
  published: '2024-08-06',
  checked: CHECKED,
} as const;

const shareLinkExposure = {
  url: 'https://news.laodong.vn/cong-nghe/3-buoc-khan-cap-de-go-cuoc-tro-chuyen-grok-khoi-google-1562742.ldo',
  title: 'Lao Dong — Grok shared conversations appeared in search engines (citing a Forbes investigation)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const shareLinkEntrepreneur = {
  url: 'https://spanish.entrepreneur.com/?p=42242',
  title: 'Entrepreneur en Español — Grok exposes more than 370,000 user conversations on Google',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const grok1Weights = {
  url: 'https://huggingface.co/xai-org/grok-1/tree/62ddeebf9b3c9f052ba5869563604c051909b128',
  title: 'xai-org/grok-1 on Hugging Face (Apache-2.0 open weights)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const grok2License = {
  url: 'https://huggingface.co/xai-org/grok-2/blob/main/LICENSE',
  title: 'xAI Community License Agreement for Grok 2 weights',
  kind: 'third-party',
  published: '2025-11-04',
  checked: CHECKED,
} as const;

export default {
  id: 'grok',
  name: 'Grok',
  vendor: 'xAI (X.AI LLC)',
  category: 'chat assistant',
  homepage: 'https://grok.com/',
  officialDomains: ['x.ai', 'grok.com', 'x.com'],
  match: [{ host: 'grok.com' }, { host: 'x.com', path: '/i/grok' }],
  summary:
    "xAI's chat assistant on grok.com, in the Grok iOS/Android apps and inside X; your chats can train xAI's models unless you switch that off (logged-out use always can), and xAI takes a perpetual licence to your content.",
  capabilities: [
    'General chat assistant on the web (grok.com) and in iOS/Android apps',
    'Also available inside the X app',
    'Paid SuperGrok subscription',
    'Separate developer API from xAI',
  ],
  limits: [
    'Your chats can be used to train models unless you switch it off in settings; using Grok logged out gives xAI full rights to use the data for training',
    'You grant xAI an irrevocable, perpetual, worldwide licence to use, publish and modify your inputs and outputs for any purpose',
    'Reselling outputs and using them to build competing models are prohibited',
    "Grok inside X is governed by X's privacy policy and terms, not xAI's",
    'Shared-conversation links have been indexed by search engines in the past',
    'Has repeated false factual claims for days before correction (2024 ballot-deadline case)',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'User Content (your inputs and the outputs) used "to improve our products and services and train our models"; logged-out use grants xAI "full rights … for product development and model training purposes". Grok inside X falls under X\'s policies instead.',
    },
    optOutHow:
      'On grok.com and the apps, when logged in, choose in your settings whether your User Content may be used to train xAI\'s models (the Europe addendum calls this objecting "in your settings"). Logged-out use cannot be excluded. Grok inside X falls under X\'s own privacy policy and settings (not read here).',
    retention:
      'Kept while xAI has an ongoing legitimate business need or a legal reason. Private Chat conversations, and chats or accounts you delete, are deleted within 30 days unless they must be kept longer for legal, compliance or safety purposes.',
    humanReview:
      'Yes: the terms say a limited number of authorised xAI staff may review your usage and content to improve features, investigate misuse or security incidents, and meet legal duties; automated systems also analyse it.',
    storage:
      'The Europe addendum says xAI processes all personal data in the United States, where its primary data centres are; parts of inputs go to Brave for search results.',
    business:
      'The consumer privacy policy does not cover the xAI API or other business offerings, which run under separate xAI Enterprise Terms of Service; their training rules were not read here.',
    sources: [xaiPrivacy, xaiEuAddendum, xaiTerms, enterpriseTermsPrevious],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      'unknown — no xAI pricing page or plan list was read. xAI’s developer docs say Grok.com and the mobile apps are billed by xAI or X (apps via the App Store / Play Store) and Grok inside X by X; the consumer Terms have a “Paid Accounts” section. Whether and how far Grok can be used without paying, and subscription prices, were not confirmed.',
    read: RECHECKED,
    sources: [xaiDocsIntro, xaiTerms],
  },
  copyright: {
    ownership:
      'As between you and xAI, you keep ownership of your inputs and outputs (Grokipedia output excepted), but grant xAI an irrevocable, perpetual, transferable, sublicensable, royalty-free worldwide licence to use, modify, publish and display them for any purpose.',
    commercialUse:
      'Not banned outright, but the terms forbid reselling inputs or outputs and using outputs to build competing models, and ask you to credit Grok when you use output.',
    indemnity:
      'None from xAI. You indemnify xAI for claims tied to your use, inputs and outputs; this indemnity does not apply to consumers in the EEA, UK and Switzerland. Liability is capped at the greater of what you paid or $100.',
    sources: [xaiTerms],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'Enterprise accounts exist under separate xAI Enterprise Terms; specific admin controls (SSO, retention settings) were not read. Consumer accounts offer Private Chat (deleted within 30 days).',
    sources: [enterpriseTermsPrevious, xaiPrivacy, shareLinkExposure, shareLinkEntrepreneur],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      "Used on grok.com, in the iOS/Android apps and inside X (X's own terms apply there); some use is possible without logging in. Minimum age 13 (or higher local minimum); 13–17-year-olds need a parent's or guardian's permission.",
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [grokFaq, xaiTerms],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'meta-ai', 'le-chat', 'deepseek'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change:
        'Review: removed aggregator sources (conductatlas.com, productionai.institute, europennews.com); training/opt-out re-sourced to 9to5Mac and Techlicious, accuracy to AP/Fortune; logged-out opt-out, 30-day deletion, content licence and minimum age now unknown.',
    },
    {
      date: CHECKED,
      change:
        "Third-pass review: read xAI's Privacy Policy (2026-04-04), Europe addendum and consumer Terms (2026-04-10) via Open Terms Archive; filled retention (30-day deletion), human review, US storage, minimum age 13, output ownership, perpetual content licence, commercial-use limits and indemnity; noted that Grok on X falls under X's policies.",
    },
    {
      date: RECHECKED,
      change:
        "Re-check: training parts confirmed from xAI's own Terms and Europe addendum (on by default, in-product setting) and scope filled; newest readable texts are still Terms 2026-04-10 and Privacy Policy 2026-04-04 — a newer consumer Terms version is referenced by third parties but its text could not be read; Open Terms Archive copy moved from titles into `via`; optOutHow now marks the X setting as press-only.",
      fields: ['training', 'sources'],
    },
    {
      date: RECHECKED,
      change:
        'Second reading: training (on, settings opt-out when logged in, logged-out use always trainable), licence, retention, human review, US storage, Brave sharing and business carve-out confirmed in the xAI Terms and Privacy Policy; pricing model and free-tier text made unknown (no xAI plan page read; billing facts now from xAI’s docs); the press-only X opt-out path removed from the opt-out text.',
      fields: ['pricing', 'training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat assistant on grok.com, the iOS/Android apps and inside X.',
      sources: [grokFaq],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'The models behind the consumer app are proprietary; xAI has published older weights (Grok-1 under Apache-2.0, Grok 2 under a restrictive community licence), but current consumer models are not documented here.',
      sources: [grok1Weights, grok2License],
    },
    trainingData: {
      status: 'caution',
      note: "xAI's privacy policy says it trains on public web data, your chats and feedback, and (in Europe, for over-18s) public X posts; you can switch off use of your chats, and on X the separate setting excludes your posts.",
      sources: [xaiPrivacy, xaiEuAddendum, optOutPress, optOutGuide],
    },
    outputQuality: {
      status: 'caution',
      note: 'In 2024 Grok told users ballot deadlines had passed in nine US states, and kept repeating it for over a week until corrected; Grok itself carries a disclaimer asking users to verify answers.',
      sources: [electionMisinfo],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: "xAI's terms warn that output may contain hallucinations and is not professional advice, and the 2024 ballot-deadline case showed how confident errors spread; verify facts independently.",
      sources: [xaiTerms, electionMisinfo],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs as a hosted service in the browser or mobile app; nothing runs locally.',
      sources: [grokFaq],
    },
    apiAvailability: {
      status: 'good',
      note: 'xAI runs a separate developer API documented on docs.x.ai, under its own terms.',
      sources: [grokFaq],
    },
    pricingModel: {
      status: 'unknown',
      note: 'unknown — xAI’s docs say Grok.com and the apps are billed by xAI or X and Grok in X by X, but no plan list or price was read on an xAI page.',
      sources: [xaiDocsIntro],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Chats can train xAI models unless you switch it off (logged-out use cannot be excluded), staff may review content, and deleted chats go within 30 days. Switch training off and avoid pasting confidential data.',
      sources: [xaiTerms, xaiPrivacy, optOutPress],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership of inputs and outputs, but xAI gets a perpetual licence to reuse and publish them, reselling output is prohibited and there is no indemnity.',
      sources: [xaiTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Press citing a Forbes investigation reported that shared Grok chat links (over 370,000) were published and indexed by search engines, exposing sensitive conversations; avoid the share button for anything private.',
      sources: [shareLinkExposure, shareLinkEntrepreneur],
    },
  },
} satisfies ToolInput;
