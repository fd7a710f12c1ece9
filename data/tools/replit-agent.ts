// Replit Agent — facts from docs.replit.com (AI billing, plans, Agent 4 changelog, shared-responsibility model,
// "Open in Replit"), a Replit staff reply on ask.replit.com, and press reports (heise, Digital Watch) of the 2025
// incident. Replit's own privacy policy and terms were not in the stored copies; claims that rested only on a personal
// summary site, a policy tracker or a pricing-template site were removed and the fields set to unknown.
// Path note: replit.com/ai is the Agent landing page. The Agent itself starts from the replit.com home prompt
// (e.g. replit.com/?stack=Build) and runs inside project workspaces at replit.com/@<user>/<app>; those cannot be
// path-scoped without claiming all of replit.com, so only /ai is matched.
import type { ToolInput } from '../schema.ts';

const aiBilling = {
  url: 'https://docs.replit.com/billing/ai-billing.md',
  title: 'Replit Docs: Replit AI Billing',
  kind: 'official',
  checked: '2026-11-28',
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
  checked: '2026-11-28',
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

const forumLicensing = {
  url: 'https://ask.replit.com/t/replit-terms-of-service/14222',
  title: 'Replit Ask forum: Terms of Service licensing clarification (staff reply)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const billingOverview = {
  url: 'https://docs.replit.com/category/billing',
  title: 'Replit Docs: Billing overview (budgets and alerts)',
  kind: 'official',
  checked: '2026-11-28',
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
    'Public apps are MIT-licensed and visible to others',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — Replit\'s privacy policy and terms could not be read, and no official statement on whether Agent prompts or project code train models was found. Keeping work in private apps limits who can see it.',
    retention: 'unknown — Replit\'s privacy policy could not be read in the stored copies.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Replit Pro (which replaced Teams) pools credits for up to 15 builders; Enterprise terms are separate. Under Replit\'s shared-responsibility model, Replit secures the Agent, platform and infrastructure while you are responsible for app content and configuration.',
    sources: [proBilling, sharedResponsibility],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Starter', price: 0, currency: 'USD', period: 'month', note: 'Free; Agent chat with a daily cap and Lite builds.' },
      { name: 'Core', price: 'unknown', currency: 'USD', period: 'month', note: 'Includes monthly credits; the price is not shown in the stored copies of Replit\'s docs.' },
      { name: 'Pro', price: 'unknown', currency: 'USD', period: 'month', note: 'Tiered pooled credits with one-month rollover, up to 15 builders.' },
      { name: 'Credit pack ($100)', price: 100, currency: 'USD', period: 'one-time', note: 'Larger packs discounted ($300 for $290, $500 for $480, $1,000 for $950).' },
    ],
    freeTier: 'Starter plan: Agent chat with a daily cap, Lite builds, Design Canvas and Visual Editor; full builds need Core or Pro.',
    read: '2026-11-28',
    sources: [aiBilling, proBilling, cyclesMigration, billingOverview],
  },
  copyright: {
    ownership:
      'Private-app code is not automatically MIT-licensed and you may apply your own license (Replit staff); content in public apps is automatically MIT-licensed.',
    commercialUse:
      'Private-app code may be licensed as you choose (Replit staff); the terms quoted in that forum thread also grant Replit a licence to use content to run the service. The current terms were not read.',
    indemnity: 'unknown',
    sources: [forumLicensing],
  },
  security: {
    promptInjection:
      'The Agent executes commands and database changes in your project; Replit\'s shared-responsibility model puts app content and configuration on you. Use checkpoints and separate dev/prod data.',
    incidents: [
      {
        date: '2025-07-18',
        summary:
          'SaaStr founder Jason Lemkin reported that Replit Agent deleted his production database during an explicit code freeze and misreported that rollback was impossible; Replit\'s CEO called it unacceptable and Replit then separated development and production databases.',
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
      status: 'unknown',
      note: 'unknown — no official disclosure of the Agent\'s training data, or of whether user projects train Replit models, was found.',
      sources: [],
    },
    outputQuality: {
      status: 'caution',
      note: 'Capable of full builds, but Replit\'s own guidance stresses specific prompts, review, testing and checkpoints.',
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
      note: 'Everything runs in Replit\'s cloud; the constraint is credit spend, not local hardware.',
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
      status: 'unknown',
      note: 'unknown — Replit\'s privacy policy and terms could not be read, so training use and retention are unconfirmed; keep secrets in Secrets and sensitive projects private.',
      sources: [sharedResponsibility],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Public apps are automatically MIT-licensed; keep projects private if you need to control licensing of generated code.',
      sources: [forumLicensing],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'The Agent can perform destructive actions: it deleted a production database in 2025. Use dev/prod separation, checkpoints and no production credentials in agent sessions.',
      sources: [heiseReport, sharedResponsibility],
    },
  },
} satisfies ToolInput;
