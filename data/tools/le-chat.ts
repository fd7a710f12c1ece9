// Le Chat — facts from Mistral's help centre (help.mistral.ai), docs.mistral.ai, mistral.ai/terms (7 May 2025 copy) and
// third-party policy trackers. Host chat.mistral.ai unchanged as far as seen; a tracker reports the 2026 terms rename
// "Le Chat" to "Vibe" (not confirmed on an official page), so the host should be re-checked.
import type { ToolInput } from '../schema.ts';

const helpTraining = {
  url: 'https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models',
  title: 'Mistral Help Center: Do you use my user data to train your AI models?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpOptOut = {
  url: 'https://help.mistral.ai/en/articles/455207-can-i-opt-out-of-my-input-or-output-data-being-used-for-training',
  title: 'Mistral Help Center: Can I opt out of my input or output data being used for training?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const docsPrivacy = {
  url: 'https://docs.mistral.ai/admin/security-access/privacy',
  title: 'Mistral Docs: Privacy (data usage, training opt-out, GDPR rights)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const terms = {
  url: 'https://mistral.ai/terms',
  title: 'Mistral AI Terms of Service',
  kind: 'official',
  published: '2025-05-07',
  checked: '2026-11-28',
} as const;

const trustCollection = {
  url: 'https://help.mistral.ai/en/collections/789666-trust-security-compliance',
  title: 'Mistral Help Center: Trust, Security & Compliance collection',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const billingDocs = {
  url: 'https://docs.mistral.ai/admin/user-management-finops/billing',
  title: 'Mistral Docs: Billing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const vibeCodeDocs = {
  url: 'https://docs.mistral.ai/le-chat/content-creation/vibe-code-workflow',
  title: 'Mistral Docs: Vibe Code Workflow (Le Chat)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const retentionTracker = {
  url: 'https://conductatlas.com/platform/mistral-ai/mistral-ai-privacy-policy/data-retention-for-le-chat-inputs-and-outputs/',
  title: 'ConductAtlas: Mistral privacy policy — retention of Le Chat inputs and outputs',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ownershipTracker = {
  url: 'https://conductatlas.com/platform/mistral-ai/mistral-ai-terms-of-service/output-ownership-assignment/',
  title: 'ConductAtlas: Mistral terms — output ownership assignment',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const terms2023 = {
  url: 'https://mistral.ai/terms-of-service/',
  title: 'Mistral AI Terms of Service (older version, last updated Sep 2023)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const adminConsoleHelp = {
  url: 'https://intercom.help/mistral-ai/en/collections/13497384-admin-console-settings',
  title: 'Mistral help centre (Intercom-hosted): Admin Console settings — audit logs, SSO, data capture',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const termsHistory = {
  url: 'https://aigr.ee/service/mistral/history',
  title: 'aigr.ee: Mistral AI legal document change log',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const euHosting = {
  url: 'https://char.com/blog/mistral-data-retention-policy',
  title: 'Char blog: Mistral AI Data Retention Policy',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'le-chat',
  name: 'Le Chat',
  vendor: 'Mistral AI',
  category: 'chat assistant',
  homepage: 'https://chat.mistral.ai/',
  match: [{ host: 'chat.mistral.ai' }],
  summary:
    "Mistral AI's chat assistant (web and mobile) built on Mistral's own models; free and Pro/Student chats train Mistral's models unless you switch it off.",
  capabilities: [
    'General chat, writing and analysis with Mistral models',
    'Document uploads and shared document Libraries',
    'Connectors that fetch data from other services on demand',
    'Vibe Code Workflow: a cloud coding agent on your GitHub repo (preview, Pro/Team)',
    'Web, iOS and Android apps',
  ],
  limits: [
    'Free, Pro and Student inputs (including uploaded files) are used for training by default until you opt out',
    'Thumbs-up/down feedback may be used for training on every plan, even Team/Enterprise',
    'Chats are kept until you delete them or close the account',
    'Zero Data Retention is not offered for Le Chat',
    'Vibe Code Workflow is a preview; limits and interface may change',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      "Turn off 'Allow your interactions to be used to train our models' under Le Chat › Privacy in the Admin Console (mobile: Settings › Data & Account Controls › untick 'Enable data sharing'). Team and Enterprise are opted out by default.",
    retention:
      'Per trackers of the privacy policy, Le Chat inputs and outputs are kept until you delete the conversation or your account; account deletion is described as permanent.',
    humanReview: 'unknown',
    storage:
      'Mistral is a French company; a third-party review says data is hosted in the EU by default. Not confirmed on an official page read here.',
    business:
      'Le Chat Team and Enterprise are excluded from training and cannot opt in; feedback ratings are still usable for training. Admins get company-wide controls (audit logs, SSO/domain verification, data capture exports per the help centre).',
    sources: [helpTraining, helpOptOut, docsPrivacy, retentionTracker, euHosting, adminConsoleHelp],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'A Free plan exists alongside Pro, Student, Team and Enterprise subscriptions (billed monthly or annually); prices were not readable on an official page in this pass.',
    read: '2026-11-28',
    sources: [billingDocs, helpTraining],
  },
  copyright: {
    ownership:
      'Third-party readings of the terms say you own your inputs and Mistral assigns you its rights in outputs, to the extent the law allows.',
    commercialUse:
      'unknown — commercial use of outputs was not confirmed in the parts of the terms read; check the current terms (revised in 2026).',
    indemnity: 'unknown',
    sources: [terms, ownershipTracker, termsHistory],
  },
  security: {
    promptInjection:
      'unknown — no Le Chat-specific prompt-injection guidance was found. Connectors and the coding agent act on outside data, so treat fetched content and repos as untrusted.',
    incidents: [],
    enterpriseControls:
      'Team/Enterprise admins get organisation-wide controls, audit logs and SSO/domain verification; the help centre also covers SOC 2/ISO 27001, a DPA and sub-processor lists.',
    sources: [trustCollection, adminConsoleHelp, helpOptOut],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'Mistral account required; minors need parental or guardian permission per the terms.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [terms, helpOptOut],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'perplexity', 'deepseek', 'kimi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-05-29',
      change: "A third-party tracker reports Mistral's terms replaced 'Le Chat' with 'Vibe' (Vibe Pro/Student); unconfirmed on an official page.",
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat with file uploads, connectors and an optional coding agent; outputs are text and code.',
      sources: [docsPrivacy, vibeCodeDocs],
    },
    modelArchitecture: {
      status: 'caution',
      note: "Runs Mistral's own models; which model answers a given chat is not documented in the pages read.",
      sources: [vibeCodeDocs],
    },
    trainingData: {
      status: 'caution',
      note: 'Mistral says it improves models with users’ prompts and feedback; the make-up of pre-training data was not documented in sources read.',
      sources: [helpTraining],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no benchmark or quality statement read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Like any LLM chat it can state wrong facts confidently; Mistral’s terms have long warned that LLM output may be inaccurate. Verify answers, especially code and citations.',
      sources: [terms2023],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service; needs only a browser or the mobile app.',
      sources: [vibeCodeDocs],
    },
    apiAvailability: {
      status: 'good',
      note: "The same models are available through Mistral's API (La Plateforme / AI Studio) under separate terms.",
      sources: [helpTraining, billingDocs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus fixed-price subscriptions; exact prices were not confirmed on an official page here.',
      sources: [billingDocs],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Free/Pro/Student chats and uploaded files train Mistral's models until you opt out; Team/Enterprise are excluded. A newer docs page says Pro is excluded by default — the sources conflict.",
      sources: [helpTraining, helpOptOut, docsPrivacy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You are reported to own inputs and outputs, but no IP indemnity was found and the terms were rewritten in 2026.',
      sources: [ownershipTracker, termsHistory],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No public incident found; connectors and the GitHub coding agent widen the attack surface for injected instructions.',
      sources: [trustCollection, vibeCodeDocs],
    },
  },
} satisfies ToolInput;
