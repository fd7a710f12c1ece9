// DeepSeek Platform — prices from the official api-docs.deepseek.com Models & Pricing page (newest stored copy lists
// deepseek-flash = DeepSeek-V4.1-Flash-1017 and deepseek-v4-pro with peak/off-peak rates). Terms and privacy facts come
// from DeepSeek's own Open Platform Terms of Service (2026-03-27), Terms of Use (2026-03-27) and Privacy Policy
// (2026-02-10), read on 2026-11-28 through the Open Terms Archive copy in the public GitHub repository
// OpenTermsArchive/genai-eu-versions (EU-fetched versions). No DeepSeek declaration was stored in
// OpenTermsArchive/genai-eu-declarations, so they are cited at the cdn.deepseek.com addresses the documents link to.
// Third pass 2026-11-28: the blog analysis (cncsmonster.github.io), Wired and Trachtman & Poler sources were replaced
// by the official texts.
// Review 2026-11-28: tracking parameter removed from the Chinese pricing URL; aggregator/SEO sources (tautoru.ai,
// generator-hub.com — a copy of the Ropes & Gray alert, safeguard.sh) replaced by the law-firm originals and press.
import type { ToolInput } from '../schema.ts';
import { apiPricing, privacyPolicy, ropes, termsOfUse, wizNews, wizNewsItDaily } from '../sources/deepseek.ts';

const apiPricingZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/pricing/',
  title: 'DeepSeek API 文档：模型 & 价格 (Chinese edition, incl. Search/Fetch billing)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const platformTerms = {
  url: 'https://cdn.deepseek.com/policies/en-US/deepseek-open-platform-terms-of-service.html',
  title: 'DeepSeek Open Platform Terms of Service (EU version, read via Open Terms Archive)',
  kind: 'official',
  published: '2026-03-27',
  checked: '2026-11-28',
} as const;

export default {
  id: 'deepseek-platform',
  name: 'DeepSeek Platform',
  vendor: 'DeepSeek (Hangzhou DeepSeek Artificial Intelligence Co., Ltd.)',
  category: 'developer platform/API',
  homepage: 'https://platform.deepseek.com/',
  officialDomains: ['deepseek.com'],
  match: [{ host: 'platform.deepseek.com' }],
  summary:
    "DeepSeek's prepaid, OpenAI/Anthropic-compatible API console; very low token prices, but data is stored in China and the general terms let DeepSeek use de-identified inputs and outputs to improve its services.",
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
    'You are responsible for your end users: you must give them your own privacy notice, label outputs as AI-generated and answer for their breaches',
    'Refunds only of the whole unspent balance, minus handling fees, after review',
  ],
  privacy: {
    training: { default: 'on', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'The Open Platform terms say nothing on training. They sit under the general Terms of Use, which cover APIs and let DeepSeek use de-identified inputs and outputs to improve its services; the only opt-out described is the "Improve the model for everyone" switch, and neither text says whether it covers API calls.',
    retention:
      'No API-specific period. The privacy policy keeps inputs and payment data for as long as you have an account, and longer for legal duties or legitimate interests.',
    humanReview:
      'Not described. The terms let DeepSeek review usage by technical means (risk filters) and keep and report records of suspected illegal activity.',
    storage:
      "The privacy policy says DeepSeek collects, processes and stores personal data in the People's Republic of China; the Open Platform terms are governed by mainland PRC law, with disputes before a court in Hangzhou.",
    business:
      "No enterprise tier or data-processing agreement was found. For apps you build, you are the controller of your end users' personal data and must disclose your own privacy policy (DeepSeek's policy does not cover them). Self-hosting the open-weight models keeps data off DeepSeek servers.",
    sources: [platformTerms, termsOfUse, privacyPolicy],
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
      'Open Platform terms §4.2: you keep any rights in your inputs and DeepSeek assigns you any rights it has in the outputs; DeepSeek keeps all rights in its models (§5.1).',
    commercialUse:
      'Allowed: §4.2 lists uses including derivative product development and training other models (distillation). You must tell your end users that outputs are AI-generated and may be wrong (§8.1).',
    indemnity:
      "None offered. You indemnify DeepSeek for breaches by you or your account's users (§7.5) and are jointly liable for your end users; DeepSeek's liability is capped at the fees you consumed in the past 12 months (§7.3).",
    sources: [platformTerms],
  },
  security: {
    promptInjection:
      'unknown — no DeepSeek guidance found; the terms make you responsible for the security of your own app and data, so treat outputs and tool calls as untrusted.',
    incidents: [
      {
        date: '2025-01-29',
        summary:
          'Wiz Research found an unauthenticated DeepSeek ClickHouse database exposing log streams with chat history and plaintext API keys; it was secured within about an hour of disclosure. Rotate keys if you used the API then.',
        sources: [wizNewsItDaily, wizNews],
      },
    ],
    enterpriseControls:
      'unknown — no enterprise controls documented. The terms tell you to keep API keys secret and out of client-side code; you pay for any leaked-key usage.',
    sources: [wizNewsItDaily, platformTerms],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'The Open Platform uses the same account as the DeepSeek chat service; calls need an API key and a prepaid balance. The terms ask under-18s to read them with a guardian.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [platformTerms, apiPricing],
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
    {
      date: '2026-11-28',
      change:
        'Third-pass review: privacy, storage, retention, output rights, commercial use and indemnity now cite DeepSeek\'s own Open Platform Terms, Terms of Use (both 2026-03-27) and Privacy Policy (2026-02-10), read via Open Terms Archive; training set to "by default" (terms permit use of de-identified API data, no API opt-out described); blog, Wired and Trachtman & Poler sources removed.',
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
      status: 'caution',
      note: 'The privacy policy says DeepSeek trains on publicly available web data and on user inputs; the general terms (which cover APIs) allow use of de-identified inputs and outputs, and no API opt-out is described.',
      sources: [privacyPolicy, termsOfUse],
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
      note: 'DeepSeek says inaccuracy cannot be fully avoided and outputs are for reference only; validate before acting on them and disclose AI generation to your users.',
      sources: [platformTerms],
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
      note: "Data is stored in China under PRC law, and the terms let DeepSeek use de-identified API inputs/outputs to improve its services with no API opt-out described. Keep secrets and personal data out, or self-host the weights.",
      sources: [privacyPolicy, termsOfUse, platformTerms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'The Open Platform terms assign any output rights to you and allow commercial use and distillation, but offer no indemnity and make you answer for your end users.',
      sources: [platformTerms],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'The January 2025 exposure included plaintext API keys in logs; rotate keys regularly and scope spend.',
      sources: [wizNewsItDaily, wizNews],
    },
  },
} satisfies ToolInput;
