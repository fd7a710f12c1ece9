// Suno — from Suno’s help centre (ownership, credits, billing) and its Terms of Service (stored copy dated 2023-12-14,
// on the older suno.ai domain), plus third-party readings (ConductAtlas) of the current privacy notice and terms and press
// reports on the November 2025 terms update that followed the Warner Music Group settlement.
// Review 2026-11-28: help-centre ownership text re-read (unchanged); press reports that Suno briefly changed, then
// reverted, its ownership wording in Dec 2025 were added; an aggregator source for model versions was dropped.
// Re-check 2026-12-01 (search tools only): re-read the ownership, credits and billing help articles, the opening of the
// 2023 terms copy and the ConductAtlas pages. Nothing was read through a copy (no `via`). Suno’s current privacy notice,
// current terms and any pricing page were not in the stored copies.
// Review finding resolved: training rested only on ConductAtlas; Suno’s own training wording could not be read, so
// training is now default/optOut/scope 'unknown' (was default 'on'), the tracker reading stays as a labelled third-party
// note, and the data-privacy checklist row is caution rather than risk. Pro and Premier are listed with price 'unknown'.
// Match: suno.com and the legacy suno.ai domain (added here).
// Second reading 2026-12-01: 10 claims confirmed, 0 made unknown (training/retention/humanReview/storage unknown,
// tracker-labelled optOutHow, no business terms, Pro/Premier prices unknown, free tier 50 credits a day) — credits
// and billing help pages and the ConductAtlas pages re-read.
import type { ToolInput } from '../schema.ts';
import { labelSuits } from '../sources/music-press.ts';

const terms2023 = {
  url: 'https://www.suno.ai/terms',
  title: 'Suno Terms of Service (older version)',
  kind: 'official',
  published: '2023-12-14',
  checked: '2026-12-01',
} as const;

const ownershipHelp = {
  url: 'https://help.suno.com/en/articles/2871105',
  title: 'Suno Help: Who owns an extension?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const creditsHelp = {
  url: 'https://help.suno.com/en/articles/2418177',
  title: 'Suno Help: When will I get more credits?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const billingHelp = {
  url: 'https://help.suno.com/en/categories/550209',
  title: 'Suno Help: Accounts & Billing',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const privacyTrainingAnalysis = {
  url: 'https://conductatlas.com/platform/suno/suno-privacy-policy/ai-model-training-on-user-content/',
  title: 'ConductAtlas: Suno Privacy Policy — AI model training on user content',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const privacyAnalysis = {
  url: 'https://conductatlas.com/platform/suno/suno-privacy-policy/history/',
  title: 'ConductAtlas: Suno Privacy Policy summary',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const termsTrainingAnalysis = {
  url: 'https://conductatlas.com/platform/suno/suno-terms-of-service/ai-training-license-over-user-submissions/',
  title: 'ConductAtlas: Suno Terms — AI training license over user submissions',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const perpetualLicenseAnalysis = {
  url: 'https://conductatlas.com/platform/suno/suno-terms-of-service/perpetual-ai-training-license-over-user-submissions/',
  title: 'ConductAtlas: Suno Terms — perpetual AI training license over user submissions',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const termsUpdate2025 = {
  url: 'https://neonmusic.co.uk/suno-ai-music-ownership-terms-of-service',
  title: 'Neon Music: Suno’s November 2025 Terms of Service update and music ownership',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const wmgSettlement = {
  url: 'https://www.ibtimes.co.uk/warner-music-drops-lawsuit-against-suno-only-cut-deal-same-ai-tech-it-tried-shut-down-1758088',
  title: 'IBTimes UK: Warner Music drops lawsuit against Suno and signs licensing deal',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ownershipFlipFlop = {
  url: 'https://www.news9live.com/technology/artificial-intelligence/suno-ai-music-ownership-policy-clarification-2026-2917728',
  title: 'News9: Suno clarifies AI music ownership after changing and reverting its rules',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const unofficialApi = {
  url: 'https://docs.sunoapi.com/ai-music-api-credits-usage-guide',
  title: 'sunoapi.com (third-party aggregator): credits usage guide',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

export default {
  id: 'suno',
  name: 'Suno',
  vendor: 'Suno, Inc.',
  category: 'audio/music',
  homepage: 'https://suno.com/',
  officialDomains: ['suno.com', 'suno.ai'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'suno.com' }, { host: 'suno.ai' }],
  summary:
    'Text-to-song generator (vocals and instruments) where song ownership and commercial rights depend on whether you were on a paid plan when the song was made; third-party readings of its policies say your uploads and prompts can train Suno’s models.',
  capabilities: [
    'Full songs with vocals from a text prompt or your own lyrics',
    'Extend, cover and edit songs; upload your own audio',
    'Chat-style iterative creation tools',
    'Web and mobile apps',
  ],
  limits: [
    'Free (Basic) plan: up to 50 credits a day, Suno keeps ownership, non-commercial use only',
    'Rights depend on the plan at the moment of generation, not later upgrades',
    'Outputs may not be unique; similar songs can be generated for others',
    'Licensed models replacing current ones were announced for 2026 after the Warner settlement',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — Suno’s current privacy notice and terms were not in the stored copies (only the opening of a December 2023 terms copy was readable), so no training clause or opt-out could be read from Suno’s own text. A third-party tracker (ConductAtlas) says the privacy notice relies on legitimate interests to train on prompts, uploads and chat inputs, so EEA users may object, and that deletion requests go to privacy@suno.com.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'No separate business or enterprise data terms were found in the sources read.',
    sources: [privacyTrainingAnalysis, privacyAnalysis, termsTrainingAnalysis],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Monthly credit allowance, replenished at the time of the original purchase (official help); price not found on an official page',
      },
      {
        name: 'Premier',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Monthly credit allowance (official help); price not found on an official page',
      },
    ],
    freeTier:
      'Basic (free) plan: up to 50 credits replenished once daily (UTC). Pro and Premier credits replenish monthly; once those are used up, subscribers get the same 50-credit daily allotment (official help).',
    read: '2026-12-01',
    sources: [creditsHelp, billingHelp],
  },
  copyright: {
    ownership:
      'Per Suno’s help centre (re-read 2026-12-01), you own songs generated while subscribed to Pro or Premier (subject to the terms); on the free Basic plan Suno retains ownership and you may use the songs for non-commercial purposes. The November 2025 terms (per third-party reading) assign Suno’s rights to paid users but do not warrant that any copyright exists; after the Warner deal Suno briefly said paid users are generally not the owners, then reverted (press reports).',
    commercialUse:
      'Paid-plan songs may be used commercially; free-plan songs are for non-commercial use only. Extensions of other users’ songs should not be treated as yours.',
    indemnity: 'unknown — the terms reportedly disclaim that outputs are unique; users warrant they have rights to anything they upload.',
    sources: [ownershipHelp, termsUpdate2025, ownershipFlipFlop, termsTrainingAnalysis],
  },
  security: {
    promptInjection: 'Not applicable in the chat-assistant sense; no prompt-injection issues documented in the sources read.',
    incidents: [],
    enterpriseControls: 'unknown — no enterprise plan or admin controls found in the sources read.',
    sources: [billingHelp],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Account required; subscriptions can be billed through Stripe in many currencies (official help). The 2023 terms cover the website, Discord and mobile apps.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [terms2023, billingHelp],
  },
  alternatives: ['udio', 'elevenlabs'],
  changelog: [
    {
      date: '2025-11-25',
      change:
        'Warner Music Group settled its lawsuit and partnered with Suno; Suno announced licensed models for 2026 and later revised its terms (reported).',
    },
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: noted the Dec 2025 ownership-wording change and reversal; dropped an aggregator source, model architecture now unknown.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check against Suno’s own pages: training is now unknown (was on by default) because only a policy tracker described it; help-centre ownership, credits and billing text re-read; Pro and Premier listed with unknown prices; tracker-based claims labelled as such and the data-privacy row is now caution.',
      fields: ['training', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Suno's credits and billing help pages (50 daily credits on Basic, monthly Pro/Premier credits, two paid options, Stripe) and the labelled ConductAtlas privacy readings; training stays unknown; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates complete songs (vocals, instruments, lyrics) from text prompts or uploaded material.',
      sources: [terms2023, ownershipHelp],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Proprietary models; no architecture, model card or reliable version history was read (an aggregator profile was dropped).',
      sources: [],
    },
    trainingData: {
      status: 'risk',
      note: 'Major labels sued Suno in 2024 alleging training on copyrighted recordings; Warner settled in November 2025 and Suno committed to licensed models, while other label claims were reported as still pending.',
      sources: [wmgSettlement, labelSuits],
    },
    outputQuality: {
      status: 'good',
      note: 'Produces radio-style full tracks from short prompts; quality varies between generations.',
      sources: [wmgSettlement],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Outputs can resemble existing music and may not be unique across users, which matters if you plan to release them.',
      sources: [termsUpdate2025],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted; generations draw on a credit balance from the web or mobile app.',
      sources: [creditsHelp],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No official public developer API was found; "Suno API" sites are third-party aggregators not run by Suno.',
      sources: [unofficialApi],
    },
    pricingModel: {
      status: 'caution',
      note: 'Freemium credits: up to 50 free credits a day, paid monthly allowances that reset; Pro and Premier prices could not be read from an official page.',
      sources: [creditsHelp, billingHelp],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Suno’s own privacy notice and current terms could not be read; third-party trackers say prompts, lyrics, uploaded audio and chat inputs may train Suno’s models under a perpetual licence, with no training opt-out. Keep unreleased or client material off the platform.',
      sources: [privacyTrainingAnalysis, termsTrainingAnalysis, perpetualLicenseAnalysis],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Free-plan songs belong to Suno and are non-commercial; paid users get Suno’s rights but no guarantee of copyright, the ownership wording has already flip-flopped once, and training-data litigation is ongoing.',
      sources: [ownershipHelp, termsUpdate2025, ownershipFlipFlop, wmgSettlement],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
