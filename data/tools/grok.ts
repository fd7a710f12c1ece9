// Grok — xAI's own consumer Privacy Policy / consumer Terms pages were not in the stored copies; facts come from
// xAI's consumer FAQ on docs.x.ai, an older xAI enterprise-terms page, and established press (9to5Mac, Techlicious,
// AP via Fortune, Entrepreneur, Lao Dong). Hosts: grok.com plus x.com scoped to /i/grok (never all of x.com).
// Review 2026-11-28: aggregator sources (conductatlas.com, productionai.institute, europennews.com) were removed; the
// claims that rested only on them (logged-out users can't opt out, 30-day deletion, perpetual content licence, age 13)
// are now "unknown". The official x.ai policy URLs are listed only as places to verify (not read).
// Lookalike sites (grokimagineai.net, x-grok.net, supergrok.tech, grokipedia mirrors) were ignored.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';

const grokFaq = {
  url: 'https://docs.x.ai/docs/resources/faq-grok',
  title: 'xAI docs — FAQ: Grok Website / Apps',
  kind: 'official',
  checked: CHECKED,
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
  title: 'xAI Privacy Policy (not read — verify here)',
  kind: 'official',
  checked: CHECKED,
} as const;

const xaiTerms = {
  url: 'https://x.ai/legal/terms-of-service',
  title: 'xAI consumer Terms of Service (not read — verify here)',
  kind: 'official',
  checked: CHECKED,
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
  match: [{ host: 'grok.com' }, { host: 'x.com', path: '/i/grok' }],
  summary:
    "xAI's chat assistant, used on grok.com, in the Grok iOS/Android apps and inside X; Grok interactions are used for training by default unless you switch the setting off.",
  capabilities: [
    'General chat assistant on the web (grok.com) and in iOS/Android apps',
    'Also available inside the X app',
    'Paid SuperGrok subscription',
    'Separate developer API from xAI',
  ],
  limits: [
    'Grok interactions (and public X posts) are used for training by default; you must find and switch off the setting',
    'Shared-conversation links have been indexed by search engines in the past',
    'Has repeated false factual claims for days before correction (2024 ballot-deadline case)',
    "xAI's consumer privacy policy and terms could not be read directly for this entry — verify before relying on details",
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'On X: Settings and privacy → Privacy and safety → Grok, then untick the box allowing your posts and Grok interactions, inputs and results to be used for training (press, July 2024). Controls on grok.com and for logged-out use were not verified from xAI text.',
    retention:
      'unknown — xAI\'s privacy policy could not be read; the X setting page offers a "Delete conversation history" link.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Business and developer accounts are governed by separate xAI Enterprise Terms of Service; whether those exclude training was not read for this entry.',
    sources: [optOutPress, optOutGuide, enterpriseTermsPrevious, xaiPrivacy],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'Grok can be used without paying; SuperGrok subscriptions are sold on grok.com, the Apple App Store and Google Play, and Grok access also comes with X Premium. Prices were not read from an official pricing page.',
    read: CHECKED,
    sources: [grokFaq],
  },
  copyright: {
    ownership: 'unknown — xAI\'s consumer Terms of Service could not be read for this entry.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [xaiTerms],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'Enterprise accounts exist under separate xAI Enterprise Terms; specific admin controls (SSO, retention settings) were not read.',
    sources: [enterpriseTermsPrevious, shareLinkExposure, shareLinkEntrepreneur],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Used on grok.com, in the iOS/Android apps and inside X; subscriptions are managed on grok.com, in the app stores, or through X Premium. Age rules were not read from xAI text.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [grokFaq],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'meta-ai', 'le-chat', 'deepseek'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change:
        'Review: removed aggregator sources (conductatlas.com, productionai.institute, europennews.com); training/opt-out re-sourced to 9to5Mac and Techlicious, accuracy to AP/Fortune; logged-out opt-out, 30-day deletion, content licence and minimum age now unknown.',
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
      note: 'Grok was first pre-trained on public web text, but X has since used public posts and Grok interactions to train and fine-tune it unless you untick the setting; private accounts are reported to be excluded.',
      sources: [optOutPress, optOutGuide],
    },
    outputQuality: {
      status: 'caution',
      note: 'In 2024 Grok told users ballot deadlines had passed in nine US states, and kept repeating it for over a week until corrected; Grok itself carries a disclaimer asking users to verify answers.',
      sources: [electionMisinfo],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'Like any LLM chat, Grok can produce confident but wrong answers (as the 2024 ballot-deadline case showed); verify facts independently.',
      sources: [electionMisinfo],
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
      note: 'Free use plus SuperGrok subscriptions (and access via X Premium); current prices were not read from an official page.',
      sources: [grokFaq],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on your Grok interactions is on by default and the opt-out sits deep in X settings; xAI\'s own policy was not read. Do not paste confidential data without switching the setting off.',
      sources: [optOutPress, optOutGuide],
    },
    copyrightImplications: {
      status: 'unknown',
      note: "Output ownership and the licence you grant xAI are in the consumer Terms of Service, which could not be read here.",
      sources: [xaiTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Press citing a Forbes investigation reported that shared Grok chat links (over 370,000) were published and indexed by search engines, exposing sensitive conversations; avoid the share button for anything private.',
      sources: [shareLinkExposure, shareLinkEntrepreneur],
    },
  },
} satisfies ToolInput;
