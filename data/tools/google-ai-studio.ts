// Google AI Studio — facts from the Gemini API Additional Terms (effective 2025-05-20, read on Google's localized
// ai.google.dev pages: the Chinese page carries the data-use clauses, the Japanese page age and output rules; both
// re-read 2026-12-01), the Gemini API usage-policies page (abuse monitoring: 55-day logging, human review of flagged
// content, no training on those logs; re-read 2026-12-01), and the billing, optimization, zero-data-retention,
// abuse-monitoring and logs pages on ai.google.dev (not re-read; dates kept). The Paid Services clause is quoted from an issue in Google's own gemini-cli
// repository (third-party copy of the terms), as the English terms page was not in the stored corpus.
// Training parts (2026-12-01): set from the terms' "Unpaid Services" clause — content sent to AI Studio and the free
// API quota is used to provide, improve and develop Google products and machine-learning technologies, with human
// review; no opt-out is described for unpaid use (only moving to Paid Services), so optOut stays 'unknown'.
// Newer version: a third-party page (a GitHub project wiki) cites Additional Terms effective 2026-03-23; that version
// could not be read on a Google page, so the 2025-05-20 text is the newest read and may be out of date.
// Review 2026-11-28: Google's per-token pricing page was not in the stored corpus, so no per-model price is listed.
// Second reading 2026-12-01: 12 claims confirmed, 0 made unknown. Unpaid-use training and human review re-read in the
// Chinese terms page; the Paid Services no-training rule now also read on Google's own ZDR page (it was resting on a
// gemini-cli issue quote), together with the 30-day Grounding-with-Search storage and per-project ZDR; 55-day abuse
// logging in the usage-policies page; 55-day request-log expiry in the logs policy (Japanese); age, EEA paid-only and
// ownership in the Japanese terms; free tier (Unpaid Services "offered free of charge", only some models, a separate AI
// Studio allowance) on the billing pages; Batch/Flex half price and Priority +75–100% on the optimization page. The
// "stored transiently ... in any country" storage line still rests only on the terms as quoted in the gemini-cli issue.
import type { ToolInput } from '../schema.ts';
import { apiTerms } from '../sources/google.ts';

const apiTermsZh = {
  url: 'https://ai.google.dev/terms?hl=zh-cn',
  title: 'Gemini API Additional Terms of Service (Chinese-language page)',
  kind: 'official',
  published: '2025-05-20',
  checked: '2026-12-01',
} as const;

const billing = {
  url: 'https://ai.google.dev/gemini-api/docs/billing',
  title: 'Gemini API: Billing',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const zdr = {
  url: 'https://ai.google.dev/gemini-api/docs/zdr',
  title: 'Gemini Developer API: Zero data retention',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const abuseMonitoring = {
  url: 'https://ai.google.dev/gemini-api/docs/abuse-monitoring?hl=zh-tw',
  title: 'Gemini API: Abuse monitoring (Traditional Chinese page)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const usagePolicies = {
  url: 'https://ai.google.dev/gemini-api/docs/usage-policies?hl=zh-tw',
  title: 'Gemini API: Additional usage policies — abuse monitoring and in-product preference voting (Traditional Chinese page)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const logsPolicy = {
  url: 'https://ai.google.dev/gemini-api/docs/logs-policy?hl=ja',
  title: 'Gemini API: Data logging and sharing (Japanese page)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const paidTermsQuote = {
  url: 'https://github.com/google-gemini/gemini-cli/issues/1472',
  title: 'gemini-cli issue #1472 quoting the Paid Services data-use clause of the Gemini API terms',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const billingJa = {
  url: 'https://ai.google.dev/gemini-api/docs/billing?hl=ja',
  title: 'Gemini API: Billing (Japanese page, newer revision)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const optimization = {
  url: 'https://ai.google.dev/gemini-api/docs/optimization',
  title: 'Gemini API: Optimization (Standard, Flex, Priority, Batch and caching)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'google-ai-studio',
  name: 'Google AI Studio',
  vendor: 'Google',
  category: 'developer platform/API',
  homepage: 'https://aistudio.google.com/',
  officialDomains: ['google.com', 'google.dev'],
  match: [{ host: 'aistudio.google.com' }],
  summary:
    'Google’s browser workspace for prototyping with Gemini models and getting Gemini API keys, with a free unpaid tier and pay-as-you-go billing through Google Cloud.',
  capabilities: [
    'Prompt playground for Gemini models (text, image, audio, video input)',
    'Gemini API keys and project management',
    'Per-project request logs and datasets',
    'Batch API and context caching on the paid tier',
    'Grounding with Google Search',
  ],
  limits: [
    'Free tier has low rate limits and only some models; preview models are not for production',
    'You must be 18 or older; apps for under-18s are not allowed',
    'Apps serving users in the EEA, Switzerland or the UK must use the paid tier',
    'Exceeding rate limits returns 429 RESOURCE_EXHAUSTED errors',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'Unpaid Services (AI Studio and the free API quota): prompts and responses used to provide, improve and develop Google products, services and machine-learning technologies, with human reviewers; Paid Services are not used to improve products',
    },
    optOutHow:
      'The terms describe no opt-out for unpaid use: content sent through Unpaid Services (AI Studio itself and the free API quota) is used to improve Google products. Enable Cloud Billing to use Paid Services, where Google says it does not use prompts or responses to improve its products.',
    retention:
      'Paid tier: prompts and responses are logged for a limited period solely to detect policy abuse (Google’s usage-policies page says 55 days); request logs you enable expire after 55 days unless saved to a dataset; Grounding with Google Search stores prompts and output for 30 days. Zero data retention can be requested per project.',
    humanReview:
      'Unpaid services: yes, human reviewers may read and annotate API inputs and outputs after they are disconnected from your account, API key and project. Paid tier: authorised staff may review content flagged by abuse detection.',
    storage:
      'Google infrastructure; for paid services the terms say data may be stored transiently or cached in any country where Google or its agents have facilities.',
    business:
      'Paid services are processed under Google’s data processing addendum and not used to improve products; enterprise customers can request zero data retention per project; Google’s ZDR page benchmarks this against its enterprise platform (Vertex AI, named “Gemini Enterprise Agent Platform” on the current English page).',
    sources: [apiTermsZh, apiTerms, usagePolicies, billing, zdr, abuseMonitoring, logsPolicy, paidTermsQuote],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Free tier (unpaid quota)',
        price: 0,
        currency: 'USD',
        period: 'usage',
        note: 'Rate-limited and only for some models; content is used to improve Google products.',
      },
      {
        name: 'Paid tier (pay-as-you-go)',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Per-token prices vary by model and were not read on Google’s pricing page; check ai.google.dev before use.',
      },
    ],
    freeTier:
      'The API free tier covers only some models, with low rate limits; AI Studio itself also has a separate free allowance for some models. Linking Cloud Billing moves a project to pay-as-you-go per-token pricing. Google lists Batch and Flex at half the standard price and Priority at 75–100% more.',
    read: '2026-12-01',
    sources: [billing, billingJa, optimization, apiTermsZh],
  },
  copyright: {
    ownership: 'Google says it does not claim ownership of content you generate, but may generate the same or similar content for others.',
    commercialUse:
      'Production use is allowed (rate limits apply; “Preview” models excluded); you are responsible for your use of output and may need to attribute sources returned by the API.',
    indemnity: 'unknown',
    sources: [apiTerms, apiTermsZh],
  },
  security: {
    promptInjection:
      'Apps built on the API inherit LLM prompt-injection risk; Google provides safety settings and filters, and lowering them may require Google review. Treat model output that drives tools or code as untrusted.',
    incidents: [],
    enterpriseControls:
      'Per-project billing and API keys, optional request logging, zero-data-retention approval per project, and abuse-monitoring policy. Stronger enterprise controls were not checked in this pass.',
    sources: [apiTerms, zdr, abuseMonitoring],
  },
  availability: {
    regions: 'Only in Google’s listed available regions; apps for EEA, Swiss or UK users must use paid services.',
    minAge: 18,
    account: 'Google Account; a Google Cloud billing account for the paid tier.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [apiTerms, billing],
  },
  alternatives: ['openai-platform', 'claude-platform', 'mistral-la-plateforme', 'deepseek-platform', 'gemini'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: dropped the third-party pricing transcription and its per-token price; paid tier now unknown; added Google’s optimization and newer billing pages.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts set from the Gemini API Additional Terms (unpaid use on by default with human review, no opt-out described other than moving to Paid Services; scope filled); terms pages re-read; a reported newer terms version (effective 2026-03-23) noted as unread.',
      fields: ['training', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training on for unpaid use with human review, no opt-out other than Paid Services, paid-tier no-training rule (now also from Google’s ZDR page), 55-day abuse and request-log retention, 30-day grounding storage, ZDR per project, free tier and the Batch/Flex/Priority price rules confirmed; billing, ZDR, logs, optimization pages re-dated. Nothing made unknown; paid per-token prices stay unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text, code and multimodal understanding (images, audio, video, documents) through one API; Google’s cost guide also mentions batch image and embedding generation.',
      sources: [apiTerms, optimization],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Exposes Google’s Gemini models by explicit model name, so you choose and pin the model; preview models can change or be retired.',
      sources: [apiTerms, billing],
    },
    trainingData: {
      status: 'unknown',
      note: 'Model training-data sources were not read in this pass.',
      sources: [],
    },
    outputQuality: {
      status: 'caution',
      note: 'Varies by model; Google’s terms tell you to use discretion before relying on generated content, including code.',
      sources: [apiTerms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias-evaluation material was read in this pass; safety filters exist but target harmful content.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM output can be wrong; grounding with Google Search helps for facts but add your own validation.',
      sources: [apiTerms, zdr],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Fully hosted by Google; no local hardware needed. Capacity is governed by per-model rate limits (RPM, TPM, RPD).',
      sources: [billing],
    },
    apiAvailability: {
      status: 'good',
      note: 'Primary purpose: API keys for the Gemini Developer API, with a free tier and paid pay-as-you-go tier.',
      sources: [billing],
    },
    pricingModel: {
      status: 'good',
      note: 'Free tier plus per-token pay-as-you-go; Batch and Flex halve the price, Priority costs more, and caching cuts repeated input. Per-model prices were not read, so check them before scaling.',
      sources: [billing, optimization],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'On the free tier everything you send — prompts, files, system instructions — may be used to improve Google products and read by human reviewers, with no opt-out except switching to paid. Do not paste confidential code or personal data unless billing is enabled.',
      sources: [apiTerms, apiTermsZh, billing],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Google does not claim your outputs but may give others similar ones; no indemnity was found for this service in this pass.',
      sources: [apiTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No specific AI Studio incident was found; the usual risks are leaked API keys and prompt injection in apps you build.',
      sources: [apiTerms],
    },
  },
} satisfies ToolInput;
