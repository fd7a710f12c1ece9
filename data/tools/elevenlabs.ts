// ElevenLabs — from ElevenLabs’ own Terms of Service (EEA version, 2024-10-25; the stored global copy dates from
// 2023), its Zero Retention Mode docs, safety page and Eleven Music model terms (current, 26 May 2026; archived v1),
// plus third-party readings of the privacy policy and newer terms. No official pricing page, privacy-policy text or
// training opt-out article could be read on 2026-11-28: plan prices still come from a third-party transcription of
// elevenlabs.io/pricing (May 2026) and should be re-checked; an SEO guide's claim of a training opt-out and its
// minimum-age claim were dropped as unconfirmed. Match: elevenlabs.io (the web app lives at elevenlabs.io/app).
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
  checked: '2026-11-28',
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
  checked: '2026-11-28',
} as const;

const privacyAnalysis = {
  url: 'https://conductatlas.com/platform/elevenlabs/elevenlabs-privacy-policy/history/',
  title: 'ConductAtlas: ElevenLabs Privacy Policy summary',
  kind: 'third-party',
  checked: '2026-11-28',
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
    'AI voice platform (text-to-speech, voice cloning, dubbing, music, voice agents) with a full API; paid plans get commercial rights, but uploaded voices and content may be used to train its models.',
  capabilities: [
    'Text-to-speech in many languages',
    'Instant and professional voice cloning',
    'Dubbing, voice changer, speech-to-text, sound effects and music',
    'Conversational voice agents and a public API/SDKs',
  ],
  limits: [
    'Free plan: personal, non-commercial use only',
    'Voice cloning requires rights/consent to the voice; public-figure impersonation is restricted',
    'Beta-feature outputs may not be used commercially',
    'Zero Retention Mode is enterprise-only and excludes voice cloning',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — no official page on a training opt-out could be read. Third-party readings of the terms and privacy policy describe a broad, perpetual licence for ElevenLabs to use submitted content and voices to improve its models; an SEO guide’s claim of a forward-only opt-out could not be confirmed. A tracker says deletion requests go to privacy@elevenlabs.io.',
    retention:
      'Data is retained by default to improve services, debug and secure systems; enterprise customers can enable Zero Retention Mode for some API products (TTS, voice changer, STT, agents), which deletes request/response content after processing.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Enterprise: Zero Retention Mode, custom DPA/SLA and a BAA for HIPAA are offered; ElevenLabs says its contracts bar third-party LLM providers used by its agents from training on customer content.',
    sources: [zeroRetention, privacyTrainingAnalysis, privacyAnalysis, termsSummaryGlobal],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Starter', price: 6, currency: 'USD', period: 'month', note: '30K credits; commercial license (third-party transcription, May 2026; older third-party copies say $5)' },
      { name: 'Creator', price: 'unknown', currency: 'USD', period: 'month', note: 'Listed at $11 for the first month at 50% off; 121K credits (third-party transcription)' },
      { name: 'Pro', price: 99, currency: 'USD', period: 'month', note: '600K credits (third-party transcription)' },
      { name: 'Scale', price: 299, currency: 'USD', period: 'month', note: '1.8M credits, 3 seats (third-party transcription; older third-party copies say $330)' },
      { name: 'Business', price: 990, currency: 'USD', period: 'month', note: '6M credits, 10 seats (third-party transcription; older third-party copies say $1,320 or custom)' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'year' },
    ],
    freeTier: '10K credits a month (third-party transcription); free-plan audio is for personal, non-commercial use.',
    read: '2026-11-28',
    sources: [pricingTranscript],
  },
  copyright: {
    ownership:
      'Third-party readings of the terms say you keep ownership of your inputs and outputs while granting ElevenLabs a broad license over them.',
    commercialUse:
      'Per the third-party plan transcription, paid plans include a commercial license while free-plan audio is for personal, non-commercial use. Music outputs carry extra plan-based commercial-rights limits, set out in a table in the current Eleven Music model terms (v1 and v2, updated 26 May 2026); under the archived v1 terms, for example, free plans could not distribute music to streaming services.',
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
      'Enterprise plan with Zero Retention Mode, custom SSO, custom DPA/SLA and HIPAA BAA; voice captcha for professional clones, an AI speech classifier and text moderation.',
    sources: [zeroRetention, safety, pricingTranscript],
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
      note: 'Training data is not detailed in the sources read; third-party readings of the privacy policy say uploaded voice recordings and voice models may be used for training (official text not read).',
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
      note: 'Full public API covering TTS, voice changer, STT and agents, with an enterprise zero-retention option.',
      sources: [zeroRetention],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based tiers from a free plan to Business and Enterprise; prices here come from a third-party transcription (older copies show different figures), so check the official pricing page before buying.',
      sources: [pricingTranscript],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Voice recordings (biometric data) and content are retained by default and, per third-party readings of the terms, may train models with no confirmed opt-out; only enterprise API customers get zero retention, and it excludes voice cloning. Get consent before uploading anyone’s voice.',
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
