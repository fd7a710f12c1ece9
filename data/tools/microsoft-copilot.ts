// Microsoft Copilot — consumer Copilot. The earlier pass reported (from a news aggregator, removed in review) that
// Microsoft merged its consumer and work Copilot apps around August 2026 with the product home at copilot.com; the
// merge itself is not confirmed by a source kept here. The new privacy help set
// (support.microsoft.com/…/privacy/microsoft-copilot/…, dated 2026-08-18) was read through a third-party content
// audit that quotes it (2026-09-22), not directly; the pre-August Privacy FAQ text (18-month history, deletion) was
// re-read in review 2026-11-28 through a mirror copy of support.microsoft.com. Review removed AI-generated policy
// summaries, aggregator/forum posts and a vendor FAQ; Microsoft 365 Personal's price is now 'unknown' (only a forum
// post gave it); the business add-on price comes from a licensing advisory firm.
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
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  // copilot.com is reported as the new home, but no readable Microsoft page confirmed it: not claimed.
  match: [{ host: 'copilot.microsoft.com' }, { host: 'www.bing.com', path: '/chat' }],
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
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'In Copilot settings turn off model training for text and voice (Privacy > Model training). Which groups are excluded from training by default was not confirmed on a Microsoft page read in review; check your own settings.',
    retention:
      'Conversation history is kept for 18 months by default and can be deleted per chat or in full; Vision images are deleted within 30 days after the conversation ends. Turning off Memory does not delete memories already saved.',
    humanReview:
      'Yes — Microsoft says humans may review conversations for safety, legal, product-improvement or troubleshooting reasons; there is no opt-out for this.',
    storage:
      'Microsoft cloud; Copilot chats are also used to personalize Bing, Edge and MSN (and vice versa) unless you turn off the shared-experience setting. Exact processing locations were not read.',
    business:
      'Work or school (Entra ID) accounts get Enterprise Data Protection: prompts and responses are not used to train foundation models and chats are not human-reviewed for training.',
    sources: [privacyOverview, privacyControls, youngPeople, privacyFaq],
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
    ownership: 'unknown',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [transparencyNote],
  },
  security: {
    promptInjection:
      'Microsoft’s transparency note warns that agents can be deceived by malicious hidden instructions. The Reprompt research (January 2026) showed a one-click chain that could pull data from consumer Copilot sessions.',
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
    sources: [transparencyNote, privacyControls, varonisReprompt],
  },
  availability: {
    regions: 'Supported in 170+ markets per Microsoft’s regions-and-languages page (as quoted by a third-party audit); some features, like importing Edge browser data, are US-only.',
    minAge: 13,
    account: 'Microsoft account (personal) or work/school Entra ID account; limited signed-out use.',
    platforms: ['web', 'desktop', 'mobile'],
    status: 'generally available',
    sources: [youngPeople, privacyControls, regionsPage],
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
      note: 'Microsoft itself stresses that polished answers can be incomplete or wrong and that you stay accountable for what you use.',
      sources: [transparencyNote],
    },
    biasMitigation: {
      status: 'caution',
      note: 'The transparency note names stereotyping and over/under-representation as known limitations, with concrete examples and mitigations.',
      sources: [transparencyNote],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Microsoft says Copilot can fabricate plausible but false content; verify facts and code.',
      sources: [transparencyNote],
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
      note: 'Consumer chats can be used for model training unless you opt out, humans may review conversations, history is kept 18 months, and chats feed ad and Bing/MSN personalization. Use a work account with Enterprise Data Protection for company data.',
      sources: [privacyControls, youngPeople, privacyFaq],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Output ownership and indemnity terms for consumer Copilot were not read in this pass; generated images carry C2PA content credentials.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Prompt-injection data-exfiltration chains have been found and patched (Reprompt, January 2026); be careful with links and content you ask Copilot to process.',
      sources: [varonisReprompt],
    },
  },
} satisfies ToolInput;
