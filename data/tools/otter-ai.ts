// Otter.ai — added 2026-12-01. Sources read on 2026-12-01: Otter's Privacy Policy (effective 1 Sep 2024) and Terms of
// Service (effective 24 Mar 2024, with the Data Processing Agreement in its appendices), both read WHOLE through ToS;DR's
// verbatim copies in tosdr/tosdr-versions ("Otter/…") and cited at otter.ai with the copy in `via`; Otter's
// privacy-and-security page on otter.ai and three help-centre articles on help.otter.ai (plan cancellation and the
// Business free trial), read in the search store's copies of those pages.
// Host: Otter's help centre tells users to "Sign in to your Otter account at otter.ai", so the rule is otter.ai only
// (www.otter.ai was not confirmed on an Otter page and is not claimed).
// Training parts (2026-12-01): default on from the Privacy Policy ("We train our proprietary artificial intelligence
// technology on de-identified audio recordings. We also train our technology on transcriptions …") and the Terms
// (§18.4 aggregated/de-identified data "for machine learning and training"); no opt-out was found in either text, so
// optOut is 'unknown'; human review of specific recordings needs the user's explicit permission.
// Second reading 2026-12-01: 26 claims confirmed, 0 made unknown; two wordings narrowed. Training 'on' confirmed in the
// Privacy Policy §2 and Terms §18.4 (and §9.9 Machine Learning). Human review: the policy's explicit-permission promise
// covers "manual review of specific audio recordings to further refine our model training data" only, while Terms §9.8
// reserves the right to "monitor any and all information transmitted or received through the Service for operational and
// other purposes" — humanReview, optOutHow and the dataPrivacyPolicy note no longer say manual review happens only with
// permission.
// Prices: Otter's pricing page (otter.ai/pricing) was not in the store; only third-party figures were found, so every
// plan price is 'unknown'. Plan names (Basic free, Pro, Business, Enterprise) come from the Terms and help centre.
// Not read: the Privacy Notice for California Residents, the subprocessor list, any API documentation, a newer Privacy
// Policy or Terms than the versions above (the copies may be older than Otter's current texts).
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://otter.ai/privacy',
  title: 'Otter.ai Privacy Policy (effective 1 Sep 2024)',
  kind: 'official',
  published: '2024-09-01',
  checked: CHECKED,
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/4fddd9ceb1b128bcab5bc875f75fcb1f08043f5f/Otter/Privacy%20Policy.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const terms = {
  url: 'https://otter.ai/terms',
  title: 'Otter.ai Terms of Service (effective 24 Mar 2024), incl. Data Processing Agreement appendices',
  kind: 'official',
  published: '2024-03-24',
  checked: CHECKED,
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/cbe548883045a9596b149b7d8c469015ac3b75d7/Otter/Terms%20of%20Service.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const privacySecurity = {
  url: 'https://otter.ai/privacy-security',
  title: 'Otter.ai — Privacy & Security',
  kind: 'official',
  checked: CHECKED,
} as const;

const cancelPro = {
  url: 'https://help.otter.ai/hc/en-us/articles/360048593573-Cancel-or-downgrade-your-Pro-subscription',
  title: 'Otter.ai Help Center — Cancel or downgrade your Pro subscription',
  kind: 'official',
  checked: CHECKED,
} as const;

const cancelBusiness = {
  url: 'https://help.otter.ai/hc/en-us/articles/360049126793-Cancel-your-Otter-Business-subscription',
  title: 'Otter.ai Help Center — Cancel your Otter Business subscription',
  kind: 'official',
  checked: CHECKED,
} as const;

const businessTrial = {
  url: 'https://help.otter.ai/hc/en-us/articles/1500007864861-About-your-Otter-Business-free-trial',
  title: 'Otter.ai Help Center — About your Otter Business free trial',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'otter-ai',
  name: 'Otter.ai',
  vendor: 'Otter.ai, Inc.',
  category: 'writing/productivity',
  homepage: 'https://otter.ai/',
  officialDomains: ['otter.ai'],
  match: [{ host: 'otter.ai' }],
  summary:
    'AI meeting assistant that records and transcribes conversations; Otter trains its AI on de-identified recordings and on transcripts (which may contain personal information), and no opt-out is described in its policy.',
  capabilities: [
    'Live and uploaded transcription of voice conversations into searchable, shareable notes',
    'OtterPilot meeting assistant that joins virtual meetings and can take automatic screenshots',
    'Speaker tagging (voiceprints can be processed to recognise users)',
    'Calendar, Zoom and cloud-storage integrations; workspaces for teams',
  ],
  limits: [
    'Otter trains its AI on de-identified audio and on transcripts that may contain personal information; neither the Privacy Policy nor the Terms describe a way to opt out',
    'The Terms license the service for personal, non-commercial use and forbid use for commercial purposes such as paid transcription workflows',
    'You alone are responsible for telling meeting participants and getting their consent to be recorded',
    'In a Workspace, Business or Enterprise account your data belongs to the organisation, and its admins can access it',
    'Otter makes no warranty about the completeness or accuracy of transcripts',
    'Plan prices were not read on an official Otter page in this pass',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'Otter’s "proprietary artificial intelligence technology", trained on de-identified audio recordings and on transcriptions (which "may contain Personal Information"); the Terms also allow aggregated/de-identified data to be used "for machine learning and training". Data-labelling providers create training and evaluation data.',
    },
    optOutHow:
      'unknown — neither the Privacy Policy (Sep 2024) nor the Terms (Mar 2024) describe a way to stop training; Otter says it asks explicit permission (e.g. a checkbox when rating transcript quality) before manually reviewing specific recordings for training.',
    retention:
      'Personal information is kept "for as long as necessary" for the policy’s purposes or as the law requires (no fixed periods). Deleted content first sits in a trash folder for a set period; once permanently deleted, the Terms say no record is retained. Business customers can ask for return or deletion when the Terms end.',
    humanReview:
      'For training, Otter says it asks explicit permission (a checkbox when you rate transcript quality) before it or its providers manually review specific recordings; support staff access your content only with your permission. Data-labelling providers receive data to create training and evaluation data, and the Terms reserve Otter’s right to monitor any information sent through the service "for operational and other purposes".',
    storage:
      'Hosted on Amazon Web Services (named as a US-based cloud provider); data may be processed outside your country. Otter is certified under the EU-U.S. Data Privacy Framework (with UK and Swiss extensions) and uses Standard Contractual Clauses for EEA/UK transfers.',
    business:
      'For Otter Business and Enterprise, Otter processes personal data on the customer organisation’s behalf under the DPA in the Terms; the organisation owns the workspace data. Otter still acts as controller for its own business purposes such as product development, and the Terms’ aggregated-data clause applies to all accounts.',
    sources: [privacyPolicy, terms, privacySecurity],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Pro', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on an official page.' },
      {
        name: 'Business',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Price not read on an official page; a free trial exists.',
      },
      { name: 'Enterprise', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on an official page.' },
    ],
    freeTier:
      'A free version (the Basic plan) exists; paid Pro and Business subscriptions fall back to Basic’s limits when cancelled. The Basic limits themselves were not read on an official page. Fees are in US dollars and non-refundable.',
    read: CHECKED,
    sources: [terms, cancelPro, cancelBusiness, businessTrial],
  },
  copyright: {
    ownership:
      'You keep ownership of what you upload and of your data, but grant Otter a worldwide, royalty-free, sub-licensable licence to host and process it; in a Workspace, Business or Enterprise account the data is owned by the organisation. Otter keeps all rights in the "Machine Learning" and aggregated data it derives.',
    commercialUse:
      'The Terms grant a licence "solely for your personal, non-commercial use" and forbid using the service for direct or indirect commercial purposes, including paid transcription workflows; organisations use it under their own agreement.',
    indemnity: 'None offered by Otter; you indemnify Otter against claims arising from your use and your content.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'Workspace/Business/Enterprise admins control accounts and can access, restrict and remove members’ data; admins can enable two-factor authentication. The DPA lists AWS hosting (SOC 2 Type 2), encryption of stored content, logged production access and support access only with permission.',
    sources: [terms, privacySecurity],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'An account is needed for most features; users must be at least 13.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [terms, cancelPro],
  },
  alternatives: ['fireflies-ai', 'descript', 'notebooklm'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed training default on (de-identified audio and transcripts; aggregated data for machine learning and training), no training opt-out, retention (as long as necessary; trash folder then no record; DPA return or deletion), AWS/US storage with DPF and SCCs, enterprise processor role, ownership and licence, personal non-commercial use, indemnity, age 13, the privacy-security support-access statement and the help-centre Basic-plan and trial articles. Human-review wording narrowed: explicit permission covers manual review of specific recordings for training, and the Terms (§9.8) reserve a right to monitor any information; nothing made unknown.',
      fields: ['other', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Turns recorded or live voice conversations into searchable text notes; meeting screenshots and uploaded files can be added.',
      sources: [terms, privacyPolicy],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Proprietary speech-recognition technology, with outside AI service providers powering some features; which provider handles what is not stated.',
      sources: [terms, privacyPolicy],
    },
    trainingData: {
      status: 'risk',
      note: 'Your de-identified recordings and your transcripts, which may contain personal information, are used to train Otter’s AI; no opt-out is described.',
      sources: [privacyPolicy, terms],
    },
    outputQuality: {
      status: 'caution',
      note: 'Otter makes no warranty about the completeness or accuracy of transcripts; check important passages against the recording.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no Otter text on errors in AI summaries or chat was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service: audio is processed on AWS infrastructure and delivered to the web or mobile app.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no Otter API documentation was read.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free Basic plan plus auto-renewing Pro, Business and Enterprise subscriptions; fees are non-refundable. Prices were not read on an official page.',
      sources: [terms, cancelPro],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Recordings and transcripts feed model training with no stated opt-out, data is shared with labelling and AI providers, and retention has no fixed period; manual review of specific recordings for training needs your permission, but the Terms reserve a general right to monitor content.',
      sources: [privacyPolicy, terms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership of your content but the personal-use licence forbids commercial use, and workspace data belongs to the organisation.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Recordings capture other people’s voices and voiceprints; Otter describes encryption, AWS hosting and 2FA, but warns no internet transfer is guaranteed secure.',
      sources: [terms, privacyPolicy],
    },
  },
} satisfies ToolInput;
