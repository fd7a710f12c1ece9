// ChatGPT — facts from OpenAI's own texts. Review 2026-12-01 (fourth pass) re-read, through Open Terms Archive's
// verbatim copies (github.com/OpenTermsArchive/genai-eu-versions, fetched from the openai.com URLs cited): the Europe
// Terms of Use (updated 2026-01-16), the Service Terms (now updated 2026-09-29, was 2026-01-09), the Europe Privacy
// Policy (updated 2024-11-04) and "How your data is used to improve model performance" (2025-04-28), plus "Enterprise
// privacy at OpenAI" (updated 2026-01-08). These are the EEA/Switzerland/UK versions; the rest-of-world Terms and
// Privacy Policy were not read. Also re-read on 2026-12-01: the Data Controls FAQ and the ChatGPT rate card (stored
// copies of help.openai.com) and "What is ChatGPT Plus?" (through a proxy copy of help.openai.com, see `via`).
// Not re-read (dates kept): the API feedback article and the March 2023 incident post.
// Review findings resolved:
// - Training parts are now read in OpenAI's own words: "we may use your content to train our models" for ChatGPT,
//   opt-out by the "Improve the model for everyone" setting or the privacy portal → default on, optOut setting.
// - The rate card was cited at a cut-off address (…/11481834-cha). Its full slug
//   (11481834-chatgpt-rate-card-business-enterpriseedu-credit-based-pricing) was confirmed from several independent
//   citations of the same article; its text was read in the search store's copy, which is stored under the cut-off address.
// - Enterprise privacy is now one shared source (data/sources/openai.ts), spelled with the trailing slash, dated
//   2026-01-08 as the page itself shows (the 2024-10-31 date here was stale).
// - Go price: no OpenAI page with it was found in the store (searched the help centre and the Jan 2026 announcement);
//   only press gives US$8/month, so the plan's price is now 'unknown' with that note. Pro is still not listed.
// - "Team/Business needs at least 2 seats" came from a billing article not re-read; removed.
// Second reading 2026-12-01: 14 claims confirmed, 0 made unknown (training default/optOut/never/scope, optOutHow,
// retention, human review, storage, business terms, Plus $20, Free, Go kept unknown, rate-card credits, API billed
// separately — all found in the cited texts; copyright/indemnity lines not part of this reading).
// Hosts: chatgpt.com and the legacy chat.openai.com. No `subdomains: true`, so sora.chatgpt.com stays with the sora entry.
import type { ToolInput } from '../schema.ts';
import { businessNoTraining, enterprisePrivacy, euTerms, modelImprovement, serviceTerms } from '../sources/openai.ts';

const dataControlsFaq = {
  url: 'https://help.openai.com/en/articles/7730893-data-controls-faq',
  title: 'OpenAI Help Center — Data Controls FAQ',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const euPrivacy = {
  url: 'https://openai.com/policies/eu-privacy-policy/',
  title: 'OpenAI — Europe Privacy Policy',
  kind: 'official',
  published: '2024-11-04',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/ChatGPT/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-eu-versions)',
  },
} as const;

const rateCard = {
  url: 'https://help.openai.com/en/articles/11481834-chatgpt-rate-card-business-enterpriseedu-credit-based-pricing',
  title: 'OpenAI Help Center — ChatGPT Rate Card (Business, Enterprise/Edu)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const plusHelp = {
  url: 'https://help.openai.com/en/articles/6950777-what-is-chatgpt-plus',
  title: 'OpenAI Help Center — What is ChatGPT Plus?',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://syair.angkatogeljitu.workers.dev/host-https-help.openai.com/en/articles/6950777-what-is-chatgpt-plus',
    title: 'Proxy copy of help.openai.com',
  },
} as const;

const goLaunchPress = {
  url: 'https://www.mediapost.com/publications/article/412103/ads-are-coming-to-well-me-with-strict-guardrails.html',
  title: 'MediaPost — OpenAI announces ad tests in ChatGPT Free and the $8/month Go tier',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const goLaunchQuote = {
  url: 'https://birchtree.me/blog/let-the-chatgpt-enshitification-begin/',
  title: 'Birchtree — quotes OpenAI\'s "Our approach to advertising and expanding access to ChatGPT" (Go at $8/month)',
  kind: 'third-party',
  published: '2026-01-16',
  checked: '2026-11-28',
} as const;

const hallucinationPress = {
  url: 'https://the-decoder.com/openai-says-chatgpt-will-always-make-things-up-but-it-could-get-better-at-admitting-uncertainty',
  title: 'The Decoder — OpenAI says ChatGPT will always make things up, but could get better at admitting uncertainty',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const march2023Outage = {
  url: 'https://openai.com/blog/march-20-chatgpt-outage',
  title: "March 20 ChatGPT outage: Here's what happened",
  kind: 'official',
  published: '2023-03-24',
  checked: '2026-11-28',
} as const;

export default {
  id: 'chatgpt',
  name: 'ChatGPT',
  vendor: 'OpenAI',
  category: 'chat assistant',
  homepage: 'https://chatgpt.com/',
  officialDomains: ['openai.com', 'chatgpt.com'],
  match: [{ host: 'chatgpt.com' }, { host: 'chat.openai.com' }],
  summary:
    "OpenAI's general-purpose chat assistant; consumer chats can be used for training unless you switch that off, while Business/Enterprise workspaces are excluded by default.",
  capabilities: [
    'Chat with GPT-5.x-family models (Instant, Thinking, Pro tiers per the rate card)',
    'Image generation and voice conversations',
    'Deep research and agent mode for multi-step tasks',
    'File uploads; Temporary Chat for throwaway conversations',
  ],
  limits: [
    'Consumer conversations may train OpenAI models unless "Improve the model for everyone" is turned off',
    'Usage caps differ by plan; Business/Enterprise advanced features consume credits',
    'Answers can be wrong; OpenAI itself says its language models will always sometimes make things up',
    "Ads in the Free and Go tiers (tests in the US from early 2026) are reported by press from OpenAI's January 2026 announcement; not read on an OpenAI page",
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'training OpenAI\'s models on your content (prompts, uploads and conversations: "we may use your content to train our models"); Temporary Chats are not used for training',
    },
    optOutHow:
      'Settings → Data Controls → turn off "Improve the model for everyone" (web signed in, web signed out via the ? icon, and mobile; the setting applies to the whole account), or click "do not train on my content" in OpenAI\'s privacy portal; once you opt out, new conversations are not used for training. Temporary Chats are not used for training.',
    retention:
      "Temporary Chats are deleted from OpenAI's systems after 30 days. For other data the Europe Privacy Policy gives no fixed period, only that it is kept as long as needed for the service, legitimate business purposes such as safety and security, or legal duties.",
    humanReview:
      'Yes: the Terms say OpenAI uses automated systems and human review to find content that breaks its rules, and Temporary Chats may be reviewed to monitor for abuse. How often ordinary chats are seen by people is not stated.',
    storage:
      'Per the Europe Privacy Policy, OpenAI Ireland is the controller for EEA/Swiss users (OpenAI OpCo for the UK) and data is processed and stored on servers outside Europe, including in the United States, under adequacy decisions or Standard Contractual Clauses.',
    business:
      'OpenAI says it does not train on inputs or outputs from business products (ChatGPT Team/Business, Enterprise, Edu, Healthcare, Teachers) or the API by default; Enterprise, Healthcare and Edu customers control how long their data is retained.',
    sources: [dataControlsFaq, modelImprovement, euPrivacy, euTerms, enterprisePrivacy],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Usable even signed out; ads reported by press, not read on an OpenAI page.',
      },
      {
        name: 'Go',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: "unknown — press reports US$8/month from OpenAI's 16 Jan 2026 announcement, but no OpenAI page with the price was found in the sources searched on 2026-12-01.",
      },
      { name: 'Plus', price: 20, currency: 'USD', period: 'month', note: "Billed monthly, per OpenAI's help centre." },
    ],
    freeTier:
      'A free tier exists (ChatGPT can even be used signed out). Pro is not listed because no official price was read. Business/Enterprise/Edu use seat pricing plus flexible credits (e.g. deep research ≈50 credits per task per the rate card). API use is billed separately from any ChatGPT plan.',
    read: '2026-12-01',
    sources: [plusHelp, rateCard, dataControlsFaq, goLaunchPress, goLaunchQuote],
  },
  copyright: {
    ownership:
      "The Europe Terms of Use say you keep your rights in your input and own the output, with OpenAI assigning you any rights it has, to the extent the law allows; output may not be unique and other users can get similar output. Code output (e.g. Codex) may be subject to third-party and open-source licences. For business products OpenAI's Enterprise privacy page says the customer owns inputs and outputs where allowed by law.",
    commercialUse:
      'The Europe Terms cover personal use and add a business-use addendum for commercial use (liability capped at the fees paid in 12 months or $100, and you indemnify OpenAI); they contain no separate "any purpose" clause. You may not use output to build competing models or present it as human-written. The rest-of-world Terms were not read.',
    indemnity:
      "Per OpenAI's Service Terms, OpenAI indemnifies API customers and ChatGPT Enterprise, Edu and Healthcare customers against third-party IP claims over output, with exclusions (e.g. modified output, disabled safety features, trademark claims, beta services). Free, Go and Plus users get no indemnity.",
    sources: [euTerms, serviceTerms, enterprisePrivacy],
  },
  security: {
    promptInjection: 'unknown — OpenAI guidance on prompt injection for ChatGPT browsing/agent features was not read.',
    incidents: [
      {
        date: '2023-03-20',
        summary:
          "A bug in the open-source redis-py library showed some users the titles (and possibly first messages) of other users' chats, and exposed limited payment details (name, email, address, card type, last four digits, expiry) of about 1.2% of active Plus subscribers during a nine-hour window.",
        sources: [march2023Outage],
      },
    ],
    enterpriseControls:
      "Business workspaces are excluded from training by default. OpenAI's Enterprise privacy page lists SAML SSO (Enterprise), fine-grained admin control over features, a completed SOC 2 audit, and encryption at rest (AES-256) and in transit (TLS 1.2+).",
    sources: [march2023Outage, enterprisePrivacy],
  },
  availability: {
    regions: 'unknown — the supported-countries list was not read.',
    minAge: 13,
    account:
      "Optional for basic use (signed-out chatting exists); an account is needed for history, exports and paid plans. Per the Europe Terms you must be at least 13 or your country's minimum age of consent, and users under 18 need a parent's or guardian's permission. An account made with a work email may be moved into the employer's business workspace, whose admins can then see its content.",
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [dataControlsFaq, euTerms, euPrivacy],
  },
  alternatives: ['claude', 'gemini', 'microsoft-copilot', 'le-chat', 'perplexity'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        "Review: Plus price from OpenAI's help centre and Go price from press added; Enterprise privacy page now official source for business controls; unreliable blog and tracker summaries replaced.",
    },
    {
      date: '2026-11-28',
      change:
        "Third pass: ownership, commercial use, indemnity, minimum age, storage location and human review now read in OpenAI's Europe Terms of Use, Service Terms and Europe Privacy Policy (via Open Terms Archive); ConductAtlas and law-firm sources removed; commercial-use wording corrected to the EU Terms.",
    },
    {
      date: '2026-12-01',
      change:
        'Fourth pass: training parts set from OpenAI\'s own text (on by default, opt-out setting, scope "train our models", Temporary Chats excluded); Go price set to unknown (only press has $8); rate-card URL given its full slug; Enterprise privacy page unified (trailing slash, dated 2026-01-08); Service Terms date updated to 2026-09-29; "read via" moved from titles into `via`; unread Team-billing seat minimum removed.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: all privacy and price claims re-checked against the cited texts (OTA copies of the model-improvement page, Europe Privacy Policy, Europe Terms and Enterprise privacy page; stored copies of the Data Controls FAQ and rate card; proxy copy of the Plus article) and confirmed — training on by default with the "Improve the model for everyone" / privacy-portal opt-out, Temporary Chats 30 days, human review, US storage, business no-training default, Plus $20, Free tier; Go stays unknown. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat plus images, voice, file analysis, deep research and agent mode, depending on plan.',
      sources: [rateCard],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Runs GPT-5.x-family models (Instant/Thinking/Pro per the rate card); OpenAI does not publish their architecture in the sources read.',
      sources: [rateCard],
    },
    trainingData: {
      status: 'caution',
      note: 'Consumer chats feed model training unless you opt out; models are also trained on publicly available internet data, but the wider data mix is not detailed in the sources read.',
      sources: [modelImprovement, euPrivacy, dataControlsFaq],
    },
    outputQuality: {
      status: 'caution',
      note: 'Quality depends on the model tier (Instant may silently hand complex prompts to Thinking), and OpenAI concedes its models will always sometimes produce false statements.',
      sources: [rateCard, hallucinationPress],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No OpenAI bias-mitigation documentation for ChatGPT was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: "OpenAI's own Terms say output may be inaccurate and must not be your sole source of truth or replace professional advice, and its researchers say models will always hallucinate to some degree; verify facts, citations and code.",
      sources: [euTerms, hallucinationPress],
    },
    computationalNeeds: {
      status: 'good',
      note: "Everything runs in OpenAI's cloud; the only constraint is per-plan message caps or credits.",
      sources: [rateCard],
    },
    apiAvailability: {
      status: 'good',
      note: 'ChatGPT itself has no API, but the same models are sold separately through the OpenAI API (see openai-platform).',
      sources: [businessNoTraining],
    },
    pricingModel: {
      status: 'caution',
      note: 'Freemium: Free, Go (price not confirmed on an OpenAI page; press reports $8), Plus at $20/month, higher tiers and business seats on top; business plans add credit-metered usage for heavy features, so costs can vary month to month.',
      sources: [plusHelp, goLaunchPress, rateCard],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Training on consumer chats is on by default but can be switched off in Data Controls, and EU users' data is processed and stored in the US; use Temporary Chat or a Business/Enterprise workspace (not used for training by default) for sensitive material.",
      sources: [dataControlsFaq, modelImprovement, euPrivacy, enterprisePrivacy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own the output under the Terms, but it may not be unique, code may carry third-party licences, and IP indemnity only covers API and Enterprise/Edu/Healthcare customers, not Free, Go or Plus users.',
      sources: [euTerms, serviceTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'A 2023 caching bug leaked chat titles and partial payment data between users; treat chats as potentially exposed and keep secrets out.',
      sources: [march2023Outage],
    },
  },
} satisfies ToolInput;
