// Hugging Face Inference Playground — added 2026-12-01. Sources read on 2026-12-01, all Hugging Face's own texts: the
// Inference Providers docs — overview (docs/inference-providers/index.md) and Pricing and Billing (pricing.md), read whole
// in Hugging Face's own huggingface/hub-docs GitHub repo (the source of the docs pages) and cited at huggingface.co with
// the GitHub file in `via`; the Inference Providers "Security & Compliance" page (Markdown export in the search store);
// the Hugging Face Privacy Policy (effective 28 Mar 2023) and Terms of Service (effective 15 Sep 2022), read through the
// Open Terms Archive copies in OpenTermsArchive/contrib-versions ("Hugging Face/…") — the privacy policy whole, the Terms
// up to the Termination section. Both copies may be older than Hugging Face's current texts.
// Host/path: the Inference Providers overview links "our Inference Playground" at https://huggingface.co/playground, so
// this entry is a path rule { host: 'huggingface.co', path: '/playground' }; huggingface.co/chat stays HuggingChat.
// Training parts: default off and never: true for Hugging Face itself ("Hugging Face does not store any user data for
// training purposes", Inference Providers security page); the scope says the third-party providers that run the models
// are not covered ("please refer to the Data Security Policies of each provider"), so optOut is 'unknown' for them.
// Not read: how the Playground itself stores conversations (not stated in the texts read), each provider's policy, the
// PRO subscription price, and the supplemental terms.
// Second reading 2026-12-01: 17 claims confirmed, 0 made unknown. All five sources re-read (hub-docs index.md and
// pricing.md, the security page's Markdown export, both OTA copies). The pricing page is read from an undated GitHub
// copy, which its title and the freeTier text now say; the credit figures and pay-as-you-go rules are unchanged.
import type { ToolInput } from '../schema.ts';
import { inferencePricing } from '../sources/huggingface.ts';

const CHECKED = '2026-12-01';

const providersOverview = {
  url: 'https://huggingface.co/docs/inference-providers/index',
  title: 'Hugging Face Inference Providers — overview (Inference Playground, routing, provider selection)',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/huggingface/hub-docs/blob/00c5952ef84506b6fbeda2dfa8a2702cc5571353/docs/inference-providers/index.md',
    title: 'huggingface/hub-docs docs/inference-providers/index.md, the source of the docs page',
  },
} as const;

const providersSecurity = {
  url: 'https://huggingface.co/docs/inference-providers/security',
  title: 'Hugging Face Inference Providers — Security & Compliance',
  kind: 'official',
  checked: CHECKED,
  via: { url: 'https://huggingface.co/docs/inference-providers/security.md', title: 'Markdown export of the same page' },
} as const;

const hfPrivacy = {
  url: 'https://huggingface.co/privacy',
  title: 'Hugging Face Privacy Policy (effective 28 Mar 2023)',
  kind: 'official',
  published: '2023-03-28',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/01dcc4827d0295d956684aada9ff129c91a13a36/Hugging%20Face/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (contrib-versions)',
  },
} as const;

const hfTerms = {
  url: 'https://huggingface.co/terms-of-service',
  title: 'Hugging Face Terms of Service (effective 15 Sep 2022)',
  kind: 'official',
  published: '2022-09-15',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/0e3f94ab5114b5eb51d671b251c0dcbf69cc5ef3/Hugging%20Face/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (contrib-versions)',
  },
} as const;

export default {
  id: 'huggingface-playground',
  name: 'Hugging Face Inference Playground',
  vendor: 'Hugging Face, Inc.',
  category: 'developer platform/API',
  homepage: 'https://huggingface.co/playground',
  officialDomains: ['huggingface.co'],
  match: [{ host: 'huggingface.co', path: '/playground' }],
  summary:
    'Hugging Face’s web playground for trying chat models served through its Inference Providers; Hugging Face says it stores no user data for training, but your prompts run at third-party providers under their own data policies.',
  capabilities: [
    'Try chat-completion models with your own prompts and compare the responses',
    'Models from many inference providers (e.g. Cerebras, Groq, Together, Fireworks, Nebius, Novita) behind one Hugging Face account',
    'The same models through an OpenAI-compatible API (router.huggingface.co) and Hugging Face’s Python and JavaScript SDKs',
    'Bring your own provider key, or let Hugging Face route and bill the request',
  ],
  limits: [
    'Your prompts are processed by the third-party inference provider that serves the model; Hugging Face’s no-training statement covers Hugging Face only',
    'Free accounts get $0.10 of monthly inference credits ("subject to change") and cannot pay as they go; PRO and Enterprise Hub accounts get $2.00 a month and can pay beyond it',
    'Each model keeps its own licence, which governs what you may do with it',
    'How the Playground itself stores your conversations was not stated in the texts read',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Hugging Face itself only: "Hugging Face does not store any user data for training purposes." Not covered: the third-party Inference Providers that run the models — for their data handling "please refer to the Data Security Policies of each provider".',
    },
    optOutHow:
      'Not needed for Hugging Face itself. For the inference providers: unknown — Hugging Face points to each provider’s own data-security policy; with a custom provider key your account with that provider applies.',
    retention:
      'When routing requests Hugging Face does not store the request body or the response; debugging logs are kept up to 30 days without user data or tokens. Account information is kept as long as necessary for the services, legal duties and security; after you cancel your account Hugging Face aims to delete your repositories’ content within 90 days. Providers’ retention follows their own policies (not read).',
    humanReview:
      'unknown for Playground prompts; the Privacy Policy reserves Hugging Face’s right to access private information with your consent, or without it for legitimate interests such as security or legal compliance.',
    storage:
      'Hugging Face’s servers are in the United States and data may be processed in other countries; inference runs at the provider that serves the chosen model (locations not stated).',
    business:
      'Enterprise Hub organisations can bill usage centrally, get $2.00 of credits per seat each month shared among members, and let admins set a spending limit and disable providers. With a custom provider key you are billed by, and contract with, that provider.',
    sources: [providersSecurity, hfPrivacy, hfTerms, inferencePricing],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'PRO',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Includes $2.00 of Inference Providers credits a month and pay-as-you-go beyond them; the subscription price was not read on an official page.',
      },
      {
        name: 'Enterprise Hub',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '$2.00 of credits per seat per month, shared in the organisation; pay-as-you-go beyond them.',
      },
      {
        name: 'Pay-as-you-go inference',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Routed requests are charged at the provider’s own rates with no Hugging Face markup; HF Inference bills compute time × hardware price.',
      },
    ],
    freeTier:
      'Every user gets monthly credits: $0.10 for free users ("subject to change", no pay-as-you-go), $2.00 for PRO users and per Enterprise Hub seat. Credits apply to routed requests, including in the Playground, not to requests made with your own provider key. (Read from an undated copy of Hugging Face’s pricing page.)',
    read: CHECKED,
    sources: [inferencePricing],
  },
  copyright: {
    ownership:
      'The Terms say you own the Content you create and grant Hugging Face a licence to use it to provide the services; they do not address model outputs in the Playground specifically.',
    commercialUse:
      'unknown — depends on each model’s licence; the Terms say content carrying a licence notice stays under that licence, and Hugging Face’s terms on outputs were not read.',
    indemnity: 'unknown — no indemnity clause was read.',
    sources: [hfTerms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'Routing is encrypted in transit (TLS/SSL) and the Hugging Face Hub is SOC 2 Type 2 certified; external providers are responsible for their own security. API access uses fine-grained tokens with a "Make calls to Inference Providers" permission; Enterprise Hub admins can cap spending and disable providers.',
    sources: [providersSecurity, providersOverview, inferencePricing],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account: 'A Hugging Face account (natural persons must be at least 13); usage draws on the account’s monthly inference credits.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [hfTerms, inferencePricing, providersOverview],
  },
  alternatives: ['huggingchat', 'openrouter', 'together-ai', 'fireworks-ai', 'google-ai-studio'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: Hugging Face-only no-training statement and provider carve-out, routing retention (no bodies, 30-day logs), account retention and 90-day deletion, access rights, storage, Enterprise Hub and custom-key billing, monthly credits and pay-as-you-go rules, ownership and licence terms, minimum age 13 and the /playground path confirmed; nothing made unknown. The pricing source is now marked as an undated copy.',
      fields: ['sources', 'pricing'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Chat with and compare chat-completion models (text, and vision-language models where offered) served by Hugging Face’s inference partners.',
      sources: [providersOverview],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Mostly open-weight models from the Hub; you pick the model and can pin the provider, and each model has its own model card to check.',
      sources: [providersOverview],
    },
    trainingData: {
      status: 'caution',
      note: 'Hugging Face stores no user data for training, but the provider serving your model handles your prompts under its own policy; what each model was trained on depends on its model card.',
      sources: [providersSecurity],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no Hugging Face text on output quality was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: { status: 'unknown', note: 'unknown — not addressed in the texts read.', sources: [] },
    computationalNeeds: {
      status: 'good',
      note: 'Serverless: models run at the inference providers and are reached through Hugging Face’s proxy; nothing runs on your machine.',
      sources: [providersOverview],
    },
    apiAvailability: {
      status: 'good',
      note: 'OpenAI-compatible endpoint at router.huggingface.co plus Python and JavaScript SDKs; the Playground is the interactive front end to the same service.',
      sources: [providersOverview],
    },
    pricingModel: {
      status: 'caution',
      note: 'Monthly credits ($0.10 free, $2.00 PRO or per Enterprise seat), then pay-as-you-go at provider rates with no markup — only for PRO and Enterprise accounts.',
      sources: [inferencePricing],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Hugging Face keeps no request or response bodies and no user data for training, but each third-party provider processes your prompts under its own data policy; the general Privacy Policy read dates from 2023.',
      sources: [providersSecurity, hfPrivacy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Rights depend on the licence of the model you use; Hugging Face’s Terms keep licensed content under its licence and say nothing specific about Playground outputs.',
      sources: [hfTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'TLS routing and a SOC 2 Type 2 certified Hub, but external providers are responsible for their own security.',
      sources: [providersSecurity],
    },
  },
} satisfies ToolInput;
