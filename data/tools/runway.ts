// Runway — from Runway’s privacy policy (eff. 2025-09-04), Enterprise Services Terms (2024-09-16), help centre and
// developer docs (docs.dev.runwayml.com), plus third-party readings of the consumer Terms of Use (the official ToS page
// itself was not in the stored copies). The stored Enterprise Terms copy was addressed as "runwayml.com." (trailing dot);
// the URL below is normalised to runwayml.com. Review 2026-11-28: SEO/aggregator guides were replaced with official pages
// where possible; plan prices still come from a third-party guide.
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
  url: 'https://runwayml.com/enterprise-terms',
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

const autoRefillHelp = {
  url: 'https://help.runwayml.com/hc/en-us/articles/52891343848851-Setting-up-Auto-Refill-for-Credits',
  title: 'Runway Help: Setting up Auto Refill for Credits',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiSetup = {
  url: 'https://docs.dev.runwayml.com/guides/setup',
  title: 'Runway API docs: API Setup & Configuration',
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

const ageAnalysis = {
  url: 'https://conductatlas.com/platform/runway/runway-terms-of-service/age-restriction-and-parental-consent/',
  title: 'ConductAtlas: Runway Terms — age restriction and parental consent',
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

export default {
  id: 'runway',
  name: 'Runway',
  vendor: 'Runway AI, Inc.',
  category: 'video',
  homepage: 'https://runwayml.com/',
  officialDomains: ['runwayml.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'runwayml.com' }, { host: 'app.runwayml.com' }],
  summary:
    'Browser-based AI video suite (generation and editing of video, images and audio) sold on monthly credit plans, whose terms let Runway train on your prompts and outputs.',
  capabilities: [
    'Generating video and images from prompts and uploads',
    'Editing existing footage with AI tools',
    'Face- and voice-based video and audio features',
    'Developer API (org-scoped keys, prepaid credits) for programmatic generation',
  ],
  limits: [
    'Every generation costs credits; monthly allowance credits do not roll over',
    'Outputs may not be used to build competing AI products',
    'Inputs and outputs may be used to train Runway models under an irrevocable license',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
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
      { name: 'Standard', price: 15, currency: 'USD', period: 'month', note: '625 credits/month (official help); price from a May 2026 third-party guide, not an official page — verify on runwayml.com/pricing' },
      { name: 'Pro', price: 35, currency: 'USD', period: 'month', note: '2,250 credits/month (official help); price from a May 2026 third-party guide' },
      { name: 'Unlimited', price: 95, currency: 'USD', period: 'month', note: '2,250 credits plus unlimited slower generations; price from a May 2026 third-party guide' },
      { name: 'Enterprise', price: 'custom', currency: 'USD', period: 'month' },
      { name: 'Credit top-up', price: 10, currency: 'USD', period: 'one-time', note: 'Purchased credits start at $10 at $0.01 per credit and do not expire; not available on the Free plan (official help)' },
      { name: 'Developer API credits', price: 10, currency: 'USD', period: 'usage', note: 'Separate prepaid balance per API organisation; minimum first payment $10 at $0.01 per credit (official API docs)' },
    ],
    freeTier:
      'A Free plan exists, but Free accounts cannot buy credits (official help); its allowance (about 125 one-time credits per third-party guides) was not confirmed officially. Paid monthly allowance credits reset on the billing day and unused ones are forfeited.',
    read: '2026-11-28',
    sources: [creditsHelp, autoRefillHelp, apiSetup, plansGuide],
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
    account:
      'Account required; the privacy policy says the service is not intended for children under 13, and the terms (per a third-party reading) require parental permission under 18. API use needs a separate developer-portal organisation and key.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [privacyPolicy, childrenAnalysis, ageAnalysis, apiSetup],
  },
  alternatives: ['pika', 'luma-dream-machine', 'sora', 'krea', 'adobe-firefly'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-11-28', change: 'Review: fixed the trailing-dot Enterprise Terms URL; added official API docs and billing help; dropped SEO guides (output quality and hallucination risk now unknown).' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Tools for creating, editing and generating video, images and audio, including features that use your face or voice.',
      sources: [privacyPolicy, apiSetup],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Runway serves its own proprietary generative video models through the app and API; no architecture details or model cards were found in the sources read.',
      sources: [apiSetup],
    },
    trainingData: {
      status: 'caution',
      note: 'The training corpus is not disclosed, and the terms let Runway add your prompts, uploads and outputs to future training.',
      sources: [tosTrainingAnalysis],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No vendor-independent quality evaluation was read; earlier SEO-guide claims were dropped.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Not a factual-answer tool; no published evaluation of artefacts or prompt adherence was read. Every retry costs credits.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Runway’s cloud from a browser, mobile app or API; you pay for compute in credits rather than needing local hardware.',
      sources: [apiSetup, privacyPolicy],
    },
    apiAvailability: {
      status: 'good',
      note: 'First-party developer API with organisation-scoped keys and a prepaid credit balance (minimum $10); removing a user does not revoke keys, so disable them separately.',
      sources: [apiSetup],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based subscriptions; monthly allowance credits are forfeited at renewal, purchased credits do not expire, and optional auto-refill has a monthly spend cap. Plan prices come from a third-party guide.',
      sources: [creditsHelp, autoRefillHelp, plansGuide],
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
