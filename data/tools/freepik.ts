// Freepik — added 2026-12-01. Freepik's Privacy Policy (February 2024 version) and its Terms of Use (May 2024
// version, which contain the AI Products Terms of April 2024 and the API Services Terms of May 2024) were read WHOLE
// on 2026-12-01 through ToS;DR's verbatim copies in tosdr/tosdr-versions (Freepik/…) and are cited at
// freepikcompany.com with the copy in `via`. The stored copies show only month-level dates, so `published` is omitted
// and the month is in the title. Freepik's help docs (fr.freepik.com and www.magnific.com), its support article on
// renewals and refunds, and its usage-rights docs page were read as search excerpts on 2026-12-01.
// Rename to Magnific: Freepik's own help docs are now served on www.magnific.com (the billing page there still says
// "plans, AI credits, payments, subscriptions, and taxes on Freepik"; the usage-rights page speaks of "Magnific
// content"). An explicit "Freepik is now Magnific" statement was only found in third-party copies, never in the maker's
// own text, and the 2026 Magnific legal texts were not in the corpus — so the tool keeps the name Freepik, and the
// privacy and terms facts below are those of the 2024 versions (verify the current Magnific texts).
// Hosts: freepik.com with subdomains (the Terms cover "https://www.freepik.com/, including any of its subdomains";
// language editions such as fr.freepik.com). magnific.com stays in officialDomains because cited Freepik help docs live
// there, but it is not matched: no Freepik/Magnific text read says the Freepik app itself runs on magnific.com (second
// reading, 2026-12-01). magnific.ai (the older stand-alone upscaler of Generative Suite, S.L.) is not claimed.
// Prices: no Freepik pricing page was in the corpus, so plan prices are unknown.
// Second reading 2026-12-01: 24 claims confirmed, 0 made unknown (privacy policy and terms re-read whole via the ToS;DR
// copies; help docs and support article re-read as excerpts). Training scope now notes that the AI Product Terms define
// Input as text "uploaded" and promise never to train on "any content uploaded by the User", which sits uneasily with the
// privacy policy's training on Inputs; the opt-out limit no longer says an objection is sure to stop it; the
// magnific.com / www.magnific.com match rules were removed.
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://www.freepikcompany.com/legal/privacy',
  title: 'Freepik Company Privacy Policy (version of February 2024)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/d4fa51924a4fc4898adb7a2f3a2715a5f6ab4651/Freepik/Privacy%20Policy.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const terms = {
  url: 'https://www.freepikcompany.com/legal/terms-of-use',
  title: 'Freepik Terms of Use (May 2024), incl. the AI Products Terms (April 2024) and API Services Terms (May 2024)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/89e5ffe4c2f5b8ebb09b03bf39c4ebfd6f5d71fb/Freepik/Terms%20of%20Service.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const billingDocs = {
  url: 'https://www.magnific.com/ai/docs/billing-credits-payments',
  title: 'Freepik help docs (served on magnific.com): Billing, credits & payments',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const businessPlanDocs = {
  url: 'https://fr.freepik.com/ai/docs/business-plan',
  title: 'Freepik help docs: Using the Business plan',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const usageRightsDocs = {
  url: 'https://www.magnific.com/idn/ai/docs/usage-rights-general-rules',
  title: 'Magnific docs: Usage rights — general rules',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const renewalRefunds = {
  url: 'https://support.freepik.com/hc/en-us/articles/360017370740-Automatic-renewal-cancellation-and-refund-policy',
  title: 'Freepik Support: Automatic renewal, cancellation and refund policy',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'freepik',
  name: 'Freepik',
  vendor: 'Freepik Company, S.L.',
  category: 'image',
  homepage: 'https://www.freepik.com/',
  officialDomains: ['freepik.com', 'freepikcompany.com', 'magnific.com'],
  match: [{ host: 'freepik.com', subdomains: true }],
  summary:
    'Stock-asset library with AI image, video and editing tools (being rebranded as Magnific); its 2024 privacy policy uses your AI prompts and outputs to train its models by default, while images you upload are excluded.',
  capabilities: [
    'Stock vectors, photos, PSDs, icons, videos and templates under the Freepik licence',
    'AI Products such as Text to Image, AI Image Generator and AI Presentation Maker, plus AI editing tools',
    'Online editors (Designer, Mockup Editor) that mix your content, Freepik content and AI-generated content',
    'API Services for Freepik content, AI-generated content and the AI Products',
  ],
  limits: [
    'Prompts (Inputs) and Outputs of the AI Products are used to train and improve Freepik’s AI models by default (legitimate interest); the route offered is an objection (citing your personal situation) by e-mail or support form',
    'The AI Products run on third-party providers whose terms also bind you; Freepik gives no warranty on the accuracy or legitimacy of AI output',
    'Freepik content may not be used for machine-learning or AI purposes, and outputs Freepik marks as limited (e.g. editorial) must stay within that use',
    'Facts come from the 2024 privacy policy and terms; the brand is moving to Magnific and the current texts were not read',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'form',
      never: false,
      scope:
        'Prompts (Inputs) and generated Outputs of the AI Products, for "the training and enhancement of our artificial intelligence models" on the basis of legitimate interest; your own image and images you upload are excluded, and the AI Product Terms say content you upload is never used to train any AI model (those Terms define Input as text "uploaded" to the AI Products, so the two texts are not fully consistent about prompts)',
    },
    optOutHow:
      'No in-product switch was found; the training rests on legitimate interest, which you can object to (citing your personal situation) by e-mail to rpd@freepik.com or through the support form.',
    retention:
      'Prompts and outputs of the AI products are kept for the duration of the contractual relationship; images you provide are not retained (your own image is discarded right after the avatar or recreation is made). Contract data is kept blocked for five years after the relationship ends (six for accounting); security and anti-fraud data for thirteen months.',
    humanReview:
      'unknown — the texts read do not say whether staff review prompts or outputs; Freepik may disclose Inputs or Outputs alleged to be unlawful to law enforcement or in response to a court order.',
    storage:
      'Freepik Company, S.L.U. in Málaga (Spain) is the controller; some processors are outside the EEA, with transfers covered by standard contractual clauses.',
    business:
      'Teams Plan administrators can access, monitor and modify the data of their team members’ accounts; the Business plan pools AI credits with per-user caps set by admins. API use falls under separate API Services Terms (fees per plan, audit rights). No separate no-training commitment for business customers was read.',
    sources: [privacyPolicy, terms, businessPlanDocs],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'Freepik content can be used free with attribution, and free users can use the AI tools within limits; a Premium Subscription removes attribution and download limits and adds AI use within the plan’s limits. Paid plans renew automatically, AI use is counted in credits (the Business plan gives 45,000 pooled AI credits per user per month), and a 30-day refund applies only if nothing was downloaded. Plan prices were not read.',
    read: '2026-12-01',
    sources: [terms, billingDocs, businessPlanDocs, renewalRefunds],
  },
  copyright: {
    ownership:
      'unknown — the AI Product Terms do not state who owns outputs; they let you use AI Generated Content for any legal purpose, at your own risk and sole responsibility.',
    commercialUse:
      'AI Generated Content may be used for any legal purpose unless Freepik marks an output as limited (e.g. personal or editorial use). Stock content follows the Freepik licence (attribution unless Premium, no resale as the main element, no use for machine learning or AI).',
    indemnity:
      'None from Freepik: it makes no warranty about AI Generated Content and accepts no liability for its use; you indemnify Freepik for breaches of the terms.',
    sources: [terms, usageRightsDocs],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'Teams Plan with an administrator managing seats; Business plan with pooled credits, per-user credit caps and SSO; Enterprise adds custom SSO and advanced compliance (details not read).',
    sources: [terms, businessPlanDocs],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Free or paid Freepik account; the products are directed at people of legal age, and minors may use them only where Freepik explicitly allows it with acceptance by a parent or guardian.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [privacyPolicy, terms, billingDocs],
  },
  alternatives: ['adobe-firefly', 'leonardo-ai', 'ideogram', 'krea', 'recraft', 'midjourney'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed training default on (Inputs and Outputs, legitimate interest), opt-out by objection via e-mail/support form, the own-image/upload exclusion, retention (prompts/outputs for the contract, images discarded, 5/6 years blocked, 13 months security), no human-review statement, Málaga controller and SCC transfers, Teams admin access, Business pooled credits and caps, API fees/audit, free-with-attribution, auto-renewal and the 30-day no-download refund; nothing made unknown. Training scope now notes the AI Product Terms’ wider "content uploaded" wording; the opt-out limit was softened; the magnific.com and www.magnific.com match rules were removed (no maker text says the Freepik app runs there; magnific.com stays an official domain for the docs).',
      fields: ['training', 'other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Stock images, vectors, icons, videos and templates, plus AI image generation, editing and presentation tools.',
      sources: [terms],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'The AI Products run on technology from third-party providers, whose terms are incorporated; the models behind each tool are not named in the texts read.',
      sources: [terms],
    },
    trainingData: {
      status: 'caution',
      note: 'Freepik trains and improves its AI models on AI-product prompts and outputs, and may use the image or voice of people appearing in its stock content to train machine-learning models in aggregated form; no dataset disclosure for the generators was read.',
      sources: [privacyPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'Freepik gives no warranty on the accuracy, completeness or reliability of AI output and says the tools may produce undesired results, which you can report via the support form.',
      sources: [terms],
    },
    biasMitigation: { status: 'unknown', note: 'No bias evaluation or mitigation details were read.', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'Media generator rather than an answer engine, but Freepik disclaims the legitimacy and accuracy of AI output and tells you to seek independent advice before relying on it.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser on Freepik’s servers; AI use is metered in credits and capped per account or plan.',
      sources: [terms, billingDocs],
    },
    apiAvailability: {
      status: 'good',
      note: 'API Services give developers Freepik content, AI-generated content and the AI Products, billed per plan on the developer website, with API keys and audit rights for Freepik.',
      sources: [terms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free use with attribution and limits; paid subscriptions renew automatically and AI use is counted in credits. Plan prices were not read, and refunds apply only within 30 days if nothing was downloaded.',
      sources: [terms, billingDocs, renewalRefunds],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Prompts and outputs train Freepik’s AI models by default and are kept for the whole contract; the way to stop it is an objection by e-mail or support form. Uploaded images are excluded from training and discarded.',
      sources: [privacyPolicy, terms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You may use AI output for any legal purpose but are solely responsible for it, with no indemnity from Freepik; some outputs can be limited to editorial or personal use.',
      sources: [terms, usageRightsDocs],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'Only general statements (encrypted transmission) were read; no security documentation or incident reports were found.',
      sources: [],
    },
  },
} satisfies ToolInput;
