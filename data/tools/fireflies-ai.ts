// Fireflies.ai — added 2026-12-01. Every source was read on 2026-12-01 in the search store's copies of Fireflies' own
// pages (no Open Terms Archive copy of Fireflies exists in the store): the help-centre articles "How Fireflies.ai keeps
// your information safe" (last updated 20 Jan 2026), the summary of the March 2026 Privacy Policy / Terms / DPA update
// (last updated 6 Mar 2026), "Responsible and secure meeting notetaking", the billing FAQ (last updated 17 Mar 2026),
// the refund policy (for the Business prices), the fair-usage policy, the account-management article on help.fireflies.ai,
// and Fireflies' own security blog post on fireflies.ai.
// Host: the help centre sends users to app.fireflies.ai (team and privacy settings); fireflies.ai is the homepage.
// Not read: the Privacy Policy and Terms of Service themselves (only Fireflies' summary of them), the pricing page (only
// Business prices could be read, from the refund policy), any API documentation — those parts are 'unknown'.
// Second reading 2026-12-01: 20 claims confirmed, 0 made unknown. never: true rests on Fireflies' own written
// commitments ("Your meeting content … is never used to train any AI models", 20 Jan 2026; "We do NOT use your meeting
// content or personal data to train internal or external AI models", 6 Mar 2026). The Business prices are Fireflies'
// own help-centre text, but the cited refund-policy copy is an older undated version (it still has a $3 Stripe fee);
// the current refund policy (last updated 10 Jul 2025) and the unused-time billing article (last updated 22 Apr 2026)
// were added and carry the same $228/user/year ($29/user/month only in the refund policy).
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const keepingSafe = {
  url: 'https://guide.fireflies.ai/hc/en-us/articles/360020097537-Policy-on-Keeping-Information-Safe',
  title: 'Fireflies.ai Help Center — How Fireflies.ai keeps your information safe',
  kind: 'official',
  published: '2026-01-20',
  checked: CHECKED,
} as const;

const legalUpdate2026 = {
  url: 'https://guide.fireflies.ai/articles/6892479029-fireflies-ai-updates-to-our-privacy-policy-terms-of-service-data-processing-addendum',
  title: 'Fireflies.ai Help Center — Updates to our Privacy Policy, Terms of Service & Data Processing Addendum (summary)',
  kind: 'official',
  published: '2026-03-06',
  checked: CHECKED,
} as const;

const responsibleNotetaking = {
  url: 'https://guide.fireflies.ai/hc/en-us/articles/9245112296465-Responsible-and-secure-meeting-notetaking-with-Fireflies',
  title: 'Fireflies.ai Help Center — Responsible and secure meeting notetaking with Fireflies',
  kind: 'official',
  checked: CHECKED,
} as const;

const securityBlog = {
  url: 'https://fireflies.ai/blog/security-at-fireflies-ai/',
  title: 'Fireflies.ai blog — Building a secure AI notetaker: how we think about security at Fireflies.ai',
  kind: 'official',
  checked: CHECKED,
} as const;

const billingFaq = {
  url: 'https://guide.fireflies.ai/articles/2681748107-fireflies-billing-related-faqs',
  title: 'Fireflies.ai Help Center — Billing FAQs: charges, invoices, refunds and plan changes',
  kind: 'official',
  published: '2026-03-17',
  checked: CHECKED,
} as const;

const refundPolicy = {
  url: 'https://guide.fireflies.ai/hc/en-us/articles/26102411140625-Fireflies-refund-policy',
  title: 'Fireflies.ai Help Center — Fireflies refund policy (older undated version; names Pro, Business, Enterprise)',
  kind: 'official',
  checked: CHECKED,
} as const;

const refundPolicy2025 = {
  url: 'https://guide.fireflies.ai/articles/8731544498-fireflies-refund-policy',
  title: 'Fireflies.ai Help Center — Understand Fireflies’ refund policy (with Business plan prices)',
  kind: 'official',
  published: '2025-07-10',
  checked: CHECKED,
} as const;

const unusedTime = {
  url: 'https://guide.fireflies.ai/hc/en-us/articles/19102335446417-Learn-about-unused-time-within-your-invoices',
  title: 'Fireflies.ai Help Center — Learn about unused time within your Fireflies invoices',
  kind: 'official',
  published: '2026-04-22',
  checked: CHECKED,
} as const;

const fairUsage = {
  url: 'https://guide.fireflies.ai/hc/en-us/articles/24627851330577-Learn-about-the-Fireflies-Fair-usage-policy',
  title: 'Fireflies.ai Help Center — Fair usage policy',
  kind: 'official',
  checked: CHECKED,
} as const;

const accountManagement = {
  url: 'https://help.fireflies.ai/en/article/fireflies-account-and-subscription-management-17jlukj/',
  title: 'Fireflies.ai Help — Account and subscription management (downgrade, deletion, refunds)',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'fireflies-ai',
  name: 'Fireflies.ai',
  vendor: 'Fireflies.ai',
  category: 'writing/productivity',
  homepage: 'https://fireflies.ai/',
  officialDomains: ['fireflies.ai'],
  match: [{ host: 'fireflies.ai' }, { host: 'app.fireflies.ai' }],
  summary:
    'An AI meeting notetaker whose bot joins your calls to record, transcribe and summarise them; Fireflies says meeting content is never used to train AI models and that its AI vendors (e.g. OpenAI, Anthropic) keep none of it, but the bot records everyone in the meeting, so telling participants is up to you.',
  capabilities: [
    'A notetaker bot joins video meetings as a participant to record and transcribe them',
    'Summaries and AI features (AskFred, custom summaries, AI apps) over your meetings',
    'Sharing and team workspaces with role-based access; paid accounts can be in up to three meetings at once',
  ],
  limits: [
    'The bot records every participant; Fireflies asks you at sign-up which meetings it should join, and informing others is your responsibility',
    'Seat-based billing: every teammate you invite is a paid seat, and AI credits are a separate add-on',
    'Output accuracy, API access and the full Terms were not read for this entry',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'meeting content (audio, video, transcripts and summaries) and personal data: Fireflies says it is never used to train internal or external AI models, and its vendors (transcription providers, OpenAI, Anthropic) are contractually barred from training on it',
    },
    optOutHow: 'unknown',
    retention:
      'Fireflies says third-party vendors keep no meeting audio, video, transcripts or summaries after processing (zero data retention). A meeting you delete is removed permanently from its database; metadata (calendar events, e-mails, settings) is snapshotted every four hours and may sit in backups for up to one year (blog post). Deleting your account becomes permanent after 30 days.',
    humanReview:
      'Fireflies says its teams have no access to your meeting content by default; access needs your explicit permission, typically for support.',
    storage:
      "Audio, transcripts and related artifacts are encrypted at rest and in transit (AES-256 / TLS) in AWS S3, per Fireflies' security blog post.",
    business:
      "For Business and Enterprise customers Fireflies processes customer personal data only on the customer's instructions under its Data Processing Addendum; admins get role-based access control, and HIPAA BAAs are mentioned. The no-training commitment applies to all users.",
    sources: [keepingSafe, legalUpdate2026, responsibleNotetaking, securityBlog, accountManagement],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Paid users can downgrade to the free tier and keep their past meetings.',
      },
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — the pricing page was not read; the refund policy names the plan but not its price.',
      },
      {
        name: 'Business (monthly)',
        price: 29,
        currency: 'USD',
        period: 'month',
        note: 'Per user, from the worked example in the refund policy (last updated 10 Jul 2025); the pricing page was not read.',
      },
      {
        name: 'Business (annual)',
        price: 228,
        currency: 'USD',
        period: 'year',
        note: 'Per user per year, from the refund policy (10 Jul 2025) and the unused-time billing article (last updated 22 Apr 2026).',
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'year',
        note: 'unknown — named in the refund policy, price not read.',
      },
      {
        name: 'AI Credits add-on',
        price: 5,
        currency: 'USD',
        period: 'month',
        note: 'The billing FAQ explains an extra $5 charge as the AI Credits add-on (older version: "starting at $5/month per user").',
      },
    ],
    freeTier:
      'A free tier exists (paid users can downgrade to it). Billing is per seat: every teammate invited to the workspace is a paid seat on the same plan. Prices were read from help-centre articles, not the pricing page.',
    read: CHECKED,
    sources: [refundPolicy2025, unusedTime, refundPolicy, billingFaq, accountManagement],
  },
  copyright: {
    ownership: 'Fireflies says it acts only as a data custodian and that you keep full ownership and control of your data.',
    commercialUse: 'unknown — the Terms of Service were not read.',
    indemnity: 'unknown — the Terms of Service were not read.',
    sources: [keepingSafe],
  },
  security: {
    promptInjection: 'unknown — not addressed in the pages read.',
    incidents: [],
    enterpriseControls:
      'Role-based access control for admins, SOC 2 Type II, GDPR and HIPAA (BAA) compliance claimed, zero-retention agreements with LLM and speech vendors.',
    sources: [responsibleNotetaking, keepingSafe, securityBlog],
  },
  availability: {
    regions: 'unknown — not stated in the pages read.',
    minAge: 'unknown',
    account:
      'A Fireflies account with a unique individual e-mail address (generic team addresses are not allowed under the fair-usage policy); the bot joins meetings according to the settings you choose at sign-up.',
    platforms: ['web'],
    status: 'generally available',
    sources: [fairUsage, responsibleNotetaking],
  },
  alternatives: ['descript', 'microsoft-copilot', 'notebooklm'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed the written no-training commitment (never: true, default off, scope), optOut/optOutHow unknown, vendor zero retention, deletion and metadata backups, 30-day account deletion, no staff access by default, AWS S3 encryption, DPA/RBAC/BAA, Free tier, Business $29/month and $228/year, AI Credits $5 add-on, seat billing. The cited refund-policy copy is an older undated version; added the current refund policy (10 Jul 2025) and the unused-time billing article (22 Apr 2026), which carry the same Business prices. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Meeting audio and video, transcripts and AI summaries of calls the notetaker joins or you upload.',
      sources: [keepingSafe, responsibleNotetaking],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Fireflies relies on outside transcription and LLM vendors (it names OpenAI and Anthropic) rather than describing models of its own.',
      sources: [keepingSafe, responsibleNotetaking],
    },
    trainingData: {
      status: 'good',
      note: 'Fireflies commits in writing that meeting content and personal data are never used to train internal or external AI models, and its vendors are contractually barred from it.',
      sources: [keepingSafe, legalUpdate2026],
    },
    outputQuality: { status: 'unknown', note: 'No statement on transcript or summary accuracy was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'No bias-mitigation documentation was read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'The Terms (where a warning on AI output would be) were not read; check summaries against the recording.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the cloud; the bot joins your meetings, and paid accounts may be in up to three meetings at once.',
      sources: [fairUsage],
    },
    apiAvailability: { status: 'unknown', note: 'No API documentation was read for this entry.', sources: [] },
    pricingModel: {
      status: 'caution',
      note: 'Free tier, then per-seat plans (Business $29 a month or $228 a year per user); every invited teammate becomes a paid seat and AI credits cost extra.',
      sources: [refundPolicy2025, unusedTime, billingFaq],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on meeting content, zero retention at AI vendors, deleted meetings removed for good; metadata backups may last up to a year.',
      sources: [keepingSafe, legalUpdate2026, securityBlog],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Fireflies says you keep full ownership and control of your data and it acts only as custodian; the Terms themselves were not read.',
      sources: [keepingSafe],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Encryption at rest and in transit and SOC 2 Type II, but a bot that auto-joins meetings records everyone present — review which meetings it joins.',
      sources: [responsibleNotetaking, securityBlog],
    },
  },
} satisfies ToolInput;
