// ChatGPT — facts from OpenAI help-centre articles (Data Controls FAQ, model-improvement, API feedback,
// Business rate card, "What is ChatGPT Plus?"), OpenAI's Enterprise privacy page and March 2023 incident post.
// Review 2026-11-28: the consumer Terms of Use and Privacy Policy pages on openai.com were still not returned by
// the search tool, so Terms text (output ownership, age) is taken from a policy tracker that quotes it verbatim.
// The 2026 text of the "What is ChatGPT Plus?" article ($20/month) was read through a proxy copy of
// help.openai.com; the Go price ($8/month) comes from press coverage of OpenAI's 16 Jan 2026 announcement; no
// official Pro price was found, so Pro is not listed.
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

const plusHelp = {
  url: 'https://help.openai.com/en/articles/6950777-what-is-chatgpt-plus',
  title: 'OpenAI Help Center — What is ChatGPT Plus?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterprisePrivacy = {
  url: 'https://openai.com/enterprise-privacy',
  title: 'OpenAI — Enterprise privacy at OpenAI',
  kind: 'official',
  published: '2024-10-31',
  checked: '2026-11-28',
} as const;

const goLaunchPress = {
  url: 'https://www.mediapost.com/publications/article/412103/ads-are-coming-to-well-me-with-strict-guardrails.html',
  title: 'MediaPost — OpenAI announces ad tests in ChatGPT Free and the $8/month Go tier',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const goLaunchQuote = {
  url: 'https://birchtree.me/blog/let-the-chatgpt-enshitification-begin/',
  title: 'Birchtree — quotes OpenAI\'s "Our approach to advertising and expanding access to ChatGPT" (Go at $8/month)',
  kind: 'third-party',
  published: '2026-01-16',
  checked: '2026-11-28',
} as const;

const hallucinationPress = {
  url: 'https://the-decoder.com/openai-says-chatgpt-will-always-make-things-up-but-it-could-get-better-at-admitting-uncertainty',
  title: 'The Decoder — OpenAI says ChatGPT will always make things up, but could get better at admitting uncertainty',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const march2023Outage = {
  url: 'https://openai.com/blog/march-20-chatgpt-outage',
  title: "March 20 ChatGPT outage: Here's what happened",
  kind: 'official',
  published: '2023-03-24',
  checked: '2026-11-28',
} as const;

const termsOwnershipTracker = {
  url: 'https://conductatlas.com/platform/openai/openai-terms-of-use/user-generated-content-and-output-ownership/',
  title: 'ConductAtlas — OpenAI Terms of Use: content and output ownership (quotes the clause verbatim)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ageTracker = {
  url: 'https://conductatlas.com/platform/openai/terms-of-use-row/age-restrictions-and-minor-use/',
  title: 'ConductAtlas — OpenAI Terms of Use: age restrictions (quotes the clause verbatim)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const copyrightShield = {
  url: 'https://thelens.slaughterandmay.com/post/102iscn/openai-offers-to-indemnify-chatgpt-customers-for-copyright-infringement',
  title: 'Slaughter and May, The Lens — OpenAI offers to indemnify ChatGPT customers for copyright infringement',
  kind: 'third-party',
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
    'Answers can be wrong; OpenAI itself says its language models will always sometimes make things up',
    'Free and Go tiers carry ads (tests began in the US in early 2026); Plus, Pro, Business and Enterprise are ad-free, per OpenAI\'s January 2026 announcement as reported',
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
      'OpenAI says it does not train on inputs or outputs from business products (ChatGPT Team/Business, Enterprise, Edu) or the API by default; Enterprise admins also control how long data is kept.',
    sources: [dataControlsFaq, modelImprovement, businessNoTraining, enterprisePrivacy],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: 'Ad-supported in markets where ads have rolled out.' },
      {
        name: 'Go',
        price: 8,
        currency: 'USD',
        period: 'month',
        note: 'US price from press coverage of OpenAI\'s 16 Jan 2026 announcement (not read on an OpenAI page); includes ads.',
      },
      { name: 'Plus', price: 20, currency: 'USD', period: 'month', note: 'Billed monthly, per OpenAI\'s help centre; ad-free.' },
    ],
    freeTier:
      'A free tier exists (ChatGPT can even be used signed out). Pro is not listed because no official price was read. Business/Enterprise/Edu use seat pricing plus flexible credits (e.g. deep research ≈50 credits per task per the rate card); Team/Business needs at least 2 seats. API use is billed separately from any ChatGPT plan.',
    read: '2026-11-28',
    sources: [plusHelp, goLaunchPress, goLaunchQuote, rateCard, teamBilling],
  },
  copyright: {
    ownership:
      'Per the Terms of Use (quoted by a policy tracker), you keep your rights in your input and OpenAI assigns its rights in output to you, to the extent the law allows; similar output may be generated for other users. For business products OpenAI\'s Enterprise privacy page says the customer owns inputs and outputs where allowed by law.',
    commercialUse:
      'The quoted Terms say output may be used for any purpose, including commercially, subject to OpenAI\'s usage policies.',
    indemnity:
      'OpenAI\'s "Copyright Shield" (announced Nov 2023) covers generally available features of ChatGPT Enterprise and the API only, not Free or Plus.',
    sources: [termsOwnershipTracker, enterprisePrivacy, copyrightShield],
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
      'Business workspaces are excluded from training by default. OpenAI\'s Enterprise privacy page lists SAML SSO (Enterprise), fine-grained admin control over features, a completed SOC 2 audit, and encryption at rest (AES-256) and in transit (TLS 1.2+).',
    sources: [march2023Outage, enterprisePrivacy],
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
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change: 'Review: Plus price from OpenAI\'s help centre and Go price from press added; Enterprise privacy page now official source for business controls; unreliable blog and tracker summaries replaced.',
    },
  ],
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
      note: 'Quality depends on the model tier (Instant may silently hand complex prompts to Thinking), and OpenAI concedes its models will always sometimes produce false statements.',
      sources: [rateCard, hallucinationPress],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No OpenAI bias-mitigation documentation for ChatGPT was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'OpenAI says language models will always hallucinate to some degree because training rewards guessing; verify facts, citations and code before relying on them.',
      sources: [hallucinationPress],
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
      note: 'Freemium: ad-supported Free and Go ($8 reported), Plus at $20/month, higher tiers and business seats on top; business plans add credit-metered usage for heavy features, so costs can vary month to month.',
      sources: [plusHelp, goLaunchPress, rateCard, teamBilling],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training on consumer chats is on by default but can be switched off; use Temporary Chat or a Business/Enterprise workspace (not used for training by default) for sensitive material.',
      sources: [dataControlsFaq, modelImprovement, businessNoTraining, enterprisePrivacy],
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
