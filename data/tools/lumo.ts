// Lumo (Proton's AI assistant) — added 2026-12-01. Sources read on 2026-12-01, all on Proton's own domains and all in
// the search store's copies of the pages, of which only the opening part was stored: the "Lumo privacy" support article
// (proton.me/support/lumo-privacy — models, no-logs policy, no training), the Lumo Terms of Service
// (lumo.proton.me/legal/terms — parties, age, prohibited uses) and Proton's "Lumo security model" blog post
// (proton.me/blog/lumo-security-model — its introduction and outline). Not read: the Lumo Privacy Policy
// (proton.me/lumo/privacy-policy; not in the store), the rest of the Terms (ownership, liability, payments), a Proton
// pricing page, Lumo for Business terms.
// Host: the Terms are served on lumo.proton.me, the Lumo web app's own subdomain; the rule is that host only
// (proton.me is Proton's main site for all its products).
// Training parts (2026-12-01): default off with a written commitment (never: true) — the support article says "Lumo never
// keeps your data or uses it to train LLMs."
// Prices: Lumo Plus exists (the support article names Free and Plus plans and Guest use) but its price was found only in
// a forum post quoting Lumo's system prompt, which is not Proton's pricing page; the price is 'unknown'.
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown (training default/optOut/never/scope, optOutHow,
// retention, humanReview, storage, business, Plus price unknown, freeTier); re-read the stored openings of
// proton.me/support/lumo-privacy, lumo.proton.me/legal/terms and proton.me/blog/lumo-security-model.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const lumoPrivacy = {
  url: 'https://proton.me/support/lumo-privacy',
  title: 'Proton Support — Lumo privacy',
  kind: 'official',
  checked: CHECKED,
} as const;

const lumoTerms = {
  url: 'https://lumo.proton.me/legal/terms',
  title: 'Lumo Terms of Service (Proton AG)',
  kind: 'official',
  checked: CHECKED,
} as const;

const securityModel = {
  url: 'https://proton.me/blog/lumo-security-model',
  title: 'Proton blog — Lumo security model',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'lumo',
  name: 'Lumo',
  vendor: 'Proton AG',
  category: 'chat assistant',
  homepage: 'https://lumo.proton.me/',
  officialDomains: ['proton.me'],
  match: [{ host: 'lumo.proton.me' }],
  summary:
    'Proton’s AI assistant running open-source language models on Proton-controlled servers; Proton says Lumo keeps no logs, never uses your chats to train models, and protects saved chat history with zero-access encryption.',
  capabilities: [
    'Chat assistant for drafting e-mails, solving technical problems and answering questions',
    'Open-source models optimised by Proton (the page version read names Nemo, OpenHands 32B, OLMO 2 32B and Mistral Small 3), picked per request',
    'Optional web search for information newer than the models’ knowledge',
    'A Guest mode (chat erased at the end of the session) besides Free and Plus plans',
  ],
  limits: [
    'Without web search, answers rely on the models’ built-in knowledge, which is only current up to a certain date',
    'Not end-to-end encrypted like Proton Mail: your queries are processed on Proton’s servers, and Proton describes the challenges of full end-to-end encryption for AI and uses what it calls "user-to-Lumo" encryption instead',
    'Minors aged 13 and over may use it only with a parent’s or guardian’s consent; under-13s are excluded',
    'The Lumo Plus price was not read on an official Proton page',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope: 'large language models — "Lumo never keeps your data or uses it to train LLMs."',
    },
    optOutHow: 'Nothing to opt out of: Proton says Lumo never uses your data to train its language models.',
    retention:
      'Proton says that after Lumo answers, the query data is erased on its servers (no-logs policy). On Free and Plus plans the only record of a conversation is on your device; as a Guest, the conversation is erased at the end of each session.',
    humanReview:
      'Proton says it does not have access to your chat history and never shares your data with anyone; no separate human-review process is described.',
    storage:
      'Queries travel over TLS to Proton’s servers; the models run exclusively on servers Proton controls, so data is "never stored on a third-party platform". Saved conversation history uses Proton’s zero-access encryption at rest.',
    business: 'unknown — Lumo business terms were not read.',
    sources: [lumoPrivacy, securityModel],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Lumo Plus',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Price and currency not read on an official Proton page.',
      },
    ],
    freeTier: 'A Guest mode and a Free plan exist besides the paid Plus plan; their usage limits were not read on an official page.',
    read: CHECKED,
    sources: [lumoPrivacy],
  },
  copyright: {
    ownership: 'unknown — the Terms’ sections on content and output ownership were not in the copy read.',
    commercialUse:
      'unknown — the Terms say the Services are for persons or legal entities and forbid infringing others’ intellectual property; commercial use of outputs is not addressed in the part read.',
    indemnity: 'unknown — not in the part of the Terms read.',
    sources: [lumoTerms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls: 'unknown — Lumo for Business controls were not read.',
    sources: [securityModel, lumoPrivacy],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Lumo can be used as a Guest or with a Free or Plus plan; the Terms govern use of an Account. Users must be at least 13, and minors need a parent’s or guardian’s consent; accounts registered by bots are not allowed.',
    platforms: ['web'],
    status: 'generally available',
    sources: [lumoTerms, lumoPrivacy],
  },
  alternatives: ['duck-ai', 'le-chat', 'kagi-assistant'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: training ("Lumo never keeps your data or uses it to train LLMs" — never: true, no exception in the text), retention (query data erased after the answer; record only on your device on Free/Plus; Guest chats erased per session), human review (no Proton access to chat history, no sharing), storage (Proton-controlled servers, zero-access encryption at rest), Guest/Free/Plus plans confirmed in the Lumo privacy article, Terms and security-model post; Plus price, business terms and free limits stay unknown. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat assistant for everyday tasks such as drafting e-mails, technical problems and questions, with optional web search.',
      sources: [securityModel, lumoPrivacy],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Open-source language models optimised by Proton and chosen per request, run only on Proton-controlled servers; the model list changes over time.',
      sources: [lumoPrivacy],
    },
    trainingData: {
      status: 'good',
      note: 'Proton commits in writing that Lumo never uses your data to train its language models.',
      sources: [lumoPrivacy],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no Proton text on answer accuracy was read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'By default answers come only from the models’ built-in knowledge, which stops at a certain date; turn on web search for recent facts.',
      sources: [lumoPrivacy],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service: the models run on Proton’s own servers, nothing to install for the web app.',
      sources: [lumoPrivacy],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no Lumo API documentation was found.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Guest use, a Free plan and a paid Lumo Plus plan; the Plus price and the free limits were not read on an official page.',
      sources: [lumoPrivacy],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No server-side logs of chats, no training, no sharing; on Free and Plus the only record of a conversation is on your device, Guest chats are erased at the end of the session, and saved history uses zero-access encryption.',
      sources: [lumoPrivacy, securityModel],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — who owns Lumo’s outputs was not in the part of the Terms read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Proton encrypts the path to the model ("user-to-Lumo" encryption) and saved history (zero-access at rest), but names the challenges of full end-to-end encryption for AI; your queries are processed on its servers.',
      sources: [securityModel, lumoPrivacy],
    },
  },
} satisfies ToolInput;
