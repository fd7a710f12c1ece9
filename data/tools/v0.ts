// v0 — facts from v0.app docs and policy pages, Vercel legal pages and the Vercel April 2026 security bulletin, plus
// labelled third-party items. Host change: v0 now lives at v0.app; older v0.dev links still appear in docs, so both hosts
// are matched. The AI SDK site (ai-sdk.dev) is not one of v0's own domains and stays third-party.
// Review 2026-12-01: the v0 Enterprise Addendum (vercel.com, last updated 2025-05-20) was re-read (stored copy).
// The Vercel AI Policy (v0.app/policy, August 2025) and v0's pricing docs could not be found in any corpus searched,
// so they keep their 2026-11-28 dates and the claims resting on them are now unknown where they must be quoted.
// Review findings resolved: training for v0 rested on text that could not be re-read (and Vercel reportedly changed
// its training terms in March 2026, a text never read on an official page); Vercel's AI Gateway "disallow prompt
// training" docs found in the search are about a different product. So the training parts are now all unknown
// (default, optOut, scope) rather than kept from an unverified reading. Prices: Premium $20 and Team $30/user were read
// on v0.app/docs/pricing on 2026-11-28 but could not be re-read, so they are 'unknown' with a note. The Slack
// Marketplace listing (vendor answers on slack.com) stays third-party; retention and storage claims resting on it are
// now marked unknown.
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown (training parts, retention, storage, human review and
// Free/Premium/Team prices stay unknown; Enterprise Addendum business terms and Enterprise contracting confirmed). A stored
// copy of v0.app/policy was found: it is the 2025-08-22 version (prompts may train Vercel's models; opt out "by purchasing
// the appropriate subscription"). A newer version (last updated 2026-03-17, effective 2026-03-31) appears only on a
// non-Vercel host (a v0.build site), so the current training rule is still unknown and the training parts stay unknown.
import type { ToolInput } from '../schema.ts';

const aiPolicy = {
  url: 'https://v0.app/policy',
  title: 'Vercel AI Policy (covers v0)',
  kind: 'official',
  published: '2025-08-22',
  checked: '2026-12-01',
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
  checked: '2026-12-01',
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
  summary: "Vercel's chat-based app builder that generates React/Next.js code and UIs from prompts and deploys them to Vercel in a click.",
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
    'Free plan (as read on v0’s pricing docs on 2026-11-28, not re-read): $5 of monthly credits, no API access, cannot buy extra credits',
    'Chats can be set to public or unlisted; check visibility before pasting secrets',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — the only stored copy of Vercel’s AI Policy on v0.app is the 2025-08-22 version (opt out of training “by purchasing the appropriate subscription”); a newer version dated 2026-03-17 was seen only on a non-Vercel host, so the current rule is unknown; check your team’s data settings in v0.',
    retention:
      'unknown — only vendor answers on the Slack Marketplace (a third-party page) describe retention ("as long as needed to deliver the service").',
    humanReview: 'unknown',
    storage:
      'unknown — only vendor answers on the Slack Marketplace (a third-party page) describe storage (United States, optional EEA, on AWS, Azure and GCP); prompts may be processed by third-party model subprocessors.',
    business:
      'Enterprise customers sign the v0 Enterprise Addendum (last updated 2025-05-20), which applies to v0 and treats prompts and uploads (Inputs) and generated code and content (Outputs) together as Customer Content; its training and ownership clauses were not read.',
    sources: [enterpriseAddendum, slackListing],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — a free plan with $5 of monthly credits was read on v0’s pricing docs on 2026-11-28 but could not be re-read.',
      },
      {
        name: 'Premium',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — $20/month with $20 of monthly credits was read on 2026-11-28 but could not be re-read.',
      },
      {
        name: 'Team',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — $30 per user per month was read on 2026-11-28 but could not be re-read.',
      },
      {
        name: 'Enterprise',
        price: 'custom',
        currency: 'USD',
        period: 'month',
        note: 'Contracted under Vercel’s Enterprise terms and the v0 Enterprise Addendum.',
      },
    ],
    freeTier: 'unknown — v0’s pricing docs (read 2026-11-28) described a free plan with $5 of monthly credits; not re-read on 2026-12-01.',
    read: '2026-11-28',
    sources: [pricingDocs, enterpriseAddendum],
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
          "Vercel disclosed unauthorized access to internal systems via a compromised third-party AI tool (Context.ai) OAuth app; some customers' non-sensitive environment variables were exposed and credential rotation was advised. Platform-wide, not specific to v0.",
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
      change:
        'Review: AI SDK source relabelled third-party, official v0 Platform API docs added, and an unverified March 2026 training-terms change flagged in the opt-out note.',
    },
    {
      date: '2026-12-01',
      change:
        'Training parts, retention and storage made unknown (Vercel’s AI Policy and pricing docs could not be re-read; only a third-party Slack listing described retention and storage); Free/Premium/Team prices set to unknown with the 2026-11-28 readings in notes; Enterprise Addendum re-read.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: v0 Enterprise Addendum (stored copy on vercel.com, last updated 2025-05-20) confirms the business terms and Order Form contracting; Vercel’s AI Policy found in a stored copy of v0.app/policy but only in its 2025-08-22 version, while a 2026-03-17 version appears only on a non-Vercel host — training parts, retention, storage and v0 prices stay unknown. Nothing made unknown.',
      fields: ['sources'],
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
      note: "Vercel's own v0 model family (e.g. v0-1.5-md/lg on the pricing page) built on third-party LLM subprocessors; details of the underlying models are not published.",
      sources: [pricingDocs, slackListing],
    },
    trainingData: {
      status: 'unknown',
      note: "Whether v0 prompts and interactions train Vercel's models could not be confirmed on an official page re-read in this pass; the base models' training data is not disclosed.",
      sources: [],
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
      status: 'unknown',
      note: 'Training, retention and storage terms for v0 could not be confirmed on an official page in this pass (an August 2025 policy said prompts could train v0 models unless you had an appropriate subscription, and Vercel reportedly changed this in March 2026); treat prompts as shared with Vercel and its model providers.',
      sources: [aiPolicy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: "We could not read v0's output-ownership or indemnity clauses; check the current Vercel terms before shipping generated code commercially.",
      sources: [enterpriseAddendum],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: "Vercel had a platform security incident in April 2026 exposing some customers' non-sensitive environment variables, and v0 has been abused to build phishing pages; mark secrets as sensitive and review generated apps.",
      sources: [vercelBulletin, phishingReport],
    },
  },
} satisfies ToolInput;
