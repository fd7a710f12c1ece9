// Claude Code on the web (claude.ai/code) — added 2026-12-01 from Anthropic's own texts, all read on 2026-12-01:
// the Claude Code docs on code.claude.com ("Get started with Claude Code on the web", "Use Claude Code on the web",
// "Data usage" in English and its Chinese localisation for the retention list, plus an older Chinese version of the
// web page for the default network setting), the Privacy Policy and Consumer Terms (EEA versions, read through
// Open Terms Archive's verbatim copies, cited at their anthropic.com addresses with `via`), and two Help Center
// articles for prices (support.anthropic.com, stored copies).
// Host/path: the docs say tasks are submitted "from claude.ai/code"; the claude entry claims all of claude.ai, so
// this entry is a path rule ({ host: 'claude.ai', path: '/code' }) and the longer rule wins for /code and below.
// Not read: the Commercial Terms (indemnity), the Supported Regions Policy, any Claude Code security page on prompt
// injection — those parts are 'unknown'. No published date is given for the Consumer Terms because the parts read do
// not show one; the Privacy Policy copy shows "Effective October 8, 2025" (added at the second reading).
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown. The Anthropic-managed VM and the list of plans with
// access were confirmed on the "Use Claude Code on the web" page (the quickstart page was not found in the stored copies),
// so that page was added to the privacy and pricing sources.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const webQuickstart = {
  url: 'https://code.claude.com/docs/en/web-quickstart',
  title: 'Claude Code docs — Get started with Claude Code on the web',
  kind: 'official',
  checked: CHECKED,
} as const;

const webDocs = {
  url: 'https://code.claude.com/docs/en/claude-code-on-the-web',
  title: 'Claude Code docs — Use Claude Code on the web (GitHub access, cloud environment, network access)',
  kind: 'official',
  checked: CHECKED,
} as const;

const webDocsOlderZh = {
  url: 'https://docs.claude.com/zh-CN/docs/claude-code/claude-code-on-the-web',
  title: 'Claude Code docs (Chinese, older version of the web page) — Claude Code on the web: how it works and network configuration',
  kind: 'official',
  checked: CHECKED,
} as const;

const dataUsage = {
  url: 'https://code.claude.com/docs/en/data-usage',
  title: 'Claude Code docs — Data usage (training policy for consumer and commercial users)',
  kind: 'official',
  checked: CHECKED,
} as const;

const dataUsageZh = {
  url: 'https://code.claude.com/docs/zh-CN/data-usage',
  title: 'Claude Code docs (Chinese localisation) — Data usage: retention periods and data access for remote Claude Code',
  kind: 'official',
  checked: CHECKED,
} as const;

const privacyPolicy = {
  url: 'https://www.anthropic.com/legal/privacy',
  title: 'Anthropic Privacy Policy (EEA version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/866d801206f1d3cb97d4bfb08a89e412e2b5cb96/Claude.ai/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-eu-versions, EEA version)',
  },
  published: '2025-10-08',
  checked: CHECKED,
} as const;

const consumerTerms = {
  url: 'https://www.anthropic.com/legal/consumer-terms',
  title: 'Anthropic Consumer Terms of Service (EEA version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/8151ab2d3ded6e914eef45fcc1457e882ada8970/Claude.ai/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, EEA version)',
  },
  checked: CHECKED,
} as const;

const proMaxPlans = {
  url: 'https://support.anthropic.com/en/articles/11145838-using-claude-code-with-your-pro-or-max-plan',
  title: 'Anthropic Help Center — Using Claude Code with your Pro or Max plan',
  kind: 'official',
  checked: CHECKED,
} as const;

const maxPricing = {
  url: 'https://support.anthropic.com/id/articles/11049744-berapa-biaya-paket-max',
  title: 'Anthropic Help Center (Indonesian) — How much does the Max plan cost?',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'claude-code-web',
  name: 'Claude Code on the web',
  vendor: 'Anthropic, PBC',
  category: 'code assistant',
  homepage: 'https://claude.ai/code',
  officialDomains: ['anthropic.com', 'claude.ai', 'claude.com'],
  match: [{ host: 'claude.ai', path: '/code' }],
  summary:
    "Anthropic's cloud coding agent at claude.ai/code (research preview): it clones your GitHub repository into an Anthropic-managed VM and pushes a branch; on Free, Pro and Max accounts your code and prompts can train Anthropic's models (kept up to 5 years) unless you switch the setting off.",
  capabilities: [
    'Runs Claude Code tasks on Anthropic-managed cloud VMs from the browser or the Claude mobile app',
    'Clones a GitHub repository per session, makes changes, runs tests and pushes a branch for review',
    'Several tasks in parallel, each in its own session and branch; sessions persist when the browser is closed',
    'Sessions can be moved between the web and the terminal (--remote, --teleport)',
  ],
  limits: [
    "On Free, Pro and Max accounts, code and prompts sent to Claude Code may train Anthropic's models unless the model-training setting is off; data is then kept up to 5 years (30 days if off)",
    'A cloud session can reach every repository the connected GitHub account can see, not only those where the Claude GitHub App is installed',
    'Research preview, only on paid plans (Pro, Max, Team, and Enterprise premium or Chat + Claude Code seats)',
    'Usage limits are shared with Claude chat and the Claude Code CLI',
    'Outputs and actions may be wrong; the terms tell you not to rely on them without checking',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        "training Anthropic's models and improving its services on your Inputs and Outputs, including when you use Claude Code from Free, Pro or Max accounts; material you send as feedback and sessions flagged for safety review are still used after opting out",
    },
    optOutHow:
      'Turn off the model-improvement setting in your Claude privacy settings (claude.ai/settings/data-privacy-controls); retention then falls to 30 days. Feedback you send (e.g. via /feedback) and safety-flagged material can still be used for training.',
    retention:
      "Consumer accounts (Free, Pro, Max): 5 years if you allow data use for model improvement, 30 days if you do not. Transcripts shared through the /feedback command are kept 5 years. Commercial use: 30 days as standard, with zero data retention available for Claude Code on Claude for Enterprise (enabled per organisation). Deleted conversations leave your history at once and Anthropic's back end within 30 days.",
    humanReview:
      'Material flagged for safety review may be used for model training even after opting out; how much human reading of Claude Code sessions takes place is not stated in the texts read.',
    storage:
      'Each session runs in an Anthropic-managed virtual machine into which your repository is cloned; for remote sessions Claude accesses the repository you started the session in. Per the EEA Privacy Policy, personal data may be transferred to servers in the US; the controller for EEA/UK/Swiss users is Anthropic Ireland, Limited.',
    business:
      'Under commercial terms (Team and Enterprise plans, API, third-party platforms) Anthropic does not train generative models on code or prompts sent to Claude Code unless the customer opts in (e.g. the Development Partner Program); standard retention is 30 days, and zero data retention can be enabled for Claude Code on Claude for Enterprise.',
    sources: [privacyPolicy, dataUsage, dataUsageZh, consumerTerms, webDocs],
  },
  pricing: {
    model: 'subscription',
    plans: [
      {
        name: 'Pro',
        price: 20,
        currency: 'USD',
        period: 'month',
        note: 'Per the Help Center, "for light coding work on small repositories"; usage limits shared with Claude.',
      },
      { name: 'Max 5x', price: 100, currency: 'USD', period: 'month', note: '5× Pro usage; web subscription price, monthly only.' },
      { name: 'Max 20x', price: 200, currency: 'USD', period: 'month', note: '20× Pro usage; web subscription price, monthly only.' },
      {
        name: 'Team / Enterprise (premium or Chat + Claude Code seats)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — seat prices were not read on an official page for this entry.',
      },
    ],
    freeTier:
      'None: the research preview is open to Pro, Max and Team users and to Enterprise users with premium or Chat + Claude Code seats. Prices are from the Help Center article (the newest stored version of the same article no longer shows them in the part read); app-store prices may differ.',
    read: CHECKED,
    sources: [proMaxPlans, maxPricing, webQuickstart, webDocs],
  },
  copyright: {
    ownership:
      'Per the Consumer Terms (EEA version), you keep whatever rights you have in your Inputs and, subject to the terms, Anthropic assigns you its rights (if any) in Outputs.',
    commercialUse:
      'The Consumer Terms forbid using the services to develop competing products or to develop or train AI models, and limit evaluation access to personal, non-commercial use; no general ban on commercial use of outputs was found in the sections read.',
    indemnity:
      "unknown — the consumer terms sections read give users no indemnity; Anthropic's Commercial Terms were not read for this entry.",
    sources: [consumerTerms],
  },
  security: {
    promptInjection:
      "unknown — the web docs read do not discuss prompt injection. Sessions get internet access according to the environment's access level (an older version of the docs says access is limited by default and can be set to none or full).",
    incidents: [],
    enterpriseControls:
      'To limit which repositories a team can reach from cloud sessions, Anthropic says to restrict access on GitHub itself (installing the Claude GitHub App is not a session-level access control). Commercial accounts get no-training by default and 30-day retention, with zero data retention available on Claude for Enterprise.',
    sources: [webDocs, webDocsOlderZh, dataUsageZh],
  },
  availability: {
    regions: 'unknown — the Consumer Terms refer to a Supported Regions Policy, which was not read.',
    minAge: 18,
    account:
      'A Claude account on Pro, Max or Team, or an Enterprise premium / Chat + Claude Code seat, plus a connected GitHub account and repository. The Privacy Policy says the services are not directed at children under 18.',
    platforms: ['web', 'mobile'],
    status: 'beta',
    sources: [webQuickstart, privacyPolicy],
  },
  alternatives: ['github-copilot', 'cursor', 'replit-agent', 'claude'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed on Anthropic\'s own texts the training default (on for Free/Pro/Max, off via the privacy setting, feedback and safety-flagged material still used), the settings address, retention (5 years / 30 days, /feedback 5 years, commercial 30 days, ZDR on Claude for Enterprise, deleted conversations within 30 days), US transfer and EEA controller, the no-training rule under commercial terms, and the Pro $20 / Max $100 / $200 prices (web, monthly) with shared usage limits; Privacy Policy effective date added; "Use Claude Code on the web" added as a source for the VM and plan list. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Coding tasks on a GitHub repository: code questions, bug fixes, tests and features, delivered as a pushed branch you review.',
      sources: [webQuickstart],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Which Claude models run the web sessions and how they are built is not stated in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Anthropic trains on public web data, licensed datasets, user Inputs and Outputs (unless users opt out), feedback and safety-flagged material; Claude Code use on Free, Pro and Max accounts counts as user data.',
      sources: [privacyPolicy, dataUsage],
    },
    outputQuality: {
      status: 'caution',
      note: 'A research preview that Anthropic recommends for well-defined tasks that need little steering; work that needs your local tools or environment is better done locally.',
      sources: [webQuickstart],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias-mitigation documentation was read for this entry.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The terms warn that outputs may contain material inaccuracies and actions may not work as intended; review the diff and run the tests before merging.',
      sources: [consumerTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: "Runs on Anthropic-managed cloud VMs, so nothing needs to run on your machine; the limit is your plan's shared usage allowance.",
      sources: [webQuickstart, proMaxPlans],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No API for web sessions is described in the docs read; sessions can be handed between the web and the Claude Code CLI instead.',
      sources: [webDocs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Included in Claude subscriptions (Pro $20, Max $100 or $200 a month) with usage limits shared across Claude and Claude Code; no free access.',
      sources: [proMaxPlans, maxPricing, webQuickstart],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "On consumer plans your code and prompts can train Anthropic's models and be kept 5 years unless you turn the setting off; Team/Enterprise use is not trained on by default.",
      sources: [privacyPolicy, dataUsage, dataUsageZh],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Anthropic assigns you its rights in outputs, but consumer plans carry no IP indemnity in the sections read, and you must have the rights to the code you submit.',
      sources: [consumerTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'A session can access any repository the connected GitHub account can see and may have internet access; restrict repository access on GitHub and review pushed branches.',
      sources: [webDocs, webDocsOlderZh],
    },
  },
} satisfies ToolInput;
