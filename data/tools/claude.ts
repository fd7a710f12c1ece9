// Claude (claude.ai) — facts from Anthropic's own pages: Consumer Terms (effective 8 Oct 2025), Privacy Policy
// (effective 8 Oct 2025), Commercial Terms (effective 17 Jun 2025), Privacy Center / Help Center articles and the
// platform docs. The three anthropic.com legal texts were read from Open Terms Archive's verbatim copies (EEA versions,
// OpenTermsArchive/genai-eu-versions) and are cited at their anthropic.com addresses; trackers report newer Privacy
// Policy versions (Jan 2026, Jul 2026) that could not be read.
// Consumer retention: the article Anthropic's docs link as its consumer retention policy is 10023548 (cited below).
// The earlier citation, privacy.anthropic.com/…/10023565-how-does-anthropic-use-submitted-feedback, is the Privacy
// Policy's "feedback" link; its stored copy showed the retention text, so it was a mis-filed copy and was replaced.
// Host: claude.ai only. claude.com is not matched (it also hosts platform.claude.com, support and marketing pages).
import type { ToolInput } from '../schema.ts';
import { commercialTerms, computerUseDocs, trainingSources } from '../sources/anthropic.ts';

const consumerRetention = {
  url: 'https://privacy.claude.com/en/articles/10023548-how-long-do-you-store-my-data',
  title: 'Anthropic Privacy Center — How long do you store my data? (consumer products)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const proMaxPlans = {
  url: 'https://support.anthropic.com/en/articles/11145838-using-claude-code-with-your-pro-or-max-plan',
  title: 'Anthropic Help Center — Using Claude Code with your Pro or Max plan',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const teamPricing = {
  url: 'https://support.claude.com/it/articles/9267289-come-viene-calcolato-il-mio-conto-del-piano-team',
  title: 'Claude Help Center (Italian) — How is my Team plan bill calculated?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const proAnnual = {
  url: 'https://support.anthropic.com/en/articles/10185996-how-to-upgrade-from-monthly-to-annual-claude-pro',
  title: 'Anthropic Help Center — How to upgrade from monthly to annual Claude Pro',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const consumerTerms = {
  url: 'https://www.anthropic.com/legal/consumer-terms',
  title: 'Anthropic Consumer Terms of Service (effective 8 Oct 2025; EEA version read)',
  kind: 'official',
  published: '2025-10-08',
  checked: '2026-11-28',
} as const;

const privacyPolicy = {
  url: 'https://www.anthropic.com/legal/privacy',
  title: 'Anthropic Privacy Policy (effective 8 Oct 2025; newer versions reported but not read)',
  kind: 'official',
  published: '2025-10-08',
  checked: '2026-11-28',
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
    training: { default: 'on', optOut: 'setting', never: false, scope: 'unknown' },
    optOutHow:
      'Turn off the model-training setting in your account Privacy Settings. The Consumer Terms and Privacy Policy say chats are used for training unless you opt out, and even then rated chats (feedback) and safety-flagged chats may still be used. Turning it off affects new or resumed chats; data already in started training runs or trained models is not pulled back.',
    retention:
      'Up to 5 years if you allow training; otherwise up to 30 days in back-end storage. Deleted chats leave history at once and the back end within 30 days. Chats flagged for Usage Policy violations: inputs/outputs up to 2 years, safety scores up to 7 years.',
    humanReview:
      'Safety-flagged chats are kept longer and may be used for safety work and training even after opt-out; the official pages read do not say how much human reading takes place.',
    storage: 'unknown',
    business:
      "Team/Enterprise (Claude for Work) and API use fall under Anthropic's commercial terms, which say Anthropic may not train models on customer content; the 2025 consumer training change did not apply to them.",
    sources: [consumerRetention, consumerTerms, privacyPolicy, commercialTerms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Pro', price: 20, currency: 'USD', period: 'month', note: 'Monthly web price; an annual option exists (its price was not read).' },
      { name: 'Max 5x', price: 100, currency: 'USD', period: 'month', note: '5× Pro usage.' },
      { name: 'Max 20x', price: 200, currency: 'USD', period: 'month', note: '20× Pro usage.' },
      {
        name: 'Team (standard seat)',
        price: 30,
        currency: 'USD',
        period: 'month',
        note: 'Per member billed monthly ($25/member/month billed annually); minimum 5 members; US prices excluding tax.',
      },
      {
        name: 'Team (premium seat)',
        price: 150,
        currency: 'USD',
        period: 'month',
        note: 'Per member; includes Claude Code and higher usage.',
      },
    ],
    freeTier: 'A Claude Free plan exists; its limits were not read.',
    read: '2026-11-28',
    sources: [proMaxPlans, proAnnual, teamPricing],
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
    enterpriseControls:
      'Team/Enterprise plans add an admin console (member roles, allowed email domains, seat types).',
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
      note: 'Clear monthly prices, but allowances are relative (5×/20× Pro) rather than published message counts.',
      sources: [proMaxPlans, teamPricing],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training and 5-year retention apply unless you switch the setting off, and rated or safety-flagged chats can still be used afterwards. Use a Team/Enterprise workspace for confidential work.',
      sources: [consumerRetention, consumerTerms],
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
