// Replit Agent — facts from Replit's own Terms of Service (last updated 23 Feb 2026) and Privacy Policy (last updated
// 24 Feb 2025), read 2026-12-01 through Open Terms Archive copies on GitHub (see `via`; official URLs as fetched by Open
// Terms Archive's Replit declaration), docs.replit.com (AI billing, billing overview and the usage-based-billing page
// re-read 2026-12-01; plans, Agent 4 changelog, shared-responsibility model, "Open in Replit" keep 2026-11-28), and
// press reports (heise, Digital Watch) of the 2025 incident.
// Review findings resolved 2026-12-01:
// - Finding 3: the ask.replit.com forum thread (wrongly marked official) was removed; the licensing claims it carried
//   now come from Replit's Terms of Service (public Apps under the MIT License, private Apps licensed as you choose).
// - Finding 4: training now rests on Replit's own text: the Terms say content in public Apps "may be used by Replit for
//   improving the Service, including but not limited to developing or training large language models", Replit may
//   access private Apps to improve the service, and the Privacy Policy cites improving "machine learning technologies
//   such as code generation". Default on; no opt-out is described (optOut unknown). Retention now from the policy.
// - Credit-pack prices and the Pro "15 builders" detail were not re-read and were removed; Core and Pro prices unknown.
// Path note: replit.com/ai is the Agent landing page. The Agent itself starts from the replit.com home prompt
// (e.g. replit.com/?stack=Build) and runs inside project workspaces at replit.com/@<user>/<app>; those cannot be
// path-scoped without claiming all of replit.com, so only /ai is matched.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown (training on/optOut unknown/scope, optOutHow,
// retention, humanReview, storage unknown, business, Starter $0, Core and Pro prices unknown, free tier) — Terms (23
// Feb 2026) and Privacy Policy (24 Feb 2025) re-read in the Open Terms Archive copies; AI billing, billing overview
// and cycles-migration pages re-read on docs.replit.com.
import type { ToolInput } from '../schema.ts';

const aiBilling = {
  url: 'https://docs.replit.com/billing/ai-billing.md',
  title: 'Replit Docs: Replit AI Billing',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const proBilling = {
  url: 'https://docs.replit.com/billing/teams-billing/overview.md',
  title: 'Replit Docs: Billing for organizations on Replit Pro',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const cyclesMigration = {
  url: 'https://docs.replit.com/cycles/cycles-migration',
  title: 'Replit Docs: Moving to usage-based billing (Starter plan is free)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const buildWithAgent = {
  url: 'https://docs.replit.com/learn/build-with-agent',
  title: 'Replit Docs: Build with Agent',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const agent4Changelog = {
  url: 'https://docs.replit.com/pt/updates/2026/03/13/changelog',
  title: 'Replit Docs changelog: Introducing Replit Agent 4 (Portuguese edition)',
  kind: 'official',
  published: '2026-03-13',
  checked: '2026-11-28',
} as const;

const sharedResponsibility = {
  url: 'https://docs.replit.com/pt/references/security/shared-responsibility-model.md',
  title: 'Replit Docs: Shared responsibility model (Portuguese edition)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const openInReplit = {
  url: 'https://docs.replit.com/pt/replitai/open-in-replit',
  title: 'Replit Docs: Open in Replit links (Portuguese edition)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const aiIntegrations = {
  url: 'https://docs.replit.com/pt/references/integrations/replit-ai-integrations',
  title: 'Replit Docs: Replit AI Integrations (Portuguese edition)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const terms = {
  url: 'https://replit.com/terms-of-service',
  title: 'Replit Terms of Service',
  kind: 'official',
  published: '2026-02-23',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/b4fa0e9e04b62fb3e5e222823f458bd37d2131da/Replit/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const privacyPolicy = {
  url: 'https://replit.com/privacy-policy',
  title: 'Replit Privacy Policy',
  kind: 'official',
  published: '2025-02-24',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/d9c0490faaf5b1881620ee04969ca6e112332f67/Replit/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const billingOverview = {
  url: 'https://docs.replit.com/category/billing',
  title: 'Replit Docs: Billing overview (budgets and alerts)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const digwatchReport = {
  url: 'https://dig.watch/updates/replit-revamps-data-architecture-following-live-database-deletion',
  title: 'Digital Watch Observatory: Replit revamps data architecture following live database deletion',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const heiseReport = {
  url: 'https://heise.de/-10499597',
  title: 'heise online: Vibe coding service Replit deletes production database',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'replit-agent',
  name: 'Replit Agent',
  vendor: 'Replit, Inc.',
  category: 'code assistant',
  homepage: 'https://replit.com/ai',
  officialDomains: ['replit.com'],
  match: [{ host: 'replit.com', path: '/ai' }],
  summary:
    "Replit's autonomous AI builder (Agent 4 since March 2026) that plans, writes, runs and publishes apps inside Replit's cloud workspace from natural-language prompts.",
  capabilities: [
    'Build web and mobile apps, dashboards and AI tools from prompts',
    'Plan mode, Design Canvas and parallel tasks',
    'Checkpoints and rollbacks of Agent changes',
    'Built-in databases, storage, secrets and one-click publishing',
    'Connectors to tools such as BigQuery, Linear, Slack and Notion',
  ],
  limits: [
    'Effort-based pricing: each request becomes a checkpoint priced by the work done, so costs vary and can escalate',
    'Starter (free) plan: daily cap on Agent chat and Lite builds only',
    'The Agent can run commands and modify databases in your project',
    "Public apps are MIT-licensed, visible to others and may be used to train Replit's language models",
    'The consumer Terms cover personal, non-commercial use; commercial use falls under a separate Commercial Agreement',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'content in public Apps: "improving the Service, including but not limited to developing or training large language models"; for private Apps Replit reserves access "for the purpose of troubleshooting, improving our service"; the privacy policy cites improving "machine learning technologies such as code generation"',
    },
    optOutHow:
      "unknown — no training opt-out is described in Replit's Terms or Privacy Policy. Keeping work in private Apps keeps it out of the public-App clause (which includes LLM training), though Replit may still access private Apps to improve the service. EEA/UK users can object to processing through the privacy policy's contact details.",
    retention:
      'Deleted or de-identified once no longer needed in identifiable form (unless law requires longer); account-deletion requests are completed within 30 days, though data may be kept for backups, archiving, fraud and abuse prevention, analytics and legal obligations.',
    humanReview:
      "unknown whether people review Agent prompts; the Terms reserve Replit's right to access the content of private Apps for troubleshooting, improving the service and safety and security.",
    storage: 'unknown',
    business:
      "The consumer Terms are for personal, non-commercial use; the commercial product is governed by Replit's Commercial Agreement (not read). Entity customers in the EEA, Switzerland or UK are also bound by Replit's Data Processing Agreement.",
    sources: [terms, privacyPolicy],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Starter', price: 0, currency: 'USD', period: 'month', note: 'Free; Agent chat with a daily cap and Lite builds.' },
      {
        name: 'Core',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Includes monthly credits; the docs point to replit.com/pricing for the amount, which was not read.',
      },
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Tiered monthly credits with rollover for one month; price not read.',
      },
    ],
    freeTier:
      'Starter plan: Agent chat with a daily cap, Lite builds, Design Canvas and Visual Editor; full builds, Plan Mode and Connectors need Core or Pro.',
    read: '2026-12-01',
    sources: [aiBilling, cyclesMigration, billingOverview],
  },
  copyright: {
    ownership:
      'You keep your rights in the content you submit; content published as a public App is automatically under the MIT License, while code in a private App can carry licensing terms you choose. Replit gets the rights needed to host and provide your content.',
    commercialUse:
      "The consumer Terms are for personal, non-commercial use unless otherwise specified; commercial use of Replit's commercial product falls under its Commercial Agreement (not read).",
    indemnity: "unknown — the Terms' summary says you agree to indemnify Replit; no indemnity from Replit to users was found.",
    sources: [terms],
  },
  security: {
    promptInjection:
      "The Agent executes commands and database changes in your project; Replit's shared-responsibility model puts app content and configuration on you. Use checkpoints and separate dev/prod data.",
    incidents: [
      {
        date: '2025-07-18',
        summary:
          "SaaStr founder Jason Lemkin reported that Replit Agent deleted his production database during an explicit code freeze and misreported that rollback was impossible; Replit's CEO called it unacceptable and Replit then separated development and production databases.",
        sources: [heiseReport, digwatchReport],
      },
    ],
    enterpriseControls:
      'Pro: pooled credits for up to 15 builders with budget controls; account-level budget limits and spend alerts. SSO/SCIM and other Enterprise controls were not read.',
    sources: [sharedResponsibility, proBilling, billingOverview, heiseReport],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Replit account required; free Starter plan available.',
    platforms: ['web'],
    status: 'generally available',
    sources: [aiBilling, agent4Changelog],
  },
  alternatives: ['bolt', 'lovable', 'v0', 'cursor', 'github-copilot'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Removed claims resting only on unreliable third-party summaries (training of public projects, retention, staff access, US-only storage, Core price); those fields are now unknown. Replaced an aggregator incident source with Digital Watch.',
    },
    {
      date: '2026-12-01',
      change:
        "Read Replit's own Terms (Feb 2026) and Privacy Policy (Feb 2025) via Open Terms Archive. Training changed from unknown to on by default (public-App content may train LLMs; no opt-out described), retention filled (deletion within 30 days), private-App access and non-commercial scope added. The ask.replit.com forum thread (wrongly marked official) replaced by the Terms. Credit-pack prices removed (not re-read).",
      fields: ['training', 'retention', 'pricing', 'ownership', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Replit's Terms and Privacy Policy (Open Terms Archive) and its AI-billing, billing-overview and usage-billing docs; public-App content used for LLM training, private-App access for improvement, no training opt-out, 30-day account deletion, the free Starter plan and its Agent limits confirmed; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Builds runnable apps (web, mobile, dashboards), designs and slides from prompts, and hosts them on Replit.',
      sources: [agent4Changelog],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Replit does not name the models behind Agent in the pages read; press coverage of the 2025 incident mentioned Claude Sonnet.',
      sources: [heiseReport],
    },
    trainingData: {
      status: 'caution',
      note: "The Agent's own training data is not disclosed; Replit's Terms let it use content in public Apps for developing or training large language models.",
      sources: [terms],
    },
    outputQuality: {
      status: 'caution',
      note: "Capable of full builds, but Replit's own guidance stresses specific prompts, review, testing and checkpoints.",
      sources: [buildWithAgent],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Replit-specific bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'risk',
      note: 'In a widely reported 2025 case the Agent fabricated data and test results and falsely claimed rollback was impossible; verify every status report it gives.',
      sources: [heiseReport],
    },
    computationalNeeds: {
      status: 'good',
      note: "Everything runs in Replit's cloud; the constraint is credit spend, not local hardware.",
      sources: [aiBilling],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No public Agent API found; you can launch Agent from "Open in Replit" links, and apps can call models via Replit AI Integrations.',
      sources: [openInReplit, aiIntegrations],
    },
    pricingModel: {
      status: 'caution',
      note: 'Effort-based checkpoints make per-request cost unpredictable; set budget limits and alerts in billing settings.',
      sources: [aiBilling, billingOverview],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Public-App content may be used to train Replit's language models and no opt-out is described; Replit can also access private Apps to improve the service. Keep sensitive projects private and secrets in Secrets; deletion requests complete within 30 days.",
      sources: [terms, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Public apps are automatically MIT-licensed; keep projects private if you need to control licensing of generated code, and note the consumer Terms cover non-commercial use.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'The Agent can perform destructive actions: it deleted a production database in 2025. Use dev/prod separation, checkpoints and no production credentials in agent sessions.',
      sources: [heiseReport, sharedResponsibility],
    },
  },
} satisfies ToolInput;
