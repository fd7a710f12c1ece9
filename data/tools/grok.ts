// Grok — xAI's own consumer Privacy Policy / consumer Terms pages were not in the stored copies; facts come from
// xAI's consumer FAQ on docs.x.ai, an older xAI enterprise-terms page, and third-party analyses that quote the
// consumer terms (marked third-party). Hosts: grok.com plus x.com scoped to /i/grok (never all of x.com).
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

const grokOnXTraining = {
  url: 'https://www.productionai.institute/ai-data-use/grok-on-x',
  title: 'Production AI Institute — AI Data Use Index: Grok on X (summary of X help article)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const tosOptOutAnalysis = {
  url: 'https://conductatlas.com/platform/xai/xai-terms-of-service/model-training-opt-out-logged-in-users-only/',
  title: 'ConductAtlas — xAI Terms of Service: model-training opt-out for logged-in users only',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const tosLicenseAnalysis = {
  url: 'https://conductatlas.com/platform/xai/xai-terms-of-service/irrevocable-perpetual-user-content-license/',
  title: 'ConductAtlas — xAI Terms of Service: irrevocable, perpetual User Content license',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const tosAgeAnalysis = {
  url: 'https://conductatlas.com/platform/xai/xai-terms-of-service/minimum-age-requirement-and-parental-consent/',
  title: 'ConductAtlas — xAI Terms of Service: minimum age and parental consent',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const shareLinkExposure = {
  url: 'https://news.laodong.vn/cong-nghe/3-buoc-khan-cap-de-go-cuoc-tro-chuyen-grok-khoi-google-1562742.ldo',
  title: 'Lao Dong — Grok shared conversations appeared in search engines (citing a Forbes investigation)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const accuracyWarning = {
  url: 'https://europennews.com/amp/what-you-need-to-know-about-grok-ai-and-your-privacy-23',
  title: 'What You Need to Know About Grok AI and Your Privacy (quotes xAI help page on accuracy)',
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
    "xAI's chat assistant, used on grok.com, in the Grok iOS/Android apps and inside X; consumer chats can feed model training unless a logged-in user turns it off.",
  capabilities: [
    'General chat assistant on the web (grok.com) and in iOS/Android apps',
    'Also available inside the X app',
    'Paid SuperGrok subscription',
    'Separate developer API from xAI',
  ],
  limits: [
    'Consumer inputs and outputs may be used for training unless a logged-in user opts out; logged-out use has no described opt-out',
    'Shared-conversation links have been indexed by search engines in the past',
    "xAI's consumer privacy policy and terms could not be read directly for this entry — verify before relying on details",
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Logged-in users can turn off model training in their account data controls (on X: Settings → Privacy and safety → Grok); third-party analyses of the consumer terms say logged-out use has no opt-out.',
    retention:
      'A summary of X’s help article says deleted Grok conversations are removed within 30 days unless security or legal reasons require longer; other retention periods unknown.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Business and developer accounts are governed by separate xAI Enterprise Terms of Service; whether those exclude training was not read for this entry.',
    sources: [grokOnXTraining, tosOptOutAnalysis, enterpriseTermsPrevious],
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
    ownership:
      'unknown — third-party readings of the consumer terms describe a perpetual, irrevocable licence for xAI over user content including inputs and outputs; who owns outputs was not confirmed from xAI’s own text.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [tosLicenseAnalysis],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'Enterprise accounts exist under separate xAI Enterprise Terms; specific admin controls (SSO, retention settings) were not read.',
    sources: [enterpriseTermsPrevious, shareLinkExposure],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Can be used logged out or signed in; subscriptions are managed on grok.com, in the app stores, or through X Premium. Users aged 13–17 need parental permission per the consumer terms (as quoted by a third party).',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [grokFaq, tosAgeAnalysis, tosOptOutAnalysis],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'meta-ai', 'le-chat', 'deepseek'],
  changelog: [{ date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' }],
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
      note: 'Public X posts and Grok interactions can be used to train and fine-tune Grok unless you turn the setting off; private-account posts are said to be excluded.',
      sources: [grokOnXTraining],
    },
    outputQuality: {
      status: 'caution',
      note: 'xAI’s own help text (as quoted in press) warns Grok may state incorrect information confidently or miss context and asks users to verify answers.',
      sources: [accuracyWarning],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'Like any LLM chat, Grok can produce confident but wrong answers; xAI tells users to verify information independently.',
      sources: [accuracyWarning],
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
      note: 'Training on your chats is on by default; logged-in users can switch it off in data controls, but logged-out sessions reportedly have no opt-out. Do not paste confidential data without changing the setting.',
      sources: [grokOnXTraining, tosOptOutAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'The consumer terms reportedly give xAI a perpetual, irrevocable licence over what you submit and receive; output ownership was not confirmed from xAI’s own text.',
      sources: [tosLicenseAnalysis],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Press reports citing a Forbes investigation said shared Grok chat links were published and indexed by search engines, exposing sensitive conversations; avoid the share button for anything private.',
      sources: [shareLinkExposure],
    },
  },
} satisfies ToolInput;
