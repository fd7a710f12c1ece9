// Descript — added 2026-12-01. Read on 2026-12-01 from stored copies of Descript's own pages: the Security and
// Confidentiality page (descript.com/security, undated), the Terms of Service last updated 28 May 2024 (stored at
// descript.com/fr/terms, English text; only its opening was in the copy), the 2017 Terms (for the old age rule only) and
// help-centre articles on help.descript.com. Training: Descript's own page says project data is used only to provide the
// service unless you opt in to share it for improving its algorithms; a policy tracker (ConductAtlas, cited as
// third-party) reads the Terms' content licence as also covering AI training — the two were not reconciled, so the checklist says caution.
// The content-licence wording is quoted from a third-party comparison site. Prices: only what the help centre states
// (a $50/month Business-editor billing example, $2 per extra transcription hour); the live pricing page was not read.
// Two help articles share the id 27841674958221 under different slugs (the article was rewritten); both are cited as read.
// Hosts: descript.com, www.descript.com and web.descript.com (the web app named in the help centre).
// Second reading 2026-12-01: 14 claims confirmed, 0 made unknown (training off/opt-in scope, optOut unknown,
// optOutHow, retention unknown, humanReview, storage, business, Free/Hobbyist/Creator/Business/Enterprise plans, $2
// transcription hours, free tier) — security page and billing, recording-hours, transcription and usage help articles
// re-read.
import type { ToolInput } from '../schema.ts';

const securityPage = {
  url: 'https://www.descript.com/security',
  title: 'Descript: Security and Confidentiality',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const terms2024 = {
  url: 'https://descript.com/fr/terms',
  title: 'Descript Terms of Service (last updated 28 May 2024; English text, opening sections only)',
  kind: 'official',
  published: '2024-05-28',
  checked: '2026-12-01',
} as const;

const terms2017 = {
  url: 'https://www.descript.com/terms/',
  title: 'Descript Terms of Service (older version, last updated 12 December 2017)',
  kind: 'official',
  published: '2017-12-12',
  checked: '2026-12-01',
} as const;

const overdubHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/360046477332-Overdub-Sharing-and-Privacy',
  title: 'Descript Help: Overdub Sharing and Privacy',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const voiceIdHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/10165906291981-Voice-ID-and-consenting-speaker',
  title: 'Descript Help: Voice ID and consenting speaker',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const usageHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/27841674958221-Track-and-understand-your-Media-Minutes-and-AI-Credits',
  title: 'Descript Help: Track and understand your media minutes and AI credits',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const aiFeaturesHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/27841674958221-Understanding-AI-Limitations-Features-and-Usage-Tracking',
  title: 'Descript Help: Understanding AI limitations, features and usage tracking (earlier version of the same article)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const billingHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/10255874128397',
  title: 'Descript Help: How billing works in Descript',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const transcriptionHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/10255869838605-Add-transcription-hours-to-your-account',
  title: 'Descript Help: Add transcription hours to your account',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const recordingHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/33822245043341-Understanding-how-recording-hours-works-with-Descript-Rooms',
  title: 'Descript Help: Understanding how recording hours work with Descript Rooms',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const refundHelp = {
  url: 'https://help.descript.com/hc/en-us/articles/10255871027469',
  title: 'Descript Help: Refund policy',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const licenceQuote = {
  url: 'https://airinetwork.com/compare/descript-vs-perplexity-ai',
  title: 'AIRI Network: Descript vs Perplexity AI terms comparison (quotes Descript’s content licence)',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const trackerReading = {
  url: 'https://conductatlas.com/platform/descript/descript-terms-of-service/content-license-and-ai-training-use/',
  title: 'ConductAtlas: Descript Terms of Service — content licence and AI training use',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

export default {
  id: 'descript',
  name: 'Descript',
  vendor: 'Descript, Inc.',
  category: 'video',
  homepage: 'https://www.descript.com/',
  officialDomains: ['descript.com'],
  match: [{ host: 'descript.com' }, { host: 'www.descript.com' }, { host: 'web.descript.com' }],
  summary:
    'Text-based audio and video editor with AI tools (transcription, Studio Sound, AI voices, the Underlord assistant); Descript says your projects are not used to improve its algorithms unless you opt in.',
  capabilities: [
    'Edit audio and video by editing the transcript; remote recording in Rooms',
    'AI tools such as Studio Sound, filler-word removal, eye contact, translation and image generation',
    'Underlord AI assistant for edits, metered in AI credits',
    'AI voices and voice clones (with the speaker’s recorded consent)',
  ],
  limits: [
    'Media minutes and AI credits don’t roll over month to month; even chatting with Underlord uses AI credits',
    'Refunds only if requested within 48 hours of the invoice; top-ups are non-refundable',
    'A voice clone needs the speaker’s own recorded authorization',
    'The Terms give Descript a broad licence over your content (per a third-party quote); read them before uploading sensitive material',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: false,
      scope:
        'Project data (uploads, transcripts) is used only to provide the service unless you "explicitly opt-in to sharing Project Information ... for the purpose of improving the quality of the algorithms we use to provide our service"',
    },
    optOutHow:
      'Nothing to do by default: sharing projects to improve Descript’s algorithms is opt-in. Where that opt-in sits in the app, and how to withdraw it, was not read on a Descript page.',
    retention: 'unknown',
    humanReview:
      'Descript says project information is confidential even from its staff unless you ask it to look at a project for customer service or opt in to sharing.',
    storage:
      'Projects are stored on Descript’s servers, encrypted at rest and in transit; suppliers named include Google, Amazon and Stripe. Processing locations were not read.',
    business: 'unknown — Enterprise terms were not read; Enterprise recording time and limits are set by contract.',
    sources: [securityPage, recordingHelp],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '2 hours of Rooms recording (lifetime).' },
      { name: 'Hobbyist', price: 'unknown', currency: 'USD', period: 'month', note: '5 recording hours a month.' },
      {
        name: 'Creator',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '15 recording hours and 30 transcription hours a month.',
      },
      {
        name: 'Business',
        price: 50,
        currency: 'USD',
        period: 'month',
        note: 'Per Editor seat, from the help centre’s billing example; 25 recording and 40 transcription hours a month. The live pricing page was not read.',
      },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month', note: 'Limits per contract.' },
      { name: 'Extra transcription hours', price: 2, currency: 'USD', period: 'usage', note: 'Per hour, paid plans only.' },
    ],
    freeTier:
      'A Free plan exists with 2 lifetime hours of Rooms recording; each paid plan includes media minutes and AI credits per Editor seat that do not roll over.',
    read: '2026-12-01',
    sources: [billingHelp, recordingHelp, transcriptionHelp, usageHelp, refundHelp],
  },
  copyright: {
    ownership:
      'Per a third-party quote of the Terms, Descript claims no ownership of your User Content but takes a perpetual, irrevocable, sublicensable, worldwide licence to reproduce, adapt, publish and create derivative works from it.',
    commercialUse: 'unknown — not in the parts of the Terms read.',
    indemnity: 'unknown',
    sources: [licenceQuote, terms2024],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'Descript reports SOC 2 Type II compliance, encryption at rest and in transit, a Data Protection Officer and Auth0 log-in; drive owners can require manual approval of new Editor members.',
    sources: [securityPage, refundHelp],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Account required; subscriptions are per Drive and per Editor seat. The 2017 Terms required users to be 13 or older; the eligibility clause of the May 2024 Terms was not read.',
    platforms: ['web', 'desktop'],
    status: 'generally available',
    sources: [terms2024, terms2017, billingHelp],
  },
  alternatives: ['heygen', 'elevenlabs', 'runway'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Descript's security page (project information used only to provide the service unless you opt in to share it for improving its algorithms; encrypted storage; named suppliers) and its billing, recording-hours, transcription-hours and usage help articles ($50/month Business editor example, $2/hour transcription top-ups, media minutes and AI credits don't roll over); nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Edits your own audio and video; AI tools clean audio, cut filler words, translate, generate images and voices.',
      sources: [aiFeaturesHelp, usageHelp],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Models are not documented; some features run on outside providers (the AI Video Maker works “via ChatGPT”, and Google and Amazon are named suppliers).',
      sources: [aiFeaturesHelp, securityPage],
    },
    trainingData: {
      status: 'caution',
      note: 'Descript’s security page says projects improve its algorithms only if you opt in, and voice clones need recorded consent; a policy tracker reads the Terms’ licence as also allowing AI training.',
      sources: [securityPage, overdubHelp, trackerReading],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no accuracy figures for transcription or AI edits were read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no documentation on errors in AI edits or transcripts was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs as a Mac, Windows or web app with projects stored in Descript’s cloud.',
      sources: [terms2024, securityPage],
    },
    apiAvailability: { status: 'unknown', note: 'unknown — no Descript API documentation was read on a Descript domain.', sources: [] },
    pricingModel: {
      status: 'caution',
      note: 'Seat-based tiers with media minutes and AI credits that expire monthly; Business is about $50 per Editor a month per the help centre; refunds only within 48 hours.',
      sources: [billingHelp, usageHelp, refundHelp],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Good default (no algorithm improvement without opt-in, per Descript), but the security page is undated and the Terms reportedly grant a broad licence over your content.',
      sources: [securityPage, licenceQuote, trackerReading],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership, but the Terms reportedly grant Descript a perpetual, irrevocable licence to your content; cloning another person’s voice is blocked without their recorded consent.',
      sources: [licenceQuote, voiceIdHelp],
    },
    securityVulnerabilities: {
      status: 'good',
      note: 'SOC 2 Type II and encryption at rest and in transit per Descript; no incidents found in this pass.',
      sources: [securityPage],
    },
  },
} satisfies ToolInput;
