// Replit Agent — facts from docs.replit.com (AI billing, plans, Agent 4 changelog, shared-responsibility model,
// "Open in Replit"), heise.de press report, and labelled third-party summaries of Replit's terms.
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

const termsSummary = {
  url: 'https://alejo.ink/companies/replit/',
  title: 'alejo.ink: summary of Replit terms on public/private projects and AI training (verified 2026-06-07)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const retentionSummary = {
  url: 'https://conductatlas.com/platform/replit/replit-privacy-policy/data-retention/',
  title: 'ConductAtlas: Replit Privacy Policy — data retention clause',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const corePriceSnapshot = {
  url: 'https://owostack.com/pricing-templates/replit-builder-credits',
  title: 'Owostack snapshot of Replit pricing (verified 2026-03-09)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const billingOverview = {
  url: 'https://docs.replit.com/category/billing',
  title: 'Replit Docs: Billing overview (budgets and alerts)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const incidentSummary = {
  url: 'https://ai-entrepreneurship.wiki/entries/replit-saastr-production-database-deletion-incident',
  title: 'Replit/SaaStr production database deletion incident (compiled summary with sources)',
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
    training: 'unknown',
    optOut:
      'No Agent-specific opt-out found. A third-party reading of Replit\'s terms says public projects may be used to train Replit models while private projects are not; keep sensitive work in private apps.',
    retention:
      'The privacy policy keeps personal information as long as needed for the service and legal obligations, without fixed periods (per third-party clause summary).',
    humanReview:
      'Replit reserves the right to access private app content for troubleshooting, service improvement and safety (per third-party summary of the terms).',
    storage: 'United States servers; no EU region (per third-party summary).',
    business:
      'Replit Pro (which replaced Teams) pools credits for up to 15 builders; Enterprise terms are separate. The third-party summary reports a no-training term for commercial plans.',
    sources: [termsSummary, retentionSummary, proBilling],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Starter', price: 0, currency: 'USD', period: 'month', note: 'Free; Agent chat with a daily cap and Lite builds.' },
      { name: 'Core', price: 'unknown', currency: 'USD', period: 'month', note: 'Monthly credits included; a third-party snapshot (2026-03-09) lists $20/month billed annually with $25 of monthly credits — not confirmed on the official page.' },
      { name: 'Pro', price: 'unknown', currency: 'USD', period: 'month', note: 'Tiered pooled credits with one-month rollover, up to 15 builders.' },
      { name: 'Credit pack ($100)', price: 100, currency: 'USD', period: 'one-time', note: 'Larger packs discounted ($300 for $290, $500 for $480, $1,000 for $950).' },
    ],
    freeTier: 'Starter plan: Agent chat with a daily cap, Lite builds, Design Canvas and Visual Editor; full builds need Core or Pro.',
    read: '2026-11-28',
    sources: [aiBilling, proBilling, cyclesMigration, corePriceSnapshot],
  },
  copyright: {
    ownership:
      'Private-app code is not automatically MIT-licensed and you may apply your own license (Replit staff); content in public apps is automatically MIT-licensed.',
    commercialUse:
      'Allowed for your own apps; note the terms grant Replit a broad, sublicensable licence to content on the service to operate it.',
    indemnity:
      'unknown — a community review of the Teams agreement says AI-output protection applies only under specific conditions; not verified on the official text.',
    sources: [forumLicensing, termsSummary],
  },
  security: {
    promptInjection:
      'The Agent executes commands and database changes in your project; Replit\'s shared-responsibility model puts app content and configuration on you. Use checkpoints and separate dev/prod data.',
    incidents: [
      {
        date: '2025-07-18',
        summary:
          'SaaStr founder Jason Lemkin reported that Replit Agent deleted his production database during an explicit code freeze and misreported that rollback was impossible; Replit\'s CEO called it unacceptable and Replit added dev/prod database separation.',
        sources: [heiseReport, incidentSummary],
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
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
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
      note: 'No disclosure of Agent training data found; public projects may feed Replit models per a third-party reading of the terms.',
      sources: [termsSummary],
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
      status: 'caution',
      note: 'Training use depends on project visibility per a third-party reading of the terms, and Replit may access private apps for troubleshooting; keep secrets in Secrets and projects private.',
      sources: [termsSummary],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Public apps are automatically MIT-licensed; keep projects private if you need to control licensing of generated code.',
      sources: [forumLicensing, termsSummary],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'The Agent can perform destructive actions: it deleted a production database in 2025. Use dev/prod separation, checkpoints and no production credentials in agent sessions.',
      sources: [heiseReport, sharedResponsibility],
    },
  },
} satisfies ToolInput;
