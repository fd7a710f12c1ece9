// DeepSeek (chat) — privacy, training, terms, copyright and age facts come from DeepSeek's own Privacy Policy (last
// updated 2026-02-10; re-read 2026-12-01) and Terms of Use (last updated 2026-03-27, read 2026-11-28), both read through
// the Open Terms Archive copy in OpenTermsArchive/genai-eu-versions (EU-fetched versions) and cited with `via` at the
// cdn.deepseek.com addresses the documents link to each other by. Only deepseek.com is treated as DeepSeek's domain:
// lookalike and copy sites (deepseek-ai.*, deepseek.chat, deepseekagi.org, chat-deep.ai, …) are never cited.
// Review finding 5 (chat cites only press): every privacy and training claim rests on DeepSeek's own texts. Training
// parts (2026-12-01): the privacy policy lists "to train and improve our technology, such as our machine learning
// models" and a right to opt out of training; Terms §4.3 lets DeepSeek use de-identified inputs and outputs to develop
// and improve its services unless you turn off "Improve the model for everyone" (the §4.3 wording was re-read today
// only in the archive's older 2025-04-28 copy of the terms; the 2026-03-27 version keeps its 2026-11-28 date). Press
// (Newser, Daily Dot) now backs only the observed censorship of politically sensitive answers (bias row), which
// DeepSeek's own texts do not address; it was removed from the content-type and hallucination rows.
// Earlier reviews removed aggregator/SEO sources, a blog quote of §4.3 and an outdated advertising-partner claim.
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown. The Terms of Use were re-read in their 27 Mar 2026
// version (OTA @6f1a814): §4.3 (de-identified use of inputs/outputs, opt out via "Improve the model for everyone"), §2.5
// (data kept after deletion where law requires), §3.3 (technical review, risk filters, illegal-content databases — the
// 2026 wording no longer says "reviewing inputs and outputs"), §8.2 (records of suspected illegal acts kept and reported),
// §8.4 (liability cap) and §10 (PRC law, Hangzhou court). The Privacy Policy (10 Feb 2026, OTA @c93cca6) confirmed the
// training purpose, the e-mail opt-out right, retention, storage in the PRC, no targeted ads/sale, search-API and group
// sharing (incl. foundation-model training), the 14–17 rule and that payment data does not apply to the App.
import type { ToolInput } from '../schema.ts';
import { apiPricing, privacyPolicy, ropes, termsOfUse, wizNews, wizNewsItDaily } from '../sources/deepseek.ts';

const censorshipRoundup = {
  url: 'https://www.newser.com/story/363316/deepseek-has-answers-just-dont-ask-about-taiwan.html',
  title: "Newser: DeepSeek has answers — just don't ask about Taiwan (summarises Guardian, BBC and AP tests)",
  kind: 'third-party',
  published: '2025-01-28',
  checked: '2026-11-28',
} as const;

const censorshipDailyDot = {
  url: 'https://www.dailydot.com/debug/chinese-chatbot-deepseek-censors-tiananmen-square-taiwan/',
  title: 'Daily Dot: Chinese chatbot DeepSeek censors Tiananmen Square and Taiwan questions',
  kind: 'third-party',
  published: '2025-01-27',
  checked: '2026-11-28',
} as const;

export default {
  id: 'deepseek',
  name: 'DeepSeek',
  vendor: 'DeepSeek (Hangzhou DeepSeek Artificial Intelligence Co., Ltd.)',
  category: 'chat assistant',
  homepage: 'https://chat.deepseek.com/',
  officialDomains: ['deepseek.com'],
  match: [{ host: 'chat.deepseek.com' }],
  summary:
    'Chat assistant from Chinese lab DeepSeek; per its own privacy policy, chats are stored in the People\'s Republic of China and used to train its models unless you switch "Improve the model for everyone" off.',
  capabilities: [
    'General chat, reasoning and coding help, with an optional web "Search" function',
    'Web chatbot plus iOS and Android apps',
    'Share a conversation through a unique link',
    'Same model family is published as open weights (MIT licence) for self-hosting',
  ],
  limits: [
    "DeepSeek's privacy policy says it collects, processes and stores your data in the People's Republic of China",
    'Inputs and outputs are used, after de-identification, to improve DeepSeek and its models unless you turn off "Improve the model for everyone"',
    'Chats are kept for as long as you have an account unless you delete them',
    'Press tests (January 2025) found questions on topics such as Tiananmen or Taiwan refused or answered with the official Chinese line',
    "No indemnity: you indemnify DeepSeek, liability is capped (greater of 12 months' fees or $100), and the terms are governed by mainland PRC law",
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'de-identified inputs and outputs used to provide, maintain, operate, develop or improve the services and their underlying technologies (Terms §4.3); the privacy policy names training and improving its machine-learning models',
    },
    optOutHow:
      'Switch off "Improve the model for everyone" in settings (Terms of Use §4.3); the privacy policy also lists a right to opt out of training, exercisable by emailing privacy@deepseek.com.',
    retention:
      'Account data and inputs are kept as long as you have an account, and longer where DeepSeek cites legal duties, legitimate interests or a terms violation; you can delete chat history in settings, though some data may be kept after account deletion where the law requires.',
    humanReview:
      'Not described as such; the terms let DeepSeek review user behaviour by technical means (risk filters, illegal-content databases) for compliance, and records of suspected illegal activity are kept and reported to authorities.',
    storage:
      "Collected, processed and stored in the People's Republic of China (also stated in the EEA/UK supplement); terms governed by mainland PRC law, with disputes before a court at DeepSeek's registered office in Hangzhou.",
    business:
      'No business tier for the chat app. The policy says DeepSeek does not do targeted advertising or sell data; it shares data with service providers (search APIs receive your input, analytics, safety monitoring), with group companies (including for model training) and with authorities on request. Self-hosting the open weights keeps data off DeepSeek servers.',
    sources: [privacyPolicy, termsOfUse],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      'unknown — no official pricing page for the chat app was read. The privacy policy mentions payments only for the Open Platform and says payment data does not apply to the DeepSeek App; the paid API is a separate product (see deepseek-platform).',
    read: '2026-11-28',
    sources: [privacyPolicy, apiPricing],
  },
  copyright: {
    ownership:
      'Terms of Use §4.2: you keep any rights in your inputs and DeepSeek assigns you any rights it has in the outputs (outputs may not be unique); DeepSeek may still use de-identified inputs and outputs to improve its services (§4.3).',
    commercialUse:
      'Allowed: §4.2 lists uses including derivative product development and training other models (distillation), if legal. If you publish outputs you must check their accuracy and label them as AI-generated (§3.1).',
    indemnity:
      "None offered to users. You indemnify DeepSeek against third-party claims from your breaches (§8.5); DeepSeek's liability is capped at the greater of 12 months' fees or $100 (§8.4).",
    sources: [termsOfUse],
  },
  security: {
    promptInjection: 'unknown — no DeepSeek guidance on prompt injection was found.',
    incidents: [
      {
        date: '2025-01-29',
        summary:
          'Wiz Research disclosed a publicly reachable, unauthenticated DeepSeek ClickHouse database holding over a million log lines, including plaintext chat history, API keys and backend details; DeepSeek closed it within about an hour of notification.',
        sources: [wizNewsItDaily, wizNews],
      },
    ],
    enterpriseControls:
      'None found for the consumer chat app. The terms warn that shared conversation links can be picked up by crawlers despite robots.txt blocking.',
    sources: [wizNewsItDaily, termsOfUse],
  },
  availability: {
    regions: 'unknown — no country list; the terms say the service may not be available, or may differ, in some jurisdictions.',
    minAge: 'unknown',
    account:
      "Account needed (email or a third-party login). The terms say the service is primarily for adults and under-18s may use it only with a guardian's consent; the EU privacy supplement refers to users aged 14–17.",
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [termsOfUse, privacyPolicy],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'le-chat', 'qwen-chat', 'kimi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: removed aggregator/SEO sources (tautoru.ai, generator-hub.com, comparativeai.org, safeguard.sh); pricing model now unknown; output-rights claim re-sourced to a law firm quoting the terms; censorship claim re-sourced to press.',
    },
    {
      date: '2026-11-28',
      change:
        "Third-pass review: privacy, training opt-out, retention, storage, age and copyright now cite DeepSeek's own Privacy Policy (2026-02-10) and Terms of Use (2026-03-27), read via Open Terms Archive; removed the blog and Trachtman & Poler sources and the outdated advertising-partner claim; commercial use and indemnity filled from the terms.",
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts confirmed from DeepSeek\'s privacy policy and Terms §4.3 (on by default, "Improve the model for everyone" switch) and scope filled; privacy policy re-read; press kept only for the censorship (bias) row; Open Terms Archive copies moved to `via`.',
      fields: ['training', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training on by default with the "Improve the model for everyone" switch and the e-mail opt-out right, retention, technical review and reporting, PRC storage and law, no targeted ads, group sharing and the no-price statement for the App confirmed; the Terms of Use now read (and cited) in their 27 Mar 2026 version. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: "Text, table and code answers from a chat assistant built on DeepSeek's large language models, on the web and in mobile apps.",
      sources: [termsOfUse],
    },
    modelArchitecture: {
      status: 'good',
      note: 'DeepSeek publishes its models as open weights under the MIT licence; the hosted API currently lists DeepSeek-V4.1-Flash and V4-Pro with 1M-token context.',
      sources: [ropes, apiPricing],
    },
    trainingData: {
      status: 'caution',
      note: 'The privacy policy says DeepSeek trains on publicly available web data and on your chats (inputs are de-identified first, per the terms) unless you switch off "Improve the model for everyone".',
      sources: [privacyPolicy, termsOfUse],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official quality statement read.',
      sources: [],
    },
    biasMitigation: {
      status: 'risk',
      note: 'Press tests found the app refusing or giving the official Chinese line on topics such as Tiananmen Square and Taiwan; do not rely on it for neutral coverage of politically sensitive subjects.',
      sources: [censorshipRoundup, censorshipDailyDot],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'DeepSeek itself says outputs may contain errors and are not professional advice, and its privacy policy warns not to rely on the factual accuracy of outputs; verify facts and code.',
      sources: [termsOfUse, privacyPolicy],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted chat needs only a browser or app; some versions of the model can be downloaded and run locally if you have the hardware.',
      sources: [ropes],
    },
    apiAvailability: {
      status: 'good',
      note: 'Paid API on the DeepSeek Platform (see deepseek-platform).',
      sources: [apiPricing],
    },
    pricingModel: {
      status: 'unknown',
      note: 'No official pricing for the chat app was read; the API is billed separately per token.',
      sources: [apiPricing],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: "Chats are stored in China under PRC law, kept while your account exists and used for training unless you opt out; don't paste confidential code, personal data or secrets.",
      sources: [privacyPolicy, termsOfUse],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'The terms assign any output rights to you and allow commercial use, but DeepSeek may reuse de-identified inputs/outputs, offers no indemnity and requires AI labels on published outputs.',
      sources: [termsOfUse],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'A January 2025 database exposure leaked chat logs and API keys; shared chat links can also be crawled. Treat anything typed as potentially exposed.',
      sources: [wizNewsItDaily, wizNews, termsOfUse],
    },
  },
} satisfies ToolInput;
