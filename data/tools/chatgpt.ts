// ChatGPT — facts from OpenAI help-centre articles (Data Controls FAQ, model-improvement, API feedback,
// Business rate card), OpenAI's March 2023 incident post, and third-party policy trackers for the Terms/Privacy
// Policy text (the official policy pages themselves were not returned by the search tool).
// Hosts: chatgpt.com and the legacy chat.openai.com. No `subdomains: true`, so sora.chatgpt.com stays with the sora entry.
import type { ToolInput } from '../schema.ts';

const dataControlsFaq = {
  url: 'https://help.openai.com/en/articles/7730893-data-controls-faq',
  title: 'OpenAI Help Center — Data Controls FAQ',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const modelImprovement = {
  url: 'https://help.openai.com/en/articles/5722486-how-your-data-is-used-to-improve-model-performance',
  title: 'OpenAI Help Center — How your data is used to improve model performance',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const businessNoTraining = {
  url: 'https://help.openai.com/en/articles/9883556-sharing-model-feedback-through-the-api',
  title: 'OpenAI Help Center — Sharing model feedback through the API',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const rateCard = {
  url: 'https://help.openai.com/en/articles/11481834-cha',
  title: 'OpenAI Help Center — ChatGPT Rate Card (Business, Enterprise/Edu)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const teamBilling = {
  url: 'https://help.openai.com/en/articles/8792536-manage-billing-on-the-chatgpt-team-subscription-plan',
  title: 'OpenAI Help Center — Manage billing on the ChatGPT Team subscription plan',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const march2023Outage = {
  url: 'https://openai.com/blog/march-20-chatgpt-outage',
  title: "March 20 ChatGPT outage: Here's what happened",
  kind: 'official',
  published: '2023-03-24',
  checked: '2026-11-28',
} as const;

const privacyPolicyTracker = {
  url: 'https://conductatlas.com/platform/openai/privacy-policy-row/',
  title: 'ConductAtlas — summary of OpenAI Privacy Policy (ROW, updated 6 Feb 2026)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const termsOwnershipTracker = {
  url: 'https://conductatlas.com/platform/openai/openai-terms-of-use/user-generated-content-and-output-ownership/',
  title: 'ConductAtlas — OpenAI Terms of Use: content and output ownership',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ageTracker = {
  url: 'https://conductatlas.com/platform/openai/terms-of-use-row/age-restrictions-and-minor-use/',
  title: 'ConductAtlas — OpenAI Terms of Use: age restrictions',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const enterprisePrivacyTracker = {
  url: 'https://conductatlas.com/platform/openai/openai-enterprise-privacy/',
  title: 'ConductAtlas — summary of OpenAI Enterprise Privacy page',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const copyrightShield = {
  url: 'https://thelens.slaughterandmay.com/post/102iscn/openai-offers-to-indemnify-chatgpt-customers-for-copyright-infringement',
  title: 'Slaughter and May, The Lens — OpenAI offers to indemnify ChatGPT customers for copyright infringement',
  kind: 'third-party',
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
  id: 'chatgpt',
  name: 'ChatGPT',
  vendor: 'OpenAI',
  category: 'chat assistant',
  homepage: 'https://chatgpt.com/',
  match: [{ host: 'chatgpt.com' }, { host: 'chat.openai.com' }],
  summary:
    "OpenAI's general-purpose chat assistant; consumer chats can be used for training unless you switch that off, while Business/Enterprise workspaces are excluded by default.",
  capabilities: [
    'Chat with GPT-5.x-family models (Instant, Thinking, Pro tiers per the rate card)',
    'Image generation and voice conversations',
    'Deep research and agent mode for multi-step tasks',
    'File uploads; Temporary Chat for throwaway conversations',
  ],
  limits: [
    'Consumer conversations may train OpenAI models unless "Improve the model for everyone" is turned off',
    'Usage caps differ by plan; Business/Enterprise advanced features consume credits',
    'Answers can be wrong; the terms say output is not a sole source of truth',
    'Free and Go tiers are ad-supported per the privacy-policy tracker; ad personalisation controls have changed over 2026',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Settings → Data Controls → turn off "Improve the model for everyone" (web, mobile, and also when signed out); it applies account-wide and to new chats. Temporary Chats are never used for training.',
    retention:
      'Temporary Chats are deleted from OpenAI systems after 30 days; regular chats stay in your history until you delete them. A single retention period for deleted chats was not stated in the sources read.',
    humanReview:
      'Temporary Chats may be reviewed only to monitor for abuse; how often ordinary chats are seen by people was not stated in the sources read.',
    storage: 'unknown',
    business:
      'OpenAI says it does not train on inputs or outputs from business products (ChatGPT Team/Business, Enterprise, Edu) or the API by default.',
    sources: [dataControlsFaq, modelImprovement, businessNoTraining, privacyPolicyTracker],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'A free tier exists (ChatGPT can even be used signed out); plan prices for Go/Plus/Pro were not read from an official OpenAI page, so none are listed. Business/Enterprise/Edu use seat pricing plus flexible credits (e.g. deep research ≈50 credits per task per the rate card). Team/Business needs at least 2 seats.',
    read: '2026-11-28',
    sources: [rateCard, teamBilling],
  },
  copyright: {
    ownership:
      'Per the Terms of Use (as summarised by a policy tracker), you keep rights in your input and OpenAI assigns its rights in output to you; similar output may be generated for other users.',
    commercialUse:
      'The terms summary says output may be used for any purpose, including commercially, subject to the usage policies.',
    indemnity:
      'OpenAI\'s "Copyright Shield" (announced Nov 2023) covers generally available features of ChatGPT Enterprise and the API only, not Free or Plus.',
    sources: [termsOwnershipTracker, copyrightShield],
  },
  security: {
    promptInjection:
      'unknown — OpenAI guidance on prompt injection for ChatGPT browsing/agent features was not read.',
    incidents: [
      {
        date: '2023-03-20',
        summary:
          'A bug in the open-source redis-py library showed some users the titles (and possibly first messages) of other users\' chats, and exposed limited payment details (name, email, address, card type, last four digits, expiry) of about 1.2% of active Plus subscribers during a nine-hour window.',
        sources: [march2023Outage],
      },
    ],
    enterpriseControls:
      'Enterprise/Business workspaces are excluded from training by default; the enterprise privacy page (per tracker) cites SOC 2 Type 2, a DPA and a BAA for eligible customers.',
    sources: [march2023Outage, enterprisePrivacyTracker],
  },
  availability: {
    regions: 'unknown — the supported-countries list was not read.',
    minAge: 13,
    account:
      'Optional for basic use (signed-out chatting exists); an account is needed for history, exports and paid plans. Users aged 13–17 need parental permission.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [dataControlsFaq, ageTracker],
  },
  alternatives: ['claude', 'gemini', 'microsoft-copilot', 'le-chat', 'perplexity'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat plus images, voice, file analysis, deep research and agent mode, depending on plan.',
      sources: [rateCard],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Runs GPT-5.x-family models (Instant/Thinking/Pro per the rate card); OpenAI does not publish their architecture in the sources read.',
      sources: [rateCard],
    },
    trainingData: {
      status: 'caution',
      note: 'Consumer chats feed model training unless you opt out; the wider pre-training data mix was not detailed in the sources read.',
      sources: [modelImprovement, dataControlsFaq],
    },
    outputQuality: {
      status: 'caution',
      note: 'Quality depends on the model tier; Instant may silently hand complex prompts to Thinking, and the terms disclaim accuracy.',
      sources: [rateCard, disclaimers],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No OpenAI bias-mitigation documentation for ChatGPT was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: "OpenAI's terms tell users not to rely on output as the sole source of truth or as professional advice; verify facts and code before use.",
      sources: [disclaimers],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Everything runs in OpenAI\'s cloud; the only constraint is per-plan message caps or credits.',
      sources: [rateCard],
    },
    apiAvailability: {
      status: 'good',
      note: 'ChatGPT itself has no API, but the same models are sold separately through the OpenAI API (see openai-platform).',
      sources: [businessNoTraining],
    },
    pricingModel: {
      status: 'caution',
      note: 'Freemium with paid tiers; business plans add credit-metered usage for heavy features, so costs can vary month to month.',
      sources: [rateCard, teamBilling],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on consumer chats is on by default but can be switched off; use Temporary Chat or a Business/Enterprise workspace for sensitive material.',
      sources: [dataControlsFaq, modelImprovement, businessNoTraining],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You are assigned output rights, but copyright indemnity only covers Enterprise and API customers, not Free/Plus users.',
      sources: [termsOwnershipTracker, copyrightShield],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'A 2023 caching bug leaked chat titles and partial payment data between users; treat chats as potentially exposed and keep secrets out.',
      sources: [march2023Outage],
    },
  },
} satisfies ToolInput;
