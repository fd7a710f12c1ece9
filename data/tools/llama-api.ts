// Llama API — added 2026-12-01. Sources read on 2026-12-01, all Meta's own texts, through Open Terms Archive copies
// (OpenTermsArchive/genai-contrib-versions, "Llama API/…"), cited at their official llama.developer.meta.com URLs (taken
// from OpenTermsArchive/GenAI-declarations, declarations/Llama API.json) with the GitHub copy in `via`:
// - Llama API Terms of Service (Release Date: April 29, 2025), read whole; the same copy also holds Meta's Data Security
//   Terms (read whole) and the opening of the Meta Global Processor Terms (general safeguards; the rest not read).
// - Llama API Data Commitments (docs/trust/data-commitments), read whole. The same OTA file continues with Meta's general
//   Privacy Policy (effective 16 Dec 2025), which the Terms (11.4) apply only to the Llama website's own data collection,
//   not to content sent through the API; only its opening was read and nothing here rests on it.
// Host: the Terms name the Llama website as https://llama.developer.meta.com/ and its legal pages live there.
// Training parts: default off and never: true — the Data Commitments say "Meta does not train its AI models on Llama API
// Customer Content or Customer Data" (inputs and outputs) and the Terms (5.2) say "Meta will not use your Content to train
// any artificial intelligence models"; aggregated, anonymised usage data may still be used to train and improve services.
// Two stored versions of the Terms differ in one retention clause: one adds that content is also kept "when our systems
// flag data for a potential policy violation"; the retention text below uses only the wording both versions share.
// Not read: the Acceptable Use Policy, the model list, rate limits and any price list (the Terms say the service is free).
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown (training default off / never: true — both commitments
//   found verbatim; scope widened to name the exception the Terms make: Aggregate Data also covers the types of Content
//   processed, and fine-tuning data is used to serve your fine-tuned models; optOut unknown / nothing to opt out; 30-day
//   retention; human review; encryption and access controls; processor role, no ads, paid-only indemnity, 700M MAU; free
//   for now / limited period). Official URLs re-checked against OpenTermsArchive/GenAI-declarations "Llama API.json"; both
//   on llama.developer.meta.com (meta.com), and the Terms (11.4) name https://llama.developer.meta.com/ as the Llama website.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const terms = {
  url: 'https://llama.developer.meta.com/legal/terms-of-service',
  title: 'Llama API Terms of Service (with the Data Security Terms and Meta Global Processor Terms they incorporate)',
  kind: 'official',
  published: '2025-04-29',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/5ef2d776f2c518c9f2086fc6ffed157f1d9b04ce/Llama%20API/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const dataCommitments = {
  url: 'https://llama.developer.meta.com/docs/trust/data-commitments',
  title: 'Llama API Data Commitments',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/d0e0c02e5ed106417da6ff9ba421c5510670e220/Llama%20API/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-contrib-versions), opening section of the combined "Privacy Policy" file',
  },
} as const;

export default {
  id: 'llama-api',
  name: 'Llama API',
  vendor: 'Meta Platforms, Inc. (Meta Platforms Ireland Limited outside the US and Canada)',
  category: 'developer platform/API',
  homepage: 'https://llama.developer.meta.com/',
  officialDomains: ['meta.com', 'llama.com'],
  match: [{ host: 'llama.developer.meta.com' }],
  summary:
    "Meta's developer API for its Llama models: Meta commits in writing not to train AI models on your prompts, outputs or account data, keeps content for 30 days, and the Terms say the service is currently free.",
  capabilities: [
    'API access to Llama models hosted by or for Meta, with Llama API keys',
    'Fine-tuning Llama models on your own data, with the option to download the fine-tuned model',
    'Building integrations that let your own end users use the models',
  ],
  limits: [
    'Meta keeps your content (prompts, outputs, fine-tuning data) for 30 days, and may review use by automated or human means to check compliance',
    'Free for now, but Meta may start charging with advance notice, and access is offered for a limited period',
    'Individuals or companies based in the EU may not use it to reach multimodal models',
    'Models you distribute that were built with Llama or its outputs must carry "Llama" at the start of the name, and products must show "Built with Llama"',
    'You must be of the age of majority, and may not upload health, financial or other sensitive data or data about children under 13',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'No training of Meta\'s AI models on Llama API Customer Content (prompts and model responses, including fine-tuning data) or Customer Data (account data, roles, profile fields). Exceptions the texts state: Aggregate Data — aggregated, anonymised data on how you interact with the service and on the types of Content processed (e.g. the average number of outputs per content category) — may be used to "test, support, develop, train, and improve the Services and Meta\'s other products and services"; fine-tuning data you upload is used to make the Services (your fine-tuned models) available to you',
    },
    optOutHow:
      'Nothing to opt out of: the Data Commitments say Meta does not train its AI models on Llama API Customer Content or Customer Data, and the Terms say Meta will not use your Content to train any AI models.',
    retention:
      'Meta keeps your Content (inputs, outputs and fine-tuning data) for 30 calendar days as needed to provide the service, and may keep it longer where needed to comply with law or in connection with its rights under the Terms.',
    humanReview:
      'Meta may monitor use of the service, "including through automated or manual (human) review", to check compliance with the Terms and the law, and may remove content that violates them. The Data Commitments say content is kept logically separated except when shared to enforce the Acceptable Use Policy, to facilitate payments or to meet legal requirements.',
    storage:
      'Encrypted in transit (TLS 1.2/1.3) and at rest (ChaCha20-Poly1305, AES-GCM), logically separated and under strict access controls; payment card data is handled under PCI-DSS. Where the data is stored was not stated.',
    business:
      'For personal data in your content Meta acts as your processor/service provider under the Meta Global Processor Terms, with a published subprocessor list; content is not used to personalise Meta consumer products or ads. Meta indemnifies IP claims only for paid use; services with over 700 million monthly active users need Meta’s permission.',
    sources: [dataCommitments, terms],
  },
  pricing: {
    model: 'free',
    plans: [],
    freeTier:
      'The Terms say the service is currently free of charge; Meta may require payment later with advance notice, and the service is made available for a limited period of time. No price list was read.',
    read: CHECKED,
    sources: [terms],
  },
  copyright: {
    ownership:
      'You own your inputs and outputs and Meta claims no ownership of them; Meta keeps ownership of the base Llama models but not of your incremental changes in fine-tuned models.',
    commercialUse:
      'Allowed for your own products and integrations; distributing Llama models or derivatives requires the Community License, "Built with Llama" attribution and, for models trained on Llama outputs, "Llama" at the start of the model name.',
    indemnity:
      'Under a paid arrangement Meta indemnifies third-party IP claims over your paid use (including outputs), with exclusions such as fine-tuning, modified outputs and combination with other products; in the free service no Meta indemnity applies. You indemnify Meta for your inputs and integrations.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance was read.',
    incidents: [],
    enterpriseControls:
      'Managed accounts with managed users; Meta’s Data Security Terms (security testing, vulnerability management, incident response, access logging) and an information security management system; processor terms with a subprocessor list.',
    sources: [terms, dataCommitments],
  },
  availability: {
    regions:
      'EU-based individuals and companies may not access multimodal models; use is barred from embargoed countries and for sanctioned persons; Meta may change features by location.',
    minAge: 'unknown',
    account:
      'A Meta managed account (Supplemental Managed Accounts Terms); you must be of the age of majority where you live. Services with over 700 million monthly active users need Meta’s express permission.',
    platforms: ['web', 'api'],
    status: 'unknown',
    sources: [terms],
  },
  alternatives: ['openai-platform', 'mistral-la-plateforme', 'together-ai', 'fireworks-ai'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: the Open Terms Archive copies of the Llama API Terms of Service (Release Date April 29, 2025) and the Data Commitments confirm no training on Customer Content or Customer Data ("Meta will not use your Content to train any artificial intelligence models"), 30-day retention, human review for compliance, encryption, processor terms, no ads use, the paid-only IP indemnity, the 700M MAU limit and that the service is currently free for a limited period. The training scope now also names the Aggregate Data exception for the types of content processed and the use of fine-tuning data to serve your fine-tuned models. Nothing made unknown.',
      fields: ['training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'API access to Meta-hosted Llama models, fine-tuning on your own data, and integrations for your own end users.',
      sources: [terms],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Meta’s Llama models (the Terms give Llama 3.3 8B as an example), including multimodal models outside the EU; the full model list was not read.',
      sources: [terms],
    },
    trainingData: {
      status: 'good',
      note: 'Meta commits in writing not to train its AI models on your prompts, outputs or account data; only aggregated, anonymised data on your usage and on the types of content processed may feed the training and development of its services.',
      sources: [dataCommitments, terms],
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
      note: 'The Terms say outputs may be inaccurate or inappropriate for your use case and are given without any accuracy warranty; check them.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Models are hosted by or for Meta; fine-tuned models can also be downloaded to run on your own systems.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'good',
      note: 'It is an API, used with confidential Llama API keys from a managed account; rate limits apply and Meta may throttle or limit access.',
      sources: [terms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free for now, but Meta may start charging with advance notice and offers access for a limited period.',
      sources: [terms],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on your content, 30-day retention, encryption in transit and at rest, and processor terms for personal data; Meta may review use, including by people, for compliance.',
      sources: [dataCommitments, terms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own inputs and outputs, but distributing Llama-based models carries licence and naming duties, and Meta’s IP indemnity covers paid use only.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Meta describes encryption, security testing, vulnerability management and incident response; no incident was reviewed and no prompt-injection guidance was read.',
      sources: [dataCommitments, terms],
    },
  },
} satisfies ToolInput;
