// DeepSeek Platform — prices from the official api-docs.deepseek.com Models & Pricing page (re-read 2026-12-01 in the
// newest stored copy: deepseek-flash = DeepSeek-V4.1-Flash-1017 and deepseek-v4-pro with peak/off-peak rates; Search/
// Fetch billing from the Chinese page). Terms and privacy facts come from DeepSeek's own Open Platform Terms of Service,
// Terms of Use and Privacy Policy, read through the Open Terms Archive copies in OpenTermsArchive/genai-eu-versions
// (EU-fetched versions) and cited with `via` at the cdn.deepseek.com addresses the documents link to. Only deepseek.com
// is treated as DeepSeek's domain; lookalike domains are never cited.
// Review finding 5 (newer Open Platform terms / training): the newest Open Platform Terms readable are the version
// released 2026-04-22 and effective 2026-04-29 (it replaces the 2026-03-27 version cited before). What changed, as far
// as the two readings show: new brand-use rules (§5.2–5.4: no implied partnership or "official cooperation" claims;
// a breach lets DeepSeek end the agreement and forfeit unspent balance), the indemnity moved to §7.7 (was §7.5), and
// §8.2 now points to a "Model Principles and Training Methods" disclosure. These terms still say nothing on training.
// Training settled from DeepSeek's own texts: the Terms of Use, which the Open Platform terms supplement, list APIs
// among "the Services" (§1.1) and let DeepSeek use de-identified inputs and outputs to develop and improve the
// services (§4.3), so default is 'on'. The chat app's "Improve the model for everyone" switch is NOT applied to the
// API (no text ties it to API calls); the opt-out used here is the privacy policy's own right to opt out of training
// on your personal data, exercised by e-mail (optOut 'form'), and that policy covers the Open Platform (it describes
// open-platform payment data). §1.1/§4.3 were re-read today only in the archive's 2025-04-28 copy of the Terms of Use;
// its 2026-03-27 version keeps its 2026-11-28 date.
// Earlier reviews replaced aggregator/SEO sources, a blog analysis, Wired and a law-firm reading with official texts.
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown. Open Platform terms (OTA @fce8d45) re-read for the
// "Specific Agreement to the DeepSeek Terms of Use" link, §5.5 (developer is controller; personal data under the Privacy
// Policy), §6.3 (lump-sum refunds) and §7.2 (records kept and reported); Terms of Use 27 Mar 2026 (OTA @6f1a814) for §1.1
// (APIs are "Services"), §4.3 and §10; Privacy Policy for the training purpose, e-mail opt-out right, retention and PRC
// storage; the pricing page (deepseek-flash $0.15/$0.30 cache-miss, $0.60/$1.20 output, $0.003/$0.006 cache-hit;
// deepseek-v4-pro $0.66/$1.32, $1.98/$3.96, $0.022/$0.044; concurrency 2,500/500) and the Chinese page (Search/Fetch
// 5 yuan per 1,000 requests, agent-tool billing from 1 Nov 2026, granted balance spent first, peak hours).
import type { ToolInput } from '../schema.ts';
import { apiPricing, privacyPolicy, ropes, termsOfUse, wizNews, wizNewsItDaily } from '../sources/deepseek.ts';

const apiPricingZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/pricing/',
  title: 'DeepSeek API 文档：模型 & 价格 (Chinese edition, incl. Search/Fetch billing)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const platformTerms = {
  url: 'https://cdn.deepseek.com/policies/en-US/deepseek-open-platform-terms-of-service.html',
  title: 'DeepSeek Open Platform Terms of Service (released 22 Apr 2026, effective 29 Apr 2026; EU version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/fce8d4543b84f07ebabef9d00bd0e904bc04625a/DeepSeek/Developer%20Terms.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "DeepSeek")',
  },
  published: '2026-04-29',
  checked: '2026-12-01',
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
    training: {
      default: 'on',
      optOut: 'form',
      never: false,
      scope:
        'de-identified inputs and outputs used to develop and improve the services and underlying technologies (Terms of Use §4.3, which cover APIs); the privacy policy names training its machine-learning models. The Open Platform terms themselves are silent on training',
    },
    optOutHow:
      'The Open Platform terms say nothing on training. The privacy policy gives a right to opt out of using your personal data for training its models, exercised by e-mailing privacy@deepseek.com. The chat app\'s "Improve the model for everyone" switch is the only in-product opt-out described, and no DeepSeek text says whether it covers API calls.',
    retention:
      'No API-specific period. The privacy policy keeps inputs and payment data for as long as you have an account, and longer for legal duties or legitimate interests.',
    humanReview:
      'Not described. The terms let DeepSeek review usage by technical means (risk filters) and keep and report records of suspected illegal activity.',
    storage:
      "The privacy policy says DeepSeek collects, processes and stores personal data in the People's Republic of China; the Terms of Use that the Open Platform terms supplement are governed by mainland PRC law, with disputes before a court at DeepSeek's registered office in Hangzhou (the Open Platform terms say the same).",
    business:
      "No enterprise tier or data-processing agreement was found. For apps you build, you are the controller of your end users' personal data and must disclose your own privacy policy (DeepSeek's policy does not cover them). Self-hosting the open-weight models keeps data off DeepSeek servers.",
    sources: [platformTerms, privacyPolicy, termsOfUse],
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
    read: '2026-12-01',
    sources: [apiPricing, apiPricingZh],
  },
  copyright: {
    ownership:
      'Open Platform terms §4.2: you keep any rights in your inputs and DeepSeek assigns you any rights it has in the outputs; DeepSeek keeps all rights in its models (§5.1).',
    commercialUse:
      'Allowed: §4.2 lists uses including derivative product development and training other models (distillation). You must tell your end users that outputs are AI-generated and may be wrong (§8.1), and may not present your product as an official DeepSeek partner or use its brand without permission (§5.2–5.4; a breach can forfeit your unspent balance).',
    indemnity:
      "None offered. You indemnify DeepSeek for breaches by you or your account's users (§7.7) and are jointly liable for your end users (§7.1); DeepSeek's liability is capped at the fees you consumed in the past 12 months (§7.3).",
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
    {
      date: '2026-04-29',
      change:
        "New DeepSeek Open Platform Terms took effect (released 22 Apr 2026): brand-use restrictions with balance forfeiture on breach (§5.2–5.4), indemnity renumbered to §7.7, and a pointer to DeepSeek's model-training disclosure (§8.2).",
    },
    {
      date: '2026-12-01',
      change:
        "Re-check: Open Platform Terms updated to the 2026-04-29 version; training settled from DeepSeek's own texts (on by default under Terms of Use §4.3, which cover APIs; opt-out by e-mail under the privacy policy; the chat app's switch is no longer implied for the API); section numbers corrected; prices re-read on the official pricing page; Open Terms Archive copies moved to `via`.",
      fields: ['training', 'pricing', 'ownership', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training on (Terms of Use §1.1/§4.3, now read in the 27 Mar 2026 version) with the Privacy Policy’s e-mail opt-out right, retention, review and reporting, PRC storage and law, controller role for end users, and all four per-token prices (peak/off-peak, cache hit) confirmed on the pricing pages. Nothing made unknown.',
      fields: ['sources'],
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
      note: 'The privacy policy says DeepSeek trains on publicly available web data and uses user inputs to train and improve its technology; the general terms (which cover APIs) allow use of de-identified inputs and outputs, and the only opt-out described for API use is an e-mail request under the privacy policy.',
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
      note: 'Data is stored in China under PRC law, and the terms let DeepSeek use de-identified API inputs/outputs to improve its services; no in-product API opt-out is described, only an e-mail request under the privacy policy. Keep secrets and personal data out, or self-host the weights.',
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
