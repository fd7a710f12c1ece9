// Bolt — facts from the StackBlitz privacy policy (May 2026), bolt.new pricing FAQ and the Bolt support centre
// (support.bolt.new). Review 2026-11-28: the Pro and entry Teams list prices came only from an SEO guide and are now
// 'unknown' (no official page with them was found); a security-scanner vendor blog was removed as unreliable.
// Host unchanged (bolt.new).
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://stackblitz.com/privacy-policy',
  title: 'StackBlitz (Bolt) Privacy Policy',
  kind: 'official',
  published: '2026-05-12',
  checked: '2026-11-28',
} as const;

const introLlms = {
  url: 'https://support.bolt.new/building/intro-llms',
  title: 'Bolt Support: Intro to LLMs',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const pricingPage = {
  url: 'https://bolt.new/pricing',
  title: 'Bolt pricing page (FAQ section)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const teamsBilling = {
  url: 'https://support.bolt.new/account-and-subscription/teams/billing-invoices',
  title: 'Bolt Support: Teams plans, billing, tokens and invoices',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const tokensDoc = {
  url: 'https://support.bolt.new/account-and-subscription/tokens',
  title: 'Bolt Support: Understand AI tokens in Bolt',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const accountHelp = {
  url: 'https://support.bolt.new/account.md',
  title: 'Bolt Support: Manage your Bolt account, billing, and token usage',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const glossary = {
  url: 'https://support.bolt.new/concepts/glossary',
  title: 'Bolt Support: Glossary',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const tokenEfficiency = {
  url: 'https://support.bolt.new/maximizing-token-efficiency',
  title: 'Bolt Support: Maximize token efficiency',
  kind: 'official',
  checked: '2026-11-28',
} as const;

export default {
  id: 'bolt',
  name: 'Bolt',
  vendor: 'StackBlitz, Inc.',
  category: 'code assistant',
  homepage: 'https://bolt.new/',
  officialDomains: ['bolt.new', 'stackblitz.com'],
  match: [{ host: 'bolt.new' }],
  summary:
    'Browser-based AI app builder from StackBlitz that writes, previews and deploys full-stack web apps from chat prompts, powered by Anthropic Claude models.',
  capabilities: [
    'Generate full-stack web apps from prompts with an in-browser preview',
    'Build mode that edits code and Discussion mode for planning (fewer tokens)',
    'Rollback to earlier project states',
    'Team workspaces with per-member token allotments',
    'Standard and Max agent settings',
    'Bolt Cloud hosting (free *.bolt.host subdomain, custom domains on paid plans) and Bolt Database with built-in auth; connectors such as Stripe and Supabase',
  ],
  limits: [
    'Metered in tokens; larger projects use more tokens per message because files are synced to the model',
    'Free plan: 300,000 tokens per day and 1 million per month',
    'Paid tokens roll over for one extra month only while a paid subscription is active',
    'Automated "attempt fix" loops can burn tokens without solving the bug',
    'Sites on the free hosting plan go offline if they hit their monthly bandwidth limit',
  ],
  privacy: {
    training: { default: 'off', optOut: 'unknown', never: true, scope: 'unknown' },
    optOutHow: 'Not needed per Bolt: its help centre states project data is never used to train Claude or any other model.',
    retention:
      'Uploaded files are stored with your account and projects; the privacy policy has a Data Retention section we could not read in full, so periods are unknown.',
    humanReview: 'unknown',
    storage:
      'unknown region; when you attach files to a prompt, relevant portions are sent to third-party AI providers (Anthropic) only to generate responses.',
    business:
      'The privacy policy does not cover data inside apps customers build with Bolt; that is governed by customer agreements and DPAs where applicable.',
    sources: [privacyPolicy, introLlms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '300K tokens/day, 1M tokens/month.' },
      { name: 'Pro', price: 'unknown', currency: 'USD', period: 'month', note: 'Token-based paid plan; its list price was not read on an official page. The support centre also mentions a Lite plan.' },
      { name: 'Teams', price: 'unknown', currency: 'USD', period: 'month', note: 'Per member, entry tier; list price not read on an official page.' },
      { name: 'Teams (1200M tokens tier)', price: 2000, currency: 'USD', period: 'month', note: 'Per member; highest monthly Teams tier named in Bolt support docs.' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month' },
    ],
    freeTier: 'Free plan with a 300,000-token daily and 1-million-token monthly limit, reset on the 1st of each month.',
    read: '2026-11-28',
    sources: [pricingPage, teamsBilling, tokensDoc, accountHelp],
  },
  copyright: {
    ownership:
      'unknown — Bolt’s support centre has a section on code ownership and commercial use of what you build, but its text and the StackBlitz terms of service were not read.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [privacyPolicy, accountHelp],
  },
  security: {
    promptInjection:
      'unknown — no Bolt documentation on prompt injection was read. Generated apps (API keys in front-end code, database access rules) should be reviewed before launch.',
    incidents: [],
    enterpriseControls: 'unknown beyond Teams admin controls for billing and per-member token tracking.',
    sources: [teamsBilling],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Account required; free plan available.',
    platforms: ['web'],
    status: 'generally available',
    sources: [pricingPage, introLlms, glossary],
  },
  alternatives: ['lovable', 'v0', 'replit-agent', 'cursor'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: Pro and Teams list prices turned unknown (only an SEO guide had them); vendor-blog security source removed and that row set to unknown; official support-centre account and glossary pages added.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates runnable full-stack web app code (typically React/Vite front ends with optional backends) from chat.',
      sources: [introLlms],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Bolt states it runs on Anthropic Claude models (Claude Agent and Claude Sonnet), offered as Standard and Max agents; older docs named Claude 3.5/3.7 Sonnet.',
      sources: [introLlms, tokenEfficiency, glossary],
    },
    trainingData: {
      status: 'unknown',
      note: 'Bolt relies on Anthropic\'s models, whose training data is Anthropic\'s responsibility; Bolt says customer project data is not used for training.',
      sources: [introLlms],
    },
    outputQuality: {
      status: 'caution',
      note: 'Fast for prototypes, but Bolt itself notes some bugs cannot be fixed automatically and suggests manual intervention after failed fix attempts.',
      sources: [tokenEfficiency],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Bolt-specific bias or safety documentation was found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM-written code can contain invented APIs or logic errors; the context window is limited, so Bolt may forget earlier instructions in long chats.',
      sources: [introLlms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Browser-based with cloud inference; the practical constraint is the token budget, not local hardware.',
      sources: [tokensDoc],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No public Bolt API was found in the sources read.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Token-based subscriptions; big projects consume tokens per message, and unused paid tokens expire after two months.',
      sources: [pricingPage, tokensDoc],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'Bolt says project data is never used to train models; prompts and attached files are still sent to Anthropic to generate responses, and retention periods were not readable.',
      sources: [introLlms, privacyPolicy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Ownership and commercial-use terms for generated code could not be read; check StackBlitz terms before shipping.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No platform incident or official security documentation was read; as with any generated app, check for secrets in front-end code and database access rules before going live.',
      sources: [],
    },
  },
} satisfies ToolInput;
