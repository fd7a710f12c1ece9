// Lovable — facts from docs.lovable.dev (plans, training opt-out, API changelog), lovable.dev privacy policy and
// product terms, the CVE-2025-48757 record/write-up. Copy sites of Lovable's terms (e.g. *.pages.dev) were ignored.
// Host: lovable.dev only (published user apps on lovable.app are not the tool).
import type { ToolInput } from '../schema.ts';

const dataOptOut = {
  url: 'https://docs.lovable.dev/features/business/data-opt-out.md',
  title: 'Lovable Docs: Manage training data and privacy',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const plansDocs = {
  url: 'https://docs.lovable.dev/introduction/plans-and-credits',
  title: 'Lovable Docs: Plans and credits',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const privacyPolicy = {
  url: 'https://lovable.dev/privacy',
  title: 'Lovable Privacy Policy (stored copy)',
  kind: 'official',
  published: '2024-12-04',
  checked: '2026-11-28',
} as const;

const productTerms = {
  url: 'https://lovable.dev/pt/product-terms',
  title: 'Lovable Product Terms (Enterprise Agreement, effective Feb 2026)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiChangelog = {
  url: 'https://docs.lovable.dev/integrations/api-ref-changelog.md',
  title: 'Lovable Docs: API changelog',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const cveWriteup = {
  url: 'https://mattpalmer.io/posts/CVE-2025-48757/',
  title: 'Matt Palmer: CVE-2025-48757 write-up (Lovable row-level security)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const billingBreakdown = {
  url: 'https://docs.dodopayments.com/developer-resources/billing-deconstructions/lovable',
  title: "Dodo Payments: breakdown of Lovable's billing model",
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trustCenterSummary = {
  url: 'https://raw.githubusercontent.com/api-evangelist/lovable/refs/heads/main/security/lovable-trust-center.yml',
  title: 'API Evangelist summary of lovable.dev/security (SOC 2, GDPR)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'lovable',
  name: 'Lovable',
  vendor: 'Lovable Labs Incorporated',
  category: 'code assistant',
  homepage: 'https://lovable.dev/',
  match: [{ host: 'lovable.dev' }],
  summary:
    'Chat-based AI app builder that generates full-stack React web apps with a managed backend (Lovable Cloud or Supabase) and one-click publishing.',
  capabilities: [
    'Generate full-stack web apps from natural-language prompts',
    'Backend, database and auth via Lovable Cloud or Supabase',
    'Code mode for direct code edits on paid plans',
    'GitHub sync, custom domains and workspace collaboration',
    'Lovable API (generally available since version 2026-09-11)',
  ],
  limits: [
    'Credit-based: each message uses credits; free plan has 5 daily credits up to 30 per month',
    'Daily and monthly credits do not fully roll over',
    'Generated database security (row-level security) must be checked before real users',
    'Cloud hosting and AI usage are billed separately from credits',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Free and Pro: ask Lovable Support to opt out. Business and Enterprise: admins enable "Data collection opt out" in Settings > Privacy & security. Lovable says only data that does not identify you may be used.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown — the privacy policy lists collected data (prompts, generated code, logs) and analytics tools (PostHog, Google Analytics) but we did not read a storage region.',
    business:
      'Business/Enterprise get a workspace-level training opt-out and SSO; enterprise customers sign Product Terms limiting use to internal business purposes.',
    sources: [dataOptOut, privacyPolicy, productTerms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '5 daily credits, max 30 per month.' },
      { name: 'Pro (100 credits)', price: 25, currency: 'USD', period: 'month', note: 'Higher credit tiers up to 10,000 credits at $2,250/month; annual billing discounted.' },
      { name: 'Business (100 credits)', price: 50, currency: 'USD', period: 'month', note: 'Adds SSO and training opt-out.' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month' },
    ],
    freeTier: 'Free plan with 5 daily credits (up to 30 per month) and unlimited workspace members.',
    read: '2026-11-28',
    sources: [plansDocs, billingBreakdown],
  },
  copyright: {
    ownership:
      'unknown — the privacy policy defers to an "Intellectual property rights" section of the Terms that we could not read on lovable.dev.',
    commercialUse:
      'Enterprise Product Terms limit use of the platform to the customer\'s internal business purposes; consumer terms not read.',
    indemnity: 'unknown',
    sources: [privacyPolicy, productTerms],
  },
  security: {
    promptInjection:
      'unknown for the builder; the main documented risk is in generated apps, where missing or permissive Supabase row-level security exposed data (CVE-2025-48757).',
    incidents: [
      {
        date: '2025-05-30',
        summary:
          'CVE-2025-48757 published: insufficient row-level security in Lovable-generated sites (through 2025-04-15) let unauthenticated users read or write database tables; a researcher found about 170 affected apps.',
        sources: [cveWriteup],
      },
    ],
    enterpriseControls: 'SSO, workspace roles and a workspace-level training opt-out (Business and Enterprise); SOC 2 listed on the security page (per third-party summary).',
    sources: [plansDocs, dataOptOut, trustCenterSummary, cveWriteup],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Account required; free plan available.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [plansDocs, apiChangelog],
  },
  alternatives: ['bolt', 'v0', 'replit-agent', 'cursor'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Produces full-stack web app code (React front end plus database/auth backend) and hosts the result.',
      sources: [plansDocs],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Which LLMs power Lovable was not stated in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Customer data that does not identify you may be used to train Lovable\'s models unless you opt out; base-model training data is not disclosed.',
      sources: [dataOptOut],
    },
    outputQuality: {
      status: 'caution',
      note: 'Quick working prototypes, but generated security rules have shipped wrong at scale; treat output as a first draft.',
      sources: [cveWriteup],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Lovable-specific bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM-written code and database policies can look correct but be wrong; test access controls with a second account.',
      sources: [cveWriteup],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser with cloud inference and hosting; cost is credits plus metered cloud usage.',
      sources: [plansDocs],
    },
    apiAvailability: {
      status: 'good',
      note: 'The Lovable API reached general availability with version 2026-09-11.',
      sources: [apiChangelog],
    },
    pricingModel: {
      status: 'caution',
      note: 'Per-message credits with tiers from $25 to $2,250 per month; cloud and AI usage inside apps are billed on top.',
      sources: [plansDocs, billingBreakdown],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on (non-identifying) customer data is on by default; Free/Pro users must email support to opt out, Business/Enterprise admins can switch it off.',
      sources: [dataOptOut],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Could not read Lovable\'s current ownership and indemnity terms for generated code.',
      sources: [privacyPolicy],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'CVE-2025-48757 (CVSS 9.3) showed generated apps exposing whole databases through missing row-level security; verify RLS on every table before launch.',
      sources: [cveWriteup],
    },
  },
} satisfies ToolInput;
