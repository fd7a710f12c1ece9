// DeepSeek Platform — prices from the official api-docs.deepseek.com Models & Pricing page (newest stored copy lists
// deepseek-flash = DeepSeek-V4.1-Flash-1017 and deepseek-v4-pro with peak/off-peak rates). DeepSeek's own privacy
// policy and Open Platform terms were not in the corpus; those facts come from press/analyses and are marked third-party.
// Review 2026-11-28: tracking parameter removed from the Chinese pricing URL; aggregator/SEO sources (tautoru.ai,
// generator-hub.com — a copy of the Ropes & Gray alert, safeguard.sh) replaced by the law-firm originals and press.
import type { ToolInput } from '../schema.ts';

const apiPricing = {
  url: 'https://api-docs.deepseek.com/quick_start/pricing',
  title: 'DeepSeek API Docs: Models & Pricing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiPricingZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/pricing/',
  title: 'DeepSeek API 文档：模型 & 价格 (Chinese edition, incl. Search/Fetch billing)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const apiTrainingAnalysis = {
  url: 'https://cncsmonster.github.io/en/posts/deepseek-api-data-training-policy/',
  title: 'Blog: Does DeepSeek train on API data? (reads the Open Platform terms and privacy policy)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

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
  id: 'deepseek-platform',
  name: 'DeepSeek Platform',
  vendor: 'DeepSeek (Hangzhou DeepSeek Artificial Intelligence Co., Ltd.)',
  category: 'developer platform/API',
  homepage: 'https://platform.deepseek.com/',
  match: [{ host: 'platform.deepseek.com' }],
  summary:
    "DeepSeek's prepaid, OpenAI/Anthropic-compatible API console; very low token prices, but data goes to China and the terms don't rule out training on API traffic.",
  capabilities: [
    'deepseek-flash (DeepSeek-V4.1-Flash) and deepseek-v4-pro models with 1M-token context',
    'Thinking and non-thinking modes, JSON output, tool calls, FIM completion (beta)',
    'OpenAI-format and Anthropic-format endpoints, plus a Responses API',
    'Context caching with discounted cache-hit input tokens',
    'Separate Search and Fetch APIs billed per request',
  ],
  limits: [
    'Prices change by time of day: off-peak is half the peak rate (peak 01:00–04:00 and 06:00–10:00 UTC on Chinese working days)',
    'Concurrency limits of 2,500 (flash) and 500 (v4-pro) per the pricing page',
    'Prepaid balance; granted credit is spent before topped-up credit',
    'Legacy model names are retired or remapped — check which model actually serves your requests',
  ],
  privacy: {
    training: 'unknown',
    optOut:
      'unknown — a reading of the Open Platform terms found no commitment either way and no opt-out toggle for API traffic.',
    retention: 'unknown',
    humanReview: 'unknown',
    storage:
      "DeepSeek's privacy policy, as reported by Wired, stores collected data on servers in the People's Republic of China; terms are governed by PRC law.",
    business:
      'No enterprise tier or data-processing terms were found on the public site; self-hosting the open-weight models is the way to keep data off DeepSeek servers.',
    sources: [apiTrainingAnalysis, wired, ropes],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'deepseek-flash — input, cache miss (per 1M tokens)',
        price: 0.15,
        currency: 'USD',
        period: 'usage',
        note: 'Off-peak rate; peak $0.30. Cache-hit input $0.003 off-peak / $0.006 peak.',
      },
      {
        name: 'deepseek-flash — output (per 1M tokens)',
        price: 0.6,
        currency: 'USD',
        period: 'usage',
        note: 'Off-peak rate; peak $1.20.',
      },
      {
        name: 'deepseek-v4-pro — input, cache miss (per 1M tokens)',
        price: 0.66,
        currency: 'USD',
        period: 'usage',
        note: 'Off-peak rate; peak $1.32. Cache-hit input $0.022 off-peak / $0.044 peak.',
      },
      {
        name: 'deepseek-v4-pro — output (per 1M tokens)',
        price: 1.98,
        currency: 'USD',
        period: 'usage',
        note: 'Off-peak rate; peak $3.96.',
      },
    ],
    freeTier:
      'No free tier is described on the pricing page; usage is deducted from a prepaid (or granted) balance. Search/Fetch API calls are billed per 1,000 requests (CNY page), with agent-tool use of them billed from 1 Nov 2026.',
    read: '2026-11-28',
    sources: [apiPricing, apiPricingZh],
  },
  copyright: {
    ownership:
      "DeepSeek's consumer Terms of Use (§4.2, as quoted by a law firm) assign any rights in outputs to the user, and a separate analysis notes DeepSeek may use inputs and outputs to improve services; the Open Platform terms themselves were not read.",
    commercialUse: 'unknown',
    indemnity: 'None found — a law-firm analysis says DeepSeek disclaims liability and offers no indemnity.',
    sources: [trachtman, ropes],
  },
  security: {
    promptInjection: 'unknown — no guidance found; treat outputs and tool calls as untrusted in your app.',
    incidents: [
      {
        date: '2025-01-29',
        summary:
          'Wiz Research found an unauthenticated DeepSeek ClickHouse database exposing log streams with chat history and plaintext API keys; it was secured within about an hour of disclosure. Rotate keys if you used the API then.',
        sources: [wizNewsItDaily, wizNews],
      },
    ],
    enterpriseControls: 'unknown — no enterprise controls documented on the public pages read.',
    sources: [wizNewsItDaily, apiPricing],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Platform account with a topped-up balance and API key.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [apiPricing],
  },
  alternatives: ['openai-platform', 'claude-platform', 'google-ai-studio', 'mistral-la-plateforme'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-08-16',
      change: 'DeepSeek switched API billing to peak/off-peak rates (off-peak = half of peak), per its pricing page.',
    },
    {
      date: '2026-11-28',
      change:
        'Review: removed utm parameter from the Chinese pricing URL; replaced aggregator/SEO sources (tautoru.ai, generator-hub.com, safeguard.sh) with Ropes & Gray, Trachtman & Poler and ITdaily.',
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text/code generation via API, with JSON output, tool calls and vision on the flash model.',
      sources: [apiPricing],
    },
    modelArchitecture: {
      status: 'good',
      note: 'DeepSeek V4-family models; DeepSeek publishes its model weights under the MIT licence, so behaviour can be studied or self-hosted.',
      sources: [apiPricing, ropes],
    },
    trainingData: {
      status: 'unknown',
      note: 'unknown — pre-training data and API-data use are not documented in sources read.',
      sources: [],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official benchmark read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found; the chat service follows Chinese content rules.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM output can be wrong; validate before acting on it. DeepSeek disclaims liability for what the service produces.',
      sources: [ropes],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted API; nothing to run locally.',
      sources: [apiPricing],
    },
    apiAvailability: {
      status: 'good',
      note: 'OpenAI- and Anthropic-compatible endpoints at api.deepseek.com.',
      sources: [apiPricing],
    },
    pricingModel: {
      status: 'good',
      note: 'Among the cheapest per-token APIs; budget for peak-hour rates and cache misses.',
      sources: [apiPricing],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: "Requests go to DeepSeek servers in China under PRC law, and the API terms don't promise that API data stays out of training. Keep secrets and personal data out, or self-host the weights.",
      sources: [apiTrainingAnalysis, wired],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'The consumer terms assign output rights to you (API terms not read), but no indemnity is offered.',
      sources: [trachtman, ropes],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'The January 2025 exposure included plaintext API keys in logs; rotate keys regularly and scope spend.',
      sources: [wizNewsItDaily, wizNews],
    },
  },
} satisfies ToolInput;
