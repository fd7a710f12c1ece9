// Google Flow — added 2026-12-01. Google Labs' AI film-making tool at labs.google/fx/tools/flow. Read on 2026-12-01:
// the Flow privacy notice (effective 19 May 2026) on labs.google; the labs.google/fx FAQ (read in its Filipino-language
// version, translated here; it is undated); Google One's help article on AI credits for Flow and Whisk, read through a
// mirror of support.google.com (an older version: 2026 third-party guides report changed credit numbers and new plans);
// the Google Terms of Service (EU/Ireland version effective 30 July 2026) read verbatim through Open Terms Archive's
// genai-eu-versions copy; and Google Cloud's Veo on Vertex AI page through an appspot mirror of cloud.google.com. The
// Google Terms are cited at the same address as data/sources/google.ts but without a document date, because that shared
// source still carries the 22 May 2024 version (not ours to edit; flagged in the report). Google AI plan prices were not
// read on a Google page, so they are 'unknown'. Which Veo models Flow uses comes from a third-party guide.
// Match: labs.google with path /fx/tools/flow only (Whisk and ImageFX live on sibling paths and are not covered here;
// locale-prefixed paths such as /fx/<locale>/tools/flow are not matched).
// Second reading 2026-12-01: 9 claims confirmed, 2 made unknown (AI Pro 1,000 and AI Ultra 12,500 monthly credit
// allowances — only the earlier version of Google One's help page carries them; the newer version no longer lists
// allowances). Flow privacy notice (training, toggle, human review, retention) re-read on labs.google.
import type { ToolInput } from '../schema.ts';

const flowPrivacy = {
  url: 'https://labs.google/fx/tools/flow/privacy',
  title: 'Your data and Google Flow (privacy notice, effective 19 May 2026)',
  kind: 'official',
  published: '2026-05-19',
  checked: '2026-12-01',
} as const;

const labsFaq = {
  url: 'https://labs.google/fx/fil/faq',
  title: 'labs.google/fx FAQ (Filipino-language version)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const aiCreditsHelp = {
  url: 'https://support.google.com/googleone/answer/16287445',
  title: 'Google One Help: Manage your AI Credits with Google One (earlier version)',
  kind: 'official',
  checked: '2026-12-01',
  via: { url: 'https://googlesupport.serverhump.com/googleone/answer/16287445', title: 'Mirror of the Google One help page' },
} as const;

const googleTerms2026 = {
  url: 'https://policies.google.com/terms?hl=en-GB&gl=IE',
  title: 'Google Terms of Service (EU/Ireland version effective 30 July 2026)',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Google%20Generative%20AI%20Services/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Google Generative AI Services")',
  },
} as const;

const veoVertex = {
  url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/video/generate-videos',
  title: 'Google Cloud: Generate videos with Veo on Vertex AI',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://cloud-dot-devsite-v2-prod.appspot.com/vertex-ai/generative-ai/docs/video/generate-videos?hl=en',
    title: 'Mirror of the Google Cloud docs page',
  },
} as const;

const flowModelsGuide = {
  url: 'https://www.toolcolumn.com/learn/google-flow-credits-vs-veo-api-pricing',
  title: 'ToolColumn: Google Flow Credits vs Veo API Pricing (updated 26 May 2026)',
  kind: 'third-party',
  published: '2026-05-26',
  checked: '2026-12-01',
} as const;

export default {
  id: 'google-flow',
  name: 'Google Flow',
  vendor: 'Google LLC',
  category: 'video',
  homepage: 'https://labs.google/fx/tools/flow',
  officialDomains: ['labs.google', 'google.com'],
  match: [{ host: 'labs.google', path: '/fx/tools/flow' }],
  summary:
    'Google Labs’ AI film-making studio for generating video and images from text and uploads; your prompts, uploads and outputs improve Google’s models and a sample is read by human reviewers unless you switch off “Help improve Flow”.',
  capabilities: [
    'Generate video clips and images from text, images and other uploads',
    'Projects that keep prompts, uploads and generated outputs together',
    'Paid in AI credits shared with Google’s other Labs tools',
  ],
  limits: [
    'Human reviewers read a sample of your data by default; reviewed items are kept up to 18 months even after you delete them',
    'Only for users 18 or older, in listed countries',
    'AI credits come with Google AI Pro or Ultra plans; allowances and expiry have changed during 2026',
    'Google’s Terms forbid using its AI output to develop other AI models and passing AI content off as human-made',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'Flow interactions, uploads, generated output, feature usage and feedback, used "to provide, improve, and develop Google products and services and machine learning technologies", including human review of a sample',
    },
    optOutHow:
      'Switch off “Help improve Flow” in Flow’s main menu; data already reviewed or annotated by humans is kept separately for up to 18 months.',
    retention:
      'Prompts, uploads, projects and outputs are kept until you delete them and may stay with your account for up to 72 hours afterwards; human-reviewed samples are disconnected from your account and kept up to 18 months.',
    humanReview:
      'Yes — human reviewers read, annotate and process a sample of your data after it is disconnected from your Google Account; Google asks you not to submit confidential information.',
    storage: 'unknown',
    business: 'unknown — no business or Workspace terms for Flow were read.',
    sources: [flowPrivacy],
  },
  pricing: {
    model: 'subscription',
    plans: [
      {
        name: 'Google AI Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Includes AI credits for Flow; the monthly allowance is unknown — an earlier version of Google One’s help page said 1,000 AI credits a month, but the newer version no longer lists plan allowances. Plan price not read on a Google page.',
      },
      {
        name: 'Google AI Ultra',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Includes AI credits for Flow; the monthly allowance is unknown — the earlier help-page version said 12,500 AI credits a month, US-only, with top-ups valid 12 months; the newer version no longer lists allowances and says credits “may expire after a certain period”. Price not read on a Google page.',
      },
    ],
    freeTier:
      'unknown — the Google One help page read covers only Pro and Ultra credits; third-party guides describe small daily free credit allowances, not confirmed on a Google page.',
    read: '2026-12-01',
    sources: [aiCreditsHelp],
  },
  copyright: {
    ownership:
      'Google’s Terms say that where its services let you generate original content, Google won’t claim ownership over that content.',
    commercialUse:
      'Not restricted in the Terms read, but you may not mislead others into thinking AI content was made by a human, use AI output from Google services to develop machine-learning models, or infringe others’ rights.',
    indemnity: 'None from Google; business users and organisations must indemnify Google for unlawful use or breaches of the Terms.',
    sources: [googleTerms2026],
  },
  security: {
    promptInjection:
      'Google’s Terms forbid jailbreaking, adversarial prompting and prompt injection outside its safety and bug-testing programmes; no Flow-specific security documentation was read.',
    incidents: [],
    enterpriseControls: 'unknown',
    sources: [googleTerms2026],
  },
  availability: {
    regions:
      'Only in countries listed in the labs.google/fx FAQ (the list read includes e.g. Argentina, Australia, Brazil and Canada; it was not read in full). AI credits require Google One in a country where Flow is offered.',
    minAge: 18,
    account: 'Google Account; the FAQ requires users to be 18 or older, and under-18s are not eligible for AI credits.',
    platforms: ['web'],
    status: 'beta',
    sources: [labsFaq, aiCreditsHelp],
  },
  alternatives: ['sora', 'runway', 'luma-dream-machine', 'pika'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read the Flow privacy notice (19 May 2026) — data used to improve Google products and ML, “Help improve Flow” toggle, human review of a sample, 18-month and 72-hour retention — all confirmed. The Google AI Pro (1,000) and Ultra (12,500) monthly credit allowances are now unknown: the newer version of the cited Google One help page no longer states them; notes and the pricing row were reworded.',
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Video and images generated from text and uploads, organised in projects.',
      sources: [flowPrivacy],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Closed Google models; a third-party guide says Flow offers Veo 3.1 modes at different credit costs. Google’s Flow pages read do not name the models.',
      sources: [flowModelsGuide, aiCreditsHelp],
    },
    trainingData: {
      status: 'caution',
      note: 'Your Flow prompts, uploads and outputs are used to improve Google’s products and machine-learning technologies unless you turn off “Help improve Flow”.',
      sources: [flowPrivacy],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation for Flow was read.', sources: [] },
    hallucinationRisk: {
      status: 'caution',
      note: 'Google’s Labs FAQ warns that outputs may be inaccurate or inappropriate and that its safeguards reduce but do not remove these risks.',
      sources: [labsFaq],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser on Google’s cloud; usage is limited by AI credits.',
      sources: [aiCreditsHelp],
    },
    apiAvailability: {
      status: 'caution',
      note: 'No Flow API was found; Google sells Veo video generation separately on Vertex AI with Cloud billing.',
      sources: [veoVertex],
    },
    pricingModel: {
      status: 'caution',
      note: 'Access comes through Google AI Pro or Ultra subscriptions with AI credits; current allowances and plan prices were not confirmed on a Google page (an earlier help-page version said monthly credits don’t roll over).',
      sources: [aiCreditsHelp],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Improvement use and human review are on by default with an in-app toggle, and reviewed samples outlive deletion by up to 18 months.',
      sources: [flowPrivacy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Google claims no ownership of what you generate, but bars training other AI models on it and passing it off as human-made.',
      sources: [googleTerms2026],
    },
    securityVulnerabilities: { status: 'unknown', note: 'unknown — no Flow security documentation or incidents were read.', sources: [] },
  },
} satisfies ToolInput;
