// Gemini — facts from the Gemini Apps Privacy Hub (read via an archived copy of the 2026-02-18 version; a change
// tracker shows a newer 2026-04-08 version exists), Google's API terms, and press reports for plan prices and the
// January 2026 calendar prompt-injection research. Added host gemini.google (Google's Gemini product/plans site).
// Review 2026-11-28: no Google plans/pricing page was returned by the search tool, and the plan prices rest only on
// news-aggregator summaries (of The Decoder and others), so plan prices are now 'unknown' with the reported figure
// in the note. Tracking parameters (sa, ved) stripped from the archived Generative AI terms URL. Newer Privacy
// Notice versions (Apr–Jul 2026) are known only from a change tracker; the hub text read is the Feb 2026 version.
import type { ToolInput } from '../schema.ts';

const privacyHub = {
  url: 'https://support.google.com/gemini/answer/13594961',
  title: 'Gemini Apps Privacy Hub and Privacy Notice',
  kind: 'official',
  published: '2026-02-18',
  checked: '2026-11-28',
} as const;

const privacyNoticeDiff = {
  url: 'https://conductatlas.com/diff/google-gemini/gemini-apps-privacy-notice/388/498/',
  title: 'ConductAtlas: change record for the Gemini Apps Privacy Notice (March 20 → April 8, 2026 versions)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const medianama = {
  url: 'https://www.medianama.com/2024/02/223-google-data-collection-gemini-apps/',
  title: 'MediaNama: What data Google collects through Gemini Apps',
  kind: 'third-party',
  published: '2024-02-16',
  checked: '2026-11-28',
} as const;

const bgrTemporaryChats = {
  url: 'https://www.bgr.com/1938873/google-gemini-personalization-temporary-chats-privacy/',
  title: 'BGR: Gemini temporary chats, Keep Activity and personalization',
  kind: 'third-party',
  published: '2025-08-13',
  checked: '2026-11-28',
} as const;

const activityEmail = {
  url: 'https://groups.google.com/g/pelorisray/c/8n9t5jKiE6E',
  title: 'Copy of Google’s Gemini Apps Activity notice (retention 18 months by default, 3 or 36 selectable)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const plansNews = {
  url: 'https://hellomarvisaitoday.com/articles/5ab7768d-7e49-4fd0-9e93-979850e27b44',
  title: 'News-aggregator summary of The Decoder: Google restructures AI subscriptions at I/O 2026',
  kind: 'third-party',
  published: '2026-05-19',
  checked: '2026-11-28',
} as const;

const ultraNews = {
  url: 'https://agenticdaily.ai/articles/google-launches-100-ai-ultra-plan-with-5x-usage-limits',
  title: 'Agentic Daily: Google launches $100 AI Ultra plan and compute-based limits',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const apiTerms = {
  url: 'https://ai.google.dev/terms?hl=ja',
  title: 'Gemini API Additional Terms of Service (Japanese-language page)',
  kind: 'official',
  published: '2025-05-20',
  checked: '2026-11-28',
} as const;

const genAiTerms2023 = {
  url: 'https://policies.google.com/terms/generative-ai/archive/20230314?hl=en',
  title: 'Generative AI Additional Terms of Service (archived version)',
  kind: 'official',
  published: '2023-03-14',
  checked: '2026-11-28',
} as const;

const ageRuleQuote = {
  url: 'https://conductatlas.com/platform/google-gemini/google-generative-ai-prohibited-use-policy/minor-user-restrictions/',
  title: 'ConductAtlas — Google Generative AI Prohibited Use Policy: minor user restrictions (quotes the clause verbatim)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const calendarInjection = {
  url: 'https://anavem.com/cybersecurity/google-gemini-prompt-injection-calendar-invite-private-data-bypass',
  title: 'Anavem: Gemini prompt injection via Calendar invites exposed private meeting data',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const calendarInjection2 = {
  url: 'https://superalign.ai/blogs/hidden-in-plain-language-how-calendar-invites-became-data-extraction-tools-through-prompt-injection',
  title: 'SuperAlign: How calendar invites became data-extraction tools through prompt injection',
  kind: 'third-party',
  published: '2026-01-23',
  checked: '2026-11-28',
} as const;

export default {
  id: 'gemini',
  name: 'Gemini',
  vendor: 'Google',
  category: 'chat assistant',
  homepage: 'https://gemini.google.com/',
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'gemini.google.com' }],
  summary:
    'Google’s consumer AI assistant (web and mobile apps) that chats, writes code, analyses uploads and generates images and video, with paid Google AI plans for higher limits.',
  capabilities: [
    'Chat, writing and coding help',
    'Generates text, code, images, audio, video and music',
    'File and image uploads',
    'Connected Google apps (Gmail, Drive, Calendar, YouTube and others)',
    'Temporary chats that are not kept in history',
    'Agent features for paid plans (e.g. Gemini Spark for Ultra, per press reports)',
  ],
  limits: [
    'Since May 2026 usage limits are reported to be compute-based: they refresh every five hours up to a weekly cap, and heavy users can be moved to smaller models (press reports, not confirmed on a Google page)',
    'Features and models differ by plan and country',
    'Google’s own notice says Gemini can make mistakes',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Turn off Keep Activity (formerly Gemini Apps Activity) or use a temporary chat; future chats are then not used to improve Google AI, though they are still held for up to 72 hours to respond and process feedback.',
    retention:
      'With Keep Activity on, chats are stored with your account for 18 months by default (3 or 36 months selectable). Chats picked for human review are kept separately, disconnected from your account, for up to three years even if you delete your activity.',
    humanReview:
      'Yes. Trained reviewers read and annotate a sample of chats to improve Google’s AI; Google asks you not to enter confidential information you would not want a reviewer to see.',
    storage:
      'Google servers; provided by Google Ireland in the EEA and Switzerland and by Google LLC elsewhere. Data from connected Google apps and third-party connectors follows those services’ own policies.',
    business:
      'Work and school (Workspace) accounts are governed by separate enterprise terms; not verified in this pass. Developers using the Gemini API should see Google AI Studio, where paid use is not used for training.',
    sources: [privacyHub, medianama, bgrTemporaryChats, activityEmail, privacyNoticeDiff],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month' },
      {
        name: 'Google AI Plus',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Reported at $7.99/month (US) in May 2026 press summaries; not read on a Google page.',
      },
      {
        name: 'Google AI Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Reported at $19.99/month (US) in May 2026 press summaries; not read on a Google page.',
      },
      {
        name: 'Google AI Ultra',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Reported in two tiers after I/O 2026: about $99.99/month and a higher tier cut from about $250 to about $200/month; not read on a Google page.',
      },
    ],
    freeTier:
      'Free Gemini with lower usage limits; paid Google AI plans raise limits and add storage and extra features. No Google pricing page could be read, so plan prices are unknown here (reported figures are in the plan notes) — check Google’s plan page before buying.',
    read: '2026-11-28',
    sources: [plansNews, ultraNews],
  },
  copyright: {
    ownership:
      'Not confirmed for the consumer Gemini app in this pass. Google’s developer-facing Gemini API terms say Google does not claim ownership of generated content and may generate similar content for others.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [apiTerms, genAiTerms2023],
  },
  security: {
    promptInjection:
      'Gemini reads content from connected apps (Calendar, Gmail, Drive) and web pages, so hidden instructions in that content can steer it; researchers demonstrated this with calendar invites in January 2026. Review connected-app permissions and confirmations before letting it act.',
    incidents: [
      {
        date: '2026-01-19',
        summary:
          'Miggo Security showed that a crafted Google Calendar invite could carry dormant instructions which Gemini followed when asked about the user’s schedule, copying private meeting details into a new event visible to the attacker. Reported as mitigated after responsible disclosure.',
        sources: [calendarInjection, calendarInjection2],
      },
    ],
    enterpriseControls:
      'Consumer controls are Keep Activity, temporary chats, connected-app permissions and activity deletion at myactivity.google.com; admin controls apply only to Workspace accounts (not verified here).',
    sources: [privacyHub, calendarInjection],
  },
  availability: {
    regions: 'Available in many countries; features vary by country and plan. Exact list not read in this pass.',
    minAge: 'unknown',
    account:
      'Google Account for history and most features; a signed-out mode exists and is covered by the general Google Privacy Policy. People not old enough to manage their own Google Account (the age varies by country) need a parent’s or guardian’s permission.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [privacyHub, ageRuleQuote],
  },
  alternatives: ['chatgpt', 'claude', 'microsoft-copilot', 'le-chat', 'perplexity', 'meta-ai'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-05-19',
      change: 'Google restructured its AI plans (AI Plus, AI Pro, two AI Ultra tiers) and moved to compute-based usage limits (press reports).',
    },
    {
      date: '2026-11-28',
      change: 'Review: plan prices set to unknown (only aggregator summaries found; reported figures kept in notes); tracking parameters removed from a source URL; age rule added.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Multimodal: generates text, code, images, audio, video and music, and accepts files, images and connected-app content as input.',
      sources: [privacyHub],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Runs on Google’s Gemini model family; which model answers depends on your plan and remaining quota, and press reports say users are switched to smaller models when limits run out.',
      sources: [plansNews, ultraNews],
    },
    trainingData: {
      status: 'unknown',
      note: 'Model training-data sources were not read in this pass (no model card consulted).',
      sources: [],
    },
    outputQuality: {
      status: 'caution',
      note: 'Strong general assistant, but Google’s own notice warns that Gemini can make mistakes; quality also varies with the model your quota allows.',
      sources: [privacyHub, plansNews],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias-evaluation document was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Like any LLM chat it can state wrong facts confidently; check code, figures and citations before relying on them.',
      sources: [privacyHub],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs entirely in Google’s cloud; nothing to install. Limits are reported to be metered by compute used, resetting every five hours up to a weekly cap.',
      sources: [plansNews],
    },
    apiAvailability: {
      status: 'good',
      note: 'The consumer app has no API, but the same Gemini models are offered to developers through the Gemini API and Google AI Studio under separate terms.',
      sources: [apiTerms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus Google AI Plus, Pro and Ultra subscriptions; prices could not be confirmed on a Google page, and the reported compute-based quotas make it hard to predict how much a plan covers.',
      sources: [plansNews, ultraNews],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'With Keep Activity on, chats help train Google’s AI and a sample is read by human reviewers, who may keep them for up to three years even after you delete them. Turn Keep Activity off or use temporary chats, and never paste secrets or proprietary code.',
      sources: [privacyHub, medianama, bgrTemporaryChats],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Output ownership terms for the consumer app were not confirmed here and no consumer indemnity was found; treat generated code and media as needing your own licence and originality checks.',
      sources: [apiTerms, genAiTerms2023],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Indirect prompt injection through connected apps has been demonstrated (calendar invites, January 2026). Limit connected apps and confirm any action Gemini proposes.',
      sources: [calendarInjection, calendarInjection2],
    },
  },
} satisfies ToolInput;
