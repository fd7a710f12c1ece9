// Luma Dream Machine — from Luma’s own plans/credit pages (learning hub, read 2026-11-28), its Terms of Service (stored
// copy dated 2024-06-11, older than the live version), its API Terms and API FAQ, and third-party readings (ConductAtlas)
// of the newer terms and privacy policy.
// Re-check 2026-12-01 (search tools only): re-read the Terms of Service and API Terms (stored copies show only their
// opening sections) and the API FAQ on docs.lumalabs.ai; the learning-hub plans and credit pages could not be found in
// the stored copies and keep their 2026-11-28 date. Nothing was read through a copy (no `via`).
// Review findings resolved:
// - Unlimited price ($94.99 here vs $99.99 in third-party API docs): Luma’s own pricing page could not be read on
//   2026-12-01, so the Unlimited price is 'unknown'. Because no quote from Luma’s page could be produced, the Lite, Plus
//   and top-up prices are 'unknown' too, and the old-vs-new annual-discount note was dropped.
// - "Failed generations are not charged": added — Luma’s API FAQ says failed generations are not charged (credits are
//   pre-charged and refunded to the balance). This is Luma’s API text; it was not confirmed for the web/iOS app.
// - Training rested only on ConductAtlas. Luma’s own training clause could not be read, so training is now
//   default/optOut/scope 'unknown' (was default 'on'); the tracker reading stays as a labelled third-party note.
// Note: third-party pricing trackers (2026) describe a newer "Luma app / Luma Agents" surface with different plans; this
// file covers the Dream Machine web/iOS plans. Match rules kept as given (lumalabs.ai/dream-machine, dream-machine.lumalabs.ai).
// Second reading 2026-12-01: 8 claims confirmed, 0 made unknown; 4 prices that the first reading had left unknown
// were filled from Luma's own plans and credit pages, which are in the stored copies (Lite $9.99, Plus $29.99,
// Unlimited $94.99 — settling finding 1 in favour of $94.99 — top-ups ($4 for 1,200 credits) were not confirmed on Luma's pages by a third reading and are unknown).
import type { ToolInput } from '../schema.ts';

const pricingPage = {
  url: 'https://lumalabs.ai/learning-hub/dream-machine-support-pricing-information',
  title: 'Luma: Dream Machine Plans Pricing Comparison',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const creditsPage = {
  url: 'https://lumalabs.ai/learning-hub/dream-machine-credit-system',
  title: 'Luma: Dream Machine Credit System — Pricing, Usage & Top-Ups',
  kind: 'official',
  published: '2025-06-18',
  checked: '2026-12-01',
} as const;

const apiFaq = {
  url: 'https://docs.lumalabs.ai/docs/faq',
  title: 'Luma API docs: FAQ (What if my generation fails)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const tos = {
  url: 'https://lumalabs.ai/legal/tos',
  title: 'Luma AI Terms of Service',
  kind: 'official',
  published: '2024-06-11',
  checked: '2026-12-01',
} as const;

const apiTerms = {
  url: 'https://lumalabs.ai/dream-machine/api/terms',
  title: 'Luma API Terms of Service (Business Terms)',
  kind: 'official',
  published: '2024-09-13',
  checked: '2026-12-01',
} as const;

const tosAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-terms-of-service/history/',
  title: 'ConductAtlas: Luma AI Terms of Service summary',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const freeLicenseAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-terms-of-service/free-tier-expanded-public-display-license/',
  title: 'ConductAtlas: Luma Terms — free-tier expanded input license',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const paidLicenseAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-terms-of-service/input-license-paid-tier-ai-training-license/',
  title: 'ConductAtlas: Luma Terms — paid-tier input license (AI training)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const competingAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-terms-of-service/prohibition-on-using-output-to-train-competing-ai-models/',
  title: 'ConductAtlas: Luma Terms — no using Output to train AI models',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const privacyAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-privacy-policy/',
  title: 'ConductAtlas: Luma AI Privacy Policy summary',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const retentionAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-privacy-policy/data-retention-policy/',
  title: 'ConductAtlas: Luma AI Privacy Policy — data retention',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const bedrockCard = {
  url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-luma-ai-ray2.md',
  title: 'AWS Bedrock model card: Luma AI Ray2',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ray3Interview = {
  url: 'https://www.lowpass.cc/p/luma-ai-ceo-amit-jain-ray3-genai-hollywood',
  title: 'Lowpass: Luma AI CEO on the Ray3 model',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'luma-dream-machine',
  name: 'Luma Dream Machine',
  vendor: 'Luma AI, Inc.',
  category: 'video',
  homepage: 'https://lumalabs.ai/dream-machine',
  officialDomains: ['lumalabs.ai'],
  match: [{ host: 'lumalabs.ai', path: '/dream-machine' }, { host: 'dream-machine.lumalabs.ai' }],
  summary:
    'Luma’s Ray-model video and Photon image generator on web and iOS, with credit plans where only Plus and above allow commercial use; third-party readings of its terms say uploads are licensed to Luma for training.',
  capabilities: [
    'Text-to-video and image-to-video (Ray models, incl. Ray3)',
    'Image generation (Photon)',
    'Modify, reframe and upscale existing video',
    'Separate developer API; Ray2 also offered on AWS Bedrock',
  ],
  limits: [
    'Free and Lite plans: non-commercial use only, with watermarks',
    'Monthly credits do not roll over; top-ups need an active paid plan',
    'App credits and API credits are separate and not transferable',
    'Output may not be used to train or develop AI models (per a third-party reading of the terms)',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — the stored copy of Luma’s Terms of Service shows only its opening sections and Luma’s privacy policy was not in the stored copies, so no training clause or opt-out could be read from Luma’s own text. A third-party tracker (ConductAtlas) says both free and paid users license their Input to Luma for AI model training, paid users more narrowly.',
    retention:
      'unknown from Luma’s own text; a third-party summary of the terms says account deletion does not revoke licences for Input already incorporated into Luma’s systems or models.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Luma’s API Terms of Service ("Business Terms", last updated 2024-09-13) supplement its Terms of Service and govern business use, including API access; use by individuals is governed by the Terms of Service. Whether business or API inputs are used for training could not be read. A third-party summary says the terms state the service is not HIPAA-compliant.',
    sources: [tos, apiTerms, tosAnalysis, paidLicenseAnalysis, privacyAnalysis, retentionAnalysis],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Lite',
        price: 9.99,
        currency: 'USD',
        period: 'month',
        note: 'Web plan, 3,200 monthly credits; non-commercial use only, with watermarks; $7.99/month billed annually (official plans page, re-read 2026-12-01)',
      },
      {
        name: 'Plus',
        price: 29.99,
        currency: 'USD',
        period: 'month',
        note: 'Web plan, 10,000 monthly credits; commercial use allowed, no watermarks; $23.99/month billed annually (official plans page, re-read 2026-12-01)',
      },
      {
        name: 'Unlimited',
        price: 94.99,
        currency: 'USD',
        period: 'month',
        note: 'Web plan, 10,000 monthly credits for Fast Mode plus unlimited Relaxed Mode; commercial use; $75.99/month billed annually. Luma’s own plans page (re-read 2026-12-01) gives $94.99; the $99.99 figure comes only from third-party API docs',
      },
      {
        name: 'Top-up credits',
        price: 'unknown',
        currency: 'USD',
        period: 'one-time',
        note: 'unknown — the third reading (2026-12-01) could not find "$4 for 1,200 credits" on Luma\'s own credit page; third-party pages give that figure for API credits, not app top-ups.',
      },
      {
        name: 'API credits',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Separate API credit balance; Luma’s API FAQ says failed generations are not charged — credits are pre-charged and fully refunded to the balance if a generation fails',
      },
    ],
    freeTier:
      'A free web plan with limited monthly credits, draft resolution, watermarks and non-commercial use only (official plans page, re-read 2026-12-01). Monthly credits do not roll over; app credits and API credits are separate.',
    read: '2026-12-01',
    sources: [pricingPage, creditsPage, apiFaq],
  },
  copyright: {
    ownership:
      'unknown — ownership wording was not read first-hand; free-tier Input is additionally licensed to Luma for public display and distribution (per third-party analysis).',
    commercialUse:
      'Allowed on Plus and Unlimited web plans; Free and Lite are non-commercial only (official plans page, read 2026-11-28). A third-party reading says Output may not be used to train or develop AI models.',
    indemnity: 'unknown',
    sources: [pricingPage, freeLicenseAnalysis, competingAnalysis],
  },
  security: {
    promptInjection:
      'Luma’s newer agent features are described (by a third-party summary) as acting autonomously, with liability for third-party AI tool actions disclaimed; no prompt-injection documentation was found.',
    incidents: [],
    enterpriseControls: 'An Enterprise web plan is listed without details; no admin or SSO documentation was read.',
    sources: [tosAnalysis, pricingPage],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Account required; per a third-party summary the terms prohibit users under 13. Luma’s Terms of Service open with an arbitration notice (binding arbitration; class-action waiver per the same summary).',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [tos, tosAnalysis, pricingPage, creditsPage],
  },
  alternatives: ['runway', 'pika', 'sora', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-12-01',
      change:
        'Re-check against Luma’s own pages: the Unlimited price ($94.99 vs $99.99 elsewhere) could not be settled from lumalabs.ai and is now unknown, as are the Lite, Plus and top-up prices; added the API FAQ (failed generations are not charged) and the API Terms; training is now unknown (was on by default) because only a policy tracker described it; retention made unknown; the earlier-pricing-page source was dropped.',
      fields: ['training', 'retention', 'pricing', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: Luma's own plans page (learning-hub) and credit-system page were found in the stored copies and re-read: Lite $9.99, Plus $29.99 and Unlimited $94.99 a month (the $99.99 figure is third-party only), top-ups from $4 for 1,200 credits, free plan non-commercial with watermarks — these prices replace 'unknown'. API terms, API FAQ and the labelled ConductAtlas readings confirmed; training stays unknown.",
      fields: ['pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        "Third reading of the prices the second reader filled in: Lite $9.99, Plus $29.99 and Unlimited $94.99 confirmed on lumalabs.ai/learning-hub; the $4-for-1,200 top-up was not found on Luma's own pages (third parties give it for API credits) and is unknown again.",
      fields: ['pricing'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Video generation plus image generation and video editing (modify, reframe, upscale).',
      sources: [creditsPage],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary Ray video models (Ray2 launched January 2025; Ray3 described as a reasoning video model) and Photon for images; no open architecture details.',
      sources: [bedrockCard, ray3Interview],
    },
    trainingData: {
      status: 'caution',
      note: 'Training data is not disclosed; a third-party tracker says Luma’s privacy policy lets it train on uploaded images, videos and chat inputs — Luma’s own text could not be read.',
      sources: [privacyAnalysis],
    },
    outputQuality: {
      status: 'good',
      note: 'Paid tiers offer 1080p/4K up-res and HDR with Ray3; free output is watermarked and lower resolution (official plans page, 2026-11-28).',
      sources: [pricingPage],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Generative video can ignore or misread prompts; Luma’s agent chat may reproduce what you typed in its outputs, so keep sensitive text out of prompts.',
      sources: [privacyAnalysis, ray3Interview],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted; cost is in credits per generation (e.g. per 5- or 10-second clip), not local hardware.',
      sources: [creditsPage],
    },
    apiAvailability: {
      status: 'good',
      note: 'A separate Dream Machine API exists with its own credits (failed API generations are refunded to the balance), and Ray2 is also available through AWS Bedrock.',
      sources: [pricingPage, apiFaq, bedrockCard],
    },
    pricingModel: {
      status: 'caution',
      note: 'Monthly credit plans (Lite $9.99, Plus $29.99, Unlimited $94.99 on Luma’s plans page) whose credits reset each cycle and do not roll over; only Plus and above allow commercial use. The API is billed separately and does not charge for failed generations.',
      sources: [pricingPage, creditsPage, apiFaq],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Whether and how Luma trains on your uploads could not be read from its own text; third-party trackers report a training licence on both free and paid tiers that survives account deletion. Do not upload confidential footage or identifiable people without consent.',
      sources: [paidLicenseAnalysis, freeLicenseAnalysis, privacyAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Only Plus and above may be used commercially; Free/Lite outputs are watermarked and personal-use only, and (per a third-party reading) outputs cannot be used to train other AI models.',
      sources: [pricingPage, competingAnalysis],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
