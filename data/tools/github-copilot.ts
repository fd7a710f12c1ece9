// GitHub Copilot — Review 2026-12-01 (fourth pass). Training parts now come from GitHub's own docs: "Managing GitHub
// Copilot policies as an individual subscriber" and its model-training note, read in GitHub's own docs repository
// (github/docs, content/copilot/how-tos/manage-your-account/manage-policies.md and
// data/reusables/copilot/model-training-policy.md) and cited at the docs.github.com address with `via`. They say that
// since 2026-04-24 GitHub may use Free, Pro, Pro+ and Max users' interactions (inputs, outputs, code snippets,
// associated context) to train and improve AI models, with an opt-out in personal Copilot settings, and that Business
// and Enterprise customer data is not used → default on, optOut setting, never false.
// Review findings resolved:
// - The GitHub blog post (read earlier only through reposts) and the community FAQ are no longer what training rests
//   on; claims found only there (private repos "at rest", sharing with Microsoft but not third-party model providers,
//   Student/teacher exemption, earlier opt-outs kept) were removed.
// - Sources that were labelled official but were pull-request .diff/.patch files or raw.githubusercontent.com:
//   the org billing doc is now cited at docs.github.com with `via` the github/docs file (re-read 2026-12-01);
//   the Business $19 price now rests on GitHub's enterprise billing docs (read through a mirror of docs.github.com,
//   see `via`) instead of a 2023 PR diff; the PR diffs/patches for chat retention, model hosting and free access
//   are kept only as third-party, and the claims resting on them are marked as such or made unknown.
// - Pro ($10) and Pro+ ($39) were re-read in GitHub's individual-billing docs (a proxy copy of docs.github.com, an
//   older page version from the premium-request era); Max could not be re-read → price unknown.
// Not re-read (dates kept): the plans page, the legacy requests page, GitHub's Terms for Additional Products, Customer
// Terms and Terms of Service.
// Second reading 2026-12-01: 16 claims confirmed, 2 made unknown (the free student/teacher/maintainer access sentence in
// freeTier rested only on a github/docs PR diff; the "third-party models run under no-training agreements" clause in the
// modelArchitecture row rested only on a PR diff). One price changed from unknown to a value: Copilot Max $100/month,
// read in GitHub's own docs source (usage-based billing for individuals, its AI-credits-by-plan table and
// data/variables/copilot.yml in github/docs). Match rules use github.com paths only (/copilot, /features/copilot), never all of github.com.
import type { ToolInput } from '../schema.ts';

const githubDocsRepo = (path: string) => ({
  url: `https://github.com/github/docs/blob/main/${path}`,
  title: "GitHub's docs source (github/docs)",
});

const plansPage = {
  url: 'https://github.com/features/copilot/plans',
  title: 'GitHub Copilot pricing plans',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const trainingPolicyDocs = {
  url: 'https://docs.github.com/en/copilot/how-tos/manage-your-account/manage-policies',
  title: 'GitHub Docs: Managing GitHub Copilot policies as an individual subscriber (model training and improvements)',
  kind: 'official',
  checked: '2026-12-01',
  via: githubDocsRepo('content/copilot/how-tos/manage-your-account/manage-policies.md'),
} as const;

const orgBilling = {
  url: 'https://docs.github.com/en/copilot/concepts/billing-and-usage/organizations-and-enterprises/billing',
  title: 'GitHub Docs: Usage-based billing for organizations and enterprises',
  kind: 'official',
  checked: '2026-12-01',
  via: githubDocsRepo('content/copilot/concepts/billing-and-usage/organizations-and-enterprises/billing.md'),
} as const;

const enterpriseBilling = {
  url: 'https://docs.github.com/en/copilot/managing-copilot/managing-copilot-for-your-enterprise/managing-the-copilot-subscription-for-your-enterprise/about-billing-for-github-copilot-in-your-enterprise',
  title: 'GitHub Docs: About billing for GitHub Copilot in your enterprise (Business and Enterprise plans)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://git666.top/en/copilot/managing-copilot/managing-copilot-for-your-enterprise/managing-the-copilot-subscription-for-your-enterprise/about-billing-for-github-copilot-in-your-enterprise',
    title: 'Mirror copy of docs.github.com',
  },
} as const;

const individualBilling = {
  url: 'https://docs.github.com/es/enterprise-cloud@latest/copilot/concepts/copilot-billing/about-billing-for-individual-copilot-plans',
  title: 'GitHub Docs: About billing for individual Copilot plans (older page version, premium-request era)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://pro.lxcoder2008.cn/https://docs.github.com/es/enterprise-cloud@latest/copilot/concepts/copilot-billing/about-billing-for-individual-copilot-plans',
    title: 'Proxy copy of docs.github.com',
  },
} as const;

const individualUsageBilling = {
  url: 'https://docs.github.com/en/copilot/concepts/billing/usage-based-billing-for-individuals',
  title: 'GitHub Docs: Usage-based billing for individuals (GitHub AI Credits)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/github/docs/blob/main/content/copilot/concepts/billing/usage-based-billing-for-individuals.md',
    title:
      "GitHub's docs source (github/docs), with its plan table data/reusables/copilot/plans/ai-credits-by-plan.md and prices in data/variables/copilot.yml",
  },
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

const chatRetentionDocs = {
  url: 'https://github.com/github/docs/pull/41145.patch',
  title: 'github/docs pull-request patch: Copilot Chat on GitHub keeps messages for 28 days',
  kind: 'third-party',
  published: '2025-11-06',
  checked: '2026-11-28',
} as const;

const modelHostingDocs = {
  url: 'https://github.com/github/docs/pull/37269.diff',
  title: 'github/docs pull-request diff: Claude models in Copilot hosted by AWS, Anthropic and Google Cloud with no-training agreements',
  kind: 'third-party',
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
  title: 'github/docs pull-request diff: Copilot Student and free Copilot Pro for teachers and open-source maintainers',
  kind: 'third-party',
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
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'your interactions with GitHub features and services — "inputs, outputs, code snippets, and associated context" — used "to train and improve AI models", on Free, Pro, Pro+ and Max plans since 2026-04-24; Business and Enterprise customer data is not used',
    },
    optOutHow:
      'In your personal Copilot settings on github.com, set "Allow GitHub to use my data for AI model training" to Disabled (the setting is not shown on accounts with a Copilot Business or Enterprise licence).',
    retention:
      'unknown — a November 2025 change to GitHub’s docs (seen only as a pull-request patch, labelled third-party) said Copilot Chat on github.com keeps messages for 28 days; no retention period was re-read in GitHub’s current official docs.',
    humanReview: 'unknown',
    storage:
      'unknown — a change to GitHub’s docs (seen only as a pull-request diff, labelled third-party) said Claude models in Copilot are hosted by AWS, Anthropic and Google Cloud under agreements that forbid training on the data; not re-read in GitHub’s current docs.',
    business:
      'GitHub says it does not use Copilot Business or Copilot Enterprise customer data to train AI models; that data is protected under GitHub’s Data Protection Agreement, which prohibits such use without customer authorization.',
    sources: [trainingPolicyDocs, chatRetentionDocs, modelHostingDocs],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Includes a monthly AI-credit allowance, models through auto model selection only, and 2,000 code completions a month (GitHub docs).',
      },
      { name: 'Pro', price: 10, currency: 'USD', period: 'month', note: '100 USD if billed yearly.' },
      { name: 'Pro+', price: 39, currency: 'USD', period: 'month', note: '390 USD if billed yearly.' },
      {
        name: 'Max',
        price: 100,
        currency: 'USD',
        period: 'month',
        note: 'Per GitHub’s usage-based billing docs for individuals (plan table: $100 USD per month).',
      },
      {
        name: 'Business',
        price: 19,
        currency: 'USD',
        period: 'month',
        note: 'Per user; includes 1,900 AI credits per user, pooled across the organisation or enterprise.',
      },
      {
        name: 'Enterprise',
        price: 39,
        currency: 'USD',
        period: 'month',
        note: 'Per user; includes 3,900 AI credits per user; GitHub Enterprise Cloud only.',
      },
    ],
    freeTier:
      'Copilot Free is one of GitHub’s individual plans, each with a monthly AI-credit allowance (1 AI credit = $0.01); Free gets auto model selection only and 2,000 code completions a month. GitHub’s docs also list Copilot Student with an AI-credit allowance; whether students, teachers or maintainers get paid plans for free is unknown (seen only in a github/docs pull-request diff). Organisation usage beyond the pooled credits is charged at $0.01 per AI credit.',
    read: '2026-12-01',
    sources: [individualUsageBilling, individualBilling, enterpriseBilling, orgBilling, legacyRequests, freeAccessDocs, plansPage],
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
    account:
      'GitHub account (GitHub’s terms require users to be 13 or older); organisation or enterprise account for Business/Enterprise seats.',
    platforms: ['ide', 'web', 'mobile'],
    status: 'generally available',
    sources: [plansPage, githubTos, businessDiscussion],
  },
  alternatives: ['cursor', 'replit-agent', 'claude', 'chatgpt', 'v0', 'bolt'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-04-24',
      change: 'Interaction data from Free, Pro and Pro+ began to be used for model training by default (opt-out available).',
    },
    { date: '2026-06-01', change: 'Billing moved from premium requests to GitHub AI Credits (legacy billing kept for some annual plans).' },
    {
      date: '2026-11-28',
      change:
        'Review: training change now cited to GitHub’s blog post, prices to GitHub’s plans page and docs, ownership to GitHub’s own terms; news, forum and copied-terms sources removed; minimum age 13 added.',
    },
    {
      date: '2026-12-01',
      change:
        'Training parts now read in GitHub’s own docs (on by default for Free/Pro/Pro+/Max since 2026-04-24, opt-out setting, Business/Enterprise excluded); blog-only and forum-only claims removed; PR diffs/patches relabelled third-party and the retention and hosting claims resting on them made unknown; org billing cited at docs.github.com via the github/docs file; Business price re-sourced to GitHub’s enterprise billing docs, Enterprise ($39) added, Max price made unknown.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training parts, opt-out setting and Business/Enterprise exclusion confirmed in github/docs (model-training-policy reusable and manage-policies page); Free, Pro $10 ($100/yr), Pro+ $39 ($390/yr), Business $19 and Enterprise $39 per user, pooled credits and $0.01 per AI credit confirmed in GitHub’s billing docs (github/docs sources and the stored copies named in `via`). Max price changed from unknown to $100/month (GitHub’s own docs: usage-based billing for individuals and data/variables/copilot.yml). Made unknown: free student/teacher access and the no-training agreements of third-party model hosts (only in PR diffs). Retention, storage and human review stay unknown.',
      fields: ['pricing', 'sources'],
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
      note: 'Routes to a choice of OpenAI, Anthropic and other models; paid plans let you pick the model. Whether third-party model hosts are bound by no-training agreements is unknown (seen only in a github/docs pull-request diff).',
      sources: [plansPage, modelHostingDocs],
    },
    trainingData: {
      status: 'caution',
      note: 'GitHub says it may use individual users’ Copilot interactions (inputs, outputs, code snippets, context) to train and improve AI models unless they opt out; the base training data of the models was not read in this pass.',
      sources: [trainingPolicyDocs],
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
      note: 'On Free, Pro, Pro+ and Max your inputs, outputs, code snippets and their context may train GitHub’s AI models by default since April 2026 — opt out in your Copilot settings, or use Business/Enterprise for company code.',
      sources: [trainingPolicyDocs],
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
