// Qwen Chat — privacy, training, retention, storage, age and copyright facts come from Qwen's own Privacy Policy (last
// updated 2026-05-19) and Terms of Service (last updated 2026-04-09), re-read on 2026-12-01 through the Open Terms
// Archive copy in the public GitHub repository OpenTermsArchive/genai-eu-versions (EU-fetched versions, files
// "Qwen Chat/Privacy Policy.md" and "Qwen Chat/Terms of Service.md"); the official URLs are the
// chat.qwen.ai/legal-agreement addresses in the Qwen Chat declaration of OpenTermsArchive/genai-eu-declarations (the
// Terms themselves link the privacy policy at that address), and the copy is now in `via`. Re-read on 2026-12-01: the
// whole Privacy Policy and the Terms up to the User Content section (age, prohibited uses, usage policy, non-commercial
// use, non-confidential content); the licence, indemnity and liability clauses further down were last read 2026-11-28.
// Review finding 2 (newer versions), resolved 2026-12-01: the newest Qwen texts readable in the stored copies are the
// 2026-04-09 Terms and the 2026-05-19 Privacy Policy already cited; a search for anything newer found only look-alike
// sites. Compared with the older stored Terms (last updated 2025-03-01, "Qwen Chat … via chat.qwenlm.ai", party
// "Alibaba"), the 2026-04-09 Terms cover "Qwen Studio and other services accessible via qwen.ai", call the provider
// "Qwen" (still Alibaba Cloud (Singapore) Private Limited) and renumber the usage-policy and non-commercial clauses;
// the 18+ age rule, non-commercial-use rule and non-confidential treatment of submissions are unchanged.
// Training parts (2026-12-01): default on — the Privacy Policy lists "To train and improve the accuracy, performance,
// and quality of our services (including our AI models)" with de-identified User Content and Feedback on the basis of
// legitimate interests, and describes no training switch; opt-out unknown (only a general, jurisdiction-dependent right
// to "restrict or object", exercised in the account or by e-mail); scope filled from those words.
// The match rules were left as they were (chat.qwen.ai plus the earlier chat.qwenlm.ai) because no new chat host was
// confirmed. Many look-alike sites (qwen-ai.chat, qwen-ai.com, qwen3-next.org, qwen.co.com, qwen35.com, imageqwen.com …)
// publish their own "Qwen" policies and were ignored. Pricing for the chat is still unread.
// Second reading 2026-12-01: 9 claims confirmed, 0 made unknown. In the OTA copies (Privacy Policy 19 May 2026, Terms
// 9 Apr 2026): training on de-identified User Content and Feedback on legitimate interests with no training switch,
// general restrict/object right via account or DPO e-mail, retention while a legitimate need exists (possibly after
// account deletion), storage/processing in Singapore and mainland China with SCCs, automated monitoring and the right to
// edit or remove User Content, personal/non-commercial use only, non-confidential submissions; no prices in either text.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';
const RECHECKED = '2026-12-01';

const otaVia = (file: string) =>
  ({
    url: `https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Qwen%20Chat/${file}`,
    title: 'Open Terms Archive copy (genai-eu-versions, EU-fetched version)',
  }) as const;

const qwenPrivacy = {
  url: 'https://chat.qwen.ai/legal-agreement/privacy-policy',
  title: 'Qwen Privacy Policy (EU-fetched version)',
  kind: 'official',
  published: '2026-05-19',
  checked: RECHECKED,
  via: otaVia('Privacy%20Policy.md'),
} as const;

const qwenTerms = {
  url: 'https://chat.qwen.ai/legal-agreement/terms-of-service',
  title: 'Qwen Terms of Service (EU-fetched version)',
  kind: 'official',
  published: '2026-04-09',
  checked: RECHECKED,
  via: otaVia('Terms%20of%20Service.md'),
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
  vendor: 'Alibaba Cloud (Singapore) Private Limited (Qwen team)',
  category: 'chat assistant',
  homepage: 'https://chat.qwen.ai/',
  officialDomains: ['qwen.ai', 'alibabacloud.com', 'qwenlm.ai'],
  match: [{ host: 'chat.qwen.ai' }, { host: 'chat.qwenlm.ai' }],
  summary:
    'Alibaba’s web chat for its Qwen model family; per its own terms it is for personal, non-commercial use only, and de-identified chats are used to train Qwen models, with data stored in Singapore and mainland China.',
  capabilities: [
    'Chat with Alibaba’s latest Qwen models (the Qwen team points users to it to try new releases)',
    'File, image, audio and video uploads, voice features and a Memory feature, per the privacy policy',
    'The same model family is available to developers as a paid API on Alibaba Cloud Model Studio',
  ],
  limits: [
    'Terms allow only personal learning, research and experimental use; commercial use of the service or its outputs needs Alibaba’s written consent',
    'Users must be at least 18 (or the local age of majority, if higher)',
    'De-identified chats and feedback are used to train Qwen models; no training switch is described',
    'Data is stored or processed in Singapore and mainland China, and everything you submit is treated as non-confidential',
    'Many unofficial look-alike "Qwen" sites exist; check you are on chat.qwen.ai',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'De-identified User Content (prompts, uploads) and Feedback used "to train and improve the accuracy, performance, and quality of our services (including our AI models)", on the basis of legitimate interests.',
    },
    optOutHow:
      'unknown — no training switch is described. Depending on where you live you may have a general right to restrict or object to processing, exercised through your account or by emailing DPO_qwenlm-intl@service.alibaba.com; the policy does not say this stops training.',
    retention:
      'No fixed periods: kept while there is a legitimate need or legal requirement, possibly after your account is deleted; then deleted or anonymised.',
    humanReview:
      'Not stated. The terms mention automated detection and monitoring for usage-policy breaches and let Qwen or its authorised third parties edit, block or remove content.',
    storage:
      'Stored or processed in Singapore and mainland China, with limited remote access for group companies there; transfers out of the EU/UK rely on adequacy decisions or standard contractual clauses.',
    business:
      'No business plan for the chat; the terms forbid commercial use without written consent. The paid Qwen API on Alibaba Cloud Model Studio is a separate service with its own terms (not read here).',
    sources: [qwenPrivacy, qwenTerms],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown — neither the terms nor the privacy policy describe prices or plans for the chat.',
    read: RECHECKED,
    sources: [qwenTerms],
  },
  copyright: {
    ownership:
      'You keep whatever rights you have in your prompts, and Alibaba assigns you its rights (if any) in outputs; but you grant Alibaba and its affiliates a perpetual, irrevocable, sublicensable worldwide licence to use, modify and publish your prompts and outputs, plus your name and likeness, and waive moral rights.',
    commercialUse:
      'Not allowed without prior written consent: the service and its outputs are for personal learning, research and experimental purposes only. Using outputs to build competing models is also forbidden.',
    indemnity:
      'None offered. You indemnify Qwen for claims arising from your use or content; its liability is capped at the greater of the fees you paid in the calendar year or USD 100, under Singapore law and courts.',
    sources: [qwenTerms],
  },
  security: {
    promptInjection: 'No defensive guidance found; the terms forbid users from submitting prompt injections or jailbreak attempts.',
    incidents: [],
    enterpriseControls:
      'unknown — none documented. The privacy policy says data is encrypted in transit and at rest under an information-security programme.',
    sources: [qwenPrivacy, qwenTerms],
  },
  availability: {
    regions: 'unknown — no country list; users must not be subject to sanctions.',
    minAge: 18,
    account:
      'An account may be required (email, or login with Google or GitHub). Minimum age 18 or the local age of majority, whichever is higher.',
    platforms: ['web'],
    status: 'unknown',
    sources: [qwenTerms, qwenPrivacy, qwenOrgReadme],
  },
  alternatives: ['deepseek', 'kimi', 'chatgpt', 'huggingchat', 'le-chat'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change:
        "Review: API row now cites Alibaba Cloud's official Model Studio Qwen API reference; Qwen Chat's own privacy policy, terms and pricing are still unread.",
    },
    {
      date: CHECKED,
      change:
        'Third-pass review: read the official Privacy Policy (2026-05-19) and Terms of Service (2026-04-09) via Open Terms Archive; filled training (de-identified chats, by default), retention, storage (Singapore and mainland China), minimum age 18, output ownership, content licence, non-commercial-use rule and indemnity; privacy and copyright rows now rated risk.',
    },
    {
      date: RECHECKED,
      change:
        'Re-check: Privacy Policy (2026-05-19) and Terms (2026-04-09) re-read — still the newest readable versions (changes since the March 2025 Terms noted in the header); training scope filled from the policy; optOutHow now says the objection right is not described as a training opt-out; Open Terms Archive copy moved from titles into `via`.',
      fields: ['training', 'sources'],
    },
    {
      date: RECHECKED,
      change:
        'Second reading: training default on (no switch), objection-right route, retention, Singapore/mainland-China storage, automated monitoring, non-commercial and non-confidential rules confirmed in the Privacy Policy and Terms; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Web chat front end for the Qwen model family built by Alibaba Cloud, accepting text, files, images, audio and video.',
      sources: [qwenOrgReadme, qwenPrivacy],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Many Qwen models are published with open weights (some under Alibaba’s own licence rather than a standard open-source one); which model versions the chat serves, and whether their weights are open, was not confirmed.',
      sources: [qwenOrgReadme, qwen7bChatLicense],
    },
    trainingData: {
      status: 'caution',
      note: 'The privacy policy says de-identified chats and your feedback train and improve Qwen’s AI models; the Qwen team describes large multilingual pre-training corpora for its open models.',
      sources: [qwenPrivacy, qwenTechReport],
    },
    outputQuality: {
      status: 'caution',
      note: 'The Qwen team’s own technical report positioned its chat models as competitive but slightly behind leading proprietary models (at that time).',
      sources: [qwenTechReport],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'The terms warn that outputs may be inaccurate, misleading or offensive and must not be your sole source of truth or a basis for professional decisions; verify important facts.',
      sources: [qwenTerms],
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
      note: 'No official pricing for Qwen Chat was read; the terms describe no plans or prices.',
      sources: [qwenTerms],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'De-identified chats train Qwen models with no training switch described, data sits in Singapore and mainland China, and submissions are deemed non-confidential; keep confidential code and personal data out.',
      sources: [qwenPrivacy, qwenTerms],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Outputs are assigned to you but may not be used commercially without Alibaba’s written consent, and you grant Alibaba a perpetual licence to your prompts and outputs.',
      sources: [qwenTerms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No incident reports were read; the privacy policy claims encryption in transit and at rest, but Qwen disclaims liability for unauthorised access to your account.',
      sources: [qwenPrivacy, qwenTerms],
    },
  },
} satisfies ToolInput;
