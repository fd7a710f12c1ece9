// DeepSeek (chat) — DeepSeek's own privacy policy/terms (cdn/chat.deepseek.com) were not in the stored corpus, so privacy
// and terms facts come from reputable press and legal analyses (Wired, Ropes & Gray, Trachtman & Poler) and are marked
// third-party. Review 2026-11-28: aggregator/SEO sources (tautoru.ai, generator-hub.com — a copy of the Ropes & Gray
// alert, comparativeai.org, safeguard.sh) were removed; claims that rested only on them are now "unknown".
// Copy sites (deepseek.chat, deepseekagi.org, chat-deep.ai, deep-seek.chat, deepseek-chat-app.com, …) were deliberately ignored.
import type { ToolInput } from '../schema.ts';

const wired = {
  url: 'https://www.wired.com/story/deepseek-ai-china-privacy-data/',
  title: "Wired: DeepSeek's privacy policy — data stored on servers in China",
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const ropes = {
  url: 'https://ropesgray.com/en/insights/alerts/2025/01/deepseek-legal-considerations-for-enterprise-users',
  title: 'Ropes & Gray: DeepSeek — Legal Considerations for Enterprise Users',
  kind: 'third-party',
  published: '2025-01-29',
  checked: '2026-11-28',
} as const;

const trachtman = {
  url: 'https://trachtmanpoler.com/author/emily/page/3',
  title: "Trachtman & Poler (Emily Poler): reading DeepSeek's Terms of Use (output rights §4.2, PRC forum clause)",
  kind: 'third-party',
  published: '2025-02-11',
  checked: '2026-11-28',
} as const;

const optOutQuote = {
  url: 'https://cncsmonster.github.io/en/posts/deepseek-api-data-training-policy/',
  title: 'Blog: Does DeepSeek train on API data? (quotes Terms of Use §4.3 and the privacy policy)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const censorshipRoundup = {
  url: 'https://www.newser.com/story/363316/deepseek-has-answers-just-dont-ask-about-taiwan.html',
  title: 'Newser: DeepSeek has answers — just don\'t ask about Taiwan (summarises Guardian, BBC and AP tests)',
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

const apiPricing = {
  url: 'https://api-docs.deepseek.com/quick_start/pricing',
  title: 'DeepSeek API Docs: Models & Pricing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const wizNewsItDaily = {
  url: 'https://itdaily.com/news/security/deepseek-leaves-database-wide-open/',
  title: 'ITdaily: DeepSeek leaves database of chat history wide open (Wiz Research findings)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const wizNews = {
  url: 'https://www.gadgetreview.com/security-researchers-uncover-major-data-exposure',
  title: 'GadgetReview: Security researchers uncover major DeepSeek data exposure',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'deepseek',
  name: 'DeepSeek',
  vendor: 'DeepSeek (Hangzhou DeepSeek Artificial Intelligence Co., Ltd.)',
  category: 'chat assistant',
  homepage: 'https://chat.deepseek.com/',
  match: [{ host: 'chat.deepseek.com' }],
  summary:
    'Chat assistant from Chinese lab DeepSeek; conversations are stored in China under Chinese law and, per its terms as quoted by third parties, used to improve the service unless you switch that off.',
  capabilities: [
    'General chat, reasoning and coding help',
    'Web chatbot plus iOS and Android apps',
    'Same model family is published as open weights (MIT licence) for self-hosting',
  ],
  limits: [
    "Per press reports of DeepSeek's privacy policy, chats and account data are stored on servers in the People's Republic of China",
    'Inputs and outputs may be used to improve the service unless you turn off "Improve the model for everyone" (terms as quoted by a third party)',
    'Answers follow Chinese content rules, so questions on topics such as Tiananmen or Taiwan are refused or slanted',
    'DeepSeek disclaims liability and offers no indemnity, per a law-firm analysis',
    "DeepSeek's own policy pages were not readable for this entry — verify on chat.deepseek.com before relying on details",
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Turn off "Improve the model for everyone" in settings (as quoted from DeepSeek\'s Terms of Use §4.3 by a third-party write-up); not verified on an official page here.',
    retention: "unknown — DeepSeek's own privacy policy was not readable in this pass.",
    humanReview: 'unknown',
    storage:
      "Stored on servers in the People's Republic of China per DeepSeek's privacy policy as reported by Wired and a law-firm analysis; disputes go to a court at DeepSeek's registered office in Hangzhou.",
    business:
      'No separate business/enterprise tier for the chat app was found; a law-firm analysis describes sharing with advertising and analytics partners. Self-hosting the open weights keeps data off DeepSeek servers.',
    sources: [wired, ropes, optOutQuote, trachtman],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      "unknown — no official pricing page for the chat app was read (the earlier 'free' claim rested on an aggregator profile and was removed). DeepSeek's paid API is a separate product (see deepseek-platform).",
    read: '2026-11-28',
    sources: [apiPricing],
  },
  copyright: {
    ownership:
      "DeepSeek's Terms of Use (§4.2, as quoted by a law firm) leave you any rights in your inputs and assign to you any rights in the outputs; a separate analysis notes DeepSeek may still use inputs and outputs to improve its services.",
    commercialUse: 'unknown — not confirmed in an official text read here.',
    indemnity: 'None — a law-firm analysis says DeepSeek disclaims liability and offers no indemnity.',
    sources: [trachtman, ropes],
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
    enterpriseControls: 'None found for the consumer chat app.',
    sources: [wizNewsItDaily, wired],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'unknown — sign-up requirements were not confirmed on an official page.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [ropes, censorshipDailyDot],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'le-chat', 'qwen-chat', 'kimi'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: removed aggregator/SEO sources (tautoru.ai, generator-hub.com, comparativeai.org, safeguard.sh); pricing model now unknown; output-rights claim re-sourced to a law firm quoting the terms; censorship claim re-sourced to press.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and code answers from a chat assistant built on DeepSeek\'s reasoning-capable models, on the web and in mobile apps.',
      sources: [ropes, censorshipRoundup],
    },
    modelArchitecture: {
      status: 'good',
      note: 'DeepSeek publishes its models as open weights under the MIT licence; the hosted API currently lists DeepSeek-V4.1-Flash and V4-Pro with 1M-token context.',
      sources: [ropes, apiPricing],
    },
    trainingData: {
      status: 'caution',
      note: 'Chat inputs and outputs may feed model improvement unless you opt out; pre-training data is not documented in sources read.',
      sources: [optOutQuote],
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
      note: 'As with any LLM chat, answers can be confidently wrong, and on topics sensitive in China they may be deleted or replaced mid-answer; verify facts and code.',
      sources: [censorshipDailyDot],
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
      note: "Chats are stored in China under PRC law, may be shared with advertising and analytics partners, and are used to improve the service unless you opt out; don't paste confidential code, personal data or secrets.",
      sources: [wired, ropes, optOutQuote],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'The terms assign any output rights to you, but DeepSeek may reuse inputs/outputs and gives no indemnity.',
      sources: [trachtman, ropes],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'A January 2025 database exposure leaked chat logs and API keys; treat anything typed as potentially exposed.',
      sources: [wizNewsItDaily, wizNews],
    },
  },
} satisfies ToolInput;
