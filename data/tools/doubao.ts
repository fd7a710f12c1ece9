// Doubao (豆包) — added 2026-12-01. Every fact comes from Doubao's own Chinese-language Privacy Policy (隐私政策,
// updated 2025-05-21, effective 2025-05-28) and User Agreement (用户协议, updated 2024-12-02, effective 2024-12-09),
// both read on 2026-12-01 through the Open Terms Archive copies in the public GitHub repository
// OpenTermsArchive/GenAI-versions (files "Doubao/Privacy Policy.md" and "Doubao/Terms of Service.md"). The official
// URLs are the ones the archive fetches them from (declarations 豆包.json and Doubao.json in
// OpenTermsArchive/GenAI-declarations: www.doubao.com/legal/privacy and www.doubao.com/legal/terms); the User Agreement
// itself links the privacy policy at that address. The copies are in `via`. Of the stored privacy-policy versions, the
// 2025-05-21 one read here is newer than the 2024-08-07 one also in the archive (same training wording, moved to §1.8b).
// Training parts: default on — Privacy Policy §1.8b says that, after de-identification, inputs, instructions, AI
// replies and usage "may" be analysed and used for model training, with no switch for text; opt-out is a request by
// e-mail (§9 contact) for most data, plus an in-app "改进语音服务" switch for voice only, so optOut = form.
// No pricing page was read (pricing unknown). Lookalike sites (doubao-ai.* and similar) were not used.
// Host: the privacy policy refers to "豆包网页版"; www.doubao.com (and the bare doubao.com) are matched.
// Second reading 2026-12-01: 15 claims confirmed, 0 made unknown; both OTA copies re-read and every Chinese quote
// checked against its English rendering. Three wordings corrected: the text opt-out is a request through the §9
// contacts (e-mail, post or phone), not e-mail only; only Apple ID sign-in (§1.1c), not Douyin sign-in, is said to
// need a bound phone number; under-18s need a guardian's consent (Agreement §2.1/§11.1), not only under-14s.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const otaVia = (commit: string, file: string) =>
  ({
    url: `https://github.com/OpenTermsArchive/GenAI-versions/blob/${commit}/Doubao/${file}`,
    title: 'Open Terms Archive copy (GenAI-versions)',
  }) as const;

const privacy = {
  url: 'https://www.doubao.com/legal/privacy',
  title: 'Doubao Privacy Policy (豆包隐私政策, Chinese)',
  kind: 'official',
  published: '2025-05-21',
  checked: CHECKED,
  via: otaVia('05d5a544c869502e2f7ddb2c1882082e3c55d054', 'Privacy%20Policy.md'),
} as const;

const terms = {
  url: 'https://www.doubao.com/legal/terms',
  title: 'Doubao User Agreement (豆包用户协议, Chinese)',
  kind: 'official',
  published: '2024-12-02',
  checked: CHECKED,
  via: otaVia('0275bcfa2ef7fb7fd9eff61ee0444024d4ea35cb', 'Terms%20of%20Service.md'),
} as const;

export default {
  id: 'doubao',
  name: 'Doubao',
  vendor: 'Beijing Chuntian Zhiyun Technology Co., Ltd.',
  category: 'chat assistant',
  homepage: 'https://www.doubao.com/',
  officialDomains: ['doubao.com'],
  match: [{ host: 'www.doubao.com' }, { host: 'doubao.com' }],
  summary:
    'Chinese-language AI chat assistant (web, apps, PC and browser plug-in); by default de-identified chats and AI replies may be used to train its models, and stopping that for text means writing to the provider.',
  capabilities: [
    'Chat by text, voice (including real-time calls), images and files',
    'Image and music generation, AI portraits and custom agents with a cloned voice',
    'Web search, nearby-place answers and route planning (precise location only when asked)',
    'PC and browser plug-in features: page summaries and translation, AI cloud drive, meeting recording and notes',
  ],
  limits: [
    'De-identified inputs, instructions and AI replies may be used for model training by default; for text, opting out means asking the provider through its privacy contacts (e-mail, post or phone)',
    'Personal data from operations in China is stored in China; registration needs a mobile phone number (real-name rule)',
    'You grant the provider a free, worldwide, perpetual, transferable and sublicensable licence to your inputs and outputs',
    'Outputs are for reference only and may not be used commercially or as professional (e.g. medical) advice',
    'Only the Chinese-language texts were read; prices were not read',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'form',
      never: false,
      scope: 'model training and optimisation on de-identified inputs, instructions, AI replies and usage data (voice has its own switch)',
    },
    optOutHow:
      'Turn off Settings → Account settings → "改进语音服务" (Improve voice services) for voice; for other data, ask Doubao by e-mail (Dataprivacy@bytedance.com, the policy’s §9 contact) to withdraw its use for model training.',
    retention:
      'Inputs, feedback and likes are kept while you have not withdrawn, deleted them or closed the account; after account deletion or deletion of personal data they are deleted or anonymised, except where law, finance, audit or dispute resolution needs longer.',
    humanReview: 'unknown — the texts read do not say whether people review chats.',
    storage:
      'Personal data collected and generated in operations in mainland China is stored in China and is currently not transferred abroad.',
    business: 'unknown — no business or API terms were read.',
    sources: [privacy],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown — no Doubao pricing page was read; the User Agreement only mentions fees "if any".',
    read: CHECKED,
    sources: [terms],
  },
  copyright: {
    ownership:
      'Your inputs stay yours and Doubao claims no ownership of outputs (except content the company already owns), but you grant it and its affiliates a free, worldwide, perpetual, transferable, sublicensable licence to use what you input, generate or publish, including for model and service optimisation and marketing.',
    commercialUse:
      'The service is licensed for personal, non-commercial use; the agreement says outputs are for reference only and must not be used as professional advice or for commercial purposes, at your own risk.',
    indemnity: 'None for users: you must compensate the company for losses caused by your infringing or unlawful use.',
    sources: [terms],
  },
  security: {
    promptInjection:
      'unknown — not addressed. Page Q&A in the PC app and plug-in reads the web page you are on, so untrusted pages feed the model.',
    incidents: [],
    enterpriseControls: 'unknown — no business offering was read.',
    sources: [privacy],
  },
  availability: {
    regions:
      'unknown — the texts read are Chinese-language and governed by PRC law; registration needs a mobile phone number under China’s real-name rules.',
    minAge: 'unknown',
    account:
      'Account by mobile number (sign-in with an Apple ID also needs a bound phone number; a Douyin account can be used to sign in and be linked); mainly for adults — under-18s need a guardian’s consent and guidance, and under-14s the guardian’s consent before use.',
    platforms: ['web', 'mobile', 'desktop', 'browser extension', 'api'],
    status: 'generally available',
    sources: [terms, privacy],
  },
  alternatives: ['qwen-chat', 'deepseek', 'kimi', 'chatgpt'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read both OTA copies and checked each Chinese quote against its English rendering; confirmed training default on / optOut form (voice switch + request) / never false / scope, optOutHow, retention, storage in China, humanReview and business unknown, pricing unknown, recommendations and ad-partner sharing, the content licence incl. model optimisation. Corrected wording: text opt-out is a request via the §9 contacts (not e-mail only); only Apple ID sign-in needs a bound phone; under-18s need guardian consent. Nothing made unknown.',
      fields: ['other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text, voice (including live calls), image and music generation from text, voice, image and file inputs.',
      sources: [privacy],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Built on generative AI models and possibly other models and services; the texts read do not name the model (details are in a separate algorithm-filing notice not read).',
      sources: [terms, privacy],
    },
    trainingData: {
      status: 'risk',
      note: 'By default de-identified inputs, instructions, replies and usage may be used to train models; voice has a switch, everything else needs a request to the provider (e.g. by e-mail).',
      sources: [privacy],
    },
    outputQuality: {
      status: 'caution',
      note: 'The agreement gives no guarantee that the service is error-free and says outputs are for reference only.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The agreement warns that health answers come from a model trained on limited data and may contain errors or omissions; treat answers as reference, not advice.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service in the browser, apps, PC client and plug-in; the local-file Q&A feature works offline without uploading.',
      sources: [privacy],
    },
    apiAvailability: {
      status: 'caution',
      note: 'The agreement lists SDK and API access among the forms of the service; their terms and prices were not read.',
      sources: [terms],
    },
    pricingModel: {
      status: 'unknown',
      note: 'unknown — no pricing page read.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Training on de-identified chats by default, storage in China, personalised recommendations from your chats (switchable) and de-identified device data shared with ad partners.',
      sources: [privacy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'No ownership claim on outputs, but a broad perpetual licence to your content and personal, non-commercial use only.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Encryption, access controls and an incident plan with user notification are promised; no audits or incident history were read.',
      sources: [privacy],
    },
  },
} satisfies ToolInput;
