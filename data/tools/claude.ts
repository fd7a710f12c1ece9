// Claude (claude.ai) — facts from Anthropic's Privacy Center and support articles (retention, training sources,
// plan prices), plus third-party trackers/press for the Consumer Terms and the Aug 2025 training-policy change
// (the anthropic.com legal pages themselves were not returned by the search tool).
// Host: claude.ai only. claude.com is not matched (it also hosts platform.claude.com, support and marketing pages).
import type { ToolInput } from '../schema.ts';

const consumerRetention = {
  // The stored page at this address is titled "How long do you store my data?" (the URL slug differs).
  url: 'https://privacy.anthropic.com/en/articles/10023565-how-does-anthropic-use-submitted-feedback',
  title: 'Anthropic Privacy Center — How long do you store my data? (consumer products)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const trainingSources = {
  url: 'https://privacy.anthropic.com/en/articles/7996885-how-do-you-use-personal-data-in-model-training',
  title: 'Anthropic Privacy Center — How do you use personal data in model training?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const proMaxPlans = {
  url: 'https://support.anthropic.com/en/articles/11145838-using-claude-code-with-your-pro-or-max-plan',
  title: 'Anthropic Help Center — Using Claude Code with your Pro or Max plan',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const teamPricing = {
  url: 'https://support.claude.com/it/articles/9267289-come-viene-calcolato-il-mio-conto-del-piano-team',
  title: 'Claude Help Center (Italian) — How is my Team plan bill calculated?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const proAnnual = {
  url: 'https://support.anthropic.com/en/articles/10185996-how-to-upgrade-from-monthly-to-annual-claude-pro',
  title: 'Anthropic Help Center — How to upgrade from monthly to annual Claude Pro',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const consumerTermsTracker = {
  url: 'https://conductatlas.com/platform/anthropic/anthropic-consumer-terms/',
  title: 'ConductAtlas — summary of Anthropic Consumer Terms of Service (effective 8 Oct 2025)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyPolicyTracker = {
  url: 'https://conductatlas.com/platform/anthropic/anthropic-privacy-policy/data-processor-exclusion-clause/',
  title: 'ConductAtlas — summary of Anthropic Privacy Policy (effective 12 Jan 2026)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ageTracker = {
  url: 'https://conductatlas.com/platform/anthropic/anthropic-privacy-policy/age-restriction-and-parental-consent-requirement/',
  title: 'ConductAtlas — Anthropic Privacy Policy: age restriction',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const aug2025Change = {
  url: 'https://www.allaboutai.com/ai-news/before-you-click-agree-3-things-to-check-in-claudes-updated-privacy-settings/',
  title: "AllAboutAI — Before you click agree: 3 things to check in Claude's updated privacy settings",
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const commercialIndemnity = {
  url: 'https://conductatlas.com/platform/anthropic/anthropic-commercial-terms/ip-indemnification-by-anthropic/',
  title: 'ConductAtlas — Anthropic Commercial Terms: IP indemnification',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const promptInjectionNotes = {
  url: 'https://chatforest.com/ai/best-practices/prompt-injection-defense-claude-code/2026-07-04/',
  title: 'ChatForest — Prompt injection defense, Claude & Anthropic platform (as of 4 Jul 2026)',
  kind: 'third-party',
  published: '2026-07-04',
  checked: '2026-11-28',
} as const;

const disclaimers = {
  url: 'https://megaoneai.com/blog/ai-terms-of-service-trust-disclaimers',
  title: 'MegaOne AI — OpenAI, Anthropic, and Google all tell you not to trust their AI, in the fine print',
  kind: 'third-party',
  published: '2026-04-07',
  checked: '2026-11-28',
} as const;

export default {
  id: 'claude',
  name: 'Claude',
  vendor: 'Anthropic, PBC',
  category: 'chat assistant',
  homepage: 'https://claude.ai/',
  match: [{ host: 'claude.ai' }],
  summary:
    "Anthropic's chat assistant; since the August 2025 terms update, consumer chats can be used for training (kept up to 5 years) unless you turn the setting off.",
  capabilities: [
    'Chat, writing, analysis and coding with Claude models',
    'Web, desktop and mobile apps',
    'Claude Code in the terminal on Pro and Max plans',
    'Team and Enterprise workspaces with admin settings',
  ],
  limits: [
    'Consumer chats (Free, Pro, Max, incl. Claude Code on those accounts) may be used for training unless opted out',
    'Usage limits are expressed as multiples of Pro (Max 5x / 20x), not absolute numbers',
    'Chats flagged by trust-and-safety classifiers can be kept up to 2 years even if you opted out',
    'Outputs may be inaccurate; the terms make you responsible for checking them',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Turn off the model-training ("help improve Claude") setting in Privacy Settings; it affects new or resumed chats only, and data already in started training runs is not pulled back. Press reports said the consent pop-up defaulted the toggle to On.',
    retention:
      'Up to 5 years if you allow training; otherwise up to 30 days in back-end storage. Deleted chats leave history at once and the back end within 30 days. Chats flagged for Usage Policy violations: inputs/outputs up to 2 years, safety scores up to 7 years.',
    humanReview:
      'Flagged conversations may be analysed for trust-and-safety work even after opt-out (per the policy tracker); the extent of human reading was not stated in the official pages read.',
    storage: 'unknown',
    business:
      'Claude for Work (Team/Enterprise), Claude Gov, Claude for Education and API use are under the Commercial Terms and were excluded from the 2025 consumer training change.',
    sources: [consumerRetention, privacyPolicyTracker, aug2025Change],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Pro', price: 20, currency: 'USD', period: 'month', note: 'Monthly web price; an annual option exists (its price was not read).' },
      { name: 'Max 5x', price: 100, currency: 'USD', period: 'month', note: '5× Pro usage.' },
      { name: 'Max 20x', price: 200, currency: 'USD', period: 'month', note: '20× Pro usage.' },
      {
        name: 'Team (standard seat)',
        price: 30,
        currency: 'USD',
        period: 'month',
        note: 'Per member billed monthly ($25/member/month billed annually); minimum 5 members; US prices excluding tax.',
      },
      {
        name: 'Team (premium seat)',
        price: 150,
        currency: 'USD',
        period: 'month',
        note: 'Per member; includes Claude Code and higher usage.',
      },
    ],
    freeTier: 'A Claude Free plan exists; its limits were not read.',
    read: '2026-11-28',
    sources: [proMaxPlans, proAnnual, teamPricing],
  },
  copyright: {
    ownership:
      'Per the Consumer Terms (as summarised by a tracker), you keep rights in your inputs and Anthropic assigns to you whatever rights it has in outputs, subject to the terms.',
    commercialUse: 'unknown — not confirmed from the consumer terms text.',
    indemnity:
      'No indemnity for consumer plans was found; Anthropic\'s IP indemnity is in its Commercial Terms (API/business customers).',
    sources: [consumerTermsTracker, commercialIndemnity],
  },
  security: {
    promptInjection:
      'Agentic features that read web pages, files or tool results can be steered by hidden instructions; Anthropic documents this threat for its agents, but no consumer-app figures were read.',
    incidents: [],
    enterpriseControls:
      'Team/Enterprise plans add an admin console (member roles, allowed email domains, seat types).',
    sources: [promptInjectionNotes, teamPricing],
  },
  availability: {
    regions: 'unknown — the supported-countries list was not read.',
    minAge: 18,
    account:
      'Account required. The privacy policy (per tracker) sets 18+, with 13–17-year-olds allowed only with parental involvement and permission.',
    platforms: ['web', 'desktop', 'mobile'],
    status: 'generally available',
    sources: [proMaxPlans, ageTracker],
  },
  alternatives: ['chatgpt', 'gemini', 'le-chat', 'microsoft-copilot', 'perplexity'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2025-08-28',
      change:
        'Anthropic updated its Consumer Terms and Privacy Policy: consumer chats may be used for training unless users opt out, with retention up to 5 years for those who allow it (decision deadline 28 Sep 2025).',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and code chat across web, desktop and mobile, plus Claude Code in the terminal on Pro/Max.',
      sources: [proMaxPlans],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Anthropic does not publish model architecture details in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Models are trained on public web data, licensed datasets and user/crowd-worker data; consumer chats join that pool if you allow it.',
      sources: [trainingSources, consumerRetention],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No independent quality evaluation was read for this entry.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Anthropic bias-mitigation documentation was read for this entry.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: "Anthropic's terms warn outputs may not be accurate and make you responsible for verifying them; check facts, citations and code.",
      sources: [disclaimers],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted; the practical limit is your plan\'s usage allowance (Max offers 5× or 20× Pro).',
      sources: [proMaxPlans],
    },
    apiAvailability: {
      status: 'good',
      note: 'Subscriptions do not include API use; the same models are sold pay-as-you-go on the Claude Developer Platform (see claude-platform).',
      sources: [proMaxPlans],
    },
    pricingModel: {
      status: 'caution',
      note: 'Clear monthly prices, but allowances are relative (5×/20× Pro) rather than published message counts.',
      sources: [proMaxPlans, teamPricing],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training and 5-year retention apply unless you switch the setting off; flagged chats are kept longer regardless. Use a Team/Enterprise workspace for confidential work.',
      sources: [consumerRetention, aug2025Change],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Output rights are assigned to you, but consumer plans carry no copyright indemnity.',
      sources: [consumerTermsTracker, commercialIndemnity],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Agent-style features (browsing, connectors, Claude Code) are exposed to prompt injection from content they read; review actions before approving them.',
      sources: [promptInjectionNotes],
    },
  },
} satisfies ToolInput;
