// Claude (claude.ai) — facts from Anthropic's own pages: Privacy Policy (effective 8 Oct 2025), Consumer Terms
// (effective 8 Oct 2025), Commercial Terms (effective 17 Jun 2025), Privacy Center / Help Center articles and the
// platform docs. The anthropic.com legal texts were read from Open Terms Archive's verbatim EEA copies
// (OpenTermsArchive/genai-eu-versions) and are cited at their anthropic.com addresses with `via`.
// Re-read 2026-12-01: Privacy Policy (training clause), Commercial Terms, the consumer-retention article (through its
// Chinese localisation and the English copy stored under the feedback article's address), the Team-plan billing
// article and the Max pricing article. Not re-read (dates kept): Consumer Terms, Pro articles, computer-use docs.
// Review finding 6 (newer Privacy Policy): the newest version readable is still the one effective 8 Oct 2025 — the
// newest stored Open Terms Archive copy (commit 866d801) differs from the earlier copy only by an added section for
// the Republic of Korea. Versions effective 12 Jan 2026 and 8 Jul 2026 (published 8 Jun 2026; press and trackers say
// it adds "Verification Data" for age/ID checks, connected-app data flows and research-study data) could not be read
// on an Anthropic page or a faithful copy, so nothing here rests on them.
// Review finding 3 (Team seat prices): the cited Help Center article (Italian, undated) still reads $30 monthly /
// $25 annual per standard seat and $150 per premium seat; lower figures ($25/$20, $125/$100) appear only in
// third-party copies of the pricing page, and no dated official page could be read — so Team prices are now
// 'unknown', with the official article's figures in the note.
// Consumer retention: the article Anthropic's docs link as its consumer retention policy is 10023548 (cited below).
// Host: claude.ai only. claude.com is not matched (it also hosts platform.claude.com, support and marketing pages).
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown (training default/opt-out/never/scope and the
// training-data list re-read in the OTA Privacy Policy copy @866d801; retention and opt-out effect in the stored English
// copy of the consumer retention article; business in the Commercial Terms @5fc5f7d; Pro $20 and Max $100/$200 on the
// Help Center articles). The Pro note's "web price" wording was dropped (the Pro article does not say web-only).
import type { ToolInput } from '../schema.ts';
import { commercialTerms, computerUseDocs, trainingSources } from '../sources/anthropic.ts';

const consumerRetention = {
  url: 'https://privacy.claude.com/en/articles/10023548-how-long-do-you-store-my-data',
  title: 'Anthropic Privacy Center — How long do you store my data? (consumer products)',
  kind: 'official',
  via: {
    url: 'https://privacy.anthropic.com/zh-CN/articles/10023548-您的数据会被存储多长时间',
    title: 'Chinese localisation of the same Privacy Center article (the English text was read in its stored copy under article 10023565)',
  },
  checked: '2026-12-01',
} as const;

const proMaxPlans = {
  url: 'https://support.anthropic.com/en/articles/11145838-using-claude-code-with-your-pro-or-max-plan',
  title: 'Anthropic Help Center — Using Claude Code with your Pro or Max plan',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const teamPricing = {
  url: 'https://support.claude.com/it/articles/9267289-come-viene-calcolato-il-mio-conto-del-piano-team',
  title: 'Claude Help Center (Italian) — How is my Team plan bill calculated?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const maxPricing = {
  url: 'https://support.anthropic.com/id/articles/11049744-berapa-biaya-paket-max',
  title: 'Anthropic Help Center (Indonesian) — How much does the Max plan cost?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const proAnnual = {
  url: 'https://support.anthropic.com/en/articles/10185996-how-to-upgrade-from-monthly-to-annual-claude-pro',
  title: 'Anthropic Help Center — How to upgrade from monthly to annual Claude Pro',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const consumerTerms = {
  url: 'https://www.anthropic.com/legal/consumer-terms',
  title: 'Anthropic Consumer Terms of Service (effective 8 Oct 2025, EEA version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Claude.ai/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, EEA version)',
  },
  published: '2025-10-08',
  checked: '2026-11-28',
} as const;

const privacyPolicy = {
  url: 'https://www.anthropic.com/legal/privacy',
  title: 'Anthropic Privacy Policy (effective 8 Oct 2025, EEA version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/866d801206f1d3cb97d4bfb08a89e412e2b5cb96/Claude.ai/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-eu-versions, EEA version)',
  },
  published: '2025-10-08',
  checked: '2026-12-01',
} as const;

export default {
  id: 'claude',
  name: 'Claude',
  vendor: 'Anthropic, PBC',
  category: 'chat assistant',
  homepage: 'https://claude.ai/',
  officialDomains: ['anthropic.com', 'claude.ai', 'claude.com'],
  match: [{ host: 'claude.ai' }],
  summary:
    "Anthropic's chat assistant; since the 2025 consumer terms update, consumer chats can be used for training (kept up to 5 years) unless you turn the setting off.",
  capabilities: [
    'Chat, writing, analysis and coding with Claude models',
    'Web, desktop and mobile apps',
    'Claude Code in the terminal on Pro and Max plans',
    'Team and Enterprise workspaces with admin settings',
  ],
  limits: [
    'Consumer chats (Free, Pro, Max, incl. Claude Code on those accounts) may be used for training unless opted out',
    'Chats you rate (thumbs up/down) or that are flagged for safety review can still be used for training after opting out',
    'Usage limits are expressed as multiples of Pro (Max 5x / 20x), not absolute numbers',
    'Chats flagged by trust-and-safety classifiers can be kept up to 2 years even if you opted out',
    'Outputs may be inaccurate; the terms make you responsible for checking them',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'training Anthropic’s models and improving its services on your inputs and outputs; chats flagged for safety review and material you report (e.g. thumbs up/down feedback) are still used after opting out',
    },
    optOutHow:
      'Turn off the model-training setting in your account Privacy Settings. The Consumer Terms and Privacy Policy say chats are used for training unless you opt out, and even then rated chats (feedback) and safety-flagged chats may still be used. Turning it off affects new or resumed chats; data already in started training runs or trained models is not pulled back.',
    retention:
      'Up to 5 years if you allow training; otherwise up to 30 days in back-end storage. Deleted chats leave history at once and the back end within 30 days. Chats flagged for Usage Policy violations: inputs/outputs up to 2 years, safety scores up to 7 years.',
    humanReview:
      'Safety-flagged chats are kept longer and may be used for safety work and training even after opt-out; the official pages read do not say how much human reading takes place.',
    storage: 'unknown',
    business:
      "Team/Enterprise (Claude for Work) and API use fall under Anthropic's commercial terms, which say Anthropic may not train models on customer content; the 2025 consumer training change did not apply to them.",
    sources: [privacyPolicy, consumerRetention, consumerTerms, commercialTerms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Pro',
        price: 20,
        currency: 'USD',
        period: 'month',
        note: 'Monthly price; an annual option exists (its price was not read).',
      },
      { name: 'Max 5x', price: 100, currency: 'USD', period: 'month', note: '5× Pro usage; web price, monthly only.' },
      { name: 'Max 20x', price: 200, currency: 'USD', period: 'month', note: '20× Pro usage; web price, monthly only.' },
      {
        name: 'Team (standard seat)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — the Claude Help Center article (Italian, undated) lists $30/member/month billed monthly or $25 billed annually, minimum five members; lower figures ($25/$20) appear only in third-party copies of the pricing page. Check claude.ai/upgrade.',
      },
      {
        name: 'Team (premium seat)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — the same Help Center article lists $150/member/month (monthly or annual) with Claude Code and more usage; third-party copies of the pricing page report $125/$100.',
      },
    ],
    freeTier: 'A Claude Free plan exists; its limits were not read.',
    read: '2026-12-01',
    sources: [proMaxPlans, proAnnual, maxPricing, teamPricing],
  },
  copyright: {
    ownership:
      'The Consumer Terms let you keep whatever rights you have in your inputs and assign to you whatever rights Anthropic has in outputs, provided you comply with the terms.',
    commercialUse:
      'The Consumer Terms (EEA version read) set no general ban on commercial use of outputs, but forbid using the service to build competing products or train AI models, and limit evaluation/trial access to personal, non-commercial use.',
    indemnity:
      "None for consumer plans in the terms read. Anthropic's IP indemnity (defending paid, authorised use and its outputs against third-party IP claims, with carve-outs) sits in the Commercial Terms for API/business customers.",
    sources: [consumerTerms, commercialTerms],
  },
  security: {
    promptInjection:
      "Agent-style features that read web pages, files or screenshots can be steered by hidden instructions: Anthropic's own computer-use docs warn Claude may follow instructions found in content even against the user's wishes, and advise isolation and human confirmation of consequential actions.",
    incidents: [],
    enterpriseControls: 'Team/Enterprise plans add an admin console (member roles, allowed email domains, seat types).',
    sources: [computerUseDocs, teamPricing],
  },
  availability: {
    regions: 'unknown — the terms refer to a Supported Regions Policy, which was not read.',
    minAge: 18,
    account: 'Account required. The Consumer Terms (EEA version read) require users to be at least 18.',
    platforms: ['web', 'desktop', 'mobile'],
    status: 'generally available',
    sources: [proMaxPlans, consumerTerms],
  },
  alternatives: ['chatgpt', 'gemini', 'le-chat', 'microsoft-copilot', 'perplexity'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2025-08-28',
      change:
        'Anthropic updated its Consumer Terms and Privacy Policy: consumer chats may be used for training unless users opt out, with retention up to 5 years for those who allow it (decision deadline 28 Sep 2025; the updated terms are dated effective 8 Oct 2025).',
    },
    {
      date: '2026-11-28',
      change:
        'Re-sourced from official texts: Consumer Terms, Privacy Policy and Commercial Terms replace tracker/blog summaries; consumer retention article URL corrected; minimum age now from the Consumer Terms (18); third-party prompt-injection and disclaimer posts replaced by Anthropic docs.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training parts set from the Privacy Policy’s own clause (on by default, account-setting opt-out, safety-flagged and reported chats still used; scope filled); Team seat prices made unknown (the official article’s $30/$25 and $150 conflict with newer third-party copies and no dated official page was readable); Max prices re-read on the Help Center; Open Terms Archive copies moved to `via`; newer Privacy Policy versions (Jan and Jul 2026) noted as unreadable.',
      fields: ['training', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: training parts (on by default, account-setting opt-out, flagged/reported chats still used, scope), opt-out effect, retention periods, human-review, business terms and the training-data list confirmed in the Privacy Policy, consumer retention article and Commercial Terms; Pro $20 and Max $100/$200 confirmed on the Help Center (Pro article re-dated); Pro note no longer says "web price". Nothing made unknown; Team seats stay unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and code chat across web, desktop and mobile, plus Claude Code in the terminal on Pro/Max.',
      sources: [proMaxPlans],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Anthropic does not publish model architecture details in the sources read.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Per the Privacy Policy, models are trained on public web data, licensed datasets, user and crowd-worker data, feedback and safety-flagged material; your consumer chats join that pool unless you opt out.',
      sources: [privacyPolicy, trainingSources],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No independent quality evaluation was read for this entry.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Anthropic bias-mitigation documentation was read for this entry.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The Consumer Terms warn that outputs can be inaccurate even when detailed and tell you not to rely on them without checking; verify facts, citations and code.',
      sources: [consumerTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: "Cloud-hosted; the practical limit is your plan's usage allowance (Max offers 5× or 20× Pro).",
      sources: [proMaxPlans],
    },
    apiAvailability: {
      status: 'good',
      note: 'Subscriptions do not include API use; the same models are sold pay-as-you-go on the Claude Developer Platform (see claude-platform).',
      sources: [proMaxPlans],
    },
    pricingModel: {
      status: 'caution',
      note: 'Clear monthly Pro and Max prices, but allowances are relative (5×/20× Pro) rather than published message counts, and current Team seat prices could not be confirmed on a dated official page.',
      sources: [proMaxPlans, maxPricing, teamPricing],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training and 5-year retention apply unless you switch the setting off, and rated or safety-flagged chats can still be used afterwards. Use a Team/Enterprise workspace for confidential work.',
      sources: [privacyPolicy, consumerRetention, consumerTerms],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Output rights are assigned to you, but consumer plans carry no copyright indemnity (that is only in the Commercial Terms).',
      sources: [consumerTerms, commercialTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Agent-style features (browsing, connectors, Claude Code) are exposed to prompt injection from content they read; review actions before approving them.',
      sources: [computerUseDocs],
    },
  },
} satisfies ToolInput;
