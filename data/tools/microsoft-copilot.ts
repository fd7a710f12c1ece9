// Microsoft Copilot — consumer Copilot. The earlier pass reported (from a news aggregator, removed in review) that
// Microsoft merged its consumer and work Copilot apps around August 2026 with the product home at copilot.com; the
// merge itself is not confirmed by a source kept here. The new privacy help set
// (support.microsoft.com/…/privacy/microsoft-copilot/…, dated 2026-08-18) was read through a third-party content
// audit that quotes it (2026-09-22), not directly; the pre-August Privacy FAQ text (18-month history, deletion) was
// re-read in review 2026-11-28 through a mirror copy of support.microsoft.com. Review removed AI-generated policy
// summaries, aggregator/forum posts and a vendor FAQ; Microsoft 365 Personal's price is now 'unknown' (only a forum
// post gave it); the business add-on price comes from a licensing advisory firm.
// Third pass 2026-11-28: the Microsoft Copilot Terms of Use (effective 2025-10-24) and the Microsoft Privacy Statement
// (last updated September 2026, incl. its "Artificial Intelligence and Copilot capabilities" section) were read
// verbatim through the Open Terms Archive copy (github.com/OpenTermsArchive/genai-eu-versions, "Microsoft Copilot",
// an EU-oriented collection). The OTA declaration file for Copilot was not in the index, so the Terms are cited at
// Microsoft's own terms URL (seen in search results) and the statement at privacy.microsoft.com. A newer Terms
// version (reported as effective 2026-08-18) was not in the copy. The Terms list copilot.microsoft.com, copilot.com
// and copilot.ai as the Copilot service, so copilot.com and copilot.ai were added to `match`.
import type { ToolInput } from '../schema.ts';

const privacyOverview = {
  url: 'https://support.microsoft.com/en-us/privacy/microsoft-copilot/overview',
  title: 'Microsoft Copilot privacy overview (individuals)',
  kind: 'official',
  published: '2026-08-18',
  checked: '2026-11-28',
} as const;

const privacyControls = {
  url: 'https://support.microsoft.com/en-us/privacy/microsoft-copilot/privacy-controls',
  title: 'Microsoft Copilot privacy controls',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const youngPeople = {
  url: 'https://support.microsoft.com/en-us/privacy/microsoft-copilot/young-people',
  title: 'Copilot for young people',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const transparencyNote = {
  url: 'https://support.microsoft.com/en-us/privacy/microsoft-copilot/transparency-note',
  title: 'Transparency Note for Microsoft Copilot (individuals)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const privacyFaq = {
  url: 'https://support.microsoft.com/en-us/topic/privacy-faq-for-microsoft-copilot-27b3a435-8dc9-4b55-9a4b-58eeb9647a7f',
  title: 'Privacy FAQ for Microsoft Copilot (pre-August 2026 version)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const regionsPage = {
  url: 'https://support.microsoft.com/en-us/microsoft-copilot/supported-regions-and-languages-in-microsoft-copilot',
  title: 'Supported regions and languages in Microsoft Copilot',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const copilotTerms = {
  url: 'https://www.microsoft.com/en-us/microsoft-copilot/for-individuals/termsofuse',
  title: 'Microsoft Copilot Terms of Use (read via Open Terms Archive copy)',
  kind: 'official',
  published: '2025-10-24',
  checked: '2026-11-28',
} as const;

const privacyStatement = {
  url: 'https://privacy.microsoft.com/privacystatement',
  title: 'Microsoft Privacy Statement, last updated September 2026 (read via Open Terms Archive copy)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const m365CopilotPrice = {
  url: 'https://redresscompliance.com/microsoft-copilot-licensing-differences.html',
  title: 'Redress Compliance: Microsoft Copilot licensing differences (updated February 2026)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const varonisReprompt = {
  url: 'https://www.varonis.com/blog/reprompt',
  title: 'Varonis Threat Labs: Reprompt',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'microsoft-copilot',
  name: 'Microsoft Copilot',
  vendor: 'Microsoft',
  category: 'chat assistant',
  homepage: 'https://copilot.microsoft.com/',
  officialDomains: ['microsoft.com', 'copilot.com', 'bing.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  // copilot.com and copilot.ai are named as Copilot service addresses in Microsoft's Copilot Terms of Use (2025-10-24).
  match: [
    { host: 'copilot.microsoft.com' },
    { host: 'copilot.com' },
    { host: 'copilot.ai' },
    { host: 'www.bing.com', path: '/chat' },
  ],
  summary:
    'Microsoft’s AI assistant for personal accounts (web, Windows, Mac, mobile, Edge); free with ads, with more usage through Microsoft 365 subscriptions. Consumer chats can train Microsoft’s models unless you opt out.',
  capabilities: [
    'Chat with web search and Think Deeper reasoning mode',
    'Image creation (with C2PA content credentials) and Copilot Vision',
    'Voice conversations',
    'Memory and personalization across Bing, Edge and MSN',
    'Agents and Cowork actions with approval before sensitive steps',
  ],
  limits: [
    'Usage limits exist but no numbers are published; Microsoft 365 subscribers get priority when capacity is tight',
    'Signing in is needed for history, longer conversations and more image creation',
    'Free users without Microsoft 365 may see ads in Copilot',
    'English performs best; quality varies by language',
    'Consumer Terms allow personal use only, ban bots and scrapers, and call Copilot "for entertainment purposes only"',
  ],
  privacy: {
    training: { default: 'on', optOut: 'setting', never: false, scope: 'unknown' },
    optOutHow:
      'In Copilot settings turn off model training for text and voice (Privacy > Model training). Which groups are excluded from training by default was not confirmed on a Microsoft page read in review; check your own settings.',
    retention:
      'Conversation history is kept for 18 months by default and can be deleted per chat or in full; Vision images are deleted within 30 days after the conversation ends. Turning off Memory does not delete memories already saved.',
    humanReview:
      'Yes — the Terms say Copilot involves automated and manual (human) processing and tell you not to share anything you don’t want Microsoft to review; Microsoft’s help pages list safety, legal, product-improvement and troubleshooting reasons, with no opt-out.',
    storage:
      'Microsoft cloud (Microsoft Ireland Operations is the controller for EEA, UK and Swiss users). Per the Privacy Statement, prompts and related data are also used to improve services "including relevant advertising", and Copilot can be personalised with your Bing, Edge and MSN activity unless you turn that off. Exact processing locations were not read.',
    business:
      'Work or school (Entra ID) accounts get Enterprise Data Protection: prompts and responses are not used to train foundation models and chats are not human-reviewed for training. The consumer Terms do not apply to Microsoft 365 Copilot apps.',
    sources: [privacyOverview, privacyControls, youngPeople, privacyFaq, privacyStatement, copilotTerms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Copilot (free)', price: 0, currency: 'USD', period: 'month', note: 'May show ads.' },
      {
        name: 'Microsoft 365 Personal',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Microsoft 365 subscribers get more Copilot usage and priority; the price was not read on a Microsoft page or in reliable press.',
      },
      {
        name: 'Microsoft 365 Copilot (business add-on)',
        price: 30,
        currency: 'USD',
        period: 'month',
        note: 'Per user; requires a qualifying Microsoft 365 business plan.',
      },
    ],
    freeTier:
      'Copilot chat is free with a Microsoft account (some use possible signed out); limits are unpublished and ads may appear. No Microsoft price page was read; the business add-on price comes from a licensing advisory firm.',
    read: '2026-11-28',
    sources: [m365CopilotPrice, privacyControls],
  },
  copyright: {
    ownership:
      'Per the Copilot Terms, Microsoft does not own your prompts and responses, but you grant it a broad licence to copy, distribute, display, edit and reformat them and to let its contractors do the same; responses and creations may not be unique and can be given to others.',
    commercialUse:
      'The consumer Terms say you may use Copilot only for your own personal use and describe it as for entertainment purposes only; business use belongs in Microsoft 365 Copilot under separate terms.',
    indemnity:
      'None from Microsoft: it makes no promise that responses won’t infringe copyright or other rights, and you must indemnify Microsoft for claims arising from your use, sharing or publication of prompts, responses or creations.',
    sources: [copilotTerms],
  },
  security: {
    promptInjection:
      'Microsoft’s transparency note warns that agents can be deceived by malicious hidden instructions. The Reprompt research (January 2026) showed a one-click chain that could pull data from consumer Copilot sessions. The Terms make you solely responsible for Actions Copilot takes on your behalf.',
    incidents: [
      {
        date: '2026-01-13',
        summary:
          'Varonis disclosed “Reprompt”, a single-click prompt-injection chain against Copilot Personal that could exfiltrate data from a user’s Copilot session; it was reported fixed in Microsoft’s January 2026 updates.',
        sources: [varonisReprompt],
      },
    ],
    enterpriseControls:
      'Consumer: memory, chat history, shared-experience, web-search and ad-personalization toggles. Work accounts: Enterprise Data Protection plus Microsoft 365 admin, Purview auditing and DLP.',
    sources: [transparencyNote, privacyControls, varonisReprompt, copilotTerms],
  },
  availability: {
    regions: 'Supported in 170+ markets per Microsoft’s regions-and-languages page (as quoted by a third-party audit); some features, like importing Edge browser data, are US-only.',
    minAge: 13,
    account:
      'Microsoft account (personal), another supported login, or work/school Entra ID account; limited signed-out use. The Terms say the minimum age is usually 13 but 18 or older in some countries, and features may be limited for under-18s and signed-out users.',
    platforms: ['web', 'desktop', 'mobile'],
    status: 'generally available',
    sources: [youngPeople, privacyControls, regionsPage, copilotTerms],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'perplexity', 'meta-ai', 'le-chat'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-08-18',
      change: 'New Copilot privacy help set for individuals published (per its date); model training reportedly no longer described there (per a third-party audit). A merge of the consumer and work apps was reported at the same time but is not confirmed by a kept source.',
    },
    {
      date: '2026-11-28',
      change: 'Review: AI-generated summaries, aggregator, forum and vendor-FAQ sources removed; Microsoft 365 Personal price set to unknown; training-exclusion groups and the app-merge claim no longer stated as fact.',
    },
    {
      date: '2026-11-28',
      change: 'Third pass: ownership, commercial use (personal use only), indemnity, age and human review filled from the Copilot Terms of Use and advertising use from the Microsoft Privacy Statement (via Open Terms Archive); copilot.com and copilot.ai added to match rules.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat, web answers, image creation, voice and vision, plus agent actions.',
      sources: [transparencyNote],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Microsoft’s consumer pages do not say which models power a given answer; not documented in what was read.',
      sources: [],
    },
    trainingData: {
      status: 'unknown',
      note: 'Training-data provenance for the underlying models is not described in the consumer transparency note.',
      sources: [],
    },
    outputQuality: {
      status: 'caution',
      note: 'Microsoft itself stresses that polished answers can be incomplete or wrong, and its Terms call Copilot "for entertainment purposes only" and warn against relying on it for important advice.',
      sources: [transparencyNote, copilotTerms],
    },
    biasMitigation: {
      status: 'caution',
      note: 'The transparency note names stereotyping and over/under-representation as known limitations, with concrete examples and mitigations.',
      sources: [transparencyNote],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Microsoft says Copilot can fabricate plausible but false content and that web sources it uses may be unreliable; verify facts and code.',
      sources: [transparencyNote, copilotTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service; nothing to run locally. Capacity-based priority goes to Microsoft 365 subscribers.',
      sources: [transparencyNote],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No public API for the consumer assistant was found in this pass (Microsoft offers separate developer and Copilot Studio products).',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free with ads and unpublished limits; more usage comes bundled with Microsoft 365 subscriptions, and business Copilot is a separate per-seat add-on.',
      sources: [privacyControls, m365CopilotPrice],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Consumer chats can be used for model training unless you opt out, humans may review conversations, history is kept 18 months, and prompts feed advertising and Bing/MSN personalization. Use a work account with Enterprise Data Protection for company data.',
      sources: [privacyControls, youngPeople, privacyFaq, privacyStatement, copilotTerms],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Microsoft does not claim your content but takes a broad licence to it; the consumer Terms allow personal use only, promise nothing about non-infringement and make you indemnify Microsoft, so do not ship consumer-Copilot output in commercial work.',
      sources: [copilotTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Prompt-injection data-exfiltration chains have been found and patched (Reprompt, January 2026); be careful with links and content you ask Copilot to process.',
      sources: [varonisReprompt],
    },
  },
} satisfies ToolInput;
