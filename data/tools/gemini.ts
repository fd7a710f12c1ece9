// Gemini — facts from the Gemini Apps Privacy Hub / Privacy Notice (last updated 2026-02-18; its "Privacy questions"
// part is dated 2026-01-28), re-read 2026-12-01 verbatim through the Open Terms Archive copy
// (github.com/OpenTermsArchive/genai-eu-versions, "Google Generative AI Services", commit a3431f2), and Google's Terms
// of Service (EU/Ireland version, effective 2024-05-22, read through the same archive on 2026-11-28). Both are cited at
// their Google URLs with `via`. These are the versions served to EEA users (Ireland).
// Review finding 6 (newer Privacy Notice): the 2026-02-18 version is still the newest that could be read (the archive
// copy and a 2026-03-06 web-archive copy of support.google.com/gemini/answer/13594961 both show it). Trackers report
// later versions (5 May 2026 and after: a Notebooks section, Gemini Spark/remote-browser and avatar sections, Memory,
// imported chats); none could be read on a Google page or a faithful copy, so nothing here rests on them.
// Review finding 7 (third-party sources): the agenticdaily.ai plan report was removed (no Google plan page was found;
// plan prices stay 'unknown', reported figures rest on one aggregator summary and are marked as press); the
// anavem.com and superalign.ai write-ups of the January 2026 calendar-invite prompt injection were removed with the
// incident entry, because no Google (or researcher) text on it could be read; prompt-injection guidance now rests on
// Google's own notice and Terms.
// Host: gemini.google.com.
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown. Training (on with Keep Activity, switch off in Gemini
// Apps Activity, temporary chats not used, scope incl. generative AI models, audio/Live off by default), opt-out effect
// (72-hour retention, feedback shares 24 hours of chats), retention (18-month default, reviewed chats 3 years, some data
// until account deletion), human review, storage/provider entities, no-ads statement, work/school accounts and the
// "monitor Gemini's browsing" line were all re-read in the OTA copy @a3431f2. The Free plan's $0 rests on the notice's
// own distinction between free use and "a paid subscription to Gemini"; paid plan prices stay unknown (press only).
import type { ToolInput } from '../schema.ts';
import { apiTerms, googleTerms, plansNews } from '../sources/google.ts';

const privacyHub = {
  url: 'https://support.google.com/gemini/answer/13594961?hl=en',
  title: 'Gemini Apps Privacy Hub and Privacy Notice',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/a3431f2803c3a939a28ff67ef3994c4e06f7740d/Google%20Generative%20AI%20Services/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Google Generative AI Services")',
  },
  published: '2026-02-18',
  checked: '2026-12-01',
} as const;

export default {
  id: 'gemini',
  name: 'Gemini',
  vendor: 'Google',
  category: 'chat assistant',
  homepage: 'https://gemini.google.com/',
  officialDomains: ['google.com', 'google.dev'],
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
    'Gemini Agent, which can act in a remote browser',
  ],
  limits: [
    'Since May 2026 usage limits are reported to be compute-based: they refresh every five hours up to a weekly cap, and heavy users can be moved to smaller models (press reports, not confirmed on a Google page)',
    'Features and models differ by plan and country',
    'Google’s own notice says Gemini can make mistakes',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'providing, developing and improving Google services, including training generative AI models, with help from human reviewers; audio and Gemini Live recordings are not used for this unless you switch that on',
    },
    optOutHow:
      'Turn off Keep Activity in Gemini Apps Activity or use a temporary chat: future chats are then not used to train Google’s AI models unless you send feedback (which shares the last 24 hours of chats), though they are still kept for 72 hours to respond and protect the service. Audio and Gemini Live recordings are not used for improvement unless you switch that on.',
    retention:
      'With Keep Activity on, activity is auto-deleted after 18 months by default (3 or 36 months, or no auto-delete, selectable). Chats seen by human reviewers, and reviewed feedback, are kept disconnected from your account for up to three years even if you delete your activity; some usage data stays until you delete your Google Account.',
    humanReview:
      'Yes. A subset of chats is read by human reviewers (including Google’s service providers) after being disconnected from your account; even with Keep Activity off, reviewers may see chats for safety and abuse checks. Google asks you not to enter confidential information.',
    storage:
      'Google servers; provided by Google Ireland in the EEA and Switzerland and by Google LLC elsewhere. Data from connected Google apps and third-party services follows those services’ own policies. Google says Gemini chats are not used to show you ads.',
    business:
      'The Privacy Notice says work or school Google Accounts may be subject to different data-handling terms (Generative AI in Google Workspace Privacy Hub, not read here). Developers using the Gemini API should see Google AI Studio.',
    sources: [privacyHub],
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
        note: 'Reported after I/O 2026 from $99.99/month, with the former top tier cut from $250 to $200/month (May 2026 press summary); not read on a Google page.',
      },
    ],
    freeTier:
      'Free Gemini with lower usage limits; paid Google AI plans raise limits and add storage and extra features. No Google pricing page could be read, so plan prices are unknown here (reported figures are in the plan notes) — check Google’s plan page before buying.',
    read: '2026-11-28',
    sources: [plansNews, privacyHub],
  },
  copyright: {
    ownership:
      'Google’s Terms of Service (which have covered AI topics since 22 May 2024) say Google won’t claim ownership of original content you generate with its services; your uploads stay yours, but you grant Google a licence to use them to run and improve its services. The Privacy Hub asks you to upload, generate and edit only content you have rights to.',
    commercialUse:
      'The consumer Terms neither grant nor forbid commercial use of outputs explicitly; they do forbid using AI-generated content from Google services to develop machine-learning models, and business users must indemnify Google for unlawful use.',
    indemnity: 'None for consumers: the Terms offer no IP indemnity for generated content, and business users instead indemnify Google.',
    sources: [googleTerms, privacyHub],
  },
  security: {
    promptInjection:
      'Gemini reads content from Connected Apps (such as Gmail, Drive and Calendar) and web pages, and Gemini Agent can act in a remote browser, so hidden instructions in that content can steer it. Google’s own notice says to monitor Gemini’s browsing closely and interrupt if needed, and its Terms forbid prompt injection outside its bug-bounty programmes.',
    incidents: [],
    enterpriseControls:
      'Consumer controls are Keep Activity, temporary chats, connected-app permissions and activity deletion at myactivity.google.com; admin controls apply only to Workspace accounts (not verified here).',
    sources: [privacyHub, googleTerms],
  },
  availability: {
    regions: 'Available in many countries; features vary by country and plan. Exact list not read in this pass.',
    minAge: 'unknown',
    account:
      'Google Account for history and most features; a signed-out mode exists and is covered by the general Google Privacy Policy instead of the Gemini notice. Per Google’s Terms, people not old enough to manage their own Google Account (the age varies by country) need a parent’s or guardian’s permission, and some services add their own age limits.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [privacyHub, googleTerms],
  },
  alternatives: ['chatgpt', 'claude', 'microsoft-copilot', 'le-chat', 'perplexity', 'meta-ai'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-05-19',
      change:
        'Google restructured its AI plans (AI Plus, AI Pro, two AI Ultra tiers) and moved to compute-based usage limits (press reports).',
    },
    {
      date: '2026-11-28',
      change:
        'Review: plan prices set to unknown (only aggregator summaries found; reported figures kept in notes); tracking parameters removed from a source URL; age rule added.',
    },
    {
      date: '2026-11-28',
      change:
        'Third pass: privacy, retention and human-review facts re-read in the Gemini Apps Privacy Notice and ownership, age and prompt-injection rules in Google’s EU Terms of Service (via Open Terms Archive); press, mailing-list, tracker and archived 2023 terms sources removed; auto-delete options corrected (no auto-delete is also possible).',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts set from the Privacy Notice (on with Keep Activity, switch it off in Gemini Apps Activity; scope filled); the 2026-02-18 notice confirmed as the newest readable version; agenticdaily.ai, anavem.com and superalign.ai removed, together with the calendar-invite incident they alone carried; Open Terms Archive copies moved to `via`.',
      fields: ['training', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: every privacy claim (training on with Keep Activity and its opt-out, scope, temporary chats, 72-hour and 18-month/3-year retention, human review, provider entities, no ads, work/school accounts) confirmed in the Privacy Notice of 2026-02-18; the Privacy Notice added as a pricing source for the free tier. Nothing made unknown; paid plan prices stay unknown.',
      fields: ['sources'],
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
      sources: [plansNews],
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
      note: 'Google itself says Gemini can hallucinate and present wrong information as fact, and that it should not be relied on for medical, legal or financial advice; check code, figures and citations.',
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
      sources: [plansNews],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'With Keep Activity on, chats help train Google’s AI and a sample is read by human reviewers, and reviewed chats are kept for up to three years even after you delete them. Turn Keep Activity off or use temporary chats, and never paste secrets or proprietary code.',
      sources: [privacyHub],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Google does not claim ownership of what you generate, but offers consumers no IP indemnity and bars using outputs to train other models; check generated code and media for licence and originality issues yourself.',
      sources: [googleTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Gemini reads connected-app content and can browse on your behalf, which exposes it to indirect prompt injection; Google itself tells you to watch its browsing and interrupt if needed. Limit connected apps and confirm any action Gemini proposes.',
      sources: [privacyHub],
    },
  },
} satisfies ToolInput;
