// Luma Dream Machine — from Luma’s own pricing/credit pages (learning hub), its Terms of Service (stored copy dated
// 2024-06-11, older than the live version) and third-party readings of the newer terms and privacy policy.
// Note: third-party pricing trackers (2026) describe a newer "Luma app / Luma Agents" surface with different plans;
// this file covers the Dream Machine web/iOS plans. Match rules kept as given (lumalabs.ai/dream-machine, dream-machine.lumalabs.ai).
import type { ToolInput } from '../schema.ts';

const pricingPage = {
  url: 'https://lumalabs.ai/learning-hub/dream-machine-support-pricing-information',
  title: 'Luma: Dream Machine Plans Pricing Comparison',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const olderPricingPage = {
  url: 'https://lumalabs.ai/dream-machine/pricing',
  title: 'Luma: Dream Machine Pricing (earlier version)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const creditsPage = {
  url: 'https://lumalabs.ai/learning-hub/dream-machine-credit-system',
  title: 'Luma: Dream Machine Credit System — Pricing, Usage & Top-Ups',
  kind: 'official',
  published: '2025-06-18',
  checked: '2026-11-28',
} as const;

const tos = {
  url: 'https://lumalabs.ai/legal/tos',
  title: 'Luma AI Terms of Service',
  kind: 'official',
  published: '2024-06-11',
  checked: '2026-11-28',
} as const;

const tosAnalysis = {
  url: 'https://conductatlas.com/platform/luma-ai/luma-ai-terms-of-service/history/',
  title: 'ConductAtlas: Luma AI Terms of Service summary',
  kind: 'third-party',
  checked: '2026-11-28',
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
  checked: '2026-11-28',
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
    'Luma’s Ray-model video and Photon image generator on web and iOS, with credit plans where only Plus and above allow commercial use and uploads are licensed to Luma for training.',
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
    'Output may not be used to train or develop AI models',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'No specific AI-training opt-out found. Per third-party readings, paid users grant a narrower license than free users, but both cover model training; EU/UK users can request access or deletion via hello@lumalabs.ai.',
    retention:
      'No fixed retention periods are stated; data is kept as long as needed for the stated purposes, and account deletion does not revoke licenses for Input already used in models or aggregated data.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Paid subscriptions get a narrower input license than the free tier; the terms say the service is not HIPAA-compliant. No separate enterprise data terms were read.',
    sources: [tos, tosAnalysis, paidLicenseAnalysis, privacyAnalysis, retentionAnalysis],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Lite', price: 9.99, currency: 'USD', period: 'month', note: '3,200 credits/month; non-commercial, watermarked; $95.90/year if billed annually' },
      { name: 'Plus', price: 29.99, currency: 'USD', period: 'month', note: '10,000 credits/month; commercial use, no watermark; $287.99/year if billed annually' },
      { name: 'Unlimited', price: 94.99, currency: 'USD', period: 'month', note: '10,000 fast credits plus unlimited relaxed mode; commercial use; $911.90/year if billed annually' },
      { name: 'Top-up credits', price: 4, currency: 'USD', period: 'one-time', note: 'From $4 for 1,200 credits, valid 12 months, paid plans only' },
    ],
    freeTier:
      'Free web plan with limited monthly credits, draft/720p image generations, lower priority, watermarks and non-commercial use only.',
    read: '2026-11-28',
    sources: [pricingPage, olderPricingPage, creditsPage],
  },
  copyright: {
    ownership:
      'unknown — ownership wording was not read first-hand; free-tier Input is additionally licensed to Luma for public display and distribution (per third-party analysis).',
    commercialUse:
      'Allowed on Plus and Unlimited web plans; Free and Lite are non-commercial only (official pricing). Output may not be used to train or develop AI models.',
    indemnity: 'unknown',
    sources: [pricingPage, freeLicenseAnalysis, competingAnalysis],
  },
  security: {
    promptInjection:
      'Luma’s newer agent features are described as acting autonomously, with liability for third-party AI tool actions disclaimed; no prompt-injection documentation was found.',
    incidents: [],
    enterpriseControls: 'An Enterprise web plan is listed without details; no admin or SSO documentation was read.',
    sources: [tosAnalysis, pricingPage],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'Account required; the terms prohibit users under 13 (per third-party summary) and include binding arbitration with class-action waiver.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [tosAnalysis, pricingPage, creditsPage],
  },
  alternatives: ['runway', 'pika', 'sora', 'krea'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
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
      note: 'Training data is not disclosed; the privacy policy lets Luma train on uploaded images, videos and chat inputs.',
      sources: [privacyAnalysis],
    },
    outputQuality: {
      status: 'good',
      note: 'Paid tiers offer 1080p/4K up-res and HDR with Ray3; free output is watermarked and lower resolution.',
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
      note: 'A separate Dream Machine API exists with its own credits, and Ray2 is also available through AWS Bedrock.',
      sources: [pricingPage, bedrockCard],
    },
    pricingModel: {
      status: 'caution',
      note: 'Monthly credit plans whose credits reset each cycle; annual discounts changed (30% earlier, 20% now). Commercial use starts at Plus ($29.99/month).',
      sources: [pricingPage, olderPricingPage, creditsPage],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Uploads and prompts are licensed to Luma for model training on both free and paid tiers, with no training opt-out found and licenses surviving account deletion. Do not upload confidential footage or identifiable people without consent.',
      sources: [tos, paidLicenseAnalysis, freeLicenseAnalysis, privacyAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Only Plus and above may be used commercially; Free/Lite outputs are watermarked and personal-use only, and outputs cannot be used to train other AI models.',
      sources: [pricingPage, competingAnalysis],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
