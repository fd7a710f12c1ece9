// Pika — from a copy of Pika’s Terms of Service hosted on pika.me (last modified 2025-05-16; operator Mellis, Inc.) and
// third-party readings of Pika’s privacy policy, terms and acceptable-use policy. No official pricing page was readable.
// Review 2026-11-28: no pika.art page could be found that names pika.me as Pika’s own domain (the pika.me text itself
// only names pika.art as the website), so the pika.me copy is now cited as third-party; an SEO guide was dropped.
// Match: pika.art only. pika.me was not added: it could not be confirmed as Pika’s domain or as where people use Pika.
// A vercel.app copy of an older (2024) Pika privacy policy exists but was not used (not on Pika’s own domain).
import type { ToolInput } from '../schema.ts';

const terms = {
  url: 'https://pika.me/terms-of-service',
  title: 'Pika Terms of Service (copy on pika.me, a domain not confirmed as Pika’s own)',
  kind: 'third-party',
  published: '2025-05-16',
  checked: '2026-11-28',
} as const;

const termsAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-terms-of-service/history/',
  title: 'ConductAtlas: Pika Terms of Service summary',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const trainingAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-terms-of-service/ai-training-data-license-user-content-and-inputs/',
  title: 'ConductAtlas: Pika Terms — AI training license on user content and inputs',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ownershipAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-terms-of-service/content-ownership-and-output-license/',
  title: 'ConductAtlas: Pika Terms — content ownership and output license',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const aupAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-acceptable-use-policy/prohibition-on-using-outputs-to-compete-with-pika/',
  title: 'ConductAtlas: Pika Acceptable Use Policy — no using outputs to compete',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const privacyAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-privacy-policy/history/',
  title: 'ConductAtlas: Pika Privacy Policy summary (captured 2026-04-29)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const falApi = {
  url: 'https://fal.ai/models/fal-ai/pika/v2.5/text-to-video/llms.txt',
  title: 'fal.ai: Pika v2.5 text-to-video endpoint',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'pika',
  name: 'Pika',
  vendor: 'Pika Labs (Mellis, Inc.)',
  category: 'video',
  homepage: 'https://pika.art/',
  officialDomains: ['pika.art'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'pika.art' }],
  summary:
    'Consumer AI video generator (text/image-to-video, plus an "AI Self" likeness feature) whose terms grant Pika a broad license to train on everything you upload, including voice and likeness.',
  capabilities: [
    'Text-to-video and image-to-video clips',
    'Short, stylised clips for social content',
    '"AI Self" persona built from your likeness and voice',
    'Access via website, mobile app and Discord',
  ],
  limits: [
    'Plan prices and any free allowance could not be verified from an official page',
    'Commercial use of outputs depends on the subscription tier',
    'Outputs may not be used to build a competing product',
    'Free trials auto-convert to paid subscriptions and charges are described as non-refundable',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'No training opt-out found: the terms (per third-party analysis) grant Pika a worldwide, royalty-free, sublicensable license to use Inputs and Outputs, including voice and likeness, to operate and train its AI. Access/deletion requests go to support@pika.art.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'No separate business or enterprise data terms were found in the sources read.',
    sources: [terms, trainingAnalysis, privacyAnalysis],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      'unknown — no official pricing page was readable. The terms (per a third-party reading) describe free trials of paid subscriptions that convert to paid automatically.',
    read: '2026-11-28',
    sources: [termsAnalysis],
  },
  copyright: {
    ownership:
      'Per a third-party reading of the terms, rights in outputs and whether they may be used commercially depend on the subscription tier; exact ownership language was not read first-hand.',
    commercialUse:
      'Lower or free tiers may be limited to personal use; AI Self content may only be monetised through Pika’s own platform. Outputs may not be used to compete with Pika.',
    indemnity: 'unknown',
    sources: [terms, ownershipAnalysis, aupAnalysis],
  },
  security: {
    promptInjection: 'Not applicable in the chat sense; no prompt-injection issues documented in the sources read.',
    incidents: [],
    enterpriseControls: 'unknown — no enterprise offering or admin controls found in the sources read.',
    sources: [terms],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Account required; the terms apply across pika.art, pika.me, mobile apps and Discord and include binding arbitration with a class-action waiver (opt-out possible).',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [terms, termsAnalysis],
  },
  alternatives: ['runway', 'luma-dream-machine', 'sora', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-11-28', change: 'Review: pika.me terms copy re-labelled third-party (domain not confirmed); dropped an SEO guide, so pricing model, output quality and hallucination risk are now unknown.' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates short video clips from text, images or video, plus avatar-style "AI Self" content.',
      sources: [terms, termsAnalysis],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary Pika models (a v2.5 model is exposed through fal.ai); no architecture or model card was found.',
      sources: [falApi],
    },
    trainingData: {
      status: 'caution',
      note: 'Training data sources are not disclosed; the terms let Pika train on user uploads, including voice samples and likeness.',
      sources: [trainingAnalysis],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No reliable quality assessment was read; the only guide found was an SEO site and was dropped.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias or fairness documentation was found in the sources read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Not a factual-answer tool; no published evaluation of prompt adherence or artefacts was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted; used from a browser, mobile app or Discord with no local GPU needed.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No first-party public API was found; Pika models are offered through the third-party host fal.ai, under that host’s terms.',
      sources: [falApi],
    },
    pricingModel: {
      status: 'caution',
      note: 'Paid subscriptions whose free trials convert to paid automatically, with charges described as non-refundable; current plans and prices were not verified.',
      sources: [termsAnalysis],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Uploads (including your face and voice) are licensed to Pika for model training with no opt-out found, and the site uses third-party tracking such as the TikTok pixel. Do not upload other people’s likeness or confidential material.',
      sources: [trainingAnalysis, privacyAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Commercial rights depend on your plan, AI Self monetisation is restricted to Pika’s platform, and outputs cannot be used to compete with Pika.',
      sources: [ownershipAnalysis, aupAnalysis],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
