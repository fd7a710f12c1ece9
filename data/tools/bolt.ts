// Bolt — facts from the StackBlitz privacy policy (last updated 2026-05-12), the bolt.new pricing FAQ and the Bolt
// support centre (support.bolt.new). Review 2026-12-01 re-read the privacy policy (its opening sections, up to the
// files-and-attachments part; the rest, including Data Retention, was not in the stored copy), the pricing FAQ and
// the support article on tokens. Not re-read (dates kept): the Intro to LLMs, Teams billing, account, glossary and
// token-efficiency articles.
// Review finding resolved: `never` training rested on a help-centre sentence ("project data is never used to train
// Claude or any other model") that could not be found in the Intro to LLMs article, the privacy policy text that
// could be read, or any other stored Bolt/StackBlitz page searched. The commitment is therefore dropped:
// training is now default unknown, optOut unknown, never false, scope unknown. The privacy policy read today only
// says attached files go to third-party AI providers "solely to generate responses".
// Prices: the $2,000/member Teams tier came from a Teams-billing article that could not be re-read → removed. The Pro
// and entry Teams list prices were already unknown (only an SEO guide had them).
// Host unchanged (bolt.new).
// Second reading 2026-12-01: 14 claims confirmed, 1 made unknown (Enterprise price 'custom' had no quote and no Bolt
// page read shows an Enterprise plan → unknown). The "never used for training" sentence was searched again and not found
// in any Bolt/StackBlitz text, so never stays false. The Teams billing article was re-read: it names the highest monthly
// Teams plan "1200M/$2000"; entry Teams and Pro list prices stay unknown.
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://stackblitz.com/privacy-policy',
  title: 'StackBlitz (Bolt) Privacy Policy',
  kind: 'official',
  published: '2026-05-12',
  checked: '2026-12-01',
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
  checked: '2026-12-01',
} as const;

const teamsBilling = {
  url: 'https://support.bolt.new/account-and-subscription/teams/billing-invoices',
  title: 'Bolt Support: Teams plans, billing, tokens and invoices',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const tokensDoc = {
  url: 'https://support.bolt.new/account-and-subscription/tokens',
  title: 'Bolt Support: Understand AI tokens in Bolt',
  kind: 'official',
  checked: '2026-12-01',
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
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — no Bolt or StackBlitz text read says whether prompts or project data are used to train models, or how to opt out.',
    retention:
      'unknown — files you upload are stored with your account and projects; the privacy policy’s Data Retention section could not be read.',
    humanReview: 'unknown',
    storage:
      'unknown region; when you explicitly attach files to an AI prompt, relevant portions may be sent to third-party AI service providers solely to generate responses.',
    business:
      'The privacy policy does not cover personal data inside apps customers build or deploy with Bolt; that is governed by customer agreements and DPAs where applicable.',
    sources: [privacyPolicy],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '300,000 tokens a day and 1 million a month.' },
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Token-based paid plan; its list price was not read on an official page.',
      },
      {
        name: 'Teams',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Priced per team member, each with a monthly token allotment (not shared); the support centre names the highest monthly Teams plan "1200M/$2000", but entry list prices were not read on an official page.',
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — no Bolt page read in this pass describes an Enterprise plan or its pricing.',
      },
    ],
    freeTier:
      'Free plan with a 300,000-token daily and 1-million-token monthly limit; free-plan tokens reset on the 1st of each calendar month.',
    read: '2026-12-01',
    sources: [pricingPage, tokensDoc, teamsBilling, accountHelp],
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
    {
      date: '2026-12-01',
      change:
        'The "never used for training" commitment was dropped: the help-centre sentence it rested on could not be found in any Bolt or StackBlitz text; training parts now unknown. Privacy policy, pricing FAQ and tokens article re-read; the $2,000 Teams tier (article not re-read) removed; storage note no longer names the AI provider (the policy says "third-party AI service providers").',
      fields: ['training', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: privacy policy (storage, AI processing by third-party providers, DPA scope), pricing FAQ (free 300K/day and 1M/month, Teams per member, paid-token roll-over), tokens article (free reset on the 1st) and Teams billing article confirmed; the "never used for training" sentence still not found, so training stays unknown with never false. Made unknown: Enterprise price (was "custom" without a quote).',
      fields: ['pricing', 'sources'],
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
      note: "Bolt relies on Anthropic's models, whose training data is Anthropic's responsibility; whether Bolt uses customer project data for training could not be confirmed in any Bolt text read.",
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
      status: 'unknown',
      note: 'No Bolt text read says whether project data trains models (the help-centre "never used for training" sentence could not be found); attached files are sent to third-party AI providers to generate responses, and retention periods were not readable.',
      sources: [privacyPolicy],
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
