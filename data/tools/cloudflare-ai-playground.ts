// Cloudflare Workers AI Playground (playground.ai.cloudflare.com) — added 2026-12-01 from Cloudflare's own developer
// documentation, all read on 2026-12-01 in Cloudflare's docs source repository (cloudflare/cloudflare-docs, which builds
// developers.cloudflare.com) and cited at the developers.cloudflare.com addresses with `via`:
// "Your Data and Workers AI" (src/content/docs/workers-ai/platform/data-usage.mdx; the same text is also stored as
// platform/privacy.mdx), "Pricing" (platform/pricing.mdx), "Limits" (platform/limits.mdx), the Workers AI overview
// (workers-ai/index.mdx) and the Agents guide "Test a Remote MCP Server", which links the "Workers AI Playground" at
// https://playground.ai.cloudflare.com/ (src/content/docs/agents/model-context-protocol/guides/test-remote-mcp-server.mdx).
// Host: only the playground's own host playground.ai.cloudflare.com is matched — not dash.cloudflare.com or the rest of
// cloudflare.com. The data-use statement is written for Workers AI, the service the playground runs; no separate
// playground terms were found. Not read: Cloudflare's Privacy Policy, Self-Serve Subscription Agreement and Workers
// plan pricing page (so minimum age, regions, indemnity and the Workers Paid plan fee are 'unknown'); whether the
// playground needs a Cloudflare account was not stated in the pages read.
// Second reading 2026-12-01: 13 claims confirmed, 1 made unknown (privacy.business: "the same Workers AI data commitments
// apply on both" agreements — the page does not say so); training scope now states that the commitment is written "For
// Workers AI" and does not name the playground. All five cited copies re-read whole today (privacy.mdx@f12b812 identical).
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const cloudflareDocsRepo = (commit: string, path: string) => ({
  url: `https://github.com/cloudflare/cloudflare-docs/blob/${commit}/${path}`,
  title: "Cloudflare's developer-docs source on GitHub (cloudflare/cloudflare-docs)",
});

const dataUsage = {
  url: 'https://developers.cloudflare.com/workers-ai/platform/data-usage/',
  title: 'Cloudflare Docs — Your Data and Workers AI (data usage)',
  kind: 'official',
  checked: CHECKED,
  via: cloudflareDocsRepo('29abb0179c0e2d9c614e196ac62827600a6759e0', 'src/content/docs/workers-ai/platform/data-usage.mdx'),
} as const;

const pricing = {
  url: 'https://developers.cloudflare.com/workers-ai/platform/pricing/',
  title: 'Cloudflare Docs — Workers AI pricing',
  kind: 'official',
  checked: CHECKED,
  via: cloudflareDocsRepo('04d268cf19d30bf104a978c55dbd0e994b634c2a', 'src/content/docs/workers-ai/platform/pricing.mdx'),
} as const;

const limits = {
  url: 'https://developers.cloudflare.com/workers-ai/platform/limits/',
  title: 'Cloudflare Docs — Workers AI limits',
  kind: 'official',
  checked: CHECKED,
  via: cloudflareDocsRepo('3bc5a5e7bf34a8b20091a0209e3c32868a4835ba', 'src/content/docs/workers-ai/platform/limits.mdx'),
} as const;

const overview = {
  url: 'https://developers.cloudflare.com/workers-ai/',
  title: 'Cloudflare Docs — Workers AI overview',
  kind: 'official',
  checked: CHECKED,
  via: cloudflareDocsRepo('0309c8bed23afe438f28fd5026b5a7999e653081', 'src/content/docs/workers-ai/index.mdx'),
} as const;

const mcpGuide = {
  url: 'https://developers.cloudflare.com/agents/model-context-protocol/guides/test-remote-mcp-server/',
  title: 'Cloudflare Docs — Test a Remote MCP Server (connecting to the Workers AI Playground)',
  kind: 'official',
  checked: CHECKED,
  via: cloudflareDocsRepo(
    '4f97582cd21187a9010f9dde3d9b51957e4f95ea',
    'src/content/docs/agents/model-context-protocol/guides/test-remote-mcp-server.mdx',
  ),
} as const;

export default {
  id: 'cloudflare-ai-playground',
  name: 'Workers AI Playground',
  vendor: 'Cloudflare, Inc.',
  category: 'developer platform/API',
  homepage: 'https://playground.ai.cloudflare.com/',
  officialDomains: ['cloudflare.com'],
  match: [{ host: 'playground.ai.cloudflare.com' }],
  summary:
    "Cloudflare's browser playground for chatting with the open-source models of Workers AI, which run on GPUs in Cloudflare's own network; for Workers AI, Cloudflare says it does not use your prompts or outputs to train models or improve its services without your explicit consent.",
  capabilities: [
    'Chat with open-source text models from the Workers AI catalogue (50+ models, e.g. Llama, Mistral, DeepSeek distills)',
    'Connect a remote MCP server so its tools become available to the model in the chat',
    'The same models can be called from your own code via Workers, Pages or the Cloudflare API',
  ],
  limits: [
    'Models are third-party open-source models that may carry their own licence terms — check the model’s licence before using outputs',
    'Workers AI is rate limited per task type (e.g. 300 requests a minute for text generation by default) and the free allocation is 10,000 Neurons a day',
    'Connected MCP tools act inside the chat: only connect servers you trust',
    'No retention period for prompts is published, and what the playground itself keeps of a chat was not stated in the pages read',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Customer Content (inputs such as prompts, images and audio; outputs; embeddings) is not used "to (1) train any AI models made available on Workers AI or (2) improve any Cloudflare or third-party services", unless the customer gives explicit consent ("would not do so unless we received your explicit consent"); Cloudflare also says it neither creates nor trains the models offered. The commitment is written "For Workers AI" and does not name the playground; it covers the playground only in that the playground is Cloudflare\'s "Workers AI Playground", which runs Workers AI models.',
    },
    optOutHow:
      'Nothing to opt out of: Cloudflare says it does not use Workers AI Customer Content for training or service improvement without your explicit consent.',
    retention:
      'unknown — no retention period is given; Cloudflare says Workers AI Customer Content "may be stored" by Cloudflare if you use a storage service (R2, KV, Durable Objects, Vectorize) together with Workers AI.',
    humanReview: 'unknown — not addressed in the pages read.',
    storage:
      "Models run on GPUs in Cloudflare's global network; Customer Content may be stored by Cloudflare when you use one of its storage services with Workers AI, and is not made available to other Cloudflare customers.",
    business:
      'Processing follows Cloudflare’s Privacy Policy and the Self-Serve Subscription Agreement or the Enterprise Subscription Agreement, as applicable (none of them read); unknown — whether those documents add to or change the Workers AI data commitments.',
    sources: [dataUsage, overview, mcpGuide],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Workers Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Includes 10,000 Neurons of Workers AI a day; further use needs the Workers Paid plan.',
      },
      {
        name: 'Workers Paid — Workers AI usage',
        price: 0.011,
        currency: 'USD',
        period: 'usage',
        note: 'Per 1,000 Neurons above the free 10,000 a day (Neurons measure GPU compute; per-model token prices are listed). The Workers Paid plan fee itself was not read.',
      },
    ],
    freeTier:
      'Workers AI gives anyone 10,000 Neurons a day at no charge, reset daily at 00:00 UTC; whether and how playground use is counted or charged was not stated in the pages read.',
    read: CHECKED,
    sources: [pricing],
  },
  copyright: {
    ownership: 'You own, and are responsible for, all of your Customer Content — inputs and outputs — in Workers AI.',
    commercialUse:
      'The models are Third-Party Services that may be subject to open-source or other licence terms between you and the model provider; Cloudflare asks you to review each model’s licence.',
    indemnity: 'unknown — Cloudflare’s subscription agreements were not read.',
    sources: [dataUsage],
  },
  security: {
    promptInjection:
      'unknown — the playground can connect to remote MCP servers whose tools are then available to the model, but the pages read describe no protections against injected instructions.',
    incidents: [],
    enterpriseControls:
      'unknown for the playground; for applications Cloudflare offers AI Gateway (caching, rate limiting, request retries, model fallback) alongside Workers AI.',
    sources: [mcpGuide, overview],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'unknown for the playground itself; Workers AI is included in both the Free and Paid Workers plans of a Cloudflare account.',
    platforms: ['web', 'api'],
    status: 'unknown',
    sources: [mcpGuide, pricing, overview],
  },
  alternatives: ['huggingface-playground', 'together-ai', 'fireworks-ai', 'deepinfra', 'openrouter'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed the no-training commitment (never: true, default off, optOut unknown, explicit-consent exception), optOutHow, retention (no period; storage only with R2/KV/DO/Vectorize), storage, ownership, model licences, $0.011 per 1,000 Neurons, 10,000 free Neurons a day reset 00:00 UTC, rate limits and the playground host (named in Cloudflare\'s MCP guide). Training scope now says the commitment is written for Workers AI and does not name the playground (mcpGuide added to privacy sources); summary says "for Workers AI". Made unknown: the business clause that the same data commitments apply under both subscription agreements (not in the page).',
      fields: ['training', 'other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text generation in the playground; Workers AI also covers speech recognition, image classification, image-to-text, object detection, summarization, embeddings, text-to-image and translation.',
      sources: [limits, overview],
    },
    modelArchitecture: {
      status: 'good',
      note: 'A catalogue of 50+ open-source models (e.g. Meta Llama 3.x, Mistral 7B, DeepSeek-R1 distill, FLUX.1 schnell, Whisper) served on Cloudflare GPUs; Cloudflare neither creates nor trains them.',
      sources: [overview, pricing, dataUsage],
    },
    trainingData: {
      status: 'good',
      note: 'Cloudflare does not train the models and does not use your prompts or outputs to train them or improve any service without explicit consent; the models’ own training data is the third-party makers’ matter.',
      sources: [dataUsage],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no quality statement found; it depends on the open model you pick.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — the pages read say nothing about accuracy; treat answers from general open models as unverified.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: "Nothing runs locally: models run serverless on GPUs in Cloudflare's network, billed only for what is used.",
      sources: [overview, pricing],
    },
    apiAvailability: {
      status: 'good',
      note: 'The same models are callable from Workers, Pages or anywhere through the Cloudflare API, with default rate limits per task type.',
      sources: [overview, limits],
    },
    pricingModel: {
      status: 'good',
      note: '10,000 Neurons a day free on any Workers plan; beyond that $0.011 per 1,000 Neurons on Workers Paid (the Paid plan fee itself was not read).',
      sources: [pricing],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'Inputs and outputs are yours, are not shared with other customers, and are not used for training or service improvement without explicit consent; no retention period is published.',
      sources: [dataUsage],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own your inputs and outputs, but each model may carry its own open-source or other licence terms that you must check.',
      sources: [dataUsage],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'The playground can hand a connected MCP server’s tools to the model; only connect servers you trust. No playground-specific security documentation was found.',
      sources: [mcpGuide],
    },
  },
} satisfies ToolInput;
