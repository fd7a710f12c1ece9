// v0 — facts from v0.app docs and policy pages, Vercel legal pages and the Vercel April 2026 security bulletin,
// plus labelled third-party items. Host change: v0 now lives at v0.app (named in the Vercel AI Policy); older v0.dev links
// still appear in docs (e.g. API key settings), so both hosts are matched. Review 2026-11-28: the AI SDK site
// (ai-sdk.dev) is not one of v0's own domains, so it is now labelled third-party and the v0 Platform API docs on v0.app
// were added. Vercel reportedly changed its model-training terms in March 2026; that text could not be read on an
// official page, so the training fields still follow the August 2025 AI Policy.
import type { ToolInput } from '../schema.ts';

const aiPolicy = {
  url: 'https://v0.app/policy',
  title: 'Vercel AI Policy (covers v0)',
  kind: 'official',
  published: '2025-08-22',
  checked: '2026-11-28',
} as const;

const pricingDocs = {
  url: 'https://v0.app/docs/pricing',
  title: 'v0 Docs: Pricing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterpriseDocs = {
  url: 'https://v0.app/docs/enterprise',
  title: 'v0 Docs: Enterprise',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterpriseAddendum = {
  url: 'https://vercel.com/legal/v0-enterprise-addendum',
  title: 'v0 Enterprise Addendum',
  kind: 'official',
  published: '2025-05-20',
  checked: '2026-11-28',
} as const;

const vercelTerms2023 = {
  url: 'https://vercel.com/legal/terms/2023-05-01',
  title: 'Vercel Terms of Service (archived 2023-05-01 version)',
  kind: 'official',
  published: '2023-05-01',
  checked: '2026-11-28',
} as const;

const aiSdkProvider = {
  url: 'https://ai-sdk.dev/v7/providers/ai-sdk-providers/vercel',
  title: 'AI SDK docs: Vercel provider (v0 model API)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const platformApiDocs = {
  url: 'https://www.v0.app/docs/api/platform/quickstart',
  title: 'v0 Docs: Platform API quickstart (v0 SDK)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const deploymentsDocs = {
  url: 'https://www.v0.app/docs/deployments',
  title: 'v0 Docs: Deployments',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const slackListing = {
  url: 'https://slack.com/marketplace/A09PS08K5R8-v0',
  title: 'v0 listing on the Slack Marketplace (vendor-supplied data-handling answers)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const vercelBulletin = {
  url: 'https://vercel.com/kb/bulletin/vercel-april-2026-security-incident',
  title: 'Vercel April 2026 security incident (Knowledge Base bulletin)',
  kind: 'official',
  published: '2026-04-19',
  checked: '2026-11-28',
} as const;

const phishingReport = {
  url: 'https://www.html.it/magazine/con-lai-proliferano-gli-attacchi-di-phishing-e-la-creazione-di-pagine-di-login-fraudolente/',
  title: 'HTML.it: AI-built phishing login pages (reporting Okta Threat Intelligence on v0 abuse, July 2025)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'v0',
  name: 'v0',
  vendor: 'Vercel Inc.',
  category: 'code assistant',
  homepage: 'https://v0.app/',
  officialDomains: ['v0.app', 'v0.dev', 'vercel.com'],
  match: [{ host: 'v0.app' }, { host: 'v0.dev' }],
  summary:
    "Vercel's chat-based app builder that generates React/Next.js code and UIs from prompts and deploys them to Vercel in a click.",
  capabilities: [
    'Generate web apps and UI components from text or screenshots',
    'Iterate in chat with live preview',
    'One-click deploy to a Vercel project',
    'Team workspaces with shared projects and credits',
    'v0 Platform API and TypeScript SDK to create chats and fetch generated files; v0 model API (beta) for paid plans',
  ],
  limits: [
    'Usage is metered in credits converted from input/output tokens; generation pauses when credits run out',
    'Context such as chat history and source files counts as input tokens, so long projects cost more',
    'Free plan: $5 of monthly credits, no API access, cannot buy extra credits',
    'Chats can be set to public or unlisted; check visibility before pasting secrets',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'Per the Vercel AI Policy (August 2025), you opt out of training only by buying an appropriate subscription (the policy does not name which plan); free users have no stated opt-out there. Vercel was reported to add a training setting in March 2026, but we could not read that official text — check your team’s data settings.',
    retention:
      'unknown for consumers; vendor answers on the Slack Marketplace say inputs and outputs are kept only as long as needed to deliver the service, and data is deleted within a commercially reasonable time after termination.',
    humanReview: 'unknown',
    storage:
      'Primary storage in the United States with optional ephemeral storage in the EEA, on AWS, Azure and GCP (vendor answers on the Slack Marketplace); prompts may be processed by third-party model subprocessors.',
    business:
      'Vercel says customer source code and content hosted on its platform are not used to train v0 models; Enterprise customers sign the v0 Enterprise Addendum and get SSO/Directory Sync and v0 role controls.',
    sources: [aiPolicy, slackListing, enterpriseAddendum, enterpriseDocs],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '$5 of monthly credits.' },
      { name: 'Premium', price: 20, currency: 'USD', period: 'month', note: '$20 of monthly credits; can buy more; API access.' },
      { name: 'Team', price: 30, currency: 'USD', period: 'month', note: 'Per user; $30 of credits per user; shared credits.' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month' },
    ],
    freeTier: 'Free plan with $5 of monthly credits, up to 200 projects and the smaller model only.',
    read: '2026-11-28',
    sources: [pricingDocs],
  },
  copyright: {
    ownership:
      'unknown — the v0 Enterprise Addendum groups Inputs and Outputs together as "Customer Content", but we could not read the ownership clause itself or the current consumer terms.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [enterpriseAddendum, aiPolicy],
  },
  security: {
    promptInjection:
      'unknown for v0 itself. Generated apps should be reviewed before deployment; security researchers reported v0 being abused to clone login pages for phishing (July 2025).',
    incidents: [
      {
        date: '2026-04-19',
        summary:
          'Vercel disclosed unauthorized access to internal systems via a compromised third-party AI tool (Context.ai) OAuth app; some customers\' non-sensitive environment variables were exposed and credential rotation was advised. Platform-wide, not specific to v0.',
        sources: [vercelBulletin],
      },
    ],
    enterpriseControls:
      'Enterprise: SSO via Directory Sync/access groups, v0 roles (Builder, Chatter/Creator, Viewer), chat visibility settings (Private, Team, Unlisted, Public), centralized billing.',
    sources: [enterpriseDocs, vercelBulletin, phishingReport],
  },
  availability: {
    regions: 'unknown',
    minAge: 16,
    account: 'Requires a Vercel account; v0 subscriptions are billed separately from Vercel hosting plans.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [vercelTerms2023, pricingDocs, platformApiDocs],
  },
  alternatives: ['bolt', 'lovable', 'replit-agent', 'cursor'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change: 'Review: AI SDK source relabelled third-party, official v0 Platform API docs added, and an unverified March 2026 training-terms change flagged in the opt-out note.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Produces web app code (React/Next.js), UI components and deployable projects from prompts and images.',
      sources: [pricingDocs, deploymentsDocs],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Vercel\'s own v0 model family (e.g. v0-1.5-md/lg on the pricing page) built on third-party LLM subprocessors; details of the underlying models are not published.',
      sources: [pricingDocs, slackListing],
    },
    trainingData: {
      status: 'caution',
      note: 'Vercel says user prompts, ratings and interactions may train its v0 models, but not code hosted on Vercel\'s platform; the base models\' training data is not disclosed.',
      sources: [aiPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'Good for scaffolding Next.js UIs; generated code still needs review, especially auth, data access and secrets.',
      sources: [deploymentsDocs],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No v0-specific bias evaluation found; the Vercel AI Policy and Acceptable Use Policy restrict misuse.',
      sources: [aiPolicy],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'As with any LLM coding tool, v0 can produce plausible but wrong code or outdated APIs; test before publishing.',
      sources: [aiPolicy],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs entirely in the browser/cloud; cost is metered in credits per token rather than local hardware.',
      sources: [pricingDocs],
    },
    apiAvailability: {
      status: 'caution',
      note: 'v0 offers a Platform API and TypeScript SDK for creating chats and reading generated files; the separate v0 model API is described as beta and needs a Premium or Team plan with usage-based billing.',
      sources: [platformApiDocs, aiSdkProvider],
    },
    pricingModel: {
      status: 'caution',
      note: 'Subscription plus token-metered credits; large contexts (chat history, files) consume credits quickly and generation stops at zero.',
      sources: [pricingDocs],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Prompts and interactions may train Vercel\'s v0 models by default, and the only stated opt-out is buying an appropriate subscription; avoid pasting confidential data on the free plan.',
      sources: [aiPolicy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'We could not read v0\'s output-ownership or indemnity clauses; check the current Vercel terms before shipping generated code commercially.',
      sources: [enterpriseAddendum],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Vercel had a platform security incident in April 2026 exposing some customers\' non-sensitive environment variables, and v0 has been abused to build phishing pages; mark secrets as sensitive and review generated apps.',
      sources: [vercelBulletin, phishingReport],
    },
  },
} satisfies ToolInput;
