// OpenAI Platform (API) — facts from OpenAI's developer docs (data controls), help-centre articles (Admin/Audit Logs
// API), the OpenAI Services Agreement (updated 1 Dec 2025, effective 1 Jan 2026), "Enterprise privacy at OpenAI"
// (updated 8 Jan 2026) and "How your data is used to improve model performance" (2025-04-28).
// Review 2026-12-01: the Services Agreement, the Enterprise privacy page and the model-improvement page were re-read
// through Open Terms Archive's verbatim copies (github.com/OpenTermsArchive/genai-eu-versions) and are cited at their
// openai.com addresses with `via`; the data-controls page was re-read on developers.openai.com (stored copy). The
// Admin/Audit Logs article was not re-read (date kept). The feedback opt-in article is no longer cited here: the
// opt-in rule is now quoted from the model-improvement page and the data-controls page.
// Review findings resolved: the Enterprise privacy page is now one shared source (data/sources/openai.ts) with one
// spelling (trailing slash) and its own date 2026-01-08, the same in chatgpt. Training parts from OpenAI's own text:
// API data "is not used to train or improve OpenAI models (unless you explicitly opt in)" → default off; how an
// organisation that opted in stops again was not read → optOut unknown; not a written never-commitment → never false.
// Third-party sources remain for pricing mechanics and the 2023 Copyright Shield announcement. The official API
// pricing page was not stored in any corpus searched, so no per-model prices are listed.
// Second reading 2026-12-01: 10 claims confirmed, 0 made unknown (training default off / optOut unknown / never false /
// opt-in scope, optOutHow, 30-day abuse logs and ZDR/MAM, fine-tune files, deletion 30 days after termination, human
// review, encryption, DPA/BAA/SOC 2 business terms; no prices listed, free tier unknown).
// Hosts: platform.openai.com (dashboard/console) only.
import type { ToolInput } from '../schema.ts';
import { enterprisePrivacy, modelImprovement, servicesAgreement } from '../sources/openai.ts';

const yourData = {
  url: 'https://developers.openai.com/docs/guides/your-data',
  title: 'OpenAI API docs — Data controls in the OpenAI platform',
  kind: 'official',
  checked: '2026-12-01',
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

const copyrightShield = {
  url: 'https://thelens.slaughterandmay.com/post/102iscn/openai-offers-to-indemnify-chatgpt-customers-for-copyright-infringement',
  title: 'Slaughter and May, The Lens — OpenAI offers to indemnify ChatGPT customers for copyright infringement',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'openai-platform',
  name: 'OpenAI Platform',
  vendor: 'OpenAI',
  category: 'developer platform/API',
  homepage: 'https://platform.openai.com/',
  officialDomains: ['openai.com'],
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
    training: {
      default: 'off',
      optOut: 'unknown',
      never: false,
      scope:
        'training or improving OpenAI models with API inputs and outputs — not done unless the organisation explicitly opts in to share data (e.g. feedback in the Playground)',
    },
    optOutHow:
      'Nothing to opt out of by default: the Services Agreement says OpenAI will not use customer content to develop or improve its services unless the customer explicitly agrees, and API data (since 1 March 2023) is not used for training unless the organisation explicitly opts in to share data, e.g. by providing feedback in the Playground. How to withdraw an opt-in was not read.',
    retention:
      'Abuse-monitoring logs (which may contain prompts and responses) are created for all API use and kept up to 30 days unless OpenAI is legally required to keep them longer; approved customers can choose Zero Data Retention or Modified Abuse Monitoring per organisation or project. Some features persist application state, fine-tuning files are kept until you delete them, and customer content is deleted within 30 days after the agreement ends.',
    humanReview:
      'Stored API data can be accessed by authorised OpenAI staff (engineering support, abuse investigations, legal compliance) and by contracted third-party reviewers bound by confidentiality, solely to review for abuse; business data may also run through automated safety classifiers.',
    storage: 'Encrypted at rest (AES-256) and in transit (TLS 1.2+) per OpenAI; data-residency options were not read.',
    business:
      'Governed by the OpenAI Services Agreement (APIs, ChatGPT Enterprise/Business and other business services), not the consumer terms; OpenAI signs a DPA and, for eligible API use, a HIPAA BAA, and says the API platform passed a SOC 2 Type 2 audit.',
    sources: [yourData, modelImprovement, servicesAgreement, enterprisePrivacy],
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
      'The Services Agreement says the customer keeps its input and owns its output, with OpenAI assigning any rights it has in output, to the extent the law allows; output may not be unique, and similar output generated for others is not yours.',
    commercialUse:
      'Business and developer use is the intended scope of the Services Agreement; output may not be used to develop models that compete with OpenAI, except where permitted.',
    indemnity:
      'The Services Agreement has OpenAI defend and indemnify customers against third-party claims that the services infringe IP rights (excluding combinations, modifications, customer content and customer apps) and also incorporates an uncapped service-specific indemnity. Separately, OpenAI announced "Copyright Shield" in Nov 2023 to cover copyright claims over outputs of generally available features (per a law-firm summary).',
    sources: [servicesAgreement, enterprisePrivacy, copyrightShield],
  },
  security: {
    promptInjection:
      'unknown — OpenAI API guidance on prompt injection was not read; any app that passes untrusted text to a model must handle this itself.',
    incidents: [],
    enterpriseControls:
      'Admin API for users, roles, projects, service accounts and key management, plus audit logs; org- and project-level data-retention settings once ZDR/MAM is approved; SOC 2 Type 2 audit for the API platform.',
    sources: [adminApi, yourData, enterprisePrivacy],
  },
  availability: {
    regions: 'unknown — supported countries were not read.',
    minAge: 'unknown',
    account: 'OpenAI platform account in an organisation; API keys per project; usage is billed separately from ChatGPT subscriptions.',
    platforms: ['api', 'web'],
    status: 'generally available',
    sources: [adminApi, servicesAgreement],
  },
  alternatives: ['claude-platform', 'google-ai-studio', 'mistral-la-plateforme', 'deepseek-platform'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Re-sourced from official texts: the current Services Agreement (Dec 2025) and OpenAI enterprise-privacy page replace tracker summaries for ownership, indemnity, human review and business terms; the third-party disclaimer post was removed. API prices remain unlisted (no official pricing page could be read).',
    },
    {
      date: '2026-12-01',
      change:
        'Re-read the data-controls page, Services Agreement, Enterprise privacy page and model-improvement page; training scope filled from OpenAI\'s words (off unless the organisation opts in); the feedback-article detail "set by an account owner" dropped (not re-read); Enterprise privacy page unified with chatgpt (one spelling, dated 2026-01-08); copies now recorded in `via`.',
      fields: ['training', 'retention', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training parts, opt-in wording, retention (abuse logs up to 30 days, ZDR/MAM, application state, fine-tuning files, deletion within 30 days after termination), human review, encryption and business terms re-checked in the data-controls page and the OTA copies of the Services Agreement, Enterprise privacy and model-improvement pages — all confirmed; no price claims to check (plans empty, free tier unknown). Nothing made unknown.',
      fields: ['sources'],
    },
  ],
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
      note: 'Your API inputs and outputs are not used for training unless you opt in; OpenAI says its models learn from public sources, licensed third-party data, human trainers and data from its consumer services.',
      sources: [yourData, modelImprovement, enterprisePrivacy],
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
      note: 'The Services Agreement makes the customer responsible for judging output accuracy and gives no warranty that content will be accurate; validate generated facts and code inside your application.',
      sources: [servicesAgreement],
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
      note: 'No training on API data by default; the 30-day abuse-log window (readable by staff and contracted abuse reviewers) is the main exposure, removable only with approved ZDR.',
      sources: [yourData, modelImprovement, enterprisePrivacy],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Output rights go to the customer and the Services Agreement carries an IP indemnity (plus the 2023 Copyright Shield promise), subject to exclusions.',
      sources: [servicesAgreement, copyrightShield],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: "A leaked API key spends your organisation's money; use per-project keys and service accounts, watch the audit logs, and treat user-supplied model input as untrusted.",
      sources: [adminApi],
    },
  },
} satisfies ToolInput;
