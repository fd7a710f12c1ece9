// Ideogram — official: Terms of Service and Privacy Policy on about.ideogram.ai (both last revised 14 Aug 2024),
// docs.ideogram.ai (plans, private generations, FAQ, sign-up) and the API pricing page on ideogram.ai.
// Host: ideogram.ai (unchanged; legal pages live on about.ideogram.ai).
// Re-read 2026-12-01 (directly, stored copies of Ideogram's own pages): Personal Plans, Available Plans (2 June 2026),
// Private Generations, FAQ, and the opening of the Privacy Policy (the stored copy shows only its first sections).
// ConductAtlas records a June 2026 revision of the privacy policy that the stored official copy (2024-08-14) predates.
// Review findings resolved 2026-12-01:
// - Finding 2: private generation needs "an Ideogram Plus Plan or higher" (docs: Private Generations); Basic images are
//   public like Free ones. Limits, optOutHow and the privacy row now say Plus or higher, not "a paid plan".
// - Finding 4: the training value rested only on ConductAtlas. The part of Ideogram's Privacy Policy in the stored copy
//   does not reach a training clause, and no other Ideogram text read mentions training, so training is unknown and the
//   ConductAtlas training page was removed (its storage claim went with it). The ConductAtlas licence page stays only
//   as a third-party source on the copyright licence.
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown (training/optOutHow, retention/humanReview/storage
// unknown, business, Basic $8 / Plus $20 / Pro $60 / Team $30, free tier) — Personal Plans, Available Plans, Private
// Generations and FAQ re-read on docs.ideogram.ai.
import type { ToolInput } from '../schema.ts';

const tos = {
  url: 'https://about.ideogram.ai/legal/tos',
  title: 'Ideogram Terms of Service',
  kind: 'official',
  published: '2024-08-14',
  checked: '2026-11-28',
} as const;

const privacyPolicy = {
  url: 'https://about.ideogram.ai/legal/privacy',
  title: 'Ideogram Privacy Policy',
  kind: 'official',
  published: '2024-08-14',
  checked: '2026-12-01',
} as const;

const personalPlans = {
  url: 'https://docs.ideogram.ai/plans-and-pricing/personal-plans',
  title: 'Ideogram docs: Personal Plans',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const availablePlans = {
  url: 'https://docs.ideogram.ai/plans-and-pricing/available-plans',
  title: 'Ideogram docs: Available Plans (points to the live pricing page)',
  kind: 'official',
  published: '2026-06-02',
  checked: '2026-12-01',
} as const;

const faq = {
  url: 'https://docs.ideogram.ai/using-ideogram/frequently-asked-questions',
  title: 'Ideogram docs: Frequently Asked Questions',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const signup = {
  url: 'https://docs.ideogram.ai/using-ideogram/getting-started/signup-and-registration',
  title: 'Ideogram docs: Signup and Registration',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiPricing = {
  url: 'https://ideogram.ai/features/api-pricing',
  title: 'Ideogram API pricing',
  kind: 'official',
  published: '2025-08-06',
  checked: '2026-11-28',
} as const;

const privateGenerations = {
  url: 'https://docs.ideogram.ai/using-ideogram/generation-settings/private-generations',
  title: 'Ideogram docs: Private Generations',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const licenceClause = {
  url: 'https://conductatlas.com/platform/ideogram/ideogram-terms-of-service/broad-content-license-over-user-inputs-and-outputs/',
  title: 'ConductAtlas: Ideogram ToS — broad content licence over inputs and outputs',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'ideogram',
  name: 'Ideogram',
  vendor: 'Ideogram AI',
  category: 'image',
  homepage: 'https://ideogram.ai/',
  officialDomains: ['ideogram.ai'],
  match: [{ host: 'ideogram.ai' }],
  summary:
    'Text-to-image generator with strong typography/text-in-image tools, a free weekly allowance, paid credit plans and a separate per-image API.',
  capabilities: [
    'Text-to-image with text and typography support',
    'Canvas editing: Magic Fill, Extend, Remix, background replace/remove',
    'Describe, upscale, batch generation and style/colour-palette controls',
    'Developer API billed per output image (Ideogram 3.0 incl. character reference)',
  ],
  limits: [
    'Images are public unless you are on Plus or higher (Free and Basic images are public)',
    'Monthly priority credits expire at the end of each billing cycle',
    "Whether prompts and images train Ideogram's models is not confirmed in Ideogram's own text read",
    'Sign-up only through a Google or Apple account, which cannot be changed later',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — no training statement or opt-out was found in the Ideogram text read. Private generation (Plus plan or higher) only hides images from other users; it is not documented as a training opt-out.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'The API is billed and managed separately from normal Ideogram subscriptions; its data-use terms were not read (unknown).',
    sources: [privacyPolicy, privateGenerations, availablePlans],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Basic',
        price: 8,
        currency: 'USD',
        period: 'month',
        note: '400 priority credits/month plus slow credits; US$84 billed yearly.',
      },
      { name: 'Plus', price: 20, currency: 'USD', period: 'month', note: '1,000 priority credits/month; US$192 billed yearly.' },
      { name: 'Pro', price: 60, currency: 'USD', period: 'month', note: '3,500 priority credits/month; US$576 billed yearly.' },
      {
        name: 'Team',
        price: 30,
        currency: 'USD',
        period: 'month',
        note: 'Per member per month, minimum 2 members; 1,500 priority credits per member.',
      },
    ],
    freeTier:
      'Free plan with 10 slow credits a week (up to 40 images); images are public (private generation needs Plus or higher). Priority top-ups cost US$4 per 100 credits. The Available Plans page (2 June 2026) says static tables may be stale and points to ideogram.ai/pricing.',
    read: '2026-12-01',
    sources: [personalPlans, faq, availablePlans, privateGenerations],
  },
  copyright: {
    ownership:
      'Ideogram says it claims no ownership of generated images; you remain responsible for making sure your content does not break laws or third-party rights.',
    commercialUse:
      'The docs say no plan restricts your rights in outputs, but Ideogram holds a broad licence to prompts and outputs and may use public images in its own marketing.',
    indemnity: 'None found.',
    sources: [faq, personalPlans, licenceClause],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'unknown beyond a Team plan with user management; the API has a default limit of 10 in-flight requests.',
    sources: [personalPlans, apiPricing],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'Google or Apple sign-in only; minors above 13 need to meet the Terms’ conditions for users under the age of majority.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [tos, signup, personalPlans],
  },
  alternatives: ['midjourney', 'adobe-firefly', 'leonardo-ai', 'stability-ai', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: removed Google tracking parameters from a source URL; noted that the stored privacy policy predates a reported 2026 revision.',
    },
    {
      date: '2026-12-01',
      change:
        "Private generation corrected to Plus plan or higher (Basic images are public), from Ideogram's Private Generations doc. Training changed from on/no opt-out found to unknown: it rested only on ConductAtlas, which was removed with its storage claim. Plans and FAQ re-read; prices unchanged.",
      fields: ['training', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: re-read Ideogram's Personal Plans, Available Plans, Private Generations and FAQ docs; prices (Basic $8, Plus $20, Pro $60, Team $30/member), credits, $4 top-ups, the 10 weekly free credits and private generation only on Plus or higher all confirmed; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Still images with a focus on legible text and typography, plus canvas editing and upscaling.',
      sources: [personalPlans],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary models (e.g. Ideogram 3.0 on the API); architecture and weights are not published.',
      sources: [apiPricing],
    },
    trainingData: {
      status: 'unknown',
      note: 'Neither the base training data nor whether user prompts and images are used for training is stated in the Ideogram pages read.',
      sources: [],
    },
    outputQuality: { status: 'unknown', note: 'No independent quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'No bias evaluation details were read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Image generator, not a factual-answer tool; no prompt-adherence evaluation was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser against Ideogram’s cloud; no downloads or local GPU needed.',
      sources: [faq],
    },
    apiAvailability: {
      status: 'good',
      note: 'Developer API with flat per-image pricing, billed separately from app subscriptions; volume discounts by contract.',
      sources: [apiPricing, availablePlans],
    },
    pricingModel: {
      status: 'good',
      note: 'Clear tiers from free to about US$60/month with yearly discounts; unused monthly priority credits do not roll over.',
      sources: [personalPlans],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Images on Free and Basic are public (private generation needs Plus or higher), and whether prompts and images train Ideogram's models could not be confirmed from its own text; avoid confidential prompts or uploads.",
      sources: [privateGenerations, privacyPolicy, faq],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'No ownership claim over outputs, but a broad licence to your content, public-by-default free images and no indemnity.',
      sources: [faq, licenceClause],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No security incidents or security documentation were found.', sources: [] },
  },
} satisfies ToolInput;
