// LMArena (formerly Chatbot Arena) — added 2026-12-01. Sources read on 2026-12-01: LMArena's FAQ (lmarena.ai/faq) and
// the opening part of its Privacy Policy (lmarena.ai/privacy-policy, effective 2025-09-05), both in the search store's
// copies of the pages; the "Chatbot Arena Policy" post (blog.lmarena.ai/blog/2024/policy/, policy section last updated
// 29 Apr 2024 in the first reading), whose opening the store holds for the lmarena.ai blog and whose whole text was first
// read in LMSYS's older source file of the post (lm-sys/lm-sys.github.io; replaced as `via` in the second reading, see
// below). Not read: a newer version of the policy (newblog.lmarena.ai, "Last
// Updated: May 27, 2025" — only its unchanged opening was stored), LMArena's Terms of Use, the rest of the Privacy Policy.
// Host: lmarena.ai (FAQ, privacy policy). Third-party pages say the platform was renamed "Arena" in January 2026 and
// moved to arena.ai; no maker page confirming that was found, so arena.ai is not claimed.
// Training parts (2026-12-01): default 'on' for use by others — the FAQ says conversations "may be shared to … advance
// the development of reliable AI. This includes posting conversations publicly online", and the policy offers model
// providers "who wish to improve their models" early access to conversation data and releases 20% of vote data
// (prompts, answers, votes) to the community — per the Nov 2024 text only with users' explicit consent. LMArena's own
// training is not described; no opt-out from provider sharing was found.
// Prices: no LMArena pricing text was read; pricing is 'unknown'.
// Second reading 2026-12-01: 10 claims confirmed, 2 corrected to the maker's newer text (training scope, optOutHow),
// 0 made unknown. The policy post is now read through LMArena's own source file of blog.lmarena.ai
// (lmarena/lmarena.github.io, _posts/2024-03-01-policy.md, policy section "Last Updated: Nov 18, 2024"), which matches
// the stored lmarena.ai opening; the LMSYS copy used first is an older version (29 Apr 2024) of a chat.lmsys.org post.
// The newer text adds that the public 20% dataset holds only data users "explicitly consented" to and that user PII
// is removed before data goes to model providers. Newer LMArena policy pages (newblog.lmarena.ai, 27 May 2025;
// news.lmarena.ai/policy, 1 Dec 2025) were stored only in their openings; their data-sharing sections were not read.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const faq = {
  url: 'https://lmarena.ai/faq',
  title: 'LMArena — FAQ',
  kind: 'official',
  checked: CHECKED,
} as const;

const privacyPolicy = {
  url: 'https://lmarena.ai/privacy-policy',
  title: 'LMArena Privacy Policy (Arena Intelligence, Inc.)',
  kind: 'official',
  published: '2025-09-05',
  checked: CHECKED,
} as const;

const arenaPolicy = {
  url: 'https://blog.lmarena.ai/blog/2024/policy/',
  title: 'Chatbot Arena Policy — Live and Community-Driven LLM Evaluation (policy section last updated 18 Nov 2024)',
  kind: 'official',
  published: '2024-11-18',
  checked: CHECKED,
  via: {
    url: 'https://github.com/lmarena/lmarena.github.io/blob/2476a10e3ef15dd933057a1cb1d4cb9a906f7e1d/_posts/2024-03-01-policy.md',
    title: 'LMArena’s own source file of the blog post (lmarena/lmarena.github.io)',
  },
} as const;

export default {
  id: 'lmarena',
  name: 'LMArena',
  vendor: 'Arena Intelligence, Inc.',
  category: 'chat assistant',
  homepage: 'https://lmarena.ai/',
  officialDomains: ['lmarena.ai'],
  match: [{ host: 'lmarena.ai' }],
  summary:
    'Crowdsourced arena where you chat with two anonymous AI models side by side and vote for the better answer; your prompts and the models’ responses may be posted publicly and shared with model providers to help them improve their models.',
  capabilities: [
    'Side-by-side chats with two anonymous models; names revealed after you vote',
    'Votes feed public Elo-based leaderboards',
    'Access to commercial and open-weight models, including unreleased models in anonymous preview testing',
  ],
  limits: [
    'Conversations (prompt text and model responses) may be posted publicly online and shared with model providers; do not type anything personal or confidential',
    'No way to keep a conversation out of sharing with model providers was found in the texts read',
    'You may be talking to an unreleased, anonymously labelled test model',
    'The platform is reported (by third parties) to have been renamed Arena and moved to arena.ai in 2026; that move was not confirmed on a maker page',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'Use by others rather than LMArena’s own training: conversations may be shared "to support our community, improve our service, and advance the development of reliable AI", including public posting (FAQ); model providers "who wish to improve their models" get early access to data with their model’s answers, with user PII removed first. Exception in the policy text: the periodic public release of 20% of vote data (prompts, answers, votes) includes data "only … if users have explicitly consented to its inclusion in the public dataset". Whether LMArena trains models itself is not stated.',
    },
    optOutHow:
      'unknown — no way to stop conversations being shared with model providers was found in the FAQ, the policy or the opening of the privacy policy; the policy says the public dataset holds only data users explicitly consented to, but how that consent is given or withheld was not read.',
    retention: 'unknown — no retention periods were in the parts read; conversations released publicly stay public.',
    humanReview:
      'Conversations may be posted publicly, so anyone can read released prompts and responses; LMArena says shared data is anonymous and never linked to you. Internal review practices were not read.',
    storage: 'unknown — where conversations are stored or processed was not in the parts read.',
    business:
      'Model providers can test unreleased models anonymously; LMArena shares ratings and samples of up to 20% of the votes with them privately, and offers providers early access to data that includes their model’s answers (user PII removed before sharing).',
    sources: [faq, arenaPolicy, privacyPolicy],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown — no LMArena pricing text was read.',
    read: CHECKED,
    sources: [faq],
  },
  copyright: {
    ownership: 'unknown — LMArena’s Terms of Use were not read.',
    commercialUse: 'unknown — not read.',
    indemnity: 'unknown — not read.',
    sources: [privacyPolicy],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls: 'None described.',
    sources: [faq],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'An online account is optional (the privacy policy lists a username and password "that you may set to establish an online account"); prompts and votes are described as anonymous.',
    platforms: ['web'],
    status: 'generally available',
    sources: [privacyPolicy, faq],
  },
  alternatives: ['poe', 'openrouter', 'huggingchat'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: FAQ and privacy-policy opening re-read and confirmed (conversations may be shared and posted publicly; anonymous; optional account; Arena Intelligence, Inc., effective 2025-09-05). The policy post is now read via LMArena’s own source file (policy section updated 18 Nov 2024) instead of an older LMSYS copy: provider sharing "who wish to improve their models" and private 20% vote samples confirmed; training scope, optOutHow and the trainingData note now state the newer text’s exception (public dataset only with users’ explicit consent) and PII removal before provider sharing. Training default stays on; optOut, retention, storage and pricing stay unknown. Nothing made unknown.',
      fields: ['training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'A platform for using, comparing, rating and ranking third-party AI models: you chat with two anonymous models and vote.',
      sources: [privacyPolicy, faq],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'No model of its own: commercial and open-weight models from many providers, some unreleased and shown only under anonymous labels.',
      sources: [arenaPolicy, faq],
    },
    trainingData: {
      status: 'risk',
      note: 'Your prompts and the responses may be published and handed (PII removed) to model providers who want to improve their models; the policy limits the public dataset to data users consented to, but no opt-out from provider sharing was found.',
      sources: [faq, arenaPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'Answers come from a random pair of models, which can include unreleased test models whose identity is hidden until you vote.',
      sources: [arenaPolicy, faq],
    },
    biasMitigation: {
      status: 'caution',
      note: 'Model names are hidden during voting to keep the rankings fair; nothing was read on filtering biased or harmful model output.',
      sources: [faq],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no LMArena text on model errors was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Web platform built on the open-source FastChat stack (UI, model-serving backend); listed models are open-weight or available through public APIs or services.',
      sources: [arenaPolicy],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no LMArena API documentation was read.',
      sources: [],
    },
    pricingModel: {
      status: 'unknown',
      note: 'unknown — no LMArena pricing text was read.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Prompts and responses may be posted publicly and shared with model providers; LMArena says shared data is anonymous and not linked to you, but anything you type can end up public.',
      sources: [faq, arenaPolicy],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — the Terms of Use were not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Personal or confidential text you type can be published with the conversation, even though LMArena says prompts and votes are not connected to personally identifiable information.',
      sources: [faq],
    },
  },
} satisfies ToolInput;
