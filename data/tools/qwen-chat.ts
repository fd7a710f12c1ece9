// Qwen Chat — Alibaba's official Qwen privacy policy and terms (qwen.ai) were not in the stored copies, so nearly
// every policy field is "unknown"; users should verify on qwen.ai. Many look-alike sites (qwen-ai.chat, qwen-ai.com,
// qwen3-next.org, qwen.co.com, qwen35.com, imageqwen.com …) publish their own "Qwen" policies and were ignored.
// Hosts: chat.qwen.ai plus the earlier chat.qwenlm.ai, which the Qwen team's own Hugging Face page linked to.
// Review 2026-11-28: searched again for qwen.ai policy/pricing pages — still not in the stored copies. The qwen.ai
// policy URLs (seen linked from the Qwen Code docs) stay as "verify here" pointers only. Added Alibaba Cloud's official
// Model Studio Qwen API reference for the API row.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';

const qwenPrivacy = {
  url: 'https://qwen.ai/privacypolicy',
  title: 'Qwen Privacy Policy (not read — verify here)',
  kind: 'official',
  checked: CHECKED,
} as const;

const qwenTerms = {
  url: 'https://qwen.ai/termsservice',
  title: 'Qwen Terms of Service (not read — verify here)',
  kind: 'official',
  checked: CHECKED,
} as const;

const modelStudioApi = {
  url: 'https://www.alibabacloud.com/help/en/model-studio/qwen-api-reference',
  title: 'Alibaba Cloud Model Studio: Qwen API reference',
  kind: 'official',
  published: '2026-01-27',
  checked: CHECKED,
} as const;

const qwenOrgReadme = {
  url: 'https://huggingface.co/spaces/Qwen/README/commit/aa7bf6cc43c3162c72b7db6be2b136da01c9989d',
  title: 'Qwen organisation README on Hugging Face (links to Qwen Chat)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const qwenTechReport = {
  url: 'https://core.ac.uk/works/151805573',
  title: 'Qwen Technical Report (Qwen team) — abstract',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const qwen7bChatLicense = {
  url: 'https://huggingface.co/Qwen/Qwen-7B-Chat/tree/44e46a0f02169a2c4790fbcccec82cd20f4df717',
  title: 'Qwen/Qwen-7B-Chat on Hugging Face (tongyi-qianwen licence)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

export default {
  id: 'qwen-chat',
  name: 'Qwen Chat',
  vendor: 'Alibaba Cloud (Qwen team)',
  category: 'chat assistant',
  homepage: 'https://chat.qwen.ai/',
  match: [{ host: 'chat.qwen.ai' }, { host: 'chat.qwenlm.ai' }],
  summary:
    'Alibaba’s web chat for its Qwen model family; its data-use and pricing terms could not be confirmed from official text for this entry.',
  capabilities: [
    'Chat with Alibaba’s latest Qwen models (the Qwen team points users to it to try new releases)',
    'The same model family is available to developers as a paid API on Alibaba Cloud Model Studio',
  ],
  limits: [
    'Official privacy and terms were not readable here — data use for training is unknown',
    'Many unofficial look-alike "Qwen" sites exist; check you are on chat.qwen.ai',
  ],
  privacy: {
    training: 'unknown',
    optOut: 'unknown',
    retention: 'unknown',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'unknown',
    sources: [qwenPrivacy],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown',
    read: CHECKED,
    sources: [qwenTerms],
  },
  copyright: {
    ownership: 'unknown',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [qwenTerms],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'unknown',
    sources: [qwenPrivacy],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'unknown',
    platforms: ['web'],
    status: 'unknown',
    sources: [qwenOrgReadme, qwenTerms],
  },
  alternatives: ['deepseek', 'kimi', 'chatgpt', 'huggingchat', 'le-chat'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change:
        "Review: API row now cites Alibaba Cloud's official Model Studio Qwen API reference; Qwen Chat's own privacy policy, terms and pricing are still unread.",
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Web chat front end for the Qwen model family built by Alibaba Cloud.',
      sources: [qwenOrgReadme],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Many Qwen models are published with open weights (some under Alibaba’s own licence rather than a standard open-source one); which model versions the chat serves, and whether their weights are open, was not confirmed.',
      sources: [qwenOrgReadme, qwen7bChatLicense],
    },
    trainingData: {
      status: 'unknown',
      note: 'The Qwen team describes large multilingual pre-training corpora for its open models; training data for the models behind the chat and use of chat data were not confirmed.',
      sources: [qwenTechReport],
    },
    outputQuality: {
      status: 'caution',
      note: 'The Qwen team’s own technical report positioned its chat models as competitive but slightly behind leading proprietary models (at that time).',
      sources: [qwenTechReport],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'General-purpose LLM chat: answers can be wrong or invented, so verify important facts.',
      sources: [qwenTechReport],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted web chat; nothing runs locally (the open-weight models can also be self-hosted separately).',
      sources: [qwenOrgReadme],
    },
    apiAvailability: {
      status: 'good',
      note: 'Qwen models are sold as an API through Alibaba Cloud Model Studio; that is a separate, paid cloud service with its own terms, not Qwen Chat.',
      sources: [modelStudioApi],
    },
    pricingModel: {
      status: 'unknown',
      note: 'No official pricing for Qwen Chat was read.',
      sources: [qwenTerms],
    },
    dataPrivacyPolicy: {
      status: 'unknown',
      note: 'Official privacy policy could not be read; until verified on qwen.ai, assume chats may be stored and used by the provider and avoid pasting confidential data.',
      sources: [qwenPrivacy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Output ownership and licence terms are in the Qwen Terms of Service, which were not read.',
      sources: [qwenTerms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security documentation or incident reports were read for this entry.',
      sources: [],
    },
  },
} satisfies ToolInput;
