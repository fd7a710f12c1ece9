// GitHub Copilot — prices from GitHub's own plans page (github.com/features/copilot/plans; billing moved to
// "GitHub AI Credits" on 2026-06-01) and GitHub's docs source (github/docs); the April 2026 training change from
// GitHub's blog post of 2026-03-25 (the github.blog page itself was not in the store: its text was read through
// verbatim reposts, so it is cited at its official URL); ownership from GitHub's Terms for Additional Products and
// Features, read through GitHub's own site-policy repository. The copy of the 2024 Copilot Product Specific Terms in an
// unrelated user's repository is no longer cited. Match rules use github.com paths only (/copilot for the chat UI,
// /features/copilot for the product and plans pages), never all of github.com.
import type { ToolInput } from '../schema.ts';

const plansPage = {
  url: 'https://github.com/features/copilot/plans',
  title: 'GitHub Copilot pricing plans',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const orgBilling = {
  url: 'https://raw.githubusercontent.com/github/docs/main/content/copilot/concepts/billing-and-usage/organizations-and-enterprises/billing.md',
  title: 'GitHub Docs source: Usage-based billing for organizations and enterprises (Copilot Business/Enterprise AI credits)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const businessPriceDocs = {
  url: 'https://github.com/github/docs/pull/23464.diff',
  title: 'github/docs change: Copilot Business billed at $19 per user per month',
  kind: 'official',
  published: '2023-01-24',
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
  title: 'GitHub Community: Copilot Individual or Business subscription (mentions the April 2026 sign-up pause)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingBlog = {
  url: 'https://github.blog/news-insights/company-news/updates-to-github-copilot-interaction-data-usage-policy/',
  title: 'GitHub Blog: Updates to GitHub Copilot interaction data usage policy (read through verbatim reposts)',
  kind: 'official',
  published: '2026-03-25',
  checked: '2026-11-28',
} as const;

const trainingFaq = {
  url: 'https://github.com/orgs/community/discussions/188488',
  title: 'GitHub Community: FAQ on the Copilot model-training privacy update (posted by GitHub)',
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

const additionalTerms = {
  url: 'https://docs.github.com/en/site-policy/github-terms/github-terms-for-additional-products-and-features#github-copilot',
  title: 'GitHub Terms for Additional Products and Features — GitHub Copilot section (version effective 2024-08-01)',
  kind: 'official',
  published: '2024-08-01',
  checked: '2026-11-28',
} as const;

const customerTerms = {
  url: 'https://github.com/customer-terms',
  title: 'GitHub Customer Terms (lists the Generative AI Services Terms and the archived Copilot terms)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const githubTos = {
  url: 'https://docs.github.com/en/site-policy/github-terms/github-terms-of-service',
  title: 'GitHub Terms of Service',
  kind: 'official',
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
  officialDomains: ['github.com', 'github.blog'],
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
    'Since 2026-06-01 agent, chat, review and CLI usage draws on monthly GitHub AI Credits (1 credit = $0.01); completions stay unlimited on paid plans; annual Pro/Pro+ subscribers may stay on legacy premium-request billing',
    'For organisations, usage beyond the pooled credits is allowed and billed by default unless an admin turns the paid-usage policy off',
    'New Pro, Pro+ and Student sign-ups were paused on 2026-04-20 for capacity (community report); check current availability',
  ],
  privacy: {
    training: { default: 'on', optOut: 'setting', never: false, scope: 'unknown' },
    optOutHow:
      'Since 2026-04-24 interaction data from Free, Pro and Pro+ users (inputs and code snippets, accepted or edited outputs, code around the cursor, comments, file names, repo structure, navigation, feedback) is used to train GitHub’s models unless you switch off the model-training setting in your Copilot settings under Privacy. Earlier opt-outs were kept.',
    retention:
      'Copilot Chat on github.com keeps messages for 28 days (up to 100 conversations). Other surfaces (CLI, coding-agent session logs) have their own retention; no retention period for training data was read.',
    humanReview: 'unknown',
    storage:
      'GitHub/Microsoft infrastructure; third-party models (e.g. Claude) are hosted by AWS, Anthropic or Google Cloud under agreements that forbid training on the data. GitHub says training data may be shared with affiliates such as Microsoft but not with third-party model providers.',
    business:
      'Copilot Business and Enterprise data (and enterprise-owned repositories) are excluded from training; GitHub’s FAQ adds that Copilot Student users and teachers with free Pro are not affected. Private repository content at rest is not used, but code Copilot processes while you work in a private repo counts as interaction data on individual plans.',
    sources: [trainingBlog, trainingFaq, chatRetentionDocs, modelHostingDocs, retentionDiscussion],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '2,000 completions per month; limited models; Copilot CLI.' },
      { name: 'Pro', price: 10, currency: 'USD', period: 'month', note: '$15 of monthly AI credits in total; unlimited completions.' },
      { name: 'Pro+', price: 39, currency: 'USD', period: 'month', note: '$70 of monthly AI credits in total; premium models such as Opus.' },
      { name: 'Max', price: 100, currency: 'USD', period: 'month', note: '$200 of monthly AI credits in total.' },
      {
        name: 'Business',
        price: 19,
        currency: 'USD',
        period: 'month',
        note: 'Per user; 1,900 AI credits per user pooled across the organisation. Price from GitHub’s docs (also in the current docs data), not the plans page text.',
      },
    ],
    freeTier:
      'Copilot Free needs no credit card; verified students get a Student plan and Pro is free for verified teachers and popular open-source maintainers. Usage beyond included credits is billed.',
    read: '2026-11-28',
    sources: [plansPage, orgBilling, businessPriceDocs, legacyRequests, freeAccessDocs],
  },
  copyright: {
    ownership:
      'GitHub’s additional product terms (version effective 2024-08-01) say GitHub does not own Copilot suggestions; you keep ownership of your code and responsibility for suggestions you include. Business/Enterprise bought directly from GitHub now fall under GitHub’s Generative AI Services Terms (the old Copilot product terms are archived), whose text we did not read.',
    commercialUse:
      'Allowed; you remain responsible for checking suggestions for licence conflicts (a filter that blocks suggestions matching public code is available).',
    indemnity:
      'unknown — business customers are governed by the GitHub Generative AI Services Terms (or Microsoft Product Terms when bought through Microsoft), and their current indemnity conditions were not read.',
    sources: [additionalTerms, customerTerms, legalDiscussion],
  },
  security: {
    promptInjection:
      'Agent mode, the CLI and the cloud agent read repository files, issues and web content and can run tools, so injected instructions in that content are a real risk; review agent pull requests and tool calls.',
    incidents: [],
    enterpriseControls:
      'Business/Enterprise admins can set organisation-wide policies (models, features, public-code matching), assign seats centrally, set user, cost-centre and organisation budgets for AI credits, and see usage metrics and audit logs.',
    sources: [orgBilling, legalDiscussion, retentionDiscussion],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'GitHub account (GitHub’s terms require users to be 13 or older); organisation or enterprise account for Business/Enterprise seats.',
    platforms: ['ide', 'web', 'mobile'],
    status: 'generally available',
    sources: [plansPage, githubTos, businessDiscussion],
  },
  alternatives: ['cursor', 'replit-agent', 'claude', 'chatgpt', 'v0', 'bolt'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-04-24', change: 'Interaction data from Free, Pro and Pro+ began to be used for model training by default (opt-out available).' },
    { date: '2026-06-01', change: 'Billing moved from premium requests to GitHub AI Credits (legacy billing kept for some annual plans).' },
    {
      date: '2026-11-28',
      change:
        'Review: training change now cited to GitHub’s blog post, prices to GitHub’s plans page and docs, ownership to GitHub’s own terms; news, forum and copied-terms sources removed; minimum age 13 added.',
    },
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
      note: 'GitHub says its own models started from public data and hand-written code samples plus Microsoft staff interaction data, and now also learn from individual users’ Copilot interactions unless they opt out.',
      sources: [trainingBlog],
    },
    outputQuality: {
      status: 'caution',
      note: 'Useful but fallible code; GitHub’s terms leave responsibility for suggestions you include with you, so review them and agent pull requests like any contributor’s code.',
      sources: [additionalTerms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Can invent APIs, packages or config that do not exist; run tests and check dependencies before merging.',
      sources: [additionalTerms],
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
      note: 'Clear monthly tiers, but since June 2026 agent and chat usage is metered in AI credits; organisations are billed for extra usage by default unless an admin disables it.',
      sources: [plansPage, orgBilling, legacyRequests],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'On Free, Pro and Pro+ your prompts, code context and file structure train GitHub’s models by default since April 2026 — opt out in Copilot settings, or use Business/Enterprise for company code.',
      sources: [trainingBlog, trainingFaq],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'GitHub claims no ownership of suggestions and you keep your code, but licence compliance is your responsibility; enable the public-code filter and check the indemnity terms for your plan.',
      sources: [additionalTerms, customerTerms, legalDiscussion],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No specific incident was verified in this pass, but agents acting on repository and web content are exposed to prompt injection and can introduce insecure code.',
      sources: [retentionDiscussion],
    },
  },
} satisfies ToolInput;
