// GitHub Copilot — prices from GitHub's own plans page (stored copy; billing moved to "GitHub AI Credits" on
// 2026-06-01), training change from coverage of GitHub's March 2026 announcement, retention from GitHub's docs repo,
// ownership from a copy of the January 2024 Product Specific Terms. Match rules use github.com paths only
// (/copilot for the chat UI, /features/copilot for the product and plans pages), never all of github.com.
import type { ToolInput } from '../schema.ts';

const plansPage = {
  url: 'https://github.com/features/copilot/plans',
  title: 'GitHub Copilot pricing plans',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const plansTranscript = {
  url: 'https://raw.githubusercontent.com/api-evangelist/github-copilot/refs/heads/main/plans/github-copilot-plans-pricing.yml',
  title: 'API Evangelist: transcription of github.com/features/copilot pricing (read 2026-10-07)',
  kind: 'third-party',
  published: '2026-10-07',
  checked: '2026-11-28',
} as const;

const legacyRequests = {
  url: 'https://docs.github.com/en/enterprise-cloud@latest/copilot/reference/copilot-billing/request-based-billing-legacy/copilot-requests',
  title: 'GitHub Docs: Requests in GitHub Copilot (legacy)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const businessDiscussion = {
  url: 'https://github.com/orgs/community/discussions/195495',
  title: 'GitHub Community: Copilot Individual or Business subscription (mentions $19 Business, April 2026 sign-up pause, June 2026 AI Credits)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingNews = {
  url: 'https://particle.news/story/github-will-train-copilot-on-user-interaction-data-starting-april-24-unless-users-opt-out',
  title: 'Particle: GitHub will train Copilot on user interaction data starting April 24 unless users opt out',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingExplainer = {
  url: 'https://tenki.cloud/blog/copilot-data-training-opt-out',
  title: 'Tenki: Copilot’s April 24 data policy — what changes and how to opt out',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingForum = {
  url: 'https://windowsforum.com/threads/github-copilot-to-train-on-free-and-pro-data-starting-apr-24-2026-opt-out.407324',
  title: 'WindowsForum: GitHub Copilot to train on Free and Pro data starting Apr 24, 2026',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const chatRetentionDocs = {
  url: 'https://github.com/github/docs/pull/41145.patch',
  title: 'github/docs change: Copilot Chat on GitHub keeps messages for 28 days',
  kind: 'official',
  published: '2025-11-06',
  checked: '2026-11-28',
} as const;

const modelHostingDocs = {
  url: 'https://github.com/github/docs/pull/37269.diff',
  title: 'github/docs change: Claude models in Copilot hosted by AWS, Anthropic and Google Cloud with no-training agreements',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const productTerms2024 = {
  url: 'https://github.com/anearhagcwgcwgvs/anearhagcwgcwgvs/files/15215170/GitHub_Copilot_Product_Specific_Terms_-_2024_01_24_-_FINAL.pdf',
  title: 'Copy of GitHub Copilot Product Specific Terms (January 2024)',
  kind: 'third-party',
  published: '2024-01-24',
  checked: '2026-11-28',
} as const;

const freeAccessDocs = {
  url: 'https://github.com/github/docs/pull/43781.diff',
  title: 'github/docs change: Copilot Student and free Copilot Pro for teachers and open-source maintainers',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const legalDiscussion = {
  url: 'https://github.com/orgs/community/discussions/196578',
  title: 'GitHub Community: Copilot data security, privacy and legal protection (duplication detection filter, admin policies)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const retentionDiscussion = {
  url: 'https://github.com/orgs/community/discussions/183099',
  title: 'GitHub Community: data retention for prompts and outputs in the Copilot coding agent',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'github-copilot',
  name: 'GitHub Copilot',
  vendor: 'GitHub (Microsoft)',
  category: 'code assistant',
  homepage: 'https://github.com/features/copilot',
  match: [
    { host: 'github.com', path: '/copilot' },
    { host: 'github.com', path: '/features/copilot' },
  ],
  summary:
    'GitHub’s AI coding assistant for IDEs, the CLI and github.com: completions, chat, code review and cloud agents, sold as individual plans and per-seat business plans.',
  capabilities: [
    'Code completions and next-edit suggestions in IDEs',
    'Copilot Chat in IDEs, on github.com and mobile',
    'Agent mode, Copilot CLI and a cloud coding agent that opens pull requests',
    'Pull-request code review',
    'Model choice including third-party models (e.g. Claude, GPT) on paid plans',
  ],
  limits: [
    'Free plan: 2,000 completions a month and a limited model set',
    'Since 2026-06-01 agent, chat, review and CLI usage draws on monthly GitHub AI Credits; annual Pro/Pro+ subscribers may stay on legacy premium-request billing',
    'New Pro, Pro+ and Student sign-ups were paused on 2026-04-20 for capacity (community report); check current availability',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Since 2026-04-24 interaction data from Free, Pro and Pro+ users (prompts, suggestions, accepted edits, code context, file names, repo structure, feedback) is used to train GitHub’s models unless you disable “Allow GitHub to use my data for AI model training” at github.com/settings/copilot/features. Earlier opt-outs were kept.',
    retention:
      'Copilot Chat on github.com keeps messages for 28 days (up to 100 conversations). Other surfaces (CLI, coding-agent session logs) have their own retention.',
    humanReview: 'unknown',
    storage:
      'GitHub/Microsoft infrastructure; third-party models (e.g. Claude) are hosted by AWS, Anthropic or Google Cloud under agreements that forbid training on the data. Training data may be shared with affiliates such as Microsoft but not third-party model providers.',
    business:
      'Copilot Business and Enterprise data (and students/teachers) are excluded from training and covered by GitHub’s Data Protection Agreement; private repository content at rest is not used, but code sent while you use Copilot in a private repo counts as interaction data on individual plans.',
    sources: [trainingNews, trainingExplainer, trainingForum, chatRetentionDocs, modelHostingDocs, retentionDiscussion],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '2,000 completions per month; limited models.' },
      { name: 'Pro', price: 10, currency: 'USD', period: 'month', note: '$15 of monthly AI credits included.' },
      { name: 'Pro+', price: 39, currency: 'USD', period: 'month', note: '$70 of monthly AI credits; premium models.' },
      { name: 'Max', price: 100, currency: 'USD', period: 'month', note: '$200 of monthly AI credits.' },
      { name: 'Business', price: 19, currency: 'USD', period: 'month', note: 'Per user; price from a community answer, not the plans page text.' },
    ],
    freeTier:
      'Copilot Free needs no credit card; verified students get a Student plan and Pro is free for verified teachers and popular open-source maintainers. Usage beyond included credits is billed.',
    read: '2026-11-28',
    sources: [plansPage, plansTranscript, businessDiscussion, legacyRequests, freeAccessDocs],
  },
  copyright: {
    ownership:
      'Under the January 2024 product terms GitHub does not own suggestions, you keep ownership of your code, and you are responsible for suggestions you include.',
    commercialUse: 'Allowed; you remain responsible for checking suggestions for licence conflicts (a filter for suggestions matching public code is available).',
    indemnity:
      'unknown — business terms reference the Microsoft Copyright Commitment, but current indemnity conditions for each plan were not read in this pass.',
    sources: [productTerms2024, legalDiscussion],
  },
  security: {
    promptInjection:
      'Agent mode, the CLI and the cloud agent read repository files, issues and web content and can run tools, so injected instructions in that content are a real risk; review agent pull requests and tool calls.',
    incidents: [],
    enterpriseControls:
      'Business/Enterprise admins can set organisation-wide policies (models, features, public-code matching), assign seats centrally, and see usage metrics and audit logs.',
    sources: [businessDiscussion, legalDiscussion, retentionDiscussion],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'GitHub account; organisation or enterprise account for Business/Enterprise seats.',
    platforms: ['ide', 'web', 'mobile'],
    status: 'generally available',
    sources: [plansPage, businessDiscussion],
  },
  alternatives: ['cursor', 'replit-agent', 'claude', 'chatgpt', 'v0', 'bolt'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-04-24', change: 'Interaction data from Free, Pro and Pro+ began to be used for model training by default (opt-out available).' },
    { date: '2026-06-01', change: 'Billing moved from premium requests to GitHub AI Credits (legacy billing kept for some annual plans).' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Code completions, chat answers, code review comments and agent-made pull requests.',
      sources: [plansPage],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Routes to a choice of OpenAI, Anthropic and other models; paid plans let you pick the model, and third-party models run under no-training agreements.',
      sources: [plansPage, modelHostingDocs],
    },
    trainingData: {
      status: 'caution',
      note: 'GitHub’s own models now also learn from individual users’ Copilot interaction data unless they opt out; underlying base-model training sets were not documented in what was read.',
      sources: [trainingNews, trainingExplainer],
    },
    outputQuality: {
      status: 'caution',
      note: 'Useful but fallible code; review suggestions and agent pull requests like any contributor’s code.',
      sources: [productTerms2024],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Can invent APIs, packages or config that do not exist; run tests and check dependencies before merging.',
      sources: [productTerms2024],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted; needs only an IDE extension, the CLI or a browser. Heavy agent use consumes monthly AI credits.',
      sources: [plansPage, legacyRequests],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No general-purpose Copilot model API was checked in this pass; integration is through IDEs, CLI, github.com and admin/metrics APIs.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Clear monthly tiers, but since June 2026 agent and chat usage is metered in AI credits, so heavy users can exhaust allowances or incur extra charges.',
      sources: [plansPage, legacyRequests, businessDiscussion],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'On Free, Pro and Pro+ your prompts, code context and file structure train GitHub’s models by default since April 2026 — opt out in settings, or use Business/Enterprise for company code.',
      sources: [trainingNews, trainingExplainer, trainingForum],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own your code and GitHub claims no ownership of suggestions, but licence compliance is your responsibility; enable the public-code filter and check indemnity terms for your plan.',
      sources: [productTerms2024, legalDiscussion],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No specific incident was verified in this pass, but agents acting on repository and web content are exposed to prompt injection and can introduce insecure code.',
      sources: [retentionDiscussion],
    },
  },
} satisfies ToolInput;
