// Lovable — facts from docs.lovable.dev (plans, training opt-out, API changelog), lovable.dev privacy policy, product
// terms and Terms of Service (read on friends.lovable.dev, a lovable.dev subdomain; undated copy), and the CVE-2025-48757
// write-up. Copy sites of Lovable's terms (e.g. *.pages.dev, lovable.pengi.ai) were ignored. Review 2026-11-28: a
// payments-vendor billing breakdown and an API Evangelist trust-centre summary were removed as unreliable, with the
// figures that rested on them. Host: lovable.dev only (published user apps on lovable.app are not the tool).
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

const termsOfService = {
  url: 'https://friends.lovable.dev/terms',
  title: 'Lovable Terms of Service (copy served on friends.lovable.dev; no date shown in the stored text)',
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

export default {
  id: 'lovable',
  name: 'Lovable',
  vendor: 'Lovable Labs Incorporated',
  category: 'code assistant',
  homepage: 'https://lovable.dev/',
  officialDomains: ['lovable.dev'],
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
    training: { default: 'on', optOut: 'setting', never: false, scope: 'unknown' },
    optOutHow:
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
      { name: 'Pro (100 credits)', price: 25, currency: 'USD', period: 'month', note: 'Higher credit tiers cost more; annual billing discounted.' },
      { name: 'Business (100 credits)', price: 50, currency: 'USD', period: 'month', note: 'Adds SSO and training opt-out.' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month' },
    ],
    freeTier: 'Free plan with 5 daily credits (up to 30 per month) and unlimited workspace members.',
    read: '2026-11-28',
    sources: [plansDocs],
  },
  copyright: {
    ownership:
      'unknown — the Terms say Lovable owns the platform and its materials, but the clause on ownership of your prompts and generated code was not in the text we could read.',
    commercialUse:
      'The Terms license the service for your personal or internal business purposes as your plan allows; the Enterprise Product Terms likewise limit use to the customer\'s internal business purposes. Whether shipping generated apps to third parties is covered by a separate output clause was not read.',
    indemnity: 'unknown',
    sources: [termsOfService, productTerms, privacyPolicy],
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
    enterpriseControls: 'SSO, workspace roles and a workspace-level training opt-out (Business and Enterprise). Security certifications were not verified on an official page.',
    sources: [plansDocs, dataOptOut, cveWriteup],
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
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: Lovable Terms of Service added for the licence scope; billing-breakdown and trust-centre summaries removed, with the $2,250 top-tier price and the SOC 2 claim that rested on them.',
    },
  ],
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
      note: 'Per-message credits with paid tiers from $25 per month; cloud and AI usage inside apps are billed on top.',
      sources: [plansDocs],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on (non-identifying) customer data is on by default; Free/Pro users must email support to opt out, Business/Enterprise admins can switch it off.',
      sources: [dataOptOut],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Could not read Lovable\'s ownership and indemnity terms for generated code; the Terms license use for personal or internal business purposes, so check them before shipping generated apps commercially.',
      sources: [termsOfService],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'CVE-2025-48757 (CVSS 9.3) showed generated apps exposing whole databases through missing row-level security; verify RLS on every table before launch.',
      sources: [cveWriteup],
    },
  },
} satisfies ToolInput;
