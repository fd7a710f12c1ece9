// DeepSeek (chat) — DeepSeek's own privacy policy/terms (cdn/chat.deepseek.com) were not in the stored corpus, so privacy
// and terms facts come from reputable press and analyses (Wired, Ropes & Gray, others) and are marked third-party.
// Copy sites (deepseek.chat, deepseekagi.org, chat-deep.ai, deepseek-chat-app.com, …) were deliberately ignored.
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

const termsDigest = {
  url: 'https://generator-hub.com/blog/6388',
  title: 'Generator Hub: legal considerations for enterprise users of DeepSeek (summary)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const optOutQuote = {
  url: 'https://cncsmonster.github.io/en/posts/deepseek-api-data-training-policy/',
  title: 'Blog: Does DeepSeek train on API data? (quotes Terms of Use §4.3 and the privacy policy)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const toolProfile = {
  url: 'https://tautoru.ai/ai/tools/deepseek',
  title: 'Tautoru: DeepSeek tool profile (plans, data handling, ownership)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const usagePolicy = {
  url: 'https://comparativeai.org/en/companies/deepseek/usage-policy/',
  title: 'ComparativeAI: DeepSeek usage policy analysis',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const apiPricing = {
  url: 'https://api-docs.deepseek.com/quick_start/pricing',
  title: 'DeepSeek API Docs: Models & Pricing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const wizWriteup = {
  url: 'https://safeguard.sh/resources/blog/deepseek-clickhouse-exposure-ai-provider-2025',
  title: 'Safeguard: DeepSeek ClickHouse exposure (Wiz Research disclosure, Jan 2025)',
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
    'Free chat assistant from Chinese lab DeepSeek; conversations are stored in China under Chinese law and used for training unless you switch it off.',
  capabilities: [
    'General chat, reasoning ("DeepThink") and coding help',
    'Web and mobile apps',
    'Same model family is published as open weights for self-hosting',
  ],
  limits: [
    "Per press reports of DeepSeek's privacy policy, chats and account data are stored on servers in the People's Republic of China",
    'Inputs and outputs may be used to improve models unless you turn off "Improve the model for everyone"',
    'Answers follow Chinese content rules, so some political topics are refused or slanted',
    'DeepSeek disclaims liability and offers no indemnity, per legal analyses',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Turn off "Improve the model for everyone" in settings (as quoted from DeepSeek\'s Terms of Use §4.3 by a third-party write-up); not verified on an official page here.',
    retention: "unknown — DeepSeek's own privacy policy was not readable in this pass.",
    humanReview: 'unknown',
    storage:
      "Stored on servers in the People's Republic of China per DeepSeek's privacy policy as reported by Wired and law-firm analyses; terms are governed by PRC law.",
    business:
      'No separate business/enterprise tier for the chat app was found; data-sharing with affiliates, advertisers and authorities is described by legal analyses. Self-hosting the open weights keeps data off DeepSeek servers.',
    sources: [wired, ropes, optOutQuote, toolProfile, termsDigest],
  },
  pricing: {
    model: 'free',
    plans: [],
    freeTier: 'The web and mobile chatbot is free to use; no paid consumer plan was seen in the sources read.',
    read: '2026-11-28',
    sources: [toolProfile],
  },
  copyright: {
    ownership:
      'Legal summaries say users retain ownership of outputs, while DeepSeek reserves the right to use inputs and outputs to improve its services.',
    commercialUse: 'unknown — not confirmed in an official text read here.',
    indemnity: 'None — analyses say DeepSeek disclaims liability and offers no indemnity.',
    sources: [termsDigest, ropes],
  },
  security: {
    promptInjection: 'unknown — no DeepSeek guidance on prompt injection was found.',
    incidents: [
      {
        date: '2025-01-29',
        summary:
          'Wiz Research disclosed a publicly reachable, unauthenticated DeepSeek ClickHouse database holding over a million log lines, including chat history, API keys and backend details; DeepSeek closed it within about an hour of notification.',
        sources: [wizWriteup, wizNews],
      },
    ],
    enterpriseControls: 'None found for the consumer chat app.',
    sources: [wizWriteup, wired],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'unknown — sign-up requirements were not confirmed on an official page.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [toolProfile, wired],
  },
  alternatives: ['chatgpt', 'claude', 'gemini', 'le-chat', 'qwen-chat', 'kimi'],
  changelog: [{ date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' }],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and code answers, with a reasoning mode (DeepThink).',
      sources: [toolProfile],
    },
    modelArchitecture: {
      status: 'good',
      note: 'DeepSeek publishes its model family as open weights (MIT licence); the hosted API currently lists DeepSeek-V4.1-Flash and V4-Pro with 1M-token context.',
      sources: [toolProfile, apiPricing],
    },
    trainingData: {
      status: 'caution',
      note: 'Chat inputs and outputs may feed model training unless you opt out; pre-training data is not documented in sources read.',
      sources: [optOutQuote],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official quality statement read.',
      sources: [],
    },
    biasMitigation: {
      status: 'risk',
      note: "Service-side rules restate Chinese generative-AI content requirements, so politically sensitive topics are filtered; don't rely on it for neutral coverage of such topics.",
      sources: [usagePolicy],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'As with any LLM chat, answers can be confidently wrong; verify facts and code.',
      sources: [termsDigest],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted chat needs only a browser or app; the open weights can be self-hosted if you have the hardware.',
      sources: [toolProfile],
    },
    apiAvailability: {
      status: 'good',
      note: 'Paid API on the DeepSeek Platform (see deepseek-platform).',
      sources: [apiPricing],
    },
    pricingModel: {
      status: 'good',
      note: 'The chat app is free.',
      sources: [toolProfile],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: "Chats are stored in China under PRC law, may be shared with authorities, and train models by default; don't paste confidential code, personal data or secrets.",
      sources: [wired, ropes, optOutQuote],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Outputs are reportedly yours, but DeepSeek may reuse inputs/outputs and gives no indemnity.',
      sources: [termsDigest],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'A January 2025 database exposure leaked chat logs and API keys; treat anything typed as potentially exposed.',
      sources: [wizWriteup, wizNews],
    },
  },
} satisfies ToolInput;
