// Pi — Inflection AI's own privacy policy / terms for Pi are still not in the stored copies; facts come from press on
// Inflection's March 2024 restructuring and from developer-facing docs of third parties that integrate the Pi model.
// "withpi.ai" (Pi Labs) is a different company and was ignored.
// Review finding 3/4 (training from trackers; weak tool), resolved 2026-12-01: searched again for pi.ai and
// inflection.ai policy, terms and announcement pages (pages and docs corpora, and an exact-string search of stored
// GitHub files) — none stored; results were press, SEO blogs, the ConductAtlas tracker and generated "API Evangelist"
// YAML files, none used. So the training parts stay unknown (default/opt-out/scope unknown, never false) and no
// official source could be added; pi.ai is cited only as the place to verify (never read), backing no claim. Rows whose
// cited source did not carry the claim were made unknown (hallucination risk); the summary's "most of its team" was
// corrected to what the cited press says (co-founders and several staff).
// Review 2026-11-28: the ConductAtlas retention analysis (an aggregator) was removed.
// Second reading 2026-12-01: 0 claims confirmed, 0 made unknown — every privacy field and the pricing are already
// 'unknown' (no Inflection/pi.ai policy or pricing text is in the stored copies), so there was nothing to check.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-11-28';

const piHome = {
  url: 'https://pi.ai/',
  title: 'Pi — Inflection AI (official site; policies not read)',
  kind: 'official',
  checked: CHECKED,
} as const;

const techEu = {
  url: 'https://tech.eu/2024/03/19/inflection-ai-co-founder-mustafa-suleyman-hired-by-micrsosoft/',
  title: 'Tech.eu — Inflection AI co-founder Mustafa Suleyman joins Microsoft',
  kind: 'third-party',
  published: '2024-03-19',
  checked: CHECKED,
} as const;

const voicebot = {
  url: 'https://voicebot.ai/2024/03/19/microsoft-taps-inflection-ai-co-founders-to-run-microsoft-ai/',
  title: 'Voicebot.ai — Microsoft Taps Inflection AI Co-Founders to Run Microsoft AI',
  kind: 'third-party',
  published: '2024-03-19',
  checked: CHECKED,
} as const;

const aiSdkProvider = {
  url: 'https://ai-sdk.dev/providers/community-providers/inflection-ai',
  title: 'AI SDK — Unofficial community provider for Inflection AI (models incl. inflection_3_pi)',
  kind: 'third-party',
  checked: CHECKED,
} as const;

export default {
  id: 'pi',
  name: 'Pi',
  vendor: 'Inflection AI, Inc.',
  category: 'chat assistant',
  homepage: 'https://pi.ai/',
  officialDomains: ['pi.ai', 'inflection.ai'],
  match: [{ host: 'pi.ai' }],
  summary:
    'Inflection AI’s conversational "personal AI" built for supportive, empathetic chat; Inflection shifted its focus to enterprise/API work after its co-founders and several staff joined Microsoft in March 2024. Whether Pi chats train Inflection’s models is unknown: its privacy policy could not be read.',
  capabilities: [
    'Friendly, emotionally oriented conversation and advice',
    'The model behind Pi (inflection_3_pi) is also offered to developers through Inflection’s API',
  ],
  limits: [
    'Product no longer Inflection’s main focus since March 2024',
    'Official privacy policy and terms were not read for this entry — verify data use on pi.ai',
    'Designed as a companion, not a research or coding tool',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow: 'unknown — Inflection’s privacy policy for Pi could not be read.',
    retention: 'unknown — Inflection’s privacy policy for Pi could not be read.',
    humanReview: 'unknown',
    storage: 'unknown',
    business: 'unknown',
    sources: [piHome],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown',
    read: CHECKED,
    sources: [piHome],
  },
  copyright: {
    ownership: 'unknown',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [piHome],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'unknown',
    sources: [piHome],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'unknown',
    platforms: ['web'],
    status: 'unknown',
    sources: [piHome],
  },
  alternatives: ['chatgpt', 'claude', 'character-ai', 'microsoft-copilot', 'meta-ai'],
  changelog: [
    { date: CHECKED, change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: CHECKED,
      change:
        'Review: removed the ConductAtlas retention analysis (aggregator); retention and the data-privacy row are now unknown. No official Pi policy page was found.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: pi.ai / inflection.ai privacy policy, terms and announcements searched again — not in the stored copies, so training stays unknown and no official source could be added; hallucination-risk row made unknown (its cited source did not carry the claim); summary corrected to what the cited press says about the March 2024 move to Microsoft.',
      fields: ['training', 'other'],
    },
    {
      date: '2026-12-01',
      change: 'Second reading: nothing to check — all privacy fields and pricing were already unknown; no change.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Conversational text chat aimed at supportive, personal conversation.',
      sources: [voicebot],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Runs on Inflection’s proprietary models (the current Pi model is exposed to developers as inflection_3_pi); no architecture details were read.',
      sources: [aiSdkProvider, voicebot],
    },
    trainingData: {
      status: 'unknown',
      note: 'Neither the models’ training data nor whether Pi chats are used for training could be confirmed from official text.',
      sources: [],
    },
    outputQuality: {
      status: 'caution',
      note: 'The Pi model is described as tuned for emotional intelligence and conversation; press reported Inflection would halt progress on Pi after March 2024, so expect little improvement.',
      sources: [techEu, aiSdkProvider],
    },
    biasMitigation: { status: 'unknown', note: 'unknown', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no Inflection statement on Pi’s accuracy was read; as with any chatbot, check facts before relying on them.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'A hosted chatbot running on Inflection’s own proprietary LLM; nothing to install locally is described in the sources read.',
      sources: [voicebot],
    },
    apiAvailability: {
      status: 'good',
      note: 'Inflection offers a developer API that includes the model powering Pi; after March 2024 it said it would put renewed emphasis on the API.',
      sources: [aiSdkProvider, techEu],
    },
    pricingModel: {
      status: 'unknown',
      note: 'No official pricing for Pi was read.',
      sources: [piHome],
    },
    dataPrivacyPolicy: {
      status: 'unknown',
      note: 'Inflection’s privacy policy could not be read, so training use and retention of Pi chats are unconfirmed; keep confidential data out until you have checked the policy on pi.ai.',
      sources: [],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'Terms on output ownership were not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No security documentation or incident reports were read for this entry.',
      sources: [],
    },
  },
} satisfies ToolInput;
