// Character.AI — from Character.AI's own pages: the model-training FAQ (policies.character.ai/model-training), the help
// centre's training-data notice and its July 2026 summary of the Privacy Policy / Regional Privacy Disclosures update,
// and the blog (under-18 changes). Re-read on 2026-12-01: the model-training FAQ, the training-data notice and the July
// 2026 update summary (stored copies of the pages themselves). The full Privacy Policy (character.ai/privacy) and Terms
// were still not in the stored copies; clauses of the Terms come from third-party analyses (ConductAtlas, DocDecoder)
// that agree, and are worded as such. The look-alike characterai.cc "privacy policy" was ignored. Hosts: character.ai
// and the legacy beta.character.ai; old./plus. (seen only in community code) and www. (not verified) are not claimed.
// Review finding 3 (training value rests only on trackers), resolved 2026-12-01: it does not — the training parts come
// from Character.AI's own FAQ ("we retain certain data that you share with us to help train and improve our AI models";
// opt out by de-selecting "Improve the Model for Everyone"; afterwards "new content will not be used to train our
// generative AI models" but data may still improve "search, recommendations, and safety classifiers") and its July
// 2026 update ("you can opt out of your personal data being used to train and improve Character.ai's AI models").
// Default on / opt-out by setting confirmed; scope filled. The 2023 Techopedia subscription price was removed from the
// pricing text (prices only from the maker's page).
// Review 2026-11-28: removed the Dawiso glossary (SEO) and the ConductAtlas privacy-policy summary (aggregator).
// Second reading 2026-12-01: 6 claims confirmed, 2 made unknown. Confirmed on Character.AI's own pages: training on
// ("we retain certain data ... to help train and improve our AI models"), the "Improve the Model for Everyone" toggle
// (app and web paths, described for EEA/UK), the July 2026 general opt-out right, the scope limit (generative models only;
// search, recommendations and safety classifiers still), and the training-data sources. Made unknown: the pricing model
// and the free/c.ai+ text, which rested only on a 2023 Techopedia overview, not on a Character.AI page.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';
const RECHECKED = '2026-12-01';

const privacyUpdate2026 = {
  url: 'https://support.character.ai/hc/en-us/articles/52413773269019-Update-Privacy-Policy-and-Regional-Privacy-Disclosures',
  title: 'Character.AI Help — Update: Privacy Policy and Regional Privacy Disclosures',
  kind: 'official',
  published: '2026-07-01',
  checked: RECHECKED,
} as const;

const trainingDataDoc = {
  url: 'https://support.character.ai/hc/en-us/articles/47703013822875-Training-Data-Documentation',
  title: 'Character.AI Help — Training Data Documentation (California AB 2013)',
  kind: 'official',
  checked: RECHECKED,
} as const;

const modelTrainingFaq = {
  url: 'https://policies.character.ai/model-training',
  title: 'Character.AI — How do I manage/update my model training settings?',
  kind: 'official',
  checked: RECHECKED,
} as const;

const under18Update = {
  url: 'https://blog.character.ai/an-update-on-changes-to-our-under-18-experience',
  title: 'Character.AI blog — An Update On Changes to Our Under-18 Experience',
  kind: 'official',
  checked: CHECKED,
} as const;

const tosOutputLicense = {
  url: 'https://conductatlas.com/platform/characterai/characterai-terms-of-service/ai-generated-content-license/',
  title: 'ConductAtlas — Character.AI Terms of Service: AI-generated content licence',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const tosSummary = {
  url: 'https://docdecoder.app/summary/character.ai/terms-of-service',
  title: 'DocDecoder — summary of Character.AI Terms of Service',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const subscriptionOverview = {
  url: 'https://www.techopedia.com/definition/character-ai',
  title: 'Techopedia — What is Character.AI? (2023 overview; ages 13+ / 16+ in the UK)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const unofficialApi = {
  url: 'https://npmjs.com/package/charai',
  title: 'charai — unofficial Character AI Node API (not affiliated)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

export default {
  id: 'character-ai',
  name: 'Character.AI',
  vendor: 'Character Technologies, Inc.',
  category: 'chat assistant',
  homepage: 'https://character.ai/',
  officialDomains: ['character.ai'],
  // old. and plus. hosts were seen only in community code, never on a Character.AI page: not claimed.
  match: [{ host: 'character.ai' }, { host: 'beta.character.ai' }],
  summary:
    'Entertainment chat platform for role-play with user-created AI "Characters"; chats feed Character.AI’s own model training unless you opt out.',
  capabilities: [
    'Chat and role-play with user-made or official AI Characters',
    'Create and publish your own Characters',
    'Voice features',
    'Parental Insights and teen-specific experience',
  ],
  limits: [
    'Open-ended chat removed for under-18 users (limited to pre-made scenes and videos instead)',
    'Characters improvise in persona — not a source of factual answers',
    'No official public developer API found',
    'The documented training opt-out toggle is described for EEA/UK users; elsewhere check your settings',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'Chat content and other user data kept "to help train and improve our AI models" (generative AI models). Opting out stops new content being used to train the generative models only; data may still improve "search, recommendations, and safety classifiers".',
    },
    optOutHow:
      'Untick "Improve the Model for Everyone" (app: Settings → Data & Privacy; web: Settings → Account → Manage Account & Data → Model Improvement). The FAQ describes this toggle for EEA/UK users, while the July 2026 Regional Privacy Disclosures state the opt-out as a general right. After opting out, new chats are not used for generative-model training but may still improve search, recommendations and safety classifiers.',
    retention: 'unknown — the full Privacy Policy was not read.',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'unknown — no business tier found.',
    sources: [modelTrainingFaq, privacyUpdate2026, trainingDataDoc],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier:
      'unknown — no Character.AI pricing page was read; the free/paid split and the c.ai+ subscription rested only on a 2023 third-party overview.',
    read: RECHECKED,
    sources: [subscriptionOverview],
  },
  copyright: {
    ownership:
      'A third-party reading of the current terms says you own AI-generated content from your chats and the Characters you create.',
    commercialUse:
      'unknown for users; the terms reportedly give Character.AI a perpetual, irrevocable, sublicensable licence to use, commercialise and share your content and outputs.',
    indemnity: 'unknown — third-party summaries say users indemnify Character.AI; no indemnity for users was found.',
    sources: [tosOutputLicense, tosSummary],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'None found (consumer product).',
    sources: [privacyUpdate2026],
  },
  availability: {
    regions: 'unknown; separate regional privacy disclosures cover the EEA, UK and US.',
    minAge: 13,
    account:
      'Account required to chat. Minimum age 13 (16 in the UK per a 2023 third-party summary); under-18s get a restricted experience with age assurance and, since late 2025, no open-ended chat.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [privacyUpdate2026, under18Update, subscriptionOverview],
  },
  alternatives: ['chatgpt', 'pi', 'meta-ai', 'claude', 'poe'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-07-01',
      change:
        'Privacy Policy and Regional Privacy Disclosures updated: adds how the original models were trained and states an opt-out from AI training on personal data.',
    },
    {
      date: CHECKED,
      change:
        'Review: added the official model-training FAQ (opt-out toggle, EEA/UK wording, other uses after opt-out); removed the Dawiso glossary and the ConductAtlas privacy summary, so the public-Characters-after-deletion claim and retention are now unknown.',
    },
    {
      date: RECHECKED,
      change:
        'Re-check: training parts confirmed from Character.AI’s own model-training FAQ and July 2026 update summary (on by default, in-app setting) and scope filled; the third-party 2023 subscription price removed from the pricing text.',
      fields: ['training', 'pricing', 'sources'],
    },
    {
      date: RECHECKED,
      change:
        'Second reading: training default, opt-out toggle and general opt-out right, scope and training-data sources confirmed on Character.AI’s FAQ and help centre; pricing model, free-tier text and the pricing row made unknown (only a 2023 third-party overview carried them).',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Open-ended text role-play chat with user-created AI personas ("Characters"); built for entertainment rather than work tasks.',
      sources: [under18Update, subscriptionOverview],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Runs Character.AI’s own proprietary large language models; architecture details are not published.',
      sources: [privacyUpdate2026],
    },
    trainingData: {
      status: 'caution',
      note: 'Models were trained primarily on public data and are post-trained on user text and interaction data, red-teaming and synthetic data, and licensed third-party data; an opt-out for your chats exists.',
      sources: [trainingDataDoc, privacyUpdate2026, modelTrainingFaq],
    },
    outputQuality: {
      status: 'caution',
      note: 'Characters stay in persona and improvise — the service is widely used as interactive fan fiction — which suits fiction but not factual or professional work.',
      sources: [subscriptionOverview],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'risk',
      note: 'Role-play characters, including ones based on real people, make things up by design; treat everything said as fiction.',
      sources: [subscriptionOverview],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Hosted web and mobile service; nothing runs locally.',
      sources: [subscriptionOverview],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No official developer API was found; only unofficial community clients that are not affiliated with Character.AI.',
      sources: [unofficialApi],
    },
    pricingModel: {
      status: 'unknown',
      note: 'unknown — no Character.AI pricing page was read.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Chat content is used to train Character.AI’s models unless you untick "Improve the Model for Everyone", and even then it may feed search, recommendations and safety classifiers. Don’t paste work or personal secrets.',
      sources: [modelTrainingFaq, trainingDataDoc, privacyUpdate2026],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You reportedly own outputs, but grant Character.AI a perpetual, irrevocable, commercial licence over your content and outputs.',
      sources: [tosOutputLicense],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security documentation or incident reports were read for this entry.',
      sources: [],
    },
  },
} satisfies ToolInput;
