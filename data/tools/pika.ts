// Pika — from Pika’s Terms of Service on pika.me (last modified 2025-05-16; operator Mellis, Inc., "Pika"), Pika’s own
// GitHub README (Pika-Labs/Pika-Plugins) and third-party readings (ConductAtlas) of Pika’s privacy policy, terms and
// acceptable-use policy. No official pricing, privacy or help page was readable.
// Review 2026-11-28: no pika.art page could be found that names pika.me as Pika’s own domain, so the pika.me terms were
// cited as third-party; an SEO guide was dropped.
// Re-check 2026-12-01 (search tools only): searched the stored pages, docs and GitHub copies for pika.art terms, privacy,
// pricing and FAQ/help. Found Pika’s own GitHub organisation (Pika-Labs): its Pika-Plugins README names pika.me as where
// the "Pika Agent" lives, runs Pika’s MCP server at mcp.pika.me, issues developer keys at pika.me/dev and serves outputs
// from cdn.pika.art; together with the pika.me terms naming Mellis, Inc. ("Pika") and pika.art as its website, this
// confirms pika.me as Pika’s own domain, so it was added to officialDomains and the terms are now cited as official.
// Match stays pika.art only (pika.me hosts the separate Pika Agent product; least privilege). The stored terms copy
// shows only its opening sections. Nothing was read through a copy (no `via`). A vercel.app preview copy of an older
// (2024) Pika privacy policy exists but was not used (not on Pika’s own domain and out of date).
// Review findings resolved: training rested only on ConductAtlas; Pika’s own training clause could not be read, so
// training is now default/optOut/scope 'unknown' (was default 'on'). Tracker-only claims are labelled third-party, the
// data-privacy row is caution, and the API row now reflects Pika’s own MCP server (it wrongly said no first-party API).
// Second reading 2026-12-01: 8 claims confirmed, 0 made unknown (training/retention/humanReview/storage unknown,
// tracker-labelled optOutHow, no business terms, pricing unknown, free-tier credits) — pika.me Terms opening, the
// Pika-Plugins README and the ConductAtlas pages re-read.
import type { ToolInput } from '../schema.ts';

const terms = {
  url: 'https://pika.me/terms-of-service',
  title: 'Pika Terms of Service (Mellis, Inc.)',
  kind: 'official',
  published: '2025-05-16',
  checked: '2026-12-01',
} as const;

const pikaPlugins = {
  url: 'https://github.com/Pika-Labs/Pika-Plugins',
  title: 'Pika Labs on GitHub: Pika-Plugins README (Pika MCP server, developer keys, credits)',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const termsAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-terms-of-service/history/',
  title: 'ConductAtlas: Pika Terms of Service summary',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const trainingAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-terms-of-service/ai-training-data-license-user-content-and-inputs/',
  title: 'ConductAtlas: Pika Terms — AI training license on user content and inputs',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const ownershipAnalysis = {
  url: 'https://conductatlas.com/platform/pika/pika-terms-of-service/content-ownership-and-output-license/',
  title: 'ConductAtlas: Pika Terms — content ownership and output license',
  kind: 'third-party',
  checked: '2026-12-01',
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
  checked: '2026-12-01',
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
  officialDomains: ['pika.art', 'pika.me'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'pika.art' }],
  summary:
    'Consumer AI video generator (text/image-to-video, plus an "AI Self" likeness feature); third-party readings of its terms say they grant Pika a broad licence to train on what you upload, including voice and likeness, which could not be checked against Pika’s own text.',
  capabilities: [
    'Text-to-video and image-to-video clips',
    'Short, stylised clips for social content',
    '"AI Self" persona built from your likeness and voice',
    'Access via website, mobile apps and Discord (per the terms), and an MCP server for AI agents',
  ],
  limits: [
    'Plan prices and any free allowance could not be verified from an official page',
    'Commercial use of outputs depends on the subscription tier (per a third-party reading of the terms)',
    'Outputs may not be used to build a competing product (per a third-party reading of the acceptable-use policy)',
    'Free trials auto-convert to paid subscriptions and charges are described as non-refundable (per a third-party reading)',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — the stored copy of Pika’s Terms of Service shows only its opening sections and Pika’s current privacy policy was not in the stored copies, so no training clause or opt-out could be read from Pika’s own text. A third-party tracker (ConductAtlas) says the terms grant Pika a worldwide, royalty-free, sublicensable licence to use Inputs and Outputs, including voice and likeness, to operate and train its AI, and that access/deletion requests go to support@pika.art.',
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
      'unknown — no Pika pricing page was in the stored copies. Pika’s own GitHub README says generation through its tools spends credits from your Pika account; a third-party reading of the terms describes free trials of paid subscriptions that convert to paid automatically.',
    read: '2026-12-01',
    sources: [pikaPlugins, termsAnalysis],
  },
  copyright: {
    ownership:
      'Per a third-party reading of the terms, rights in outputs and whether they may be used commercially depend on the subscription tier; exact ownership language was not read first-hand.',
    commercialUse:
      'Per third-party readings of the terms and acceptable-use policy: lower or free tiers may be limited to personal use; AI Self content may only be monetised through Pika’s own platform. Outputs may not be used to compete with Pika.',
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
      'A Pika account is needed (sign-in per Pika’s GitHub README). The terms cover the website pika.art and its subdomains, mobile apps and third-party platforms such as Discord, and include binding individual arbitration and a class-action waiver that users may opt out of.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [terms, pikaPlugins, termsAnalysis],
  },
  alternatives: ['runway', 'luma-dream-machine', 'sora', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: pika.me terms copy re-labelled third-party (domain not confirmed); dropped an SEO guide, so pricing model, output quality and hallucination risk are now unknown.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: pika.me confirmed as Pika’s own domain via Pika’s GitHub organisation, so the terms are official again; training is now unknown (was on by default) because only a policy tracker described it; added Pika’s own MCP server/developer keys (API row and platforms); tracker-only claims labelled as such and the data-privacy row is now caution. No pika.art pricing, privacy or help page was in the stored copies.',
      fields: ['training', 'availability', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read the pika.me Terms opening, Pika's own Pika-Plugins README (generation spends Pika account credits) and the labelled ConductAtlas terms/privacy pages; all privacy fields correctly stay unknown and no price is claimed; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates videos from user-submitted images, videos and text (per the terms), plus avatar-style "AI Self" content.',
      sources: [terms, termsAnalysis],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary Pika models (a v2.5 model is exposed through fal.ai); no architecture or model card was found.',
      sources: [falApi],
    },
    trainingData: {
      status: 'caution',
      note: 'Training data sources are not disclosed; a third-party tracker says the terms let Pika train on user uploads, including voice samples and likeness — Pika’s own text could not be read.',
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
      note: 'Cloud-hosted; used from a browser, mobile app, Discord or an MCP client with no local GPU needed.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'caution',
      note: 'Pika runs its own MCP server (mcp.pika.me) that MCP clients can call after signing in or with a developer key from pika.me/dev, spending Pika account credits (per Pika’s GitHub README); Pika models are also offered through the third-party host fal.ai. No conventional REST API reference was read.',
      sources: [pikaPlugins, falApi],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based use (per Pika’s GitHub README); a third-party reading of the terms says free trials convert to paid automatically and charges are non-refundable. Current plans and prices could not be read from an official page.',
      sources: [pikaPlugins, termsAnalysis],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Whether Pika trains on your uploads could not be read from its own text; third-party trackers report a training licence covering your face and voice and say the site uses tracking such as the TikTok pixel. Do not upload other people’s likeness or confidential material.',
      sources: [trainingAnalysis, privacyAnalysis],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Per third-party readings of the terms and acceptable-use policy, commercial rights depend on your plan, AI Self monetisation is restricted to Pika’s platform, and outputs cannot be used to compete with Pika.',
      sources: [ownershipAnalysis, aupAnalysis],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security incidents or security documentation were found in the sources read.',
      sources: [],
    },
  },
} satisfies ToolInput;
