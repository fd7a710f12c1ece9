// Krea — official: krea.ai docs (compute units), docs.krea.ai (API billing, Zero Data Retention, changelog) and the
// Krea 2 Acceptable Use Policy. Krea's Terms of Use and Privacy Policy were not in the stored corpus (searched again
// 2026-12-01 without result; only lookalike sites such as fluxkrea.pro came back and were ignored), so training,
// copyright and plan prices stay unknown.
// Re-read 2026-12-01: the Krea 2 Acceptable Use Policy and the docs changelog entry of 16 June 2026 on Zero Data
// Retention (read in the German edition, docs.krea.ai/de/changelog; no English copy was in the corpus).
// Review findings resolved 2026-12-01:
// - Finding 4: Krea's training value is unknown (default/opt-out/scope) and rests on no tracker; Krea's own privacy text
//   could not be read, so it stays unknown. The Zero Data Retention route is corrected from "contact sales" to
//   support@krea.ai, as the changelog says.
// Stored copies of the API billing page differ: the newest one bills the API from a separate USD balance with fixed
// per-model prices, while older copies drew on the web app's compute units; this file follows the newest.
// Hosts: krea.ai plus www.krea.ai (Krea's pages are served from www).
// Second reading 2026-12-01: 7 claims confirmed, 0 made unknown (training/optOutHow unknown, ZDR retention and
// business, humanReview/storage unknown, free tier) — docs changelog (ZDR entry, several language editions) and the
// compute-units guide re-read.
import type { ToolInput } from '../schema.ts';

const computeUnits = {
  url: 'https://www.krea.ai/docs/help-and-support/compute-units',
  title: 'Krea docs: Compute Units and Usage Guide',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const apiBilling = {
  url: 'https://docs.krea.ai/developers/api-keys-and-billing',
  title: 'Krea developer docs: API keys and billing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const zdr = {
  url: 'https://docs.krea.ai/developers/zdr',
  title: 'Krea developer docs: Zero Data Retention',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const usePolicy = {
  url: 'https://www.krea.ai/krea-2-use-policy',
  title: 'Krea Acceptable Use Policy (Krea 2 model weights)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const changelog = {
  url: 'https://docs.krea.ai/de/changelog',
  title: 'Krea developer docs: changelog (German edition), entry "Zero Data Retention für Krea 2" of 16 June 2026',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'krea',
  name: 'Krea',
  vendor: 'Krea AI',
  category: 'image',
  homepage: 'https://www.krea.ai/',
  officialDomains: ['krea.ai'],
  match: [{ host: 'krea.ai' }, { host: 'www.krea.ai' }],
  summary:
    'Creative AI workspace for image and video generation, enhancement and editing that hosts Krea’s own models alongside third-party ones, billed in compute units.',
  capabilities: [
    'Image generation with Krea 2 and third-party models (e.g. Flux, Seedream, ChatGPT Image)',
    'Video generation (e.g. Veo 3, Wan 2.5)',
    'Image enhancement, editing and custom style/model training',
    'REST API and SDK billed per generation from a workspace USD balance; open Krea 2 weights for download',
  ],
  limits: [
    'Generation costs differ widely between models (an earlier API doc put a Veo 3 video at ~200× a Flux image)',
    'Monthly plan units expire each cycle; purchased packs expire after 90 days; API access must be enabled per workspace',
    'Zero Data Retention only for enterprises on selected Krea 2 API models',
    'Terms of Use and Privacy Policy not reviewed here — verify before uploading sensitive material',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow: 'unknown',
    retention:
      'unknown for the web app. Enterprise API customers can use Zero Data Retention on krea-2/medium, krea-2/large and krea-2/medium-turbo: with the request header set, Krea does not keep the prompt or the generation after returning it; ZDR is enabled per workspace via support@krea.ai.',
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      'Zero Data Retention is offered to enterprise API customers for the supported Krea 2 models; other business data terms were not read. Hosted use of Krea 2 is governed by the Krea Terms of Use (not read).',
    sources: [changelog, zdr, usePolicy],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'All users get a small daily allowance of free compute units; paid plans add a monthly allowance, and paid users can buy one-time compute packs. The API is billed separately, per generation, from a workspace USD balance. Plan prices were not read.',
    read: '2026-12-01',
    sources: [computeUnits, apiBilling, changelog],
  },
  copyright: {
    ownership: 'unknown; hosted use is governed by the Krea Terms of Use, which were not read.',
    commercialUse: 'unknown; the Krea 2 Acceptable Use Policy forbids outputs that violate third-party IP or publicity rights.',
    indemnity: 'unknown',
    sources: [usePolicy],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'Workspaces with owner/admin roles: only owners and admins can create API tokens; enterprise Zero Data Retention on supported API models.',
    sources: [apiBilling, changelog],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Krea account within a workspace; API tokens are created per workspace.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [apiBilling, computeUnits],
  },
  alternatives: ['midjourney', 'leonardo-ai', 'ideogram', 'adobe-firefly', 'stability-ai'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: API billing updated to the newest docs (separate USD balance, fixed per-generation prices, API access enabled per workspace); terms, privacy and plan prices still not found.',
    },
    {
      date: '2026-12-01',
      change:
        "Re-checked: Krea's Terms of Use and Privacy Policy still not found, so training stays unknown (no tracker used). Zero Data Retention re-read in the docs changelog (16 June 2026): enabled via support@krea.ai, not sales; the Krea 2 use policy re-read.",
      fields: ['retention', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Krea's docs changelog entry on Zero Data Retention (enterprise API, krea-2 models, enabled via support@krea.ai) and the compute-units guide (daily free units, monthly plan units that expire, 90-day compute packs); the changelog also confirms API usage is charged to the workspace API balance and was added as a pricing source; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Images and video, plus enhancement, editing and training custom styles.',
      sources: [computeUnits, apiBilling],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'An aggregator: Krea’s own Krea 2 models (weights downloadable) sit next to third-party models, each with different behaviour and terms.',
      sources: [apiBilling, usePolicy],
    },
    trainingData: { status: 'unknown', note: 'No training-data disclosure for Krea’s own models was read.', sources: [] },
    outputQuality: { status: 'unknown', note: 'No independent quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'No bias evaluation details were read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Media generator, not a factual-answer tool; no accuracy evaluation was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud-hosted; the web app counts cost in compute units, and an earlier API doc listed about 5 units for a Flux image versus about 1,000 for a Veo 3 video.',
      sources: [computeUnits, apiBilling],
    },
    apiAvailability: {
      status: 'good',
      note: 'REST API and SDK with workspace tokens that only owners and admins can create; billed per generation from a separate USD balance, and failed or cancelled jobs are not billed.',
      sources: [apiBilling],
    },
    pricingModel: {
      status: 'caution',
      note: 'Web app uses compute units with expiring monthly allowances and 90-day packs, while the API is charged per generation against a USD balance; plan prices were not confirmed.',
      sources: [computeUnits, apiBilling],
    },
    dataPrivacyPolicy: {
      status: 'unknown',
      note: 'Krea’s Privacy Policy was not read; only enterprise Zero Data Retention for a few Krea 2 API models is documented in sources read.',
      sources: [changelog, zdr],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Output ownership and indemnity terms were not read; the Krea 2 use policy bans rights-infringing outputs.',
      sources: [usePolicy],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
