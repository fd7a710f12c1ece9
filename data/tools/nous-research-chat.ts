// Nous Research chat — added 2026-12-01. Sources read on 2026-12-01, Nous Research's own texts through the Open Terms
// Archive copies in OpenTermsArchive/GenAI-versions ("Nous Research chat/…"), cited at their official
// portal.nousresearch.com URLs (from OpenTermsArchive/GenAI-declarations, declarations/Nous Research chat.json):
// - Nous Research Web Privacy Policy (Effective Date: 11/13/2024), read whole (it is short).
// - Nous Research Terms of Service (no date shown), read to section 19.4 (Assignment); the last general provisions
//   (about 1,400 characters) were not read.
// Host: the Terms define the Platform as including "the Nous Research chat interface available at
// http://hermes.nousresearch.com/"; that host is matched.
// Training parts: default on — the privacy policy uses "any conversations hosted on Our Website" to "Train and fine-tune
// models" (conversations are collected "in an anonymized fashion"). No opt-out was found (optOut unknown).
// Not read: any price list (the Terms say accounts are subject to a Fee under a chosen Plan), model documentation.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown (default on — the privacy policy uses "any conversations
//   hosted on Our Website" to "Train and fine-tune models"; optOut unknown — none in either text; note Terms 12.3(a) also
//   say Client Data is used only in aggregated or anonymised form without written consent, consistent with the policy's
//   "anonymized fashion"; retention — account deleted within six months of termination, one month on request; storage
//   location unknown; processor/data-controller section; model-provider terms; pricing unknown with Fee/Plan, non-refundable,
//   free trial). Official URLs re-checked against OpenTermsArchive/GenAI-declarations "Nous Research chat.json", both on
//   portal.nousresearch.com; the Terms name hermes.nousresearch.com as the chat interface.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://portal.nousresearch.com/privacy',
  title: 'Nous Research Web Privacy Policy',
  kind: 'official',
  published: '2024-11-13',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/b928e1c4322dd8a514f0c5f86086e6e62c908f89/Nous%20Research%20chat/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (GenAI-versions)',
  },
} as const;

const terms = {
  url: 'https://portal.nousresearch.com/terms',
  title: 'Nous Research Terms of Service',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/8d25bdd08adcafd8f54a64097920188cf00ceac4/Nous%20Research%20chat/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (GenAI-versions)',
  },
} as const;

export default {
  id: 'nous-research-chat',
  name: 'Nous Research chat',
  vendor: 'Nous Research, Inc.',
  category: 'chat assistant',
  homepage: 'https://hermes.nousresearch.com/',
  officialDomains: ['nousresearch.com'],
  match: [{ host: 'hermes.nousresearch.com' }],
  summary:
    "Nous Research's web chat with its language models; its privacy policy says conversations on its website are used to train and fine-tune models, and no opt-out was found.",
  capabilities: [
    'Chat with Nous Research language models in the browser',
    'Part of the Nous platform with Nous Portal, the Nous Inference API and Nous Forge',
  ],
  limits: [
    'Your conversations (collected in anonymised form) are used to train and fine-tune models; no opt-out was found',
    'Inputs to the models are also subject to the model providers’ own terms and privacy policies',
    'Production use needs Nous Research’s written consent',
    'Paid plans are charged in advance and are non-refundable; prices were not read',
    'For users 18 and over (or with a legal guardian’s authorisation)',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'conversations with the models on Nous Research\'s website (texts of your questions, commands and interactions, collected "in an anonymized fashion") are used to "Train and fine-tune models" and for research and development',
    },
    optOutHow: 'unknown — no opt-out from training was found in the privacy policy or the Terms.',
    retention:
      'unknown for conversations — no retention period is stated. After the Terms end, Nous deletes the account within six months (within one month if you ask for earlier deletion).',
    humanReview: 'unknown — not addressed in the texts read.',
    storage:
      'unknown — the location is not stated; the privacy policy says only that information is stored "in compliance with industry security standards".',
    business:
      'The Terms include a data-processing section in which the client is the controller of Client Data and Nous processes it on the client’s instructions; Nous may use Client Data in aggregated or anonymised form for research and educational purposes.',
    sources: [privacyPolicy, terms],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      'unknown — the Terms say an account is subject to a Fee for the chosen Plan, charged in advance monthly or yearly and non-refundable, and that a free trial may be offered; no price list was read.',
    read: CHECKED,
    sources: [terms],
  },
  copyright: {
    ownership:
      'Client Data belongs to you (or the third parties it comes from); Nous owns the service and its materials. Ownership of model outputs is not addressed in the texts read.',
    commercialUse:
      'Production use, benchmarking and use by competitors need Nous’s prior written consent; content downloaded from the platform is for personal, non-commercial use.',
    indemnity:
      'No indemnity from Nous; you indemnify Nous, and its liability is capped at what you paid in the six months before the claim.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance was read.',
    incidents: [],
    enterpriseControls:
      'An account can have several Users whose rights the client sets; Nous keeps administrative, physical and technical safeguards for Client Data.',
    sources: [terms],
  },
  availability: {
    regions: 'unknown — not stated in the texts read.',
    minAge: 18,
    account:
      'Some features are open to account holders only; an individual must be at least 18 or have a legal representative’s authorisation.',
    platforms: ['web', 'api'],
    status: 'unknown',
    sources: [terms],
  },
  alternatives: ['huggingchat', 'le-chat', 'openrouter'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: the Open Terms Archive copies of the Web Privacy Policy (Effective 11/13/2024) and the Terms of Service confirm that website conversations are used to train and fine-tune models, that no opt-out is offered, the account-deletion periods (six months after termination, one month on request), the data-processing section, the model-provider clause, and the Fee/Plan, non-refundable and free-trial terms without prices. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'A web chat with Nous Research’s large language models.',
      sources: [privacyPolicy, terms],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'unknown — the texts read do not name the models.',
      sources: [],
    },
    trainingData: {
      status: 'risk',
      note: 'Conversations on the website are used to train and fine-tune models, and no opt-out was found.',
      sources: [privacyPolicy],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no quality figures were read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Nous makes no warranty about the correctness, accuracy or reliability of results; check them.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser on Nous’s cloud system.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'caution',
      note: 'Nous offers an Inference API as part of its platform, but production use needs Nous’s written consent.',
      sources: [terms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Accounts are billed a Fee per Plan in advance, monthly or yearly, with no refunds; prices were not read.',
      sources: [terms],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'A short policy: conversations are used for training and research, no retention period is given, and inputs also fall under the model providers’ terms.',
      sources: [privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Your data stays yours, but output ownership is not addressed, production use needs consent and you carry infringement claims.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Nous promises administrative, physical and technical safeguards but no detail was read; no incident was reviewed.',
      sources: [terms],
    },
  },
} satisfies ToolInput;
