// OpenAI Platform (API) — facts from OpenAI's developer docs (data controls), help-centre articles (feedback
// opt-in, Admin/Audit Logs API), the OpenAI Services Agreement, and third-party sources for pricing mechanics,
// output ownership and Copyright Shield. The official API pricing page itself was not returned by the search tool,
// so no per-model prices are listed.
// Hosts: platform.openai.com (dashboard/console) plus the developer docs on developers.openai.com (/api and /docs).
import type { ToolInput } from '../schema.ts';

const yourData = {
  url: 'https://developers.openai.com/docs/guides/your-data',
  title: 'OpenAI API docs — Data controls in the OpenAI platform',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const feedbackOptIn = {
  url: 'https://help.openai.com/en/articles/9883556-sharing-model-feedback-through-the-api',
  title: 'OpenAI Help Center — Sharing model feedback through the API',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const servicesAgreement = {
  url: 'https://openai.com/policies/services-agreement/',
  title: 'OpenAI Services Agreement',
  kind: 'official',
  published: '2025-05-31',
  checked: '2026-11-28',
} as const;

const adminApi = {
  url: 'https://help.openai.com/en/articles/9687866-admin-and-audit-logs-api-for-the-api-platform',
  title: 'OpenAI Help Center — Admin and Audit Logs API for the API Platform',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const pricingWalkthrough = {
  url: 'https://raw.githubusercontent.com/api-evangelist/posts/main/_posts/2026-11-06-openai-api-pricing-what-every-model-costs-per-million-tokens.md',
  title: 'API Evangelist — OpenAI API pricing: what every model costs per million tokens (read 5 Nov 2026)',
  kind: 'third-party',
  published: '2026-11-06',
  checked: '2026-11-28',
} as const;

const outputOwnershipTracker = {
  url: 'https://conductatlas.com/platform/openai/openai-business-terms/intellectual-property-and-output-ownership/',
  title: 'ConductAtlas — OpenAI business terms: intellectual property and output ownership',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const copyrightShield = {
  url: 'https://thelens.slaughterandmay.com/post/102iscn/openai-offers-to-indemnify-chatgpt-customers-for-copyright-infringement',
  title: 'Slaughter and May, The Lens — OpenAI offers to indemnify ChatGPT customers for copyright infringement',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const enterprisePrivacyTracker = {
  url: 'https://conductatlas.com/platform/openai/openai-enterprise-privacy/',
  title: 'ConductAtlas — summary of OpenAI Enterprise Privacy page',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const disclaimers = {
  url: 'https://megaoneai.com/blog/ai-terms-of-service-trust-disclaimers',
  title: 'MegaOne AI — OpenAI, Anthropic, and Google all tell you not to trust their AI, in the fine print',
  kind: 'third-party',
  published: '2026-04-07',
  checked: '2026-11-28',
} as const;

export default {
  id: 'openai-platform',
  name: 'OpenAI Platform',
  vendor: 'OpenAI',
  category: 'developer platform/API',
  homepage: 'https://platform.openai.com/',
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'platform.openai.com' }],
  summary:
    "OpenAI's pay-as-you-go API and developer console; API data is not used for training by default, but prompts and responses sit in abuse-monitoring logs for up to 30 days unless you get Zero Data Retention.",
  capabilities: [
    'API access to OpenAI text, reasoning, image and audio models',
    'Organisation/project structure with API keys and service accounts',
    'Admin API and audit logs for organisation owners',
    'Optional Zero Data Retention or Modified Abuse Monitoring (approval required)',
  ],
  limits: [
    'Billed per token; output tokens cost several times more than input tokens',
    'Abuse-monitoring logs (which can contain prompts and outputs) are kept up to 30 days by default',
    'Some features persist application state (e.g. stored responses) even under Zero Data Retention',
    'Models are retired on a schedule; the Sora video API was shut down on 24 Sep 2026',
  ],
  privacy: {
    training: 'off by default',
    optOut:
      'Nothing to opt out of: since 1 March 2023 API data is not used for training unless the organisation opts in (e.g. Playground feedback sharing, which is disabled by default and set by an account owner).',
    retention:
      'Abuse-monitoring logs are created for all API use and kept up to 30 days unless law requires longer; approved customers can choose Zero Data Retention or Modified Abuse Monitoring per organisation or project. Application state for some features is stored until deleted.',
    humanReview:
      'Abuse-monitoring logs can include prompts and responses and exist to enforce the usage policies; the docs describe cases where flagged content from ZDR customers may be retained and reviewed.',
    storage: 'unknown — data-residency options were not read.',
    business:
      'Governed by the OpenAI Services Agreement (for APIs, ChatGPT Enterprise/Team and other business services), not the consumer terms; a DPA and BAA are available per the enterprise privacy page.',
    sources: [yourData, feedbackOptIn, servicesAgreement, enterprisePrivacyTracker],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier: 'unknown',
    read: '2026-11-28',
    sources: [pricingWalkthrough],
  },
  copyright: {
    ownership:
      'Per a tracker summary of the business terms, the customer keeps its input and OpenAI assigns its rights in output to the customer, to the extent the law allows.',
    commercialUse: 'Business and developer use is the intended scope of the Services Agreement.',
    indemnity:
      'OpenAI\'s "Copyright Shield" (Nov 2023) promises to defend API customers and pay costs for copyright claims on generally available features; exclusions apply.',
    sources: [outputOwnershipTracker, copyrightShield, servicesAgreement],
  },
  security: {
    promptInjection:
      'unknown — OpenAI API guidance on prompt injection was not read; any app that passes untrusted text to a model must handle this itself.',
    incidents: [],
    enterpriseControls:
      'Admin API for users, roles, projects, service accounts and key management, plus audit logs; org- and project-level data-retention settings once ZDR/MAM is approved.',
    sources: [adminApi, yourData],
  },
  availability: {
    regions: 'unknown — supported countries were not read.',
    minAge: 'unknown',
    account:
      'OpenAI platform account in an organisation; API keys per project; usage is billed separately from ChatGPT subscriptions.',
    platforms: ['api', 'web'],
    status: 'generally available',
    sources: [adminApi, servicesAgreement],
  },
  alternatives: ['claude-platform', 'google-ai-studio', 'mistral-la-plateforme', 'deepseek-platform'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text, reasoning, image and audio models behind one metered API.',
      sources: [pricingWalkthrough],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'OpenAI does not disclose architecture details for its API models in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'good',
      note: 'Your API inputs and outputs are not used for training unless you opt in; the models\' own pre-training data was not detailed in the sources read.',
      sources: [yourData, feedbackOptIn],
    },
    outputQuality: {
      status: 'unknown',
      note: 'Varies by model; no evaluation was read for this entry.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No OpenAI bias-mitigation documentation was read for this entry.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'OpenAI disclaims the accuracy of model output; validate generated facts and code inside your application.',
      sources: [disclaimers],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted inference; you only pay per token, with cheaper cached input for repeated prompts.',
      sources: [pricingWalkthrough],
    },
    apiAvailability: {
      status: 'good',
      note: 'This is the API itself, with an Admin API for organisation management.',
      sources: [yourData, adminApi],
    },
    pricingModel: {
      status: 'caution',
      note: 'Metered per million tokens with separate input, cached-input and output rates; set usage limits, because output-heavy workloads get expensive.',
      sources: [pricingWalkthrough],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on API data by default; the 30-day abuse-log window is the main exposure, removable only with approved ZDR.',
      sources: [yourData, feedbackOptIn],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Output rights go to the customer and Copyright Shield offers defence for generally available features, subject to exclusions.',
      sources: [outputOwnershipTracker, copyrightShield],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'A leaked API key spends your organisation\'s money; use per-project keys and service accounts, watch the audit logs, and treat user-supplied model input as untrusted.',
      sources: [adminApi],
    },
  },
} satisfies ToolInput;
