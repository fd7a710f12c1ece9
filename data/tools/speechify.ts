// Speechify — added 2026-12-01. Sources read on 2026-12-01: Speechify's Privacy Policy (updated 22 Jul 2026), read WHOLE
// through Open Terms Archive's verbatim copy (OpenTermsArchive/genai-contrib-versions, "Speechify/Privacy Policy.md"; the
// June 2024 version in tosdr/tosdr-versions was also read whole and says the same on every point used here), and the
// Speechify Terms of Service (updated 1 Jul 2025), read WHOLE through Open Terms Archive's copy
// (OpenTermsArchive/GenAI-versions, "Speechify/Terms of Service.md"). Both are cited at speechify.com with the copy in `via`;
// the official URLs come from the OTA declaration (declarations/Speechify.json). The opening of the separate Terms for
// Speechify Studio, Voice Over, Video, Dubbing and Custom Voice Cloning (updated 29 May 2023) was read in the search store's
// copy of speechify.com/studio-terms/ (only its overview; the rest of that document was not read).
// Host: the Terms point users to "https://app.speechify.com/settings?tab=subscription" and the policy page's header links
// "Log In" to app.speechify.com, so the rule is app.speechify.com only (the speechify.com marketing site is not claimed).
// Training parts (2026-12-01): default 'on' rests on the Privacy Policy's own words — Information, which includes "User
// Content" (all text and documents you upload or enter), is used to "conduct research, develop new features, and improve
// the features, algorithms, and usability" of the services, and staff may view User Content "to improve our algorithms".
// The policy does NOT use the word "train" for this; the only training sentence is a narrow promise that data imported
// from Google Drive is not used "to train generalized AI/ML models". No opt-out is described (optOut 'unknown').
// Prices: no official Speechify pricing page was in the store; every price is 'unknown'. Plan structure (free tier,
// three-day free trial that converts, monthly/annual auto-renewing paid subscription, USD fees) is from the Terms.
// Second reading 2026-12-01: 12 claims confirmed, 1 made unknown (the Group Subscriptions billing period: the Terms name
// the plan but state no period). Training default 'on' kept: the Privacy Policy says Information incl. User Content is used
// to "improve the features, algorithms" and that staff may view User Content "to improve our algorithms" — maker's words
// that user content is used to improve its algorithms (not the word "train"; scope says so). Both OTA copies re-read.
// Not read: speechify.com/pricing, the AI Voice API terms, the rest of the Studio terms, the Cookie Policy, any help-centre
// article, any statement naming the AI models Speechify uses.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://speechify.com/privacy/',
  title: 'Speechify Privacy Policy (updated 22 Jul 2026)',
  kind: 'official',
  published: '2026-07-22',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/79358c8d095ff960905e23e085f907689bdfce08/Speechify/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (OpenTermsArchive/genai-contrib-versions)',
  },
} as const;

const terms = {
  url: 'https://speechify.com/terms/',
  title: 'Speechify Terms of Service (updated 1 Jul 2025)',
  kind: 'official',
  published: '2025-07-01',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/052c364a3aa59bd1a4f3b1ab56e7ab7d83884e91/Speechify/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (OpenTermsArchive/GenAI-versions)',
  },
} as const;

const studioTerms = {
  url: 'https://speechify.com/studio-terms/',
  title:
    'Speechify — Terms of Service for Studio, Voice Over, Video, Dubbing and Custom Voice Cloning (updated 29 May 2023; overview only)',
  kind: 'official',
  published: '2023-05-29',
  checked: CHECKED,
} as const;

export default {
  id: 'speechify',
  name: 'Speechify',
  vendor: 'Speechify, Inc.',
  category: 'audio/music',
  homepage: 'https://speechify.com/',
  officialDomains: ['speechify.com'],
  match: [{ host: 'app.speechify.com' }],
  summary:
    'Text-to-speech app that reads your documents aloud; its privacy policy lets Speechify use what you upload to improve its features and algorithms (staff may view it for that), with no opt-out described, and the Terms take a perpetual licence to material you submit.',
  capabilities: [
    'Reads uploaded or entered text and documents aloud (web app, mobile apps)',
    'Optional Google Drive import, read aloud and used with in-app features such as AI-assisted summarization',
    'Separate creator tools under their own terms: Speechify Studio, Voice Over, Video, Dubbing and Custom Voice Cloning',
    'AI Voice API for developers, under supplementary API terms',
    'Human proofreading service for users who request it',
  ],
  limits: [
    'Your uploaded text and documents may be used to "improve the features, algorithms" of the service and viewed by staff for that purpose; no opt-out is described (only Google Drive data is promised not to train generalized AI/ML models)',
    'The Terms grant Speechify an irrevocable, perpetual, royalty-free licence to use, edit, distribute and commercially exploit material you submit, and say it is not confidential',
    'The services are not for commercial use, except AI voice overs made with Speechify Voice Over Studio',
    'Users must be 18 or the age of majority; minors only with a parent or guardian, under that person’s account',
    'A free trial (three days unless stated otherwise) converts automatically into a paid subscription; fees are non-refundable',
    'Plan prices were not read on an official Speechify page in this pass',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'In Speechify’s words, Information (which includes "User Content": all text, documents or other content you upload or enter) is used to "conduct research, develop new features, and improve the features, algorithms, and usability" of its services, and staff may view User Content "to improve our algorithms"; the policy does not use the word "train" for this. Exception: data from Google Drive/Workspace APIs is not used "to train generalized AI/ML models".',
    },
    optOutHow:
      'unknown — the Privacy Policy describes no setting or form to stop this use; EEA, Swiss and UK users may ask Speechify "to stop using your Personal Data" (objection), and deleting the account in Settings removes personal data, subject to the retention described.',
    retention:
      'You can delete your account (and personal data) in Settings; paid subscribers must cancel first. Speechify may keep some personal data "for as long as reasonably necessary" for fraud prevention and legal, tax, reporting and audit obligations; no fixed periods are given.',
    humanReview:
      'As a rule staff do not view User Content, but it may be viewed for suspected Terms violations, support requests, obligations under the Terms, "or to improve our algorithms"; proofreaders read content you submit to the human proofreading service. Google Drive data is not read by humans except with consent, for security, or as required by law.',
    storage:
      'Information is transferred to, processed and stored in the United States; content saved in the app is also stored on your device and synced. Transfers of EEA, Swiss and UK data use safeguards such as Standard Contractual Clauses. Data is encrypted in transit and at rest.',
    business:
      'unknown — no business data-processing terms were read. The Terms treat Business, Enterprise, Studio, Voice-Over and API plans as commercial (consumer-protection statutes disclaimed where allowed); for Speechify for Education accounts, parents and school administrators may access and delete the account.',
    sources: [privacyPolicy, terms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Paid Subscription (monthly)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Price not read on an official page; renews automatically at the then-current rate.',
      },
      {
        name: 'Paid Subscription (annual)',
        price: 'unknown',
        currency: 'USD',
        period: 'year',
        note: 'Price not read on an official page; renews automatically at the then-current rate.',
      },
      {
        name: 'Group Subscriptions (Corporate / Community)',
        price: 'unknown',
        currency: 'USD',
        period: 'year',
        note: 'unknown — named in the Terms, but neither a price nor a billing period is stated (the Terms say subscriptions in general renew monthly or annually); the annual period here is not confirmed.',
      },
    ],
    freeTier:
      'A "Free Tier" with feature limitations and usage caps, offered at Speechify’s discretion; a Free Trial (three days unless stated otherwise) converts automatically to a paid subscription. Premium Voices have fair-use limits. Fees are quoted in US dollars and are non-refundable; prices may change with 30 days’ notice.',
    read: CHECKED,
    sources: [terms],
  },
  copyright: {
    ownership:
      'Speechify claims no ownership of material you submit, but takes an irrevocable, perpetual, non-exclusive, royalty-free, worldwide, sublicensable licence to use, edit, distribute and "otherwise exploit" it, including for commercial and promotional purposes, and says submitted material is not confidential. Who owns generated audio is not stated in the Terms read.',
    commercialUse:
      'The services, except Speechify Voice Over Studio, are not for commercial use; AI voice overs made with Voice Over Studio may be used and distributed commercially. Generating audio for resale or public distribution without a Studio commercial licence can lead to suspension.',
    indemnity:
      'None offered by Speechify; you indemnify Speechify against claims arising from your use of the services, your content and any claims to rights in material you submit.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'Group Subscriptions (Corporate and Community) exist, with group administrators responsible for their users; Education administrators may access and delete student accounts. No SSO, audit or admin-console details were read. Speechify states it encrypts data in transit and at rest.',
    sources: [terms, privacyPolicy],
  },
  availability: {
    regions:
      'unknown — no list of supported countries was found; the Terms carry dispute rules for users in the US, Canada, France, Australia, the UK and the EEA.',
    minAge: 18,
    account:
      'A free account (email and password, or a Google/Facebook login) unlocks member features; users must be 18 or the age of majority, and minors may use Speechify only with a parent or guardian, under that person’s account.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [terms, privacyPolicy],
  },
  alternatives: ['elevenlabs', 'descript'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read the Privacy Policy and Terms (Open Terms Archive copies) and confirmed training default on (User Content used to improve features and algorithms, staff may view it to improve algorithms; no opt-out described; only Google Drive data promised not to train generalized AI/ML models), retention, human review, US storage with SCCs and encryption, business/EDU terms, the free tier, free trial, monthly/annual auto-renewal, USD non-refundable fees and 30 days’ notice of price changes; made unknown the billing period of Group Subscriptions (not stated in the Terms).',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Reads text and documents you upload or enter aloud; separate creator tools make voice overs, videos, dubbing and custom voice clones.',
      sources: [privacyPolicy, terms, studioTerms],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'unknown — no Speechify text naming the voice or AI models it uses was read.',
      sources: [],
    },
    trainingData: {
      status: 'risk',
      note: 'What you upload may be used to improve Speechify’s features and algorithms, and staff may view it for that; no opt-out is described. Only Google Drive data is promised not to train generalized AI/ML models.',
      sources: [privacyPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'The apps and content are provided "as is" with no warranty of accuracy or completeness; check anything important against the original text.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no Speechify text on errors in its AI features (such as summarization) was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service used in the browser or the mobile apps; the apps need a compatible device.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'good',
      note: 'An AI Voice API with billable API keys is offered under supplementary API terms (not read in this pass).',
      sources: [terms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus auto-renewing monthly or annual subscriptions; the free trial converts to paid automatically and fees are non-refundable. Prices were not read on an official page.',
      sources: [terms],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Speechify says it does not sell your data; your content is stored in the US, may be used to improve its algorithms and viewed by staff, and some data is kept after account deletion for legal and fraud purposes.',
      sources: [privacyPolicy],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'You keep ownership, but material you submit is licensed to Speechify irrevocably and perpetually, including for commercial use; commercial use of the service itself is limited to Voice Over Studio.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Data is encrypted in transit and at rest, but Speechify says no internet transmission can be guaranteed secure and you transmit content at your own risk.',
      sources: [privacyPolicy],
    },
  },
} satisfies ToolInput;
