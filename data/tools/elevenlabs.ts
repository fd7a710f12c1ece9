// ElevenLabs — from ElevenLabs’ own Terms of Service (EEA version, 2024-10-25; the stored global copy dates from
// 2023), its Zero Retention Mode docs, safety page and Eleven Music model terms (current, 26 May 2026; archived v1),
// plus third-party readings of the privacy policy and newer terms. No official pricing page, privacy-policy text or
// training opt-out article could be read on 2026-11-28: plan prices then came from a third-party transcription of
// elevenlabs.io/pricing (May 2026; removed on 2026-12-01, see below); an SEO guide's claim of a training opt-out and its
// minimum-age claim were dropped as unconfirmed. Match: elevenlabs.io (the web app lives at elevenlabs.io/app).
// Re-check 2026-12-01 (search tools only): the Zero Retention Mode page was re-read through ElevenLabs’ own docs
// repository on GitHub (elevenlabs/elevenlabs-docs, fern/docs/pages/resources/zero-retention.mdx at commit 4c01460 —
// the repository version may predate the live page at the cited URL); the ConductAtlas privacy pages were re-read.
// The privacy policy, the non-EEA terms, the pricing page and any training opt-out article were still not in the stored
// copies; the EEA terms, safety page and music terms were not re-read and keep their 2026-11-28 date.
// Review findings resolved: training rested only on ConductAtlas/PrivacyFetch; ElevenLabs’ own docs say only that data
// is retained by default "to enhance our services", which is not a statement about model training, so training is now
// default/optOut/scope 'unknown' (was default 'on'). Retention now quotes the official docs (default retention, API
// deletion, 30-day backups, account deletion). All plan prices came from a third-party transcription and are now
// 'unknown' (figures removed); DPA/SLA/BAA/SSO claims, which also came only from that transcription, were removed.
// Second reading 2026-12-01: 8 claims confirmed, 0 made unknown (training unknown, tracker-labelled optOutHow,
// retention and Zero Retention Mode, humanReview/storage unknown, business, plan prices unknown, free tier unknown) —
// Zero Retention Mode page re-read in ElevenLabs' own docs repository and the ConductAtlas pages re-read.
import type { ToolInput } from '../schema.ts';

const termsEu = {
  url: 'https://elevenlabs.io/terms-of-use-eu',
  title: 'ElevenLabs Terms of Service (EEA, Switzerland, UK)',
  kind: 'official',
  published: '2024-10-25',
  checked: '2026-11-28',
} as const;

const zeroRetention = {
  url: 'https://elevenlabs.io/docs/eleven-api/resources/zero-retention-mode',
  title: 'ElevenLabs Docs: Zero Retention Mode (Enterprise)',
  kind: 'official',
  via: {
    url: 'https://github.com/elevenlabs/elevenlabs-docs/blob/4c0146057d22619934fa700432f7e4530e8c0abc/fern/docs/pages/resources/zero-retention.mdx',
    title: 'ElevenLabs’ own docs repository on GitHub (elevenlabs/elevenlabs-docs), source file of the page',
  },
  checked: '2026-12-01',
} as const;

const safety = {
  url: 'https://www.elevenlabs.io/safety',
  title: 'ElevenLabs: AI Safety',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const musicTerms = {
  url: 'https://elevenlabs.io/eleven-music-model-specific-terms',
  title: 'ElevenLabs: Eleven Music Model-Specific Terms (music models v1 and v2)',
  kind: 'official',
  published: '2026-05-26',
  checked: '2026-11-28',
} as const;

const musicV1Terms = {
  url: 'https://elevenlabs.io/zh/eleven-music-v1-terms-archived-nov-21-2025',
  title: 'ElevenLabs: Eleven Music v1 model terms (archived; applied before 2025-11-21)',
  kind: 'official',
  published: '2025-08-14',
  checked: '2026-11-28',
} as const;

const privacyTrainingAnalysis = {
  url: 'https://conductatlas.com/platform/elevenlabs/elevenlabs-privacy-policy/voice-data-used-for-ai-model-training/',
  title: 'ConductAtlas: ElevenLabs Privacy Policy — voice data used for AI model training',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const privacyAnalysis = {
  url: 'https://conductatlas.com/platform/elevenlabs/elevenlabs-privacy-policy/history/',
  title: 'ConductAtlas: ElevenLabs Privacy Policy summary',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const termsSummaryGlobal = {
  url: 'https://privacyfetch.com/elevenlabs.io/terms-billing',
  title: 'PrivacyFetch: summary of ElevenLabs Terms of Service (non-EEA)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const pricingTranscript = {
  url: 'https://raw.githubusercontent.com/api-evangelist/elevenlabs/refs/heads/main/plans/elevenlabs-plans-pricing.yml',
  title: 'API Evangelist: ElevenLabs plans transcribed from elevenlabs.io/pricing (May 2026 version read)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const robocallIncident = {
  url: 'https://www.aiaaic.org/aiaaic-repository/ai-algorithmic-and-automation-incidents/biden-robocall-advises-voters-skip-new-hampshire-primary-election',
  title: 'AIAAIC Repository: Biden robocall advises voters to skip New Hampshire primary',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const robocallReuters = {
  url: 'https://investing.com/news/politics/fake-biden-robocall-traced-to-texasbased-life-corp-officials-say-3294211',
  title: 'Reuters (via Investing.com): Fake Biden robocall traced to Texas-based Life Corp',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  vendor: 'Eleven Labs Inc.',
  category: 'audio/music',
  homepage: 'https://elevenlabs.io/',
  officialDomains: ['elevenlabs.io'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'elevenlabs.io' }],
  summary:
    'AI voice platform (text-to-speech, voice cloning, dubbing, music, voice agents) with a full API; it retains your data by default, and whether uploaded voices train its models could not be confirmed from ElevenLabs’ own text.',
  capabilities: [
    'Text-to-speech in many languages',
    'Instant and professional voice cloning',
    'Dubbing, voice changer, speech-to-text, sound effects and music',
    'Conversational voice agents and a public API/SDKs',
  ],
  limits: [
    'Free plan: personal, non-commercial use only (per a third-party plan transcription)',
    'Voice cloning requires rights/consent to the voice; public-figure impersonation is restricted',
    'Beta-feature outputs may not be used commercially',
    'Zero Retention Mode is enterprise-only and excludes voice cloning',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — ElevenLabs’ privacy policy and non-EEA terms were not in the stored copies and no official training opt-out page was found; its docs say only that data is retained by default "to enhance our services". A third-party tracker (ConductAtlas) describes the privacy policy as letting ElevenLabs use voice recordings you upload or create to train and improve its AI systems, and says deletion requests go to privacy@elevenlabs.io.',
    retention:
      'By default ElevenLabs retains data, per its Privacy Policy, to enhance its services, troubleshoot issues and secure its systems; history is kept by default, generations can be deleted via the API at any time (debugging and moderation logs may still keep related data), deleted items stay in backups for up to 30 days, and deleting the account deletes its data. Select enterprise customers can use Zero Retention Mode, listed for Text to Speech, Voice Changer, Speech to Text and Conversational AI; voice-cloning samples, dubbing and projects are not eligible.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Enterprise: Zero Retention Mode for select enterprise customers (official docs); ElevenLabs says it has agreements with each third-party LLM provider that expressly prohibit them from training on customer content, whether or not Zero Retention Mode is on. Whether a DPA, SLA or HIPAA BAA is offered could not be read from an official page.',
    sources: [zeroRetention, privacyTrainingAnalysis, privacyAnalysis],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Starter',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — elevenlabs.io/pricing was not in the stored copies; third-party copies disagree on the price',
      },
      { name: 'Creator', price: 'unknown', currency: 'USD', period: 'month', note: 'unknown — not read from an official page' },
      { name: 'Pro', price: 'unknown', currency: 'USD', period: 'month', note: 'unknown — not read from an official page' },
      {
        name: 'Scale',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — not read from an official page; third-party copies disagree on the price',
      },
      {
        name: 'Business',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — not read from an official page; third-party copies disagree on the price',
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'year',
        note: 'unknown — Zero Retention Mode is offered to select enterprise customers (official docs); enterprise pricing not read',
      },
    ],
    freeTier:
      'unknown — the free allowance was not read from an official page; a third-party transcription of the pricing page says free-plan audio is for personal, non-commercial use.',
    read: '2026-12-01',
    sources: [pricingTranscript],
  },
  copyright: {
    ownership:
      'Third-party readings of the terms say you keep ownership of your inputs and outputs while granting ElevenLabs a broad license over them.',
    commercialUse:
      'Per a third-party plan transcription, paid plans include a commercial license while free-plan audio is for personal, non-commercial use. Music outputs carry extra plan-based commercial-rights limits, set out in a table in the current Eleven Music model terms (v1 and v2, updated 26 May 2026); under the archived v1 terms, for example, free plans could not distribute music to streaming services.',
    indemnity: 'unknown',
    sources: [pricingTranscript, musicTerms, musicV1Terms, termsEu],
  },
  security: {
    promptInjection:
      'Voice agents run on third-party LLMs, so caller input can try to steer them; no prompt-injection documentation was read.',
    incidents: [
      {
        date: '2024-01-21',
        summary:
          'A deepfake robocall imitating President Biden told New Hampshire voters to skip the primary; audio experts attributed the voice to ElevenLabs’ tools (not confirmed by the state attorney general) and the company suspended the creator’s account.',
        sources: [robocallIncident, robocallReuters],
      },
    ],
    enterpriseControls:
      'Zero Retention Mode for select enterprise customers (official docs); voice captcha for professional clones, an AI speech classifier and text moderation (official safety page). SSO, DPA or BAA offerings were not confirmed from an official page.',
    sources: [zeroRetention, safety],
  },
  availability: {
    regions: 'Separate terms apply to users in the EEA, Switzerland and UK; other regional limits not read.',
    minAge: 'unknown',
    account:
      'Account required. The minimum age could not be confirmed on an official page (third-party summaries disagree), so check the terms for your region.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [termsEu],
  },
  alternatives: ['suno', 'udio'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: no official pricing, privacy-policy or opt-out page could be read; the SEO guide (opt-out and minimum-age claims) was removed, the opt-out field is now unknown, price notes flag conflicting third-party figures, and the current Eleven Music terms (May 2026) were added.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: Zero Retention Mode docs re-read via ElevenLabs’ own docs repository (via); retention now follows the official text (default retention, API deletion, 30-day backups, account deletion); training is now unknown (was on by default) because only policy trackers described it; all plan prices are now unknown (they came from a third-party transcription); enterprise DPA/BAA/SSO claims (third-party transcription only) removed; the data-privacy row is now caution.',
      fields: ['training', 'retention', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read the Zero Retention Mode page in ElevenLabs\' own docs repository (default retention "to enhance our services", API deletion, 30-day backups, account deletion, ZRM products, LLM providers barred from training) and the labelled ConductAtlas pages; training and all plan prices correctly stay unknown; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Speech synthesis, voice cloning, dubbing, transcription, sound effects, music and voice agents.',
      sources: [zeroRetention, termsEu],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Proprietary voice models; no architecture details were found in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Training data is not detailed in the sources read; third-party trackers say the privacy policy lets ElevenLabs use uploaded voice recordings and voice models for training (official text not read).',
      sources: [privacyTrainingAnalysis],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No independent quality evaluation was read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Speech output follows your text, but the agents product relies on third-party LLMs that can give wrong answers to callers.',
      sources: [zeroRetention],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud API and web app; usage is metered in credits per character or per minute.',
      sources: [pricingTranscript],
    },
    apiAvailability: {
      status: 'good',
      note: 'Full public API covering TTS, voice changer, STT and agents, with a zero-retention option for select enterprise customers.',
      sources: [zeroRetention],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based tiers from a free plan to Business and Enterprise (per a third-party transcription); no plan price could be read from an official page and third-party copies disagree, so check elevenlabs.io/pricing before buying.',
      sources: [pricingTranscript],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Content is retained by default (official docs) and voice-cloning samples are never eligible for zero retention; whether your inputs train ElevenLabs’ models could not be read from its own text (third-party trackers say they may). Zero retention is only for select enterprise API customers. Get consent before uploading anyone’s voice.',
      sources: [zeroRetention, privacyTrainingAnalysis, termsSummaryGlobal],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Commercial use requires a paid plan at generation time (per a third-party plan transcription); cloned voices need the speaker’s consent and music outputs carry extra plan-based distribution limits.',
      sources: [pricingTranscript, musicTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Voice cloning has been misused for political deepfakes; ElevenLabs added voice captcha, a speech classifier and moderation, but plan for impersonation risk.',
      sources: [robocallIncident, safety],
    },
  },
} satisfies ToolInput;
