// Perplexity — facts from perplexity.ai's own pages: the FAQ on collected data, the help centre (enterprise data
// retention, enterprise subscriptions, enterprise pricing), the Privacy Notice (last updated 2026-07-08), the consumer
// Terms of Service (last updated 23 Jan 2026) and API terms, Perplexity's security blog posts, and press (The Decoder).
// Re-read on 2026-12-01: the data FAQ and the enterprise-subscriptions help article (perplexity.ai pages), the
// enterprise pricing FAQ and the Privacy Notice. The Privacy Notice and the Terms were read through Open Terms
// Archive's verbatim copies (OpenTermsArchive/genai-eu-versions, "Perplexity/…") and are cited at perplexity.ai with the
// copy in `via` (the Terms were last read 2026-11-28; the Privacy Notice URL is perplexity.ai's legal hub address).
// Review finding 5 (intercom.help and trackers), resolved 2026-12-01: the enterprise pricing FAQ is Perplexity's own
// help-centre article, hosted by Intercom; it is now cited at its perplexity.ai/help-center address (official) with the
// intercom.help copy in `via`. The two trackers were removed: productionai.institute (it alone carried "the opt-out is
// not retroactive", now dropped) and terms.law (its rows now rest on Perplexity's Terms and security posts).
// Training parts (2026-12-01): default on with an in-product setting, from the FAQ ("Yes, we use this data to improve
// the search experience … turn it off to stop Perplexity from using your search data to enhance our AI models") and
// the Privacy Notice ("Improve or create services and products, including our AI models"); scope filled.
// Consumer Pro/Max prices: no official page showing them could be read (only third-party figures), so they are not
// listed. Hosts perplexity.ai and www.perplexity.ai kept as given.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown. Training default on and the AI Data Usage toggle, and
// account-deletion retention (30 days, data still usable meanwhile) on the data FAQ; "Improve or create services and
// products, including our AI models", no fixed retention periods, US transfers, DPF and SCCs, and the Enterprise/API
// carve-out in the Privacy Notice of 8 Jul 2026 (OTA); 7-day file deletion, threads kept until deleted, no training on
// Enterprise data and the provider agreements on the Enterprise data article (re-dated); Enterprise Pro $40/$400 and Max
// $325/$3,250 on the Intercom-hosted pricing FAQ; no trials and no API in Enterprise seats on the subscriptions article.
// The business text no longer claims "separate API terms" (not re-read); the free-tier text was re-worded to what the
// Privacy Notice shows.
import type { ToolInput } from '../schema.ts';

const otaVia = (file: string) =>
  ({
    url: `https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Perplexity/${file}`,
    title: 'Open Terms Archive copy (genai-eu-versions, EU-fetched version)',
  }) as const;

const dataFaq = {
  url: 'https://www.perplexity.ai/hub/faq/what-data-does-perplexity-collect-about-me',
  title: 'Perplexity FAQ: What data does Perplexity collect about me?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const privacyNotice = {
  url: 'https://www.perplexity.ai/hub/legal/privacy-policy',
  title: 'Perplexity Privacy Notice (last updated 8 Jul 2026)',
  kind: 'official',
  published: '2026-07-08',
  checked: '2026-12-01',
  via: otaVia('Privacy%20Policy.md'),
} as const;

const enterpriseData = {
  url: 'https://www.perplexity.ai/help-center/en/articles/11187708-data-retention-and-privacy-for-enterprise-organizations-and-users',
  title: 'Perplexity Help Center: Data Retention and Privacy for Enterprise Organizations and Users',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const enterpriseSubs = {
  url: 'https://www.perplexity.ai/help-center/en/articles/11187748-subscription-management-for-enterprise-orgs',
  title: 'Perplexity Help Center: Subscription management for Enterprise Orgs',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const enterprisePricing = {
  url: 'https://www.perplexity.ai/help-center/en/articles/10352986-enterprise-pricing-and-billing-frequently-asked-questions',
  title: 'Perplexity Help Center: Enterprise Pricing and Billing — Frequently Asked Questions',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://intercom.help/perplexity-ai/en/articles/10352986-enterprise-pricing-and-billing-frequently-asked-questions',
    title: 'Intercom-hosted copy of Perplexity’s help centre',
  },
} as const;

const terms = {
  url: 'https://www.perplexity.ai/hub/legal/terms-of-service',
  title: 'Perplexity Terms of Service (last updated 23 Jan 2026)',
  kind: 'official',
  published: '2026-01-23',
  checked: '2026-11-28',
  via: otaVia('Terms%20of%20Service.md'),
} as const;

const apiTerms = {
  url: 'https://hub-prod.perplexity.ai/hub/legal/perplexity-api-terms-of-service',
  title: 'Perplexity API Terms of Service',
  kind: 'official',
  published: '2025-05-23',
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
  officialDomains: ['perplexity.ai'],
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
    'Searches are used to improve Perplexity’s AI models by default; switch off AI Data Usage in settings to stop it',
    'The consumer Terms allow personal, non-commercial use only',
    'Answers depend on the web pages it retrieves, which can be wrong or manipulated',
    'API usage is billed separately and is not included in Enterprise seats',
    'Perplexity Pro and Max prices were not confirmed on an official page in this pass',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'Search queries and feedback reports used "to improve the search experience" and "to enhance our AI models"; the Privacy Notice lists "Improve or create services and products, including our AI models". Enterprise data is excluded.',
    },
    optOutHow: 'Settings → turn off the AI Data Usage toggle "to stop Perplexity from using your search data to enhance our AI models".',
    retention:
      'Personal information is kept while the account is active and removed within 30 days of account deletion (during that window it may still be used to improve Perplexity); the July 2026 Privacy Notice otherwise keeps data "only as long as necessary", with no fixed periods. Enterprise file uploads are deleted after 7 days; threads are kept until deleted.',
    humanReview: 'unknown',
    storage:
      'Data may be processed outside your country, including in the United States; transfers from the EU/UK rely on the EU-U.S. Data Privacy Framework (and standard contractual clauses), per the July 2026 Privacy Notice.',
    business:
      'The Privacy Notice does not cover the Enterprise and API offerings, where Perplexity acts as service provider/processor. Enterprise data is never used to train or fine-tune models, and Perplexity says its agreements stop third-party AI providers (such as OpenAI and Anthropic) training on Perplexity data.',
    sources: [dataFaq, privacyNotice, enterpriseData],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Enterprise Pro', price: 40, currency: 'USD', period: 'month', note: 'Per seat; $400 per seat per year.' },
      { name: 'Enterprise Max', price: 325, currency: 'USD', period: 'month', note: 'Per seat; $3,250 per seat per year.' },
    ],
    freeTier:
      'Use without a paid plan is possible (the Privacy Notice separates making an account and submitting queries from enrolling in a paid plan); consumer Perplexity Pro and Max plans exist (named in the Enterprise pricing FAQ) but their prices were not read on an official page. Enterprise has no trial, and API use is not included in Enterprise seats.',
    read: '2026-12-01',
    sources: [enterprisePricing, enterpriseSubs, privacyNotice],
  },
  copyright: {
    ownership:
      'The Terms (Jan 2026) say Perplexity claims no ownership of your input, but you grant it a broad, transferable, sub-licensable licence to use it to operate, improve and promote the services; no clause assigns output to you.',
    commercialUse:
      'The consumer Terms permit personal, non-commercial use only and forbid exploiting the services commercially; output you publish must cite Perplexity and must not hide that it is AI-generated. Business use goes through the separate Enterprise or API terms.',
    indemnity: 'unknown — none found for consumer plans.',
    sources: [terms],
  },
  security: {
    promptInjection:
      "Perplexity reads live web pages, which can carry hidden instructions. Brave showed indirect prompt injection in Perplexity's Comet browser assistant in August 2025; Perplexity has since described layered classifiers (BrowseSafe), a Trail of Bits audit and a bug bounty.",
    incidents: [],
    enterpriseControls: 'Enterprise admins control file access, sharing and invitations; enterprise data is excluded from training.',
    sources: [cometInjection, cometSecurity, browseSafe, enterpriseData],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Free use possible; an account is needed to manage settings. The Terms require users to be 13 or older, and users under the age of majority need a parent or guardian to accept the Terms for them.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [terms, apiTerms],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'microsoft-copilot', 'le-chat', 'notebooklm'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Consumer Terms updated to the 23 Jan 2026 version (personal, non-commercial use only; 13+ with guardian acceptance for minors), replacing the June 2024 copy and the ToS;DR age summary; consumer Pro/Max prices still not confirmed officially.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts confirmed from Perplexity’s own FAQ and new Privacy Notice (8 Jul 2026, added via Open Terms Archive) and scope filled; the "opt-out is not retroactive" claim (tracker-only) dropped; storage filled from the Privacy Notice; enterprise pricing FAQ now cited at perplexity.ai with the intercom.help copy in `via` (prices re-read); trackers productionai.institute and terms.law removed.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training default/opt-out/scope, consumer and Enterprise retention, US storage with DPF/SCCs, Enterprise/API carve-out, no training on Enterprise data and the Enterprise Pro/Max seat prices confirmed; Enterprise data article re-dated; the unread "separate API terms" phrase removed and the free-tier wording tied to the Privacy Notice.',
      fields: ['sources', 'other'],
    },
  ],
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
      note: 'Answers are built from web pages it retrieves, and Perplexity’s own security posts describe pages that try to steer its AI with hidden instructions; open the cited links before relying on an answer.',
      sources: [cometInjection, cometSecurity],
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
      note: 'Consumer search queries and feedback are used to improve Perplexity’s AI models unless you switch off AI Data Usage in settings; Enterprise and API data fall outside the consumer Privacy Notice and Enterprise data is excluded from training.',
      sources: [dataFaq, privacyNotice, enterpriseData],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Consumer use is personal and non-commercial only, Perplexity takes a broad licence over your inputs and no clause assigns outputs to you.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Reading untrusted web content exposes it to prompt injection; a Comet browser flaw was disclosed by Brave in 2025 and later mitigated.',
      sources: [browseSafe, cometInjection],
    },
  },
} satisfies ToolInput;
