// Le Chat / Vibe — Mistral's legal texts on legal.mistral.ai (EEA consumer Terms of Service effective 7 Aug 2026,
// Privacy Policy effective 3 Sep 2026, Commercial Terms effective 5 Aug 2026) were read on 2026-11-28 through the Open
// Terms Archive copies (OpenTermsArchive/genai-eu-versions, service folder "Vibe") and are cited at their official
// URLs with `via`. Plus help.mistral.ai and docs.mistral.ai. Mistral's docs and terms now call the product "Vibe"
// (Chat and Work merged on 22 Sep 2026); the docs say chat.mistral.ai remains the entry point, so the match is unchanged.
// Re-read 2026-12-01: the Help Center training and opt-out articles and the docs Privacy page (new source). The
// privacy policy's training row was re-read only in the archive's copy effective 8 Apr 2026 (the only copy the index
// returned; same wording: "Your Input and Output, subject to your opt-out", not used for Le Chat Enterprise or the paid
// API); the 3 Sep 2026 version keeps its 2026-11-28 date.
// Training parts (2026-12-01) from Mistral's own text: the Help Center says Free, Pro and Student inputs and outputs
// are used by default unless you opt out, with a Privacy toggle; the docs Privacy page says Pro is not used by default.
// The consumer default is therefore 'on' (Free), and the Pro conflict is kept in the limits and checklist.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown. Training default/opt-out/scope/feedback rule in the
// Help Center articles 323757 and 455207 and the docs Privacy page (Pro conflict still stands); retention (until you
// delete the conversation or account; Knowledge Base editable), need-to-know staff access and EU-first providers with
// SCCs in the Privacy Policy now read in its 3 Sep 2026 version (OTA main copy); automated moderation, human review
// where required by law and access to reported content in the EEA Terms of 7 Aug 2026; Commercial Terms §4.2–4.3
// training exceptions; admin chat auto-deletion (30 days–1 year) in the docs privacy controls; Free/Enterprise plans,
// Student discount and 20% annual discount in the Help Center subscription article.
import type { ToolInput } from '../schema.ts';
import {
  commercialTerms,
  docsAuditLogs,
  docsPrivacy,
  docsPrivacyControls,
  euTerms,
  helpOptOut,
  helpTraining,
  privacyPolicy,
  trustCollection,
} from '../sources/mistral.ts';

const helpPlans = {
  url: 'https://help.mistral.ai/en/articles/455205-how-can-i-upgrade-or-cancel-my-le-chat-subscription',
  title: 'Mistral Help Center: How can I upgrade or cancel my le Chat subscription?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const vibeDocs = {
  url: 'https://docs.mistral.ai/vibe.md',
  title: 'Mistral Docs: Vibe overview (Work and Code modes)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const vibeReleaseNote = {
  url: 'https://docs.mistral.ai/resources/release-note/2026-09-22-a-simpler-vibe-experience',
  title: 'Mistral Docs release note: A simpler Vibe experience (Chat and Work merged)',
  kind: 'official',
  published: '2026-09-22',
  checked: '2026-11-28',
} as const;

export default {
  id: 'le-chat',
  name: 'Vibe', // formerly Le Chat: the maker's current name (see the header comment)
  vendor: 'Mistral AI',
  category: 'chat assistant',
  homepage: 'https://chat.mistral.ai/',
  officialDomains: ['mistral.ai'],
  match: [{ host: 'chat.mistral.ai' }],
  summary:
    "Mistral AI's assistant, formerly Le Chat and now called Vibe, for chat, agentic tasks and coding on Mistral's own models; Free-plan chats train Mistral's models unless you opt out, and Mistral's pages disagree about the Pro plan.",
  capabilities: [
    'Chat and multi-step tasks in one place, with a Fast/Think toggle',
    'File uploads, document Libraries and a Knowledge Base (formerly Memories)',
    'Connectors and MCP servers that fetch data and can act in other services on request',
    'Vibe Code: a coding agent in the terminal, in VS Code or as remote cloud sessions',
    'Web, iOS and Android apps; temporary chats kept out of history',
  ],
  limits: [
    'Free-plan inputs and uploaded files train Mistral models by default until you opt out; the Pro default is documented inconsistently',
    'Thumbs-up/down feedback, with the conversation, may be used for training on every plan',
    'Chats are kept until you delete them or your account (organisation admins can set auto-deletion)',
    'Consumer terms cover personal use only; business use falls under the Commercial Terms',
    'Anyone holding a shared conversation link can read that conversation',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'training Mistral’s AI models on your inputs and outputs, including uploaded documents (Free, Pro and Student per the Help Center); thumbs-up/down feedback with its conversation is used on every plan; Team and Enterprise are excluded',
    },
    optOutHow:
      "Admin Console › Le Chat (now Vibe) › Privacy: turn off 'Allow your interactions to be used to train our models' (mobile: Settings › Data & Account Controls › untick 'Enable data sharing'). Team and Enterprise are opted out by default; feedback you give is still usable for training.",
    retention:
      'Per the privacy policy, inputs and outputs are kept until you delete the conversation or your account; Knowledge Base (former Memories) entries can be edited or deleted in settings. Organisation admins can auto-delete chats after 30 days to 1 year.',
    humanReview:
      'Use is monitored by automated means for moderation, with human review where the law requires it; authorised staff access data on a need-to-know basis, and reported conversations may be accessed to improve the product.',
    storage:
      'Mistral (Paris) says it prefers EU-based service providers and uses non-EU ones only exceptionally, under standard contractual clauses; sub-processors are listed on its Trust Center. No hosting region is guaranteed in the policy.',
    business:
      'Team and Enterprise data is not used for training. The Commercial Terms allow training only with opt-in, on feedback, by order form or on Labs/preview models. Admins control training, public sharing, feedback and chat retention, and get audit logs.',
    sources: [helpTraining, helpOptOut, docsPrivacy, privacyPolicy, euTerms, commercialTerms, docsPrivacyControls, docsAuditLogs],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'EUR', period: 'month', note: 'Chats train Mistral models unless you opt out.' },
      { name: 'Enterprise', price: 'custom', currency: 'EUR', period: 'month', note: 'Custom plan for organisations.' },
    ],
    freeTier:
      'Free plan plus paid Pro, Student (Pro at a reduced price), Team and custom Enterprise plans; Pro and Team can be billed monthly or yearly (yearly is 20% cheaper). The Pro/Team/Student prices on mistral.ai/pricing could not be read in stored copies.',
    read: '2026-12-01',
    sources: [helpPlans, euTerms],
  },
  copyright: {
    ownership:
      'The terms say you keep ownership of your inputs and own the outputs; Mistral assigns you any rights it has in outputs, including outputs of third-party models it offers.',
    commercialUse:
      'Consumer use is licensed for personal use only and may not be built into products offered to others; business use falls under the Commercial Terms. Image outputs may not be used to train a competing image generator.',
    indemnity:
      'None for consumers. Under the Commercial Terms, Mistral defends business customers against third-party IP claims that its products infringe, excluding claims tied to modified outputs, customer data or knowing misuse.',
    sources: [euTerms, commercialTerms],
  },
  security: {
    promptInjection:
      'No Vibe-specific prompt-injection guidance found. The terms let connectors and MCP servers act on your data when you ask, and Mistral disclaims responsibility for what third-party MCP servers do, so treat fetched content as untrusted.',
    incidents: [],
    enterpriseControls:
      'Team/Enterprise admins set organisation-wide training, public-sharing, feedback and chat-retention policies and get audit logs; the help centre covers SOC 2/ISO 27001, a DPA and sub-processor lists.',
    sources: [euTerms, docsPrivacyControls, docsAuditLogs, trustCollection],
  },
  availability: {
    regions:
      'Offered in the EEA and elsewhere: Mistral publishes separate consumer terms for EEA residents and for the rest of the world. A country list was not read.',
    minAge: 13,
    account: 'Mistral account required; minors need parental or guardian permission where required by law.',
    platforms: ['web', 'mobile', 'ide'],
    status: 'generally available',
    sources: [euTerms, vibeDocs],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'perplexity', 'deepseek', 'kimi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        "Re-sourced on Mistral's current terms (7 Aug 2026), privacy policy (3 Sep 2026) and commercial terms; recorded the official rename to Vibe; flagged the conflicting Pro-plan training default; removed third-party trackers and an unverified changelog entry.",
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts confirmed from the Help Center (on by default for Free/Pro/Student, Privacy toggle to opt out) and scope filled; docs Privacy page added (it says Pro is off by default, so the conflict stays flagged); Open Terms Archive copies moved to `via`.',
      fields: ['training', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training on by default for Free/Pro/Student with the Privacy toggle, feedback used on every plan, Team/Enterprise excluded, retention, human review, storage, business training exceptions and the Free/Enterprise plans confirmed; Privacy Policy (3 Sep 2026), EEA Terms, Commercial Terms, docs privacy controls and the subscription article re-dated. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat and agentic tasks with file uploads, connectors and a coding agent; outputs are text and code.',
      sources: [vibeDocs, vibeReleaseNote],
    },
    modelArchitecture: {
      status: 'caution',
      note: "Runs Mistral's models with a Fast/Think switch; which model answers is not shown per chat, and the terms allow third-party models to be offered too.",
      sources: [vibeReleaseNote, euTerms],
    },
    trainingData: {
      status: 'caution',
      note: 'The privacy policy says models are trained on public web data (filtered for personal data), licensed third-party datasets, and user inputs/outputs unless opted out, plus feedback.',
      sources: [privacyPolicy],
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
      note: 'The terms warn outputs may be inaccurate and should be checked before you rely on or publish them; verify facts, code and citations.',
      sources: [euTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service; needs a browser, the mobile app, or the CLI/VS Code extension for coding.',
      sources: [vibeDocs],
    },
    apiAvailability: {
      status: 'good',
      note: "Mistral's models are available through Mistral AI Studio and its API, which are offered to business customers under the Commercial Terms.",
      sources: [euTerms, commercialTerms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus subscriptions (monthly or yearly); current Pro/Team prices were not readable on an official page. Price rises come with 30 days’ email notice.',
      sources: [helpPlans, euTerms],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Free chats train Mistral's models until you opt out; Team/Enterprise are excluded. For Pro, Mistral's docs say no training by default, but the Help Center says Pro inputs are used by default unless you opt out — check the toggle.",
      sources: [helpTraining, helpOptOut, docsPrivacy, docsPrivacyControls, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own inputs and outputs, but consumers get no IP indemnity and personal-use-only rights; business customers get an IP indemnity under the Commercial Terms.',
      sources: [euTerms, commercialTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No public incident found; connectors, MCP servers and the coding agent can act on outside data, and Mistral disclaims third-party MCP server actions.',
      sources: [euTerms, trustCollection],
    },
  },
} satisfies ToolInput;
