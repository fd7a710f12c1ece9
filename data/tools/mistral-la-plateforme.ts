// Mistral La Plateforme (now Mistral AI Studio) — Mistral's Commercial Terms (effective 5 Aug 2026), Privacy Policy
// (effective 3 Sep 2026) and EEA consumer terms (7 Aug 2026) were read on 2026-11-28 through the Open Terms Archive
// copies (OpenTermsArchive/genai-eu-versions, folder "Vibe") and are cited at their official legal.mistral.ai URLs with
// `via`; plus help.mistral.ai and docs.mistral.ai. Mistral's docs now call the developer console and API "Studio" and
// move settings to an Admin panel; console.mistral.ai is kept as the match.
// Re-read 2026-12-01: the Help Center training and opt-out articles and the docs Privacy page (new source); the
// privacy policy's training and API-retention rows only in the archive's 8 Apr 2026 copy (same wording), so the
// 3 Sep 2026 version keeps its 2026-11-28 date.
// Training parts (2026-12-01): the Help Center says free Experiment-plan API inputs and outputs may be used for
// training, with an Admin Console opt-out, and Scale customers are opted out by default; the docs Privacy page says API
// data isn't used for training. Default stays 'on' for the free plan, with the conflict named in scope and limits.
// Review finding 4: the rate-limit help URL ended in an encoded non-breaking space (…increase-them%C2%A0); cleaned.
// Second reading 2026-12-01: 10 claims confirmed, 1 made unknown ("no upfront cost" for the Scale plan, which no page
// read carries; dropped from the free-tier text). Confirmed: Experiment-plan training with an Admin Console opt-out and
// Scale opted out by default (Help Center 323757/455207) and the docs' contrary "API data isn't used" line; Labs/preview
// training regardless of opt-out or ZDR and the debug/assess/review licence (Commercial Terms §4.1–4.3); API 30-day,
// Agents and fine-tuning retention, need-to-know access and EU-first providers (Privacy Policy of 3 Sep 2026); the EEA
// consumer terms' exclusion of Studio and the APIs (7 Aug 2026); free Experiment vs pay-per-use Scale plans.
import type { ToolInput } from '../schema.ts';
import {
  commercialTerms,
  docsAuditLogs,
  docsPrivacy,
  docsPrivacyControls,
  euTerms,
  helpOptOut,
  helpTraining,
  privacyPolicy,
  trustCollection,
} from '../sources/mistral.ts';

const docsGettingStarted = {
  url: 'https://docs.mistral.ai/fr/getting-started',
  title: 'Mistral Docs: Getting started (Vibe, Studio, Admin; latest models)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const docsTiers = {
  url: 'https://docs.mistral.ai/admin/user-management-finops/tier',
  title: 'Mistral Docs: Rate limits and usage tiers',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpRateLimits = {
  url: 'https://help.mistral.ai/en/articles/424390-how-do-api-rate-limits-work-and-how-do-i-increase-them',
  title: 'Mistral Help Center: How do API rate limits work and how do I increase them?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const billingDocs = {
  url: 'https://docs.mistral.ai/admin/user-management-finops/billing',
  title: 'Mistral Docs: Billing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

export default {
  id: 'mistral-la-plateforme',
  name: 'Mistral AI Studio', // formerly La Plateforme
  vendor: 'Mistral AI',
  category: 'developer platform/API',
  homepage: 'https://console.mistral.ai/',
  officialDomains: ['mistral.ai'],
  match: [{ host: 'console.mistral.ai' }],
  summary:
    "Mistral AI's developer console and pay-as-you-go API, now branded Mistral AI Studio and offered to business customers under the Commercial Terms; paid (Scale) traffic is not trained on, while the free plan and Labs/preview models can be.",
  capabilities: [
    'API access to Mistral chat, code, OCR, transcription and embedding models, plus some third-party open models',
    'Playground, evaluations, Agents and fine-tuning',
    'Organisation/Workspace management, usage limits and billing',
    'Zero Data Retention for eligible API use',
  ],
  limits: [
    'The free plan has restrictive rate limits meant for evaluation',
    'Free-plan inputs and outputs may be used for training unless you opt out (the docs and help centre disagree)',
    'Labs/preview models may be trained on regardless of your opt-out or ZDR setting',
    'Standard API traffic is kept 30 rolling days for abuse monitoring unless ZDR is on',
    'Rate-limit tiers rise with cumulative spend; above the top tier you must ask support',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'training Mistral’s AI models on API inputs and outputs of the free Experiment plan (Scale customers are opted out by default; Mistral’s docs say API data isn’t used for training, so its pages disagree); Labs/preview models may be trained on regardless of opt-out per the Commercial Terms',
    },
    optOutHow:
      'Scale (pay-as-you-go) customers are opted out by default; Experiment (free) plan users can switch off training in the Admin Console’s Privacy menu. Data sent to Labs/preview models can be used for training whatever you choose.',
    retention:
      'Per the privacy policy: API inputs/outputs are kept while the output is generated and then 30 rolling days for abuse monitoring unless zero data retention is on; Agents API data stays until account closure, fine-tuning data until you delete it or close the account.',
    humanReview:
      'The Commercial Terms let Mistral use customer data to debug, assess and review product performance and for abuse monitoring; the privacy policy limits staff access to a need-to-know basis.',
    storage:
      'Mistral (Paris) says it prefers EU-based service providers and uses non-EU ones only exceptionally, under standard contractual clauses; sub-processors are listed on its Trust Center.',
    business:
      'The consumer terms exclude Studio and the APIs, which fall under the Commercial Terms: no training except opt-in, feedback, order-form terms or Labs/preview models. A DPA applies when Mistral processes personal data for you; ZDR is available on request.',
    sources: [helpTraining, helpOptOut, docsPrivacy, commercialTerms, privacyPolicy, euTerms, docsPrivacyControls, trustCollection],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'A free (Experiment) plan with limited rate limits for prototyping; production use needs the pay-per-use Scale plan, billed per token. Per-model token prices on mistral.ai/pricing were not read on an official page.',
    read: '2026-12-01',
    sources: [docsTiers, billingDocs, helpRateLimits, helpOptOut, helpTraining],
  },
  copyright: {
    ownership:
      'The Commercial Terms say the customer keeps ownership of its data and owns the outputs; Mistral assigns any rights it has in outputs.',
    commercialUse:
      'Business use, including building your own products on the API, is governed by the Commercial Terms and Usage Policy; image outputs may not be used to train a competing image generator.',
    indemnity:
      'Mistral defends customers against third-party IP claims that its products infringe, except claims arising from modified outputs, customer data, combinations with other software or knowing misuse.',
    sources: [commercialTerms],
  },
  security: {
    promptInjection:
      'unknown — no API-specific prompt-injection guidance read; the Commercial Terms make you responsible for evaluating outputs, so treat model output and retrieved content as untrusted in your app.',
    incidents: [],
    enterpriseControls:
      'Organisation-level rate limits and per-Workspace spending caps; API privacy controls for training, data retention and Labs model access; audit logs; ZDR, DPA and SOC 2/ISO 27001 information in the help centre.',
    sources: [docsTiers, billingDocs, docsPrivacyControls, docsAuditLogs, trustCollection],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Mistral account with an Organisation; API keys are issued per Workspace and billing details are needed beyond the free plan. The consumer terms reserve Studio and the APIs for business customers.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [euTerms, commercialTerms, billingDocs],
  },
  alternatives: ['openai-platform', 'claude-platform', 'google-ai-studio', 'deepseek-platform'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        "Re-sourced on Mistral's Commercial Terms (5 Aug 2026) and privacy policy (3 Sep 2026): official retention, training exceptions (Labs/preview models), output ownership and IP indemnity; renamed to Mistral AI Studio; min age set to unknown (business-only); third-party trackers removed.",
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts confirmed from the Help Center (free Experiment plan used unless opted out in the Admin Console; Scale opted out by default) and scope filled, with the docs’ contrary statement noted; rate-limit help URL cleaned of a trailing encoded non-breaking space; Open Terms Archive copies moved to `via`.',
      fields: ['training', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training (Experiment plan on with Admin Console opt-out, Scale off by default, Labs/preview always), retention, human review, storage, business terms and the free/Scale plan split confirmed; "no upfront cost" removed as unconfirmed; Privacy Policy (3 Sep 2026), EEA Terms, Commercial Terms and docs privacy controls re-dated.',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Programmatic text, code, OCR, transcription and embedding outputs.',
      sources: [docsGettingStarted, helpTraining],
    },
    modelArchitecture: {
      status: 'good',
      note: 'You pick the model by name; Mistral lists its own families (some open-weight, e.g. Mistral Large 4) and a few third-party open models.',
      sources: [docsGettingStarted],
    },
    trainingData: {
      status: 'caution',
      note: 'The privacy policy says Mistral trains on public web data (filtered for personal data) and licensed third-party datasets; per-model data sources were not read.',
      sources: [privacyPolicy],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official benchmark read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The Commercial Terms warn outputs may be inaccurate and make the customer responsible for checking accuracy and bias; validate outputs in your app.',
      sources: [commercialTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted API; no local GPU needed.',
      sources: [billingDocs],
    },
    apiAvailability: {
      status: 'good',
      note: 'REST API with keys per Workspace; rate limits by usage tier.',
      sources: [docsTiers, helpRateLimits],
    },
    pricingModel: {
      status: 'caution',
      note: 'Pay per token with a limited free plan; current per-model prices were not confirmed here, so check the pricing page before budgeting.',
      sources: [billingDocs, docsTiers],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Scale traffic is not trained on and ZDR exists, but standard traffic is kept 30 days, Labs/preview models are trained on regardless, and for the free plan the docs (API data not used for training) and the Help Center (opt out) disagree.',
      sources: [helpTraining, helpOptOut, docsPrivacy, commercialTerms, privacyPolicy, docsPrivacyControls],
    },
    copyrightImplications: {
      status: 'good',
      note: 'You own outputs and Mistral offers an IP indemnity for its products, with exclusions for modified outputs and your own data.',
      sources: [commercialTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No public incident found; protect API keys (limits and spend apply per Organisation) and use audit logs.',
      sources: [docsTiers, docsAuditLogs, trustCollection],
    },
  },
} satisfies ToolInput;
