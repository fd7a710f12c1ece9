// Kimi — facts from Kimi's help centre (www.kimi.com/help, source files in the official MoonshotAI/kimi-help-center
// GitHub repo) plus a third-party review of the consumer privacy policy (the policy itself was not readable here).
// Hosts: the help centre links to https://www.kimi.com/, so www.kimi.com is added next to kimi.com.
// Lookalike sites (kimi-k2.ai, kimi-k2.net, kimik2.org, kimi-app.com, …) were deliberately ignored.
// Review 2026-11-28: membership prices re-read in the help-centre source (en-US/membership/pricing.md) and confirmed;
// the API data-security page confirmed (its own pageUrl is the kimi.com/help URL cited). The Apidog blog (SEO/vendor)
// was removed. The consumer privacy policy itself (kimi.com/user/agreement/…) is still not readable, so the training
// claim still rests on the VerifyWise review; its wording matches policy text quoted elsewhere.
import type { ToolInput } from '../schema.ts';

const overview = {
  url: 'https://www.kimi.com/help/getting-started/overview',
  title: 'Kimi Help Center: Kimi overview',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiDataSecurity = {
  url: 'https://www.kimi.com/help/kimi-api/api-data-security',
  title: 'Kimi Help Center: Data processing & security (Kimi API)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiPricing = {
  url: 'https://www.kimi.com/help/kimi-api/api-pricing',
  title: 'Kimi Help Center: API pricing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpRepo = {
  url: 'https://github.com/MoonshotAI/kimi-help-center',
  title: 'MoonshotAI/kimi-help-center — GitHub source of the Kimi help centre (en-US/membership/pricing.md "Pricing details", FAQ)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyReview = {
  url: 'https://verifywise.ai/ai-trust-index/kimi',
  title: 'VerifyWise AI Trust Index: Kimi privacy policy review (policy dated 2025-07-07)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'kimi',
  name: 'Kimi',
  vendor: 'Moonshot AI',
  category: 'chat assistant',
  homepage: 'https://www.kimi.com/',
  officialDomains: ['kimi.com', 'moonshot.ai', 'moonshot.cn'],
  match: [{ host: 'kimi.com' }, { host: 'www.kimi.com' }],
  summary:
    "Moonshot AI's chat assistant and agent suite (web and apps); the consumer privacy policy lets Moonshot train on what you type, with no opt-out named.",
  capabilities: [
    'Chat with web search, thinking mode and long context',
    'Agent mode for slides, websites, docs/sheets and Deep Research; Agent Swarm (beta)',
    'File uploads (PDF, Office, images, video; up to 100 MB each, 50 per session)',
    'Kimi Code (CLI and VS Code extension) and Kimi Claw cloud agents on paid tiers',
    'Web, iOS, Android and HarmonyOS apps',
  ],
  limits: [
    'Consumer prompts, files and other content may be used to train models; no opt-out toggle is named in the policy (third-party review)',
    'Chats hit a context ceiling (about 128K tokens in the Chinese FAQ) and rate limits at peak times',
    'A content-safety filter ends some topics without detail on what triggers it',
    'Membership quotas reset each billing cycle and do not roll over',
    'Membership does not include Open Platform API credits (separate billing)',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — a review of the policy found no training opt-out; it lists GDPR-style rights (including objection) exercised by emailing Moonshot.',
    retention:
      'The policy keeps data "as long as necessary" with no day count (third-party review). The help-centre FAQ says chats you delete are kept only to the legal minimum and cannot be recovered.',
    humanReview: 'unknown',
    storage:
      'unknown — the review says international transfers cite unspecified safeguards; where consumer data is stored was not stated in sources read.',
    business:
      'Kimi API (Open Platform) data is not used for training, per the official help centre; an enterprise API with stronger data-security terms is sold separately.',
    sources: [privacyReview, helpRepo, apiDataSecurity],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Moderato', price: 19, currency: 'USD', period: 'month', note: '$15/month billed annually ($180/yr).' },
      { name: 'Allegretto', price: 39, currency: 'USD', period: 'month', note: '$31/month billed annually ($372/yr).' },
      { name: 'Allegro', price: 99, currency: 'USD', period: 'month', note: '$79/month billed annually ($948/yr).' },
      { name: 'Vivace', price: 199, currency: 'USD', period: 'month', note: '$159/month billed annually ($1,908/yr).' },
    ],
    freeTier:
      'Adagio is free with small agent and database quotas. Chinese-market pricing differs (CNY tiers from Andante ¥49/month in the Chinese FAQ).',
    read: '2026-11-28',
    sources: [helpRepo],
  },
  copyright: {
    ownership: 'unknown — the consumer terms were not readable in this pass.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [privacyReview],
  },
  security: {
    promptInjection:
      'unknown — no guidance found. Agents browse, run code and (Kimi Claw) act persistently, so untrusted web content can steer them.',
    incidents: [],
    enterpriseControls: 'unknown for the consumer app; enterprise security is offered only for the API via sales.',
    sources: [overview, apiDataSecurity],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Kimi account; paid tiers via web or app-store subscriptions.',
    platforms: ['web', 'mobile', 'desktop', 'ide'],
    status: 'generally available',
    sources: [overview, helpRepo],
  },
  alternatives: ['chatgpt', 'claude', 'deepseek', 'qwen-chat', 'le-chat', 'gemini'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: membership prices confirmed in the help-centre source; removed the Apidog blog, so the model row now names only the K2.5 models the help centre lists.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat plus agent outputs: slides, web pages, documents, spreadsheets and research reports.',
      sources: [overview],
    },
    modelArchitecture: {
      status: 'caution',
      note: "Runs Moonshot's own Kimi models (the help centre names K2.5 Instant, K2.5 Thinking and the K2.5 Agent); newer versions may exist and architecture details were not read.",
      sources: [overview],
    },
    trainingData: {
      status: 'risk',
      note: 'User content (prompts, audio, images, files) is processed to train and optimise models, with no named opt-out.',
      sources: [privacyReview],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official benchmark read.',
      sources: [],
    },
    biasMitigation: {
      status: 'caution',
      note: 'A content-safety policy cuts off some topics and the rules are not published; expect filtering on sensitive subjects.',
      sources: [helpRepo],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM answers and agent outputs can be wrong; the help centre itself offers refunds of quota when research goes off track.',
      sources: [helpRepo],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser or app; no local hardware needed.',
      sources: [overview],
    },
    apiAvailability: {
      status: 'good',
      note: 'Separate Open Platform API (platform.moonshot.ai / .cn), billed per token; API data is not used for training.',
      sources: [apiPricing, apiDataSecurity],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus four paid tiers ($19–$199/month); quotas are credit-based and reset each cycle.',
      sources: [helpRepo],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: "Consumer chats and uploads can train Moonshot's models by default with no named opt-out; use the API or avoid pasting confidential data.",
      sources: [privacyReview, apiDataSecurity],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — output ownership and indemnity terms were not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No public incident found; agentic features that browse and act widen exposure to prompt injection.',
      sources: [overview],
    },
  },
} satisfies ToolInput;
