// Kimi — facts from Kimi's help centre (www.kimi.com/help), whose source files are in Moonshot AI's own
// MoonshotAI/kimi-help-center GitHub repo. Re-read on 2026-12-01 in that repo: en-US/kimi-api/data-security.md
// (pageUrl www.kimi.com/help/kimi-api/api-data-security), en-US/others/account-deletion.md (pageUrl
// www.kimi.com/help/others/account-deletion) and en-US/membership/pricing.md (slug "membership-pricing", no pageUrl in
// the file; the URL www.kimi.com/help/membership/membership-pricing follows the help centre's folder/slug pattern that
// the other two files' pageUrls show). These are cited at their kimi.com URLs with the GitHub file in `via`. The
// repo-level source (github.com/MoonshotAI/kimi-help-center) stays third-party by host for the older help-centre facts
// (context ceiling, content filter, quota refunds) that were not re-read (checked 2026-11-28).
// Review finding 3 (training rests only on a tracker), resolved 2026-12-01: Moonshot's consumer privacy policy
// (www.kimi.com/user/agreement/userPrivacy?version=v2, linked from the help centre) is not in the stored copies; a search
// found only look-alike sites (kimi-k2.ai, kimi-k2.net, kimik2.org) and an unattributed copy on an unrelated
// zohodesk page, none of which were used. The training value rested only on the VerifyWise review (a tracker), so it is
// now unknown (was default on / opt-out unknown), and VerifyWise was removed along with the claims only it carried
// (policy retention wording, international-transfer safeguards). The Chinese-market price mention was dropped (not
// re-read). Hosts: the help centre links to https://www.kimi.com/, so www.kimi.com is matched next to kimi.com.
// Lookalike sites (kimi-k2.ai, kimi-k2.net, kimik2.org, kimi-app.com, kimi-ai.*, …) were deliberately ignored.
// Second reading 2026-12-01: 7 claims confirmed, 1 made unknown. Re-read in MoonshotAI/kimi-help-center: deleted chats
// kept only as legally required and not recoverable; API inputs/outputs not used for training; the four membership
// prices (monthly and annual) and the free Adagio quotas. Made unknown: "Chinese-market pricing differs" (not read).
import type { ToolInput } from '../schema.ts';

const overview = {
  url: 'https://www.kimi.com/help/getting-started/overview',
  title: 'Kimi Help Center: Kimi overview',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpVia = (file: string) =>
  ({
    url: `https://github.com/MoonshotAI/kimi-help-center/blob/main/en-US/${file}`,
    title: 'MoonshotAI/kimi-help-center — source file of the help-centre page (Moonshot AI’s own repo)',
  }) as const;

const apiDataSecurity = {
  url: 'https://www.kimi.com/help/kimi-api/api-data-security',
  title: 'Kimi Help Center: Data processing & security (Kimi API)',
  kind: 'official',
  checked: '2026-12-01',
  via: helpVia('kimi-api/data-security.md'),
} as const;

const accountDeletion = {
  url: 'https://www.kimi.com/help/others/account-deletion',
  title: 'Kimi Help Center: Account deletion & data removal',
  kind: 'official',
  checked: '2026-12-01',
  via: helpVia('others/account-deletion.md'),
} as const;

const membershipPricing = {
  url: 'https://www.kimi.com/help/membership/membership-pricing',
  title: 'Kimi Help Center: Pricing details (membership)',
  kind: 'official',
  checked: '2026-12-01',
  via: helpVia('membership/pricing.md'),
} as const;

const apiPricing = {
  url: 'https://www.kimi.com/help/kimi-api/api-pricing',
  title: 'Kimi Help Center: API pricing',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpRepo = {
  url: 'https://github.com/MoonshotAI/kimi-help-center',
  title: 'MoonshotAI/kimi-help-center — GitHub source of the Kimi help centre (FAQ pages)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'kimi',
  name: 'Kimi',
  vendor: 'Moonshot AI',
  category: 'chat assistant',
  homepage: 'https://www.kimi.com/',
  officialDomains: ['kimi.com', 'moonshot.ai', 'moonshot.cn'],
  match: [{ host: 'kimi.com' }, { host: 'www.kimi.com' }],
  summary:
    "Moonshot AI's chat assistant and agent suite (web and apps); whether your consumer chats train Moonshot's models could not be confirmed from Moonshot's own text (its API data is not used for training).",
  capabilities: [
    'Chat with web search, thinking mode and long context',
    'Agent mode for slides, websites, docs/sheets and Deep Research; Agent Swarm (beta)',
    'File uploads (PDF, Office, images, video; up to 100 MB each, 50 per session)',
    'Kimi Code (CLI and VS Code extension) and Kimi Claw cloud agents on paid tiers',
    'Web, iOS, Android and HarmonyOS apps',
  ],
  limits: [
    'Whether consumer prompts and files train Moonshot’s models is unconfirmed: the consumer privacy policy could not be read here',
    'Chats hit a context ceiling (about 128K tokens in the Chinese FAQ) and rate limits at peak times',
    'A content-safety filter ends some topics without detail on what triggers it',
    'Membership quotas reset each billing cycle and do not roll over',
    'Membership does not include Open Platform API credits (separate billing)',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow: 'unknown — the consumer privacy policy (kimi.com/user/agreement/userPrivacy) could not be read.',
    retention:
      'The help centre says manually deleted conversations are kept only "to the minimum extent required by applicable laws for storage and security purposes" and cannot be viewed or recovered; account deletion is irreversible. Other retention periods unknown (privacy policy not read).',
    humanReview: 'unknown',
    storage: 'unknown — where consumer data is stored was not stated in the texts read.',
    business:
      'Kimi API data (inputs and outputs) is not used to train or improve Kimi’s models, per the help centre; enterprise-grade security for the API is offered through sales.',
    sources: [accountDeletion, apiDataSecurity],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Moderato', price: 19, currency: 'USD', period: 'month', note: '$15/month billed annually ($180/yr).' },
      { name: 'Allegretto', price: 39, currency: 'USD', period: 'month', note: '$31/month billed annually ($372/yr).' },
      { name: 'Allegro', price: 99, currency: 'USD', period: 'month', note: '$79/month billed annually ($948/yr).' },
      { name: 'Vivace', price: 199, currency: 'USD', period: 'month', note: '$159/month billed annually ($1,908/yr).' },
    ],
    freeTier:
      'Adagio is free with small agent and database quotas (about 6 agent tasks and 200 professional-database calls). Chinese-market pricing was not read.',
    read: '2026-12-01',
    sources: [membershipPricing],
  },
  copyright: {
    ownership: 'unknown — the consumer terms were not readable in this pass.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [overview],
  },
  security: {
    promptInjection:
      'unknown — no guidance found. Agents browse, run code and (Kimi Claw) act persistently, so untrusted web content can steer them.',
    incidents: [],
    enterpriseControls: 'unknown for the consumer app; enterprise security is offered only for the API via sales.',
    sources: [overview, apiDataSecurity],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Kimi account; paid tiers via web or app-store subscriptions.',
    platforms: ['web', 'mobile', 'desktop', 'ide'],
    status: 'generally available',
    sources: [overview, helpRepo, membershipPricing],
  },
  alternatives: ['chatgpt', 'claude', 'deepseek', 'qwen-chat', 'le-chat', 'gemini'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: membership prices confirmed in the help-centre source; removed the Apidog blog, so the model row now names only the K2.5 models the help centre lists.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: consumer privacy policy still unreadable, so training is now unknown (was on by default, resting only on the VerifyWise tracker, which was removed with the claims only it carried); retention now quoted from the official account-deletion help page; API no-training, membership prices and data pages cited at kimi.com with the help-centre repo files in `via`; Chinese price mention dropped.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: deletion/retention wording, API no-training statement, Moderato/Allegretto/Allegro/Vivace prices and Adagio quotas confirmed in Moonshot’s help-centre sources; the unread claim that Chinese-market pricing differs was dropped. Training parts stay unknown.',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat plus agent outputs: slides, web pages, documents, spreadsheets and research reports.',
      sources: [overview],
    },
    modelArchitecture: {
      status: 'caution',
      note: "Runs Moonshot's own Kimi models (the help centre names K2.5 Instant, K2.5 Thinking and the K2.5 Agent); newer versions may exist and architecture details were not read.",
      sources: [overview],
    },
    trainingData: {
      status: 'unknown',
      note: 'unknown — whether consumer prompts and files train Moonshot’s models could not be confirmed from Moonshot’s own text; only API data is stated not to be used for training.',
      sources: [apiDataSecurity],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official benchmark read.',
      sources: [],
    },
    biasMitigation: {
      status: 'caution',
      note: 'A content-safety policy cuts off some topics and the rules are not published; expect filtering on sensitive subjects.',
      sources: [helpRepo],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM answers and agent outputs can be wrong; the help centre itself offers refunds of quota when research goes off track.',
      sources: [helpRepo],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser or app; no local hardware needed.',
      sources: [overview],
    },
    apiAvailability: {
      status: 'good',
      note: 'Separate Open Platform API (platform.moonshot.ai / .cn), billed per token; API data is not used for training.',
      sources: [apiPricing, apiDataSecurity],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus four paid tiers ($19–$199/month, less when billed annually); quotas come from a credit pool metered by tokens.',
      sources: [membershipPricing],
    },
    dataPrivacyPolicy: {
      status: 'unknown',
      note: "unknown — Moonshot's consumer privacy policy could not be read, so training use of your chats is unconfirmed. The help centre says deleted chats are kept only as far as the law requires and that API data is not used for training; avoid pasting confidential data into the consumer app.",
      sources: [accountDeletion, apiDataSecurity],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — output ownership and indemnity terms were not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No public incident found; agentic features that browse and act widen exposure to prompt injection.',
      sources: [overview],
    },
  },
} satisfies ToolInput;
