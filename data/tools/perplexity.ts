// Perplexity — facts from perplexity.ai FAQ/help-centre pages, the stored (June 2024) consumer terms, the API terms,
// Perplexity's security blog posts, and third-party trackers. Hosts perplexity.ai and www.perplexity.ai kept as given.
import type { ToolInput } from '../schema.ts';

const dataFaq = {
  url: 'https://www.perplexity.ai/hub/faq/what-data-does-perplexity-collect-about-me',
  title: 'Perplexity FAQ: What data does Perplexity collect about me?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterpriseData = {
  url: 'https://www.perplexity.ai/help-center/en/articles/11187708-data-retention-and-privacy-for-enterprise-organizations-and-users',
  title: 'Perplexity Help Center: Data Retention and Privacy for Enterprise Organizations and Users',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterpriseSubs = {
  url: 'https://www.perplexity.ai/help-center/en/articles/11187748-subscription-management-for-enterprise-orgs',
  title: 'Perplexity Help Center: Subscription management for Enterprise Orgs',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterprisePricing = {
  url: 'https://intercom.help/perplexity-ai/en/articles/10352986-enterprise-pricing-and-billing-frequently-asked-questions',
  title: 'Perplexity help centre (Intercom-hosted): Enterprise Pricing and Billing FAQ',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingDefault = {
  url: 'https://www.productionai.institute/ai-data-use/perplexity',
  title: 'Production AI Institute: AI Data Use Index — Perplexity',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const terms2024 = {
  url: 'https://www.perplexity.ai/es/hub/legal/terms-of-service',
  title: 'Perplexity Terms of Service (stored copy, last revised June 4, 2024)',
  kind: 'official',
  published: '2024-06-04',
  checked: '2026-11-28',
} as const;

const apiTerms = {
  url: 'https://hub-prod.perplexity.ai/hub/legal/perplexity-api-terms-of-service',
  title: 'Perplexity API Terms of Service',
  kind: 'official',
  published: '2025-05-23',
  checked: '2026-11-28',
} as const;

const outputsAnalysis = {
  url: 'https://www.terms.law/2024/12/26/who-owns-perplexitys-outputs-decoding-the-terms-copyright-law',
  title: "terms.law: Who owns Perplexity's outputs?",
  kind: 'third-party',
  published: '2024-12-26',
  checked: '2026-11-28',
} as const;

const ageTosdr = {
  url: 'https://edit.tosdr.org/points/130190',
  title: 'ToS;DR: Perplexity — minors over 13 need guardian authorisation',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const cometInjection = {
  url: 'https://hub-prod.perplexity.ai/hub/blog/mitigating-prompt-injection-in-comet',
  title: 'Perplexity blog: Mitigating Prompt Injection in Comet',
  kind: 'official',
  published: '2025-10-22',
  checked: '2026-11-28',
} as const;

const cometSecurity = {
  url: 'https://hub-prod.perplexity.ai/hub/blog/how-we-built-security-into-comet-from-day-one',
  title: 'Perplexity blog: How We Built Security Into Comet From Day One',
  kind: 'official',
  published: '2026-02-20',
  checked: '2026-11-28',
} as const;

const browseSafe = {
  url: 'https://the-decoder.com/perplexitys-browsesafe-tries-to-patch-the-gaping-security-holes-inherent-in-ai-browser-agents/',
  title: "The Decoder: Perplexity's BrowseSafe tries to patch security holes in AI browser agents",
  kind: 'third-party',
  published: '2025-12-07',
  checked: '2026-11-28',
} as const;

export default {
  id: 'perplexity',
  name: 'Perplexity',
  vendor: 'Perplexity AI, Inc.',
  category: 'search/research',
  homepage: 'https://www.perplexity.ai/',
  match: [{ host: 'perplexity.ai' }, { host: 'www.perplexity.ai' }],
  summary:
    'AI answer engine that searches the web and writes cited answers; consumer searches feed model training unless you turn off the AI data setting.',
  capabilities: [
    'Web search with cited, synthesised answers',
    'Answers from in-house and third-party models (e.g. OpenAI, Anthropic)',
    'Deep Research reports, file uploads and Spaces',
    'Enterprise organisations with admin and sharing controls',
  ],
  limits: [
    'Free, Pro and Max searches are used to improve models by default; opting out only affects future data',
    'Answers depend on the web pages it retrieves, which can be wrong or manipulated',
    'API usage is billed separately and is not included in Enterprise seats',
    'Perplexity Pro and Max prices were not confirmed on an official page in this pass',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      "Settings › turn off the AI data usage / 'AI data retention' toggle. Per a third-party summary of Perplexity's help article, the opt-out is not retroactive.",
    retention:
      'Personal data is kept while the account is active and removed within 30 days of account deletion (it may still be used for improvement during that window). Enterprise file uploads are deleted after 7 days; threads are kept until deleted.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Enterprise data is never used to train or fine-tune models, and Perplexity says its contracts stop third-party model providers (OpenAI, Anthropic) training on Perplexity data. API use falls under separate API terms.',
    sources: [dataFaq, enterpriseData, trainingDefault, apiTerms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Enterprise Pro', price: 40, currency: 'USD', period: 'month', note: 'Per seat; $400 per seat per year.' },
      { name: 'Enterprise Max', price: 325, currency: 'USD', period: 'month', note: 'Per seat; $3,250 per seat per year.' },
    ],
    freeTier:
      'Free searches are available; consumer Pro and Max subscriptions exist but their prices were not read on an official page. Enterprise has no trial.',
    read: '2026-11-28',
    sources: [enterprisePricing, enterpriseSubs],
  },
  copyright: {
    ownership:
      'The stored 2024 terms give Perplexity a broad licence over content you submit; a legal analysis found no clause assigning output ownership to users.',
    commercialUse:
      'unknown — not stated in the parts of the terms read; answers often quote third-party web content, so check the original sources before reuse.',
    indemnity: 'unknown — none found for consumer plans.',
    sources: [terms2024, outputsAnalysis],
  },
  security: {
    promptInjection:
      "Perplexity reads live web pages, which can carry hidden instructions. Brave showed indirect prompt injection in Perplexity's Comet browser assistant in August 2025; Perplexity has since described layered classifiers (BrowseSafe), a Trail of Bits audit and a bug bounty.",
    incidents: [],
    enterpriseControls:
      'Enterprise admins control file access, sharing and invitations; enterprise data is excluded from training.',
    sources: [cometInjection, cometSecurity, browseSafe, enterpriseData],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Free use possible; an account is needed to manage settings. Users aged 13 to the age of majority need a parent or guardian to accept the terms.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [ageTosdr, terms2024, apiTerms],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'microsoft-copilot', 'le-chat', 'notebooklm'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text answers with citations to web sources, plus research reports; files can be uploaded.',
      sources: [enterprisePricing, dataFaq],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Mixes Perplexity models with third-party models such as OpenAI and Anthropic; which model handled a query may not be obvious.',
      sources: [enterpriseData],
    },
    trainingData: {
      status: 'caution',
      note: 'Consumer search queries and feedback are used to improve its AI unless you opt out.',
      sources: [dataFaq],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official quality or accuracy figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Citations make checking easier, but summaries can misstate or over-trust sources; open the links before relying on an answer.',
      sources: [outputsAnalysis],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service in the browser or app.',
      sources: [dataFaq],
    },
    apiAvailability: {
      status: 'good',
      note: 'Separate paid API (Sonar) under its own terms; not included in Enterprise seats.',
      sources: [apiTerms, enterpriseSubs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus subscriptions; Enterprise Pro is $40 and Enterprise Max $325 per seat per month. API credits are billed separately.',
      sources: [enterprisePricing],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Consumer queries train models by default with an opt-out that is not retroactive; Enterprise data is excluded from training.',
      sources: [dataFaq, trainingDefault, enterpriseData],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Broad licence to Perplexity over your submissions and no explicit output-ownership clause found; answers may reproduce third-party text.',
      sources: [terms2024, outputsAnalysis],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Reading untrusted web content exposes it to prompt injection; a Comet browser flaw was disclosed by Brave in 2025 and later mitigated.',
      sources: [browseSafe, cometInjection],
    },
  },
} satisfies ToolInput;
