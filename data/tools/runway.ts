// Runway — from Runway’s privacy policy (eff. 2025-09-04), Enterprise Services Terms (2024-09-16) and help centre,
// plus third-party readings of the consumer Terms of Use (the official ToS page itself was not in the stored copies).
// Note: the stored Enterprise Terms copy is addressed as "runwayml.com." (trailing-dot host); it is Runway’s own domain.
// Match: runwayml.com and app.runwayml.com (where the editor runs); help/docs subdomains are left out.
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://runwayml.com/privacy-policy',
  title: 'Runway Privacy Policy',
  kind: 'official',
  published: '2025-09-04',
  checked: '2026-11-28',
} as const;

const enterpriseTerms = {
  url: 'https://runwayml.com./enterprise-terms',
  title: 'Runway Enterprise Services Terms',
  kind: 'official',
  published: '2024-09-16',
  checked: '2026-11-28',
} as const;

const creditsHelp = {
  url: 'https://help.runwayml.com/hc/en-us/articles/23987639973267-Will-unused-credits-carry-over-roll-over-after-my-billing-day',
  title: 'Runway Help: Will unused credits carry over after my billing day?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const tosTrainingAnalysis = {
  url: 'https://conductatlas.com/platform/runway/runway-terms-of-service/ai-training-license-on-inputs-and-outputs/',
  title: 'ConductAtlas: Runway Terms of Service — AI training license on Inputs and Outputs',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const tosCompetingAnalysis = {
  url: 'https://conductatlas.com/platform/runway/runway-terms-of-service/prohibition-on-using-outputs-to-develop-competitive-products/',
  title: 'ConductAtlas: Runway Terms of Service — no using outputs for competing products',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyAnalysis = {
  url: 'https://conductatlas.com/platform/runway/runway-privacy-policy/history/',
  title: 'ConductAtlas: Runway Privacy Policy summary (policy effective 2025-09-04)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const childrenAnalysis = {
  url: 'https://conductatlas.com/platform/runway/runway-privacy-policy/childrens-data-policy/',
  title: 'ConductAtlas: Runway Privacy Policy — children’s data',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const plansGuide = {
  url: 'https://www.bitsminds.com/guides/runway-gen-4-5-video-guide',
  title: 'BitsMinds: Runway Gen-4.5 guide (plans as of May 2026)',
  kind: 'third-party',
  published: '2026-05-15',
  checked: '2026-11-28',
} as const;

const apiGuide = {
  url: 'https://hivebook.wiki/wiki/runway-gen-3-gen-4-text-and-image-to-video-generation',
  title: 'Hivebook: Runway Gen-3/Gen-4 and the Runway Developer API',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const platformGuide = {
  url: 'https://www.aifieldguide.org/tool/runway-gen-3-gen-4',
  title: 'AI Field Guide: Runway Gen-3 / Gen-4',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const browserGuide = {
  url: 'https://www.singularitysoup.com/resources/ai-tools-applications/ai-video-audio/runway-ml-ai-video-generation-and-editing.html',
  title: 'Singularity Soup: Runway ML — AI video generation and editing',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const creditTutorial = {
  url: 'https://www.qwe.edu.pl/tutorial/how-to-use-runway-ml-video-editing',
  title: 'How to use Runway ML for video editing without wasting credits',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const signupGuide = {
  url: 'https://erinbliss.com/guides/runway-ai-guide.html',
  title: 'Erin Bliss: Runway AI guide',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'runway',
  name: 'Runway',
  vendor: 'Runway AI, Inc.',
  category: 'video',
  homepage: 'https://runwayml.com/',
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'runwayml.com' }, { host: 'app.runwayml.com' }],
  summary:
    'Browser-based AI video suite (Gen-4/Gen-4.5 text- and image-to-video, video editing) sold on monthly credit plans, whose terms let Runway train on your prompts and outputs.',
  capabilities: [
    'Text-to-video and image-to-video generation',
    'Video-to-video editing of existing footage',
    'Performance/character animation tools',
    'Developer API for programmatic generation',
  ],
  limits: [
    'Short clips (typically 5–10 seconds per generation)',
    'Every generation costs credits; monthly allowance credits do not roll over',
    'Outputs may not be used to build competing AI products',
    'Inputs and outputs may be used to train Runway models under an irrevocable license',
  ],
  privacy: {
    training: 'by default',
    optOut:
      'No training opt-out found: the consumer terms (as quoted by a third-party analysis) grant Runway an irrevocable, perpetual license to use Inputs and Outputs for model training. Advertising-related sharing can be opted out via the "Your Privacy Choices" footer link; deletion requests go to privacy@runwayml.com.',
    retention:
      'Retention periods for prompts, uploads and outputs are not specified in the material read; the training license is described as surviving account deletion.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Enterprise organisations sign separate Enterprise Services Terms (last updated 2024-09-16) that define inputs and outputs as Customer Content; the consumer privacy policy does not cover data Runway processes on behalf of business customers. Whether Enterprise content is excluded from training was not confirmed.',
    sources: [privacyPolicy, enterpriseTerms, tosTrainingAnalysis, privacyAnalysis],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Standard', price: 15, currency: 'USD', period: 'month', note: '625 credits/month (official help); price from a May 2026 third-party guide — verify on runwayml.com/pricing' },
      { name: 'Pro', price: 35, currency: 'USD', period: 'month', note: '2,250 credits/month (official help); price from a May 2026 third-party guide' },
      { name: 'Unlimited', price: 95, currency: 'USD', period: 'month', note: '2,250 credits plus unlimited slower generations; price from a May 2026 third-party guide' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month' },
      { name: 'Credit top-up', price: 10, currency: 'USD', period: 'one-time', note: 'Purchased credits start at $10 at $0.01 per credit and do not expire (official help)' },
    ],
    freeTier:
      'A one-time allowance of about 125 credits per third-party guides (not confirmed on an official page); paid monthly allowance credits reset on the billing day and unused ones are forfeited.',
    read: '2026-11-28',
    sources: [creditsHelp, plansGuide],
  },
  copyright: {
    ownership:
      'unknown — the consumer Terms of Use were not available in the stored copies; the Enterprise terms treat generated Outputs as Customer Content.',
    commercialUse:
      'unknown from official sources; the terms (per a third-party analysis) forbid using outputs to build or train competing AI products.',
    indemnity: 'unknown',
    sources: [enterpriseTerms, tosCompetingAnalysis],
  },
  security: {
    promptInjection: 'Not applicable in the chat-assistant sense; no prompt-injection issues documented in the sources read.',
    incidents: [],
    enterpriseControls:
      'Enterprise plan under separate Enterprise Services Terms; the privacy policy gives enterprise account administrators access to and control over member accounts (per third-party summary). SSO is mentioned only by third-party guides.',
    sources: [enterpriseTerms, privacyAnalysis],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'Account required (Google or email sign-up); the privacy policy says the service is not intended for children under 13.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [childrenAnalysis, signupGuide, platformGuide, apiGuide],
  },
  alternatives: ['pika', 'luma-dream-machine', 'sora', 'krea', 'adobe-firefly'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates and edits video (text-to-video, image-to-video, video-to-video) plus images.',
      sources: [platformGuide],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary Gen-3/Gen-4/Gen-4.5 video models; no architecture details or model cards were found in the sources read.',
      sources: [platformGuide, apiGuide],
    },
    trainingData: {
      status: 'caution',
      note: 'The training corpus is not disclosed, and the terms let Runway add your prompts, uploads and outputs to future training.',
      sources: [tosTrainingAnalysis],
    },
    outputQuality: {
      status: 'good',
      note: 'Widely rated among the leading video generators, but clips are short and usable results often take several attempts.',
      sources: [plansGuide, creditTutorial],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Generated scenes can contain visual artefacts or ignore parts of the prompt; expect retries, each of which burns credits.',
      sources: [creditTutorial],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs entirely in Runway’s cloud from a browser or mobile app; cost is in credits per second of video rather than local hardware.',
      sources: [browserGuide],
    },
    apiAvailability: {
      status: 'good',
      note: 'A first-party Developer API (api.dev.runwayml.com) offers text/image/video-to-video endpoints billed in credits.',
      sources: [apiGuide],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based subscriptions; monthly allowance credits are forfeited at renewal, so budget per billing cycle. Purchased credits do not expire.',
      sources: [creditsHelp, plansGuide],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Prompts, uploads and outputs may be used to train Runway models under an irrevocable license and no training opt-out was found; do not upload confidential client footage or faces without consent. The policy also covers biometric (face/voice) data for some features.',
      sources: [privacyPolicy, tosTrainingAnalysis, privacyAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Output ownership and commercial terms could not be read from the official consumer terms; outputs may not be used to build competing AI. Check the live Terms of Use before client work.',
      sources: [tosCompetingAnalysis, enterpriseTerms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
