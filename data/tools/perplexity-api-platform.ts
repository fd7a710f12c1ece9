// Perplexity API Platform — added 2026-12-01. Sources read on 2026-12-01, all Perplexity's own texts: the Perplexity API
// Terms of Service (last updated 23 Jan 2026, covering the "Sonar by Perplexity and/or Agentic Research" APIs), read
// WHOLE up to §11.10 through the Open Terms Archive copy (OpenTermsArchive/genai-eu-versions, "Perplexity/Developer
// Terms.md") and cited at perplexity.ai with the copy in `via`; and pages of Perplexity's API docs on docs.perplexity.ai
// read in the search store's copies: Privacy & Security (Markdown export), the API FAQ, API Groups & Billing (Markdown
// export) and two versions of the pricing page.
// Host: the docs say "Navigate to console.perplexity.ai to access your API group" (the API Portal); only
// console.perplexity.ai is claimed. perplexity.ai and www.perplexity.ai stay with the consumer Perplexity entry; the API
// Terms still name perplexity.ai/account/api for payment details, which is not claimed (it is on the consumer host).
// The consumer entry cites an older API Terms version (23 May 2025) at hub-prod.perplexity.ai; this entry cites the
// 23 Jan 2026 version at www.perplexity.ai, so the two are separate sources with their own dates.
// Training parts: default off and never: true from API Terms §2.3.3 ("Perplexity shall not use (or authorize third
// parties to use) Customer Content to train, retrain, fine-tune or otherwise improve any generative artificial
// intelligence models") and the docs ("we absolutely do not use any customer data to train our models"); optOut 'unknown'
// (nothing to opt out of). Usage Data (metadata, anonymised/aggregated) is outside the commitment.
// Prices: Sonar token prices from the stored "getting-started/pricing" page (undated copy); the newer Markdown pricing page
// puts the Agent API (third-party models at provider rates, no markup) first — whether the Sonar table is still current
// was not confirmed, and the per-request fees by search-context size were not read.
// Not read: the Data Processing Addendum, the Acceptable Use Policy, the Third-Party Models & Terms list, the rate-limit
// tiers page and the Agent API model price list.
// Second reading 2026-12-01: 19 claims confirmed, 4 made unknown (the Sonar, Sonar Pro, Sonar Reasoning Pro and Sonar
// Deep Research token prices). The API Terms (OTA copy), Privacy & Security, FAQ, API Groups and both pricing pages were
// re-read; the Sonar table sits only in an undated copy, and Perplexity's own docs (Stripe Projects page, Markdown
// export) say "Sonar will be supported until September 27, 2026" — before today — so those prices could not be confirmed
// as current. The Search API price is kept and marked undated. The training scope now also names the Third-Party Terms
// that apply to third-party models (§2.6); the retention text notes that the zero-retention page speaks of the Sonar API.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const apiTerms = {
  url: 'https://www.perplexity.ai/hub/legal/perplexity-api-terms-of-service',
  title: 'Perplexity API Terms of Service (last updated 23 Jan 2026)',
  kind: 'official',
  published: '2026-01-23',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/0b01ffac256a066a01859868523f96956f900ea6/Perplexity/Developer%20Terms.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Perplexity/Developer Terms.md")',
  },
} as const;

const privacySecurity = {
  url: 'https://docs.perplexity.ai/docs/resources/privacy-security',
  title: 'Perplexity API docs — Privacy & Security (Zero Data Retention, certifications)',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://docs.perplexity.ai/docs/resources/privacy-security.md', title: 'Markdown export of the same page' },
} as const;

const apiFaq = {
  url: 'https://docs.perplexity.ai/faq/faq',
  title: 'Perplexity API docs — FAQ (hosting, retention, SafeSearch, usage tiers)',
  kind: 'official',
  checked: CHECKED,
} as const;

const apiGroups = {
  url: 'https://docs.perplexity.ai/docs/getting-started/api-groups',
  title: 'Perplexity API docs — API Groups & Billing (the API Portal at console.perplexity.ai)',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://docs.perplexity.ai/docs/getting-started/api-groups.md', title: 'Markdown export of the same page' },
} as const;

const sonarPricing = {
  url: 'https://docs.perplexity.ai/getting-started/pricing',
  title: 'Perplexity API docs — Pricing (undated copy: Search API, Sonar token prices)',
  kind: 'official',
  checked: CHECKED,
} as const;

const sonarSupportNotice = {
  url: 'https://docs.perplexity.ai/docs/getting-started/integrations/stripe-projects',
  title: 'Perplexity API docs — Perplexity on Stripe Projects (notice: Sonar supported until 27 Sep 2026)',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://docs.perplexity.ai/docs/getting-started/integrations/stripe-projects.md',
    title: 'Markdown export of the same page',
  },
} as const;

const agentPricing = {
  url: 'https://docs.perplexity.ai/docs/getting-started/pricing',
  title: 'Perplexity API docs — Pricing (newer version: Agent API at provider rates)',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://docs.perplexity.ai/docs/getting-started/pricing.md', title: 'Markdown export of the same page' },
} as const;

export default {
  id: 'perplexity-api-platform',
  name: 'Perplexity API Platform',
  vendor: 'Perplexity AI, Inc.',
  category: 'developer platform/API',
  homepage: 'https://console.perplexity.ai/',
  officialDomains: ['perplexity.ai'],
  match: [{ host: 'console.perplexity.ai' }],
  summary:
    'Perplexity’s API portal for its Sonar web-grounded answer models, Search API and Agent API; the API terms forbid training any generative model on your inputs and outputs, and Perplexity says it keeps no Sonar API content.',
  capabilities: [
    'Sonar models that search the web and answer with citations (Perplexity’s docs say the Sonar Chat Completions API was supported until 27 Sep 2026 and is now the Agent API)',
    'Search API returning raw web search results with filtering',
    'Agent API reaching third-party models from OpenAI, Anthropic, Google and xAI',
    'API groups with members, billing, API keys, files and an in-browser API playground',
  ],
  limits: [
    'Answers draw on public web content and may be incorrect or biased; you must verify outputs, including the cited sources',
    'Third-party models reached through the API are also subject to their providers’ terms',
    'Health data (PHI) may only be processed after signing a Business Associate Agreement',
    'Fees are charged automatically to your payment method and are non-refundable; an undated pricing copy adds, for Sonar models, a request fee that depends on search-context size',
    'Usage tiers (rate limits) rise only through all-time credit purchases',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Customer Content (API inputs and outputs): Perplexity "shall not use (or authorize third parties to use) Customer Content to train, retrain, fine-tune or otherwise improve any generative artificial intelligence models" (API Terms §2.3.3). Not covered: Usage Data (metadata and anonymised or aggregated data), which Perplexity may use for any lawful purpose. Third-party models reached through the API are also subject to their providers’ Third-Party Terms (§2.6, not read).',
    },
    optOutHow:
      'Nothing to opt out of: the API Terms bar training on API content, and the docs say the API’s prompt data is never used for AI training.',
    retention:
      'Perplexity describes a Zero Data Retention policy for the Sonar API (the page does not say whether it also covers the Agent API): it keeps no data sent through the API, only billing metadata (tokens, model, timestamps, API-key identity); the FAQ says the API has zero-day retention of prompt data by default. After termination, confidential information left in back-ups is deleted under standard procedures. Retention by third-party model providers reached through the API was not read.',
    humanReview: 'unknown — not addressed in the texts read.',
    storage: 'Compute is hosted on Amazon Web Services in North America.',
    business:
      'The API Terms bind the organisation using the API; personal data falls under Perplexity’s Data Processing Addendum (not read) and PHI needs a BAA. Perplexity reports a SOC 2 Type II report and a 2025 HIPAA gap assessment on its trust centre.',
    sources: [apiTerms, privacySecurity, apiFaq],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Sonar models (Sonar, Sonar Pro, Sonar Reasoning Pro, Sonar Deep Research)',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'unknown — the Sonar token prices are only in an undated stored copy of the pricing page, and Perplexity’s docs say Sonar Chat Completions was supported only until 27 Sep 2026, so current rates were not confirmed.',
      },
      {
        name: 'Search API',
        price: 5,
        currency: 'USD',
        period: 'usage',
        note: 'Per 1,000 requests; no token costs (undated copy of the pricing page).',
      },
    ],
    freeTier:
      'unknown — no free allowance was read; a credit card is needed to set up billing, and the API Terms mention free trials that switch to standard pricing when they end. Agent API models are billed at the providers’ own rates with no markup.',
    read: CHECKED,
    sources: [sonarPricing, agentPricing, apiGroups, apiTerms, sonarSupportNotice],
  },
  copyright: {
    ownership:
      'You keep ownership of your input and own the output; Perplexity asserts no ownership of outputs and assigns you any rights it obtains. Outputs may not be unique, and Perplexity notes their legal protection is uncertain.',
    commercialUse:
      'Allowed within your own applications: the API Terms license you to submit input and display output in your Customer Applications, subject to the Acceptable Use Policy and third-party model terms.',
    indemnity:
      'Perplexity defends you against third-party claims that the services, API platform or outputs infringe intellectual-property rights, except claims from combinations or modifications, your insufficient rights in input, your specific use of non-infringing output or your breach; the indemnity does not apply during free trials. You indemnify Perplexity for your use, content and applications.',
    sources: [apiTerms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the API texts read.',
    incidents: [],
    enterpriseControls:
      'API groups with admin-controlled billing, API keys and member permissions; Perplexity reports SOC 2 Type II and a HIPAA gap assessment, and a BAA is available for PHI. Perplexity may throttle or suspend traffic that threatens the service.',
    sources: [apiGroups, privacySecurity, apiTerms],
  },
  availability: {
    regions:
      'unknown — no list of supported countries was read; the API Terms bar use from U.S.-embargoed countries and by listed restricted parties.',
    minAge: 'unknown',
    account: 'A Perplexity account plus an API group (organisation workspace); admins need a credit card for payment setup.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [apiGroups, apiTerms],
  },
  alternatives: ['perplexity', 'openai-platform', 'claude-platform', 'google-ai-studio', 'xai-api-console'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: no-training commitment (§2.3.3), Usage Data carve-out, zero-retention and billing-metadata statements, back-up deletion, AWS hosting, DPA/BAA, certifications, Search API price, fees and late fee, free-trial and credit-card terms, usage tiers, ownership, commercial use, indemnity, throttling and export limits confirmed. Made unknown: the four Sonar token prices (undated copy; Perplexity’s docs say Sonar Chat Completions was supported only until 27 Sep 2026). Scope now names the Third-Party Terms for third-party models; the Search API price is marked undated.',
      fields: ['pricing', 'training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Web-grounded text answers with citations, raw web search results, and third-party models through the Agent API.',
      sources: [sonarPricing, agentPricing],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Perplexity’s own Sonar models plus third-party models (OpenAI, Anthropic, Google, xAI); architectures are not documented in the pages read.',
      sources: [agentPricing, apiTerms],
    },
    trainingData: {
      status: 'good',
      note: 'Your API inputs and outputs are not used to train any generative model, by Perplexity or third parties it authorises.',
      sources: [apiTerms, privacySecurity],
    },
    outputQuality: {
      status: 'caution',
      note: 'The API Terms warn that outputs may be incorrect, biased or problematic because they draw on public web content; you must check them, including the cited sources.',
      sources: [apiTerms],
    },
    biasMitigation: {
      status: 'caution',
      note: 'Perplexity warns outputs may be biased; SafeSearch filtering of search results is on by default, but no bias documentation was read.',
      sources: [apiTerms, apiFaq],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Citations make answers checkable, but Perplexity says outputs may contain incorrect information and should not be relied on as advice.',
      sources: [apiTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted API on AWS in North America, with rate limits by usage tier.',
      sources: [apiFaq, apiTerms],
    },
    apiAvailability: {
      status: 'good',
      note: 'The product is the API: Sonar, Search and Agent APIs managed through API keys in the API Portal.',
      sources: [apiGroups, agentPricing],
    },
    pricingModel: {
      status: 'caution',
      note: 'Usage-based fees charged automatically to your payment method, non-refundable, with a 1.5% monthly late fee; the Sonar token and request-fee prices could not be confirmed as current after Sonar Chat Completions support ended on 27 Sep 2026.',
      sources: [apiTerms, sonarPricing, sonarSupportNotice],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on API content and no retention of Sonar API content beyond billing metadata; third-party models are also subject to their providers’ terms.',
      sources: [apiTerms, privacySecurity, apiFaq],
    },
    copyrightImplications: {
      status: 'good',
      note: 'You own the outputs and Perplexity offers an IP indemnity (not during free trials); outputs may not be unique or protectable.',
      sources: [apiTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'SOC 2 Type II and a HIPAA gap assessment, but the Terms make no warranty that the services are secure, and answers pull in third-party web content.',
      sources: [privacySecurity, apiTerms],
    },
  },
} satisfies ToolInput;
