// Runway — from Runway’s privacy policy (eff. 2025-09-04), Enterprise Services Terms (2024-09-16), help centre and
// developer docs (docs.dev.runwayml.com), plus third-party readings (ConductAtlas) of the consumer Terms of Use.
// Re-check 2026-12-01 (search tools only): re-read the privacy policy and Enterprise Services Terms (the stored copies
// show only their opening sections), the two billing help articles and the ConductAtlas training/privacy pages. Nothing
// was read through a copy (no `via`); the Enterprise Terms copy is stored under "runwayml.com." (trailing dot) and is cited
// as runwayml.com. Not readable on 2026-12-01: the consumer Terms of Use, the pricing page, the API setup docs (kept at
// their 2026-11-28 date).
// Review findings resolved:
// - Training rested only on ConductAtlas. Runway’s own text on training could not be read (Terms of Use not stored,
//   privacy policy only in part), so training is now default/optOut/scope 'unknown' (was default 'on'); the tracker
//   reading stays as a clearly labelled third-party note in optOutHow and the checklist.
// - Plan prices came from a third-party guide (BitsMinds); the pricing page could not be read, so Standard/Pro/Unlimited
//   are 'unknown' and the guide was dropped. Credit allowances and the $10 top-up come from Runway’s help centre. The API
//   minimum payment could not be re-read, so that price is 'unknown' too.
// Match: runwayml.com and app.runwayml.com (where the editor runs); help/docs subdomains are left out.
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown (training unknown, tracker-labelled optOutHow and
// retention, humanReview/storage unknown, business from the privacy policy and Enterprise Terms,
// Standard/Pro/Unlimited credits with unknown prices, Enterprise custom, $10 top-up, API unknown, free tier) —
// privacy policy opening, Enterprise Services Terms, both billing help articles and the ConductAtlas pages re-read in
// the stored copies.
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://runwayml.com/privacy-policy',
  title: 'Runway Privacy Policy',
  kind: 'official',
  published: '2025-09-04',
  checked: '2026-12-01',
} as const;

const enterpriseTerms = {
  url: 'https://runwayml.com/enterprise-terms',
  title: 'Runway Enterprise Services Terms',
  kind: 'official',
  published: '2024-09-16',
  checked: '2026-12-01',
} as const;

const creditsHelp = {
  url: 'https://help.runwayml.com/hc/en-us/articles/23987639973267-Will-unused-credits-carry-over-roll-over-after-my-billing-day',
  title: 'Runway Help: Will unused credits carry over after my billing day?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const autoRefillHelp = {
  url: 'https://help.runwayml.com/hc/en-us/articles/52891343848851-Setting-up-Auto-Refill-for-Credits',
  title: 'Runway Help: Setting up Auto Refill for Credits',
  kind: 'official',
  checked: '2026-12-01',
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
  checked: '2026-12-01',
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
  checked: '2026-12-01',
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
    'Browser-based AI video suite (generation and editing of video, images and audio) sold on monthly credit plans; third-party readings of its terms say Runway may train on your prompts and outputs, which could not be checked against Runway’s own text.',
  capabilities: [
    'Generating video and images from prompts and uploads',
    'Editing existing footage with AI tools',
    'Face- and voice-based video and audio features',
    'Developer API (org-scoped keys, prepaid credits) for programmatic generation',
  ],
  limits: [
    'Every generation costs credits; monthly allowance credits do not roll over',
    'Outputs may not be used to build competing AI products (per a third-party reading of the terms)',
    'Third-party readings describe an irrevocable licence to train on Inputs and Outputs; Runway’s own Terms of Use could not be read',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — Runway’s consumer Terms of Use were not in the stored copies and the stored privacy policy shows only its opening sections, so no training clause or opt-out could be read from Runway’s own text. A third-party tracker (ConductAtlas) quotes the terms as granting Runway an irrevocable, perpetual licence to use Inputs and Outputs to train its AI models, and says advertising-related sharing can be opted out via the "Your Privacy Choices" footer link and deletion requests go to privacy@runwayml.com.',
    retention:
      'unknown — no retention periods could be read from Runway’s own text; a third-party reading of the terms says the training licence survives account deletion.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Runway’s privacy policy says it does not apply to information Runway processes on behalf of business customers, which is governed by its agreements with them. Organisations on an Enterprise Services plan sign separate Enterprise Services Terms (last updated 2024-09-16) that call their inputs and outputs Customer Content; individuals and non-Enterprise organisational plans fall under the consumer Terms of Use. Whether Enterprise content is used for training could not be read.',
    sources: [privacyPolicy, enterpriseTerms, tosTrainingAnalysis, privacyAnalysis],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Standard',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '625 monthly allowance credits (official help); price unknown — Runway’s pricing page was not in the stored copies',
      },
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '2,250 monthly allowance credits (official help); price unknown',
      },
      {
        name: 'Unlimited',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '2,250 monthly allowance credits (official help); price and any unlimited-generation terms not read from an official page',
      },
      {
        name: 'Enterprise',
        price: 'custom',
        currency: 'USD',
        period: 'month',
        note: '2,250 or a negotiated monthly credit allowance (official help)',
      },
      {
        name: 'Credit top-up',
        price: 10,
        currency: 'USD',
        period: 'one-time',
        note: 'One-off credit purchases start at $10, at $0.01 per credit; purchased credits are not removed unless spent; Free plans cannot buy credits (official help)',
      },
      {
        name: 'Developer API credits',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'unknown — separate prepaid balance per API organisation; the API docs could not be re-read on 2026-12-01',
      },
    ],
    freeTier:
      'A Free plan exists, but Free plans cannot buy credits or use auto refill (official help); its allowance was not read from an official page. Paid monthly allowance credits reset on the billing day and unused ones are forfeited.',
    read: '2026-12-01',
    sources: [creditsHelp, autoRefillHelp, apiSetup],
  },
  copyright: {
    ownership:
      'unknown — the consumer Terms of Use were not in the stored copies; the Enterprise terms treat Inputs and Customer-specific Outputs as Customer Content.',
    commercialUse:
      'unknown from official sources; a third-party analysis says the terms forbid using outputs to build or train competing AI products.',
    indemnity: 'unknown',
    sources: [enterpriseTerms, tosCompetingAnalysis],
  },
  security: {
    promptInjection: 'Not applicable in the chat-assistant sense; no prompt-injection issues documented in the sources read.',
    incidents: [],
    enterpriseControls:
      'Enterprise plan under separate Enterprise Services Terms; a third-party summary says the privacy policy gives enterprise account administrators access to and control over member accounts. SSO was not confirmed from an official page.',
    sources: [enterpriseTerms, privacyAnalysis],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Account required. Per third-party readings (ConductAtlas), the privacy policy says the service is not intended for children under 13 and the terms require parental permission under 18; the policy’s own Children section was not readable in the stored copy. API use needs a separate developer-portal organisation and key.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [privacyPolicy, childrenAnalysis, ageAnalysis, apiSetup],
  },
  alternatives: ['pika', 'luma-dream-machine', 'sora', 'krea', 'adobe-firefly'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: fixed the trailing-dot Enterprise Terms URL; added official API docs and billing help; dropped SEO guides (output quality and hallucination risk now unknown).',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check against Runway’s own pages: training is now unknown (was on by default) because only a policy tracker described it; Standard/Pro/Unlimited and API prices are now unknown and the third-party plans guide was dropped; retention made unknown; business terms re-read from the privacy policy and Enterprise terms; tracker-based claims are labelled as such and the data-privacy row is now caution.',
      fields: ['training', 'retention', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Runway's privacy policy opening (business-customer exclusion), Enterprise Services Terms, the credits and auto-refill help articles and the labelled ConductAtlas pages; credit allowances (625 / 2,250), the $10 top-up at $0.01 per credit, forfeiture of unused allowance credits and Free plans' inability to buy credits confirmed; training stays unknown; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Tools for creating, editing and generating content — video, images and audio — in the web app, mobile app and API.',
      sources: [privacyPolicy, apiSetup],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Runway serves its own proprietary generative video models through the app and API; no architecture details or model cards were found in the sources read.',
      sources: [apiSetup],
    },
    trainingData: {
      status: 'caution',
      note: 'The training corpus is not disclosed; a third-party tracker quotes the terms as letting Runway add your prompts, uploads and outputs to future training, which could not be checked against Runway’s own text.',
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
      note: 'First-party developer API with organisation-scoped keys and its own prepaid credit balance (API docs, read 2026-11-28); removing a user does not revoke keys, so disable them separately.',
      sources: [apiSetup],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based subscriptions; monthly allowance credits are forfeited at renewal, purchased credits are not removed unless spent, and optional auto refill has a monthly spend cap. Plan prices could not be read from an official page.',
      sources: [creditsHelp, autoRefillHelp],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Whether Runway trains on your inputs could not be read from its own text; third-party trackers quote the terms as granting an irrevocable training licence over Inputs and Outputs and say the policy covers face and voice data for some features. Do not upload confidential client footage or faces without consent.',
      sources: [tosTrainingAnalysis, privacyAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Output ownership and commercial terms could not be read from the official consumer terms; a third-party reading says outputs may not be used to build competing AI. Check the live Terms of Use before client work.',
      sources: [tosCompetingAnalysis, enterpriseTerms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
