// Lovable — facts from docs.lovable.dev (plans, training opt-out, API changelog), the lovable.dev Privacy Policy,
// product terms and Terms of Service (read on friends.lovable.dev, a lovable.dev subdomain; undated copy), and the
// CVE-2025-48757 write-up. Copy sites of Lovable's terms (e.g. *.pages.dev, lovable.pengi.ai) were ignored.
// Re-read 2026-12-01: the Privacy Policy "Last Updated: September 29, 2025" through an Open Terms Archive copy (the
// directly stored lovable.dev/privacy page is the older 4 Dec 2024 text; an April 2026 text seen only on a beta preview
// subdomain was not used), and directly: docs "Manage training data and privacy" and "Plans and credits".
// Review findings resolved 2026-12-01:
// - Finding 4: training now rests on Lovable's own text. Default on ("Customer data may be used for model training"),
//   only data that does not identify you; Free/Pro opt out by contacting Lovable (support, or privacy@lovable.dev per
//   the policy) — so optOut is 'form' for the consumer plans; Business/Enterprise admins have a workspace setting.
//   Scope filled in Lovable's words. Retention and storage now come from the policy.
// Review 2026-11-28: a payments-vendor billing breakdown and an API Evangelist trust-centre summary were removed as
// unreliable, with the figures that rested on them. Host: lovable.dev only (published apps on lovable.app are not the tool).
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown (training on/form/scope, optOutHow, retention,
// humanReview unknown, storage, business, Free, Pro $25, Business $50, Enterprise unknown, free tier) — Privacy
// Policy (29 Sept 2025) re-read in full in the Open Terms Archive copy; data opt-out and plans pages re-read on
// docs.lovable.dev.
import type { ToolInput } from '../schema.ts';

const dataOptOut = {
  url: 'https://docs.lovable.dev/features/business/data-opt-out.md',
  title: 'Lovable Docs: Manage training data and privacy',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const plansDocs = {
  url: 'https://docs.lovable.dev/introduction/plans-and-credits',
  title: 'Lovable Docs: Plans and credits',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const privacyPolicy = {
  url: 'https://lovable.dev/privacy',
  title: 'Lovable Privacy Policy',
  kind: 'official',
  published: '2025-09-29',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/2640233c06cea5eb49bae90058d291a1b3d6e920/Lovable/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
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
    training: {
      default: 'on',
      optOut: 'form',
      never: false,
      scope:
        'customer data that does not identify you (content, code, prompts, files and generated output) — "model training and other business purposes"; raw or identifiable personal data is not used for training',
    },
    optOutHow:
      'Free and Pro: ask Lovable Support (or e-mail privacy@lovable.dev, per the privacy policy) to opt out of model training. Business and Enterprise: workspace admins and owners enable "Data collection opt out" in Settings → Privacy & security.',
    retention:
      'Per the Sept 2025 privacy policy: customer data is kept up to 90 days unless law requires otherwise, then deleted or isolated; after account termination personal data is deleted within 30 days (fraud/legal exceptions), backups may keep data up to 90 days, and log data is kept up to 90 days.',
    humanReview: 'unknown',
    storage:
      'Lovable Cloud data (hosted apps, files, generated outputs) is stored and processed on Supabase infrastructure; EEA/UK/Swiss data may be transferred to the United States under the EU–US Data Privacy Framework or standard contractual clauses. AI Gateway prompts pass through to third-party AI providers (OpenAI, Google Gemini, OpenRouter).',
    business:
      'Business/Enterprise get a workspace-level training opt-out; where a Data Processing Agreement is signed, it controls over the privacy policy for customer personal data.',
    sources: [privacyPolicy, dataOptOut],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '5 daily credits, max 30 per month.' },
      {
        name: 'Pro (100 credits)',
        price: 25,
        currency: 'USD',
        period: 'month',
        note: 'Higher credit tiers cost more; annual billing discounted.',
      },
      { name: 'Business (100 credits)', price: 50, currency: 'USD', period: 'month', note: 'Adds SSO and training opt-out.' },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Not shown in the part of the plans page re-read on 2026-12-01.',
      },
    ],
    freeTier: 'Free plan with 5 daily credits (up to 30 per month) and unlimited workspace members.',
    read: '2026-12-01',
    sources: [plansDocs],
  },
  copyright: {
    ownership:
      "Lovable's privacy policy (Sept 2025) summarises its Terms as: you own your Customer Data and AI Output, and Lovable owns Usage Data; the Terms also give Lovable a perpetual, royalty-free licence to use Customer Data (excluding personal data) for business purposes including training AI models. The Terms' own ownership clause was not read.",
    commercialUse:
      "The Terms license the service for your personal or internal business purposes as your plan allows; the Enterprise Product Terms likewise limit use to the customer's internal business purposes. Whether shipping generated apps to third parties is covered by a separate output clause was not read.",
    indemnity: 'unknown',
    sources: [privacyPolicy, termsOfService, productTerms],
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
    enterpriseControls:
      'SSO, workspace roles and a workspace-level training opt-out (Business and Enterprise). Security certifications were not verified on an official page.',
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
    {
      date: '2026-12-01',
      change:
        'Re-read Lovable\'s Sept 2025 privacy policy (Open Terms Archive copy) and the training and plans docs. Training opt-out corrected from "setting" to request (Free/Pro contact Lovable; the setting is Business/Enterprise only); scope filled. Retention (90 days; 30 days after termination) and storage (Supabase, US transfers) filled from the policy; ownership now per the policy\'s summary of the Terms; Enterprise price set to unknown.',
      fields: ['training', 'retention', 'ownership', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Lovable's Sept 2025 Privacy Policy (Open Terms Archive) and its docs on training opt-out and plans; training on by default for non-identifying customer data, opt-out by contacting Lovable on Free/Pro and a workspace setting on Business/Enterprise, the 90-day/30-day retention, Supabase storage and the $25 Pro / $50 Business prices all confirmed; nothing made unknown.",
      fields: ['sources'],
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
      note: "Customer data that does not identify you may be used to train Lovable's models unless you opt out; base-model training data is not disclosed.",
      sources: [dataOptOut, privacyPolicy],
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
      note: 'Training on (non-identifying) customer data is on by default; Free/Pro users must ask Lovable to opt out, Business/Enterprise admins can switch it off. Customer data is kept up to 90 days and hosted on Supabase.',
      sources: [dataOptOut, privacyPolicy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: "Could not read Lovable's ownership and indemnity terms for generated code; the Terms license use for personal or internal business purposes, so check them before shipping generated apps commercially.",
      sources: [termsOfService],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'CVE-2025-48757 (CVSS 9.3) showed generated apps exposing whole databases through missing row-level security; verify RLS on every table before launch.',
      sources: [cveWriteup],
    },
  },
} satisfies ToolInput;
