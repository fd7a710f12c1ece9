// Adobe Express — added 2026-12-01. Sources read on 2026-12-01 (all on adobe.com): Adobe’s blog post "Updating Adobe’s
// Terms of Use" (10 Jun 2024), the HelpX Adobe Stock generative-credits FAQ, the Adobe Express projects help page (Danish
// edition, last updated 16 Dec 2025) and the Shared Device Access knowledge-base note (German edition), and Adobe developer
// docs (Express Embed SDK overview and Generate Image tutorial, add-on quickstart) — read in the search store's copies of
// those pages; the add-on SDK reference page was read through Adobe’s own docs repo on GitHub (AdobeDocs/express-add-ons-docs).
// The HelpX machine-learning FAQ is taken over unchanged from the adobe-firefly review (read there directly on 2026-12-01,
// quote in /work/review/adobe-firefly.md); it was not re-read for this file. Adobe sources are defined here (no shared
// data/sources/adobe.ts exists) with the same URL and dates as in adobe-firefly.ts.
// Host: Adobe’s add-on SDK reference loads the SDK that runs inside Adobe Express from https://new.express.adobe.com, so the
// rule is new.express.adobe.com. express.adobe.com and www.adobe.com/express were not confirmed as the app’s address on an
// Adobe page and are not claimed; firefly.adobe.com stays with adobe-firefly.
// Training parts (2026-12-01): Adobe commits in its Terms of Use, per its 10 Jun 2024 post, not to train generative AI on
// customer content (never: true, scoped to generative AI); its separate non-generative machine learning for product
// improvement ("content analysis") can be switched off in the Adobe account (optOut 'setting').
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown — never/default off scoped to generative AI (blog: "We
// don’t train generative AI on customer content. We are adding this statement to our Terms of Use"), optOut setting and
// optOutHow (ML FAQ, read in its Italian edition helpx.adobe.com/it/…; the /nz/ URL is kept as in adobe-firefly),
// retention/humanReview/storage unknown, business admin controls, freemium plan names with unknown prices, and the free
// tier (its credits wording narrowed to what Adobe’s general credits FAQ says). All official URLs are on adobe.com.
// Not read: the Adobe General Terms and Privacy Policy themselves, the Generative AI User Guidelines, an Adobe Express
// pricing page — plan prices are 'unknown'.
import type { ToolInput } from '../schema.ts';
import { contentAnalysisFaq, termsBlog } from '../sources/adobe.ts';

const CHECKED = '2026-12-01';

const genCreditsFaq = {
  url: 'https://helpx.adobe.com/ro/stock/help/adobe-stock-generative-credits-faq.html',
  title: 'Adobe HelpX: Adobe Stock generative credits FAQ',
  kind: 'official',
  checked: CHECKED,
} as const;

const expressProjects = {
  url: 'https://helpx.adobe.com/dk/express/web/brands-libraries-projects/create-projects-libraries/projects.html',
  title: 'Adobe Express help (Danish edition): Projects overview (Projektoversigt)',
  kind: 'official',
  published: '2025-12-16',
  checked: CHECKED,
} as const;

const sdaNote = {
  url: 'https://helpx.adobe.com/lu_de/enterprise/kb/shared-device-access-for-hed.html',
  title: 'Adobe HelpX (German edition): Adobe Express removed from Shared Device Access for Higher Education',
  kind: 'official',
  checked: CHECKED,
} as const;

const embedSdk = {
  url: 'https://developer.adobe.com/embed-sdk/docs/',
  title: 'Adobe Developer: Adobe Express Embed SDK overview',
  kind: 'official',
  checked: CHECKED,
} as const;

const generateImageTutorial = {
  url: 'https://developer.adobe.com/express/embed-sdk/docs/guides/tutorials/generate-image',
  title: 'Adobe Developer: Embed SDK Generate Image tutorial',
  kind: 'official',
  checked: CHECKED,
} as const;

const addOnQuickstart = {
  url: 'https://developer.adobe.com/express/add-ons/docs/guides/getting_started/quickstart/',
  title: 'Adobe Developer: Adobe Express add-ons quickstart',
  kind: 'official',
  checked: CHECKED,
} as const;

const addOnSdkDocument = {
  url: 'https://developer.adobe.com/express/add-ons/docs/references/addonsdk/app-document/',
  title: 'Adobe Developer: Adobe Express add-on SDK reference — addOnUISdk.app.document',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/AdobeDocs/express-add-ons-docs/blob/69ea43bbbb088fb9dc1c761f19b7f0ecc0faeb0c/src/pages/references/addonsdk/app-document.md',
    title: 'Adobe’s own docs repository on GitHub (AdobeDocs/express-add-ons-docs)',
  },
} as const;

export default {
  id: 'adobe-express',
  name: 'Adobe Express',
  vendor: 'Adobe',
  category: 'image',
  homepage: 'https://new.express.adobe.com/',
  officialDomains: ['adobe.com'],
  match: [{ host: 'new.express.adobe.com' }],
  summary:
    'Adobe’s web and mobile design, photo and video app with Firefly-powered generative features; Adobe commits not to train generative AI on your content, but its separate machine-learning content analysis runs unless you switch it off.',
  capabilities: [
    'Online design, photo editing and video editing with templates',
    'AI-powered content generation such as generating images from text prompts',
    'Projects shared with collaborators, with brands and libraries',
    'Embed SDK and add-ons for developers',
  ],
  limits: [
    'Adobe’s non-generative machine learning may analyse your content to improve products unless you turn it off in your Adobe account',
    'Generative features use monthly generative credits that reset and do not roll over',
    'No desktop app: web and mobile only',
    'The Embed SDK for other platforms now requires business approval',
    'Plan prices were not read on an Adobe page in this pass',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'setting',
      never: true,
      scope:
        'generative AI only — Adobe says it does not train generative AI on customer content and has made this a legal obligation in its Terms of Use; its separate product-improvement machine learning ("NOT generative AI", e.g. masking and background removal) may use usage data and content characteristics unless you opt out',
    },
    optOutHow:
      'Nothing to do for generative-AI training. To stop the separate machine-learning content analysis, turn off machine learning on your Adobe Account Management page.',
    retention: 'unknown — not described in the Adobe pages read.',
    humanReview: 'unknown — not described in the Adobe pages read.',
    storage: 'unknown — not described in the Adobe pages read.',
    business:
      'Teams and Enterprise accounts exist; their admins can access all projects stored in the account and create, delete, restore and manage projects from the Admin Console. Business data-processing terms were not read.',
    sources: [termsBlog, contentAnalysisFaq, expressProjects],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Premium', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on an Adobe page.' },
      { name: 'Teams', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on an Adobe page.' },
      { name: 'Enterprise', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on an Adobe page.' },
    ],
    freeTier:
      'A free account exists alongside Premium, EDU, Teams and Enterprise accounts (Adobe’s projects help page). Adobe’s generative credits, which pay for Firefly-powered and certain other generative AI features in the apps you are entitled to, reset each month and unused credits do not roll over (Adobe’s general credits FAQ, which does not name Express); the Express free allowance was not read.',
    read: CHECKED,
    sources: [expressProjects, genCreditsFaq],
  },
  copyright: {
    ownership:
      'Adobe says you own your content, that it will never be used to train any generative AI tool, and that the licence it takes to run its services will not supersede your ownership.',
    commercialUse: 'unknown — commercial-use terms for Adobe Express outputs were not read.',
    indemnity: 'unknown — no Adobe indemnity terms for Adobe Express were read.',
    sources: [termsBlog],
  },
  security: {
    promptInjection: 'unknown — not addressed in the pages read.',
    incidents: [],
    enterpriseControls:
      'Teams and Enterprise admins can access all projects stored in the account and manage projects and their members from the Admin Console; brands can be added to projects read-only.',
    sources: [expressProjects],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'An Adobe account (an existing Adobe ID or a free one).',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [addOnQuickstart, sdaNote, addOnSdkDocument],
  },
  alternatives: ['adobe-firefly', 'freepik', 'recraft', 'ideogram'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed on adobe.com that Adobe commits in writing not to train generative AI on customer content (never: true, scoped to generative AI), that its separate machine-learning content analysis can be switched off on the Adobe Account Management page (ML FAQ, Italian edition), the admin project controls, the free/Premium/EDU/Teams/Enterprise account types and that generative credits reset monthly without rollover; the free-tier text now says that the credits FAQ is Adobe-wide and does not name Express. Nothing made unknown.',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Designs, photo edits and videos, with AI-powered content generation such as images from text prompts.',
      sources: [embedSdk, generateImageTutorial],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Generative features are powered by Adobe Firefly and "certain other generative AI features"; which model serves which feature is not stated.',
      sources: [genCreditsFaq, generateImageTutorial],
    },
    trainingData: {
      status: 'caution',
      note: 'Adobe says Firefly is trained only on licensed content such as Adobe Stock and on public-domain content; the training data of other generative features in Express is not stated.',
      sources: [termsBlog, genCreditsFaq],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no Adobe text on output quality in Express was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — a design and media generator; no Adobe text on accuracy was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Adobe’s cloud in the browser or mobile app; generative use is metered in credits rather than local hardware.',
      sources: [sdaNote, genCreditsFaq],
    },
    apiAvailability: {
      status: 'caution',
      note: 'Developers can embed Express editing and AI generation through the Embed SDK (now only with business approval) or build add-ons that run inside Express.',
      sources: [embedSdk, addOnQuickstart],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free, Premium, EDU, Teams and Enterprise accounts, with monthly generative credits that do not roll over; prices were not read.',
      sources: [expressProjects, genCreditsFaq],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Adobe commits in its Terms not to train generative AI on your content, but its non-generative machine learning may analyse your content unless you turn it off in your Adobe account.',
      sources: [termsBlog, contentAnalysisFaq],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership of your content; commercial-use and indemnity terms for Express outputs were not read.',
      sources: [termsBlog],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'unknown — no Adobe Express security documentation or incidents were read.',
      sources: [],
    },
  },
} satisfies ToolInput;
