// Figma Make — added 2026-12-01. Sources read on 2026-12-01: Figma's Privacy Policy (effective 27 Sep 2024) and Terms of
// Service (effective 15 Aug 2024), both read WHOLE through ToS;DR's verbatim copies in tosdr/tosdr-versions ("Figma/…") and
// cited at figma.com with the copy in `via`; Figma Help Center articles on help.figma.com (AI features and content-training
// settings and AI credits, read in their Japanese editions; opening Make with a prefilled prompt, pricing/billing updates,
// Professional-plan billing and Figma Support's visibility, in English) and the developers.figma.com prompt guide, all read
// in the search store's copies of those pages.
// Host/path: Figma's help article "Open Figma Make with a prefilled prompt" gives Make's address as
// https://www.figma.com/make/new, so the rule is the path /make on www.figma.com (the rest of www.figma.com — design files,
// FigJam, marketing — is not claimed). figma.com without www. was not confirmed for Make and is not claimed.
// Training parts (2026-12-01): default on — the help article says content training is on by default on the Professional
// plan (admins can opt out) and off by default on Business and Enterprise; the Privacy Policy says Usage Data, and Customer
// Content when "Content Training" is toggled on, are processed to improve the services through AI, de-identified and
// aggregated. optOut 'setting' (admin toggle). The Starter (free) plan's default is not stated in the article version read.
// Second reading 2026-12-01: 14 claims confirmed, 0 made unknown — training (default on for Professional, admin setting,
// scope incl. Usage Data and de-identification), optOutHow, retention, human review, storage, business, the three plans'
// AI-credit allowances and unknown prices, and the free tier; tosdr copies of the Privacy Policy and Terms and the
// help.figma.com pages (AI settings JA, earlier AI-access JA, AI credits JA, pricing updates, Professional billing,
// Support visibility) re-read.
// Not read: the Figma AI Terms (figma.com/legal/ai-terms, part of the Terms), the DPA, the sub-processor list and
// figma.com/pricing — so plan prices are 'unknown' and output-ownership wording specific to AI is unknown.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://www.figma.com/legal/privacy/',
  title: 'Figma Privacy Policy (effective 27 Sep 2024)',
  kind: 'official',
  published: '2024-09-27',
  checked: CHECKED,
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/00fd620f46bc59c97d6f679bd146c6e45f31dcc7/Figma/Privacy%20Policy.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const terms = {
  url: 'https://www.figma.com/legal/tos/',
  title: 'Figma Terms of Service (effective 15 Aug 2024)',
  kind: 'official',
  published: '2024-08-15',
  checked: CHECKED,
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/38e1567ad5a9bc155e83d4715316137ff9ce3403/Figma/Terms%20of%20Service.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const aiSettings = {
  url: 'https://help.figma.com/hc/ja/articles/17725942479127',
  title:
    'Figma Help Center (Japanese edition): Manage AI features and content training settings (AI機能とコンテンツトレーニング設定の管理)',
  kind: 'official',
  checked: CHECKED,
} as const;

const aiAccessOlder = {
  url: 'https://help.figma.com/hc/ja/articles/17725942479127-AI%E6%A9%9F%E8%83%BD%E3%81%B8%E3%81%AE%E3%82%A2%E3%82%AF%E3%82%BB%E3%82%B9%E3%81%82%E3%82%8B%E3%81%84%E3%81%AF%E3%82%AA%E3%83%97%E3%83%88%E3%82%A2%E3%82%A6%E3%83%88',
  title:
    'Figma Help Center (Japanese edition, earlier version of the same article): Access or opt out of AI features (AI機能へのアクセスあるいはオプトアウト)',
  kind: 'official',
  checked: CHECKED,
} as const;

const aiCredits = {
  url: 'https://help.figma.com/hc/ja/articles/33459875669015-AI%E3%82%AF%E3%83%AC%E3%82%B8%E3%83%83%E3%83%88%E3%81%AE%E4%BB%95%E7%B5%84%E3%81%BF',
  title: 'Figma Help Center (Japanese edition): How AI credits work (AIクレジットの仕組み)',
  kind: 'official',
  checked: CHECKED,
} as const;

const makePrefill = {
  url: 'https://help.figma.com/hc/en-us/articles/43637422653719-Open-Figma-Make-with-a-prefilled-prompt',
  title: 'Figma Help Center: Open Figma Make with a prefilled prompt',
  kind: 'official',
  checked: CHECKED,
} as const;

const promptGuide = {
  url: 'https://developers.figma.com/docs/code/how-to-write-great-prompts',
  title: 'Figma developer docs: How to write great prompts (Figma Make and Figma Sites)',
  kind: 'official',
  checked: CHECKED,
} as const;

const pricingUpdates = {
  url: 'https://help.figma.com/hc/en-us/articles/27468498501527-Updates-to-Figma-s-pricing-seats-and-billing-experience',
  title: 'Figma Help Center: Updates to Figma’s pricing, seats, and billing experience',
  kind: 'official',
  checked: CHECKED,
} as const;

const billingProfessional = {
  url: 'https://help.figma.com/hc/en-us/articles/360041061034-Billing-on-the-Professional-plan',
  title: 'Figma Help Center: Manage billing on the Professional plan',
  kind: 'official',
  checked: CHECKED,
} as const;

const supportVisibility = {
  url: 'https://help.figma.com/hc/en-us/articles/38462186743703-Manage-Figma-Support-s-visibility',
  title: 'Figma Help Center: Manage Figma Support’s visibility',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'figma-make',
  name: 'Figma Make',
  vendor: 'Figma, Inc.',
  category: 'code assistant',
  homepage: 'https://www.figma.com/make/new',
  officialDomains: ['figma.com'],
  match: [{ host: 'www.figma.com', path: '/make' }],
  summary:
    'Figma’s prompt-to-app tool that turns text prompts into working prototypes and code; on the Professional plan Figma trains its AI on your team’s content by default unless an admin turns content training off.',
  capabilities: [
    'Generates functional prototypes and app code from a text prompt in an AI chat',
    'Can be opened with a prefilled prompt through a www.figma.com/make/new link',
    'The same chat, in a focused form, generates code layers in Figma Sites',
    'Shares one AI credit system with Figma’s other AI features',
  ],
  limits: [
    'On the Professional plan, content training is on by default: Figma trains its AI models on your team’s content unless a team admin opts out (Business and Enterprise start with it off)',
    'AI credits depend on plan and seat type; unused credits expire at the end of the day or month and do not roll over',
    'Figma advises not to put API keys, addresses, ID numbers or other personal data into the AI chat',
    'Free accounts may be used for business or personal purposes, but paid accounts are intended for business use only',
    'Figma gives no warranty on quality or accuracy and you indemnify Figma for your use and content',
    'Plan prices and the separate Figma AI Terms were not read in this pass',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'Figma’s own AI models, trained "to better understand design concepts and patterns and Figma’s internal formats and structure" on Figma content: Usage Data always, and Customer Content when the admin setting "Content Training" is on (default on for Professional teams, off for Business and Enterprise organisations; the free Starter plan is not mentioned in the version read). Figma says it de-identifies and aggregates data used to train AI models.',
    },
    optOutHow:
      'A team admin on the Professional plan turns off the content-training setting in the team’s AI settings (on Business and Enterprise it is an organisation-level setting that starts off); members who are not admins cannot change it, and Usage Data is still used to improve the services through AI.',
    retention:
      'Personal information is kept for as long as you use the services or as needed for its purposes, disputes, audits and legal duties (no fixed periods); deleting it requires deleting your account, and backups are isolated until deletion is possible. Figma may delete Customer Content within a reasonable time after an account or subscription ends and makes no guarantee of data retention.',
    humanReview:
      'unknown for AI training data — not described in the texts read. Figma says it can never directly access your files or account information without explicit and temporary permission, and support calls or video meetings may be recorded for training and quality assurance.',
    storage:
      'All personal information is transferred to, processed and stored in the United States, where Figma’s main servers are; the Terms name Amazon Web Services as host. Figma is certified under the EU-U.S. Data Privacy Framework (with UK and Swiss extensions) and uses Standard Contractual Clauses. When AI features are turned off, data is not sent to third-party AI vendors.',
    business:
      'On Business and Enterprise plans content training is an organisation-level setting that is off by default. If you use Figma on behalf of an organisation, Figma discloses your information to it on request and gives it rights over your information. The Data Processing Addendum was not read.',
    sources: [privacyPolicy, terms, aiSettings, aiAccessOlder, supportVisibility],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Professional',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Per-seat price not read (Figma points to figma.com/pricing). A Full seat includes 3,000 AI credits a month, about 50–70 Make prompts by Figma’s estimate.',
      },
      {
        name: 'Business',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Price not read. A Full seat includes 3,500 AI credits a month, about 60–80 Make prompts.',
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Price not read. A Full seat includes 4,250 AI credits a month, about 80–100 Make prompts.',
      },
    ],
    freeTier:
      'The free Starter plan remains available; Starter users and Collab, Dev and View seats get fewer AI credits than Full seats, with daily and monthly limits that may change. Paid subscriptions renew monthly or yearly; fees are in US dollars and non-refundable.',
    read: CHECKED,
    sources: [aiCredits, pricingUpdates, billingProfessional, terms],
  },
  copyright: {
    ownership:
      'The Terms say you own all right, title and interest in the material you develop on or upload to Figma (Customer Content); Figma may use de-identified, aggregated Usage Data to improve its products. The Figma AI Terms, which form part of the Terms and cover Customer Content and AI features, were not read, so AI-output wording is unknown.',
    commercialUse: 'Free accounts may use Figma for business or personal purposes; paid accounts are intended for business use only.',
    indemnity:
      'None offered by Figma in the Terms; you indemnify Figma for claims connected with your use of the services and your Customer Content.',
    sources: [terms],
  },
  security: {
    promptInjection:
      'unknown — not addressed in the texts read; Figma advises not to put API keys, personal data or ID numbers in the AI chat.',
    incidents: [],
    enterpriseControls:
      'Admins decide whether a team (Professional) or organisation (Business, Enterprise) can use AI features and whether content is shared for training; on Governance+ plans an organisation admin can also turn off Figma Support’s visibility of team, project, file and user names.',
    sources: [aiSettings, supportVisibility, promptGuide],
  },
  availability: {
    regions: 'Worldwide except embargoed jurisdictions and places whose laws do not permit doing business with Figma (Terms §4.1).',
    minAge: 13,
    account:
      'A Figma account; logged-out users are sent to the login page. You must be old enough to consent to data sharing under your law (13 in most of the US, 16 in California or the EU); Figma requires users of its AI features to be 13 or older.',
    platforms: ['web'],
    status: 'unknown',
    sources: [terms, makePrefill, aiAccessOlder],
  },
  alternatives: ['v0', 'bolt', 'lovable'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed in the Privacy Policy and Terms (ToS;DR copies) and on help.figma.com that content training is on by default for Professional teams and off for Business/Enterprise, switched by an admin setting, with Usage Data used for AI improvement and training data de-identified and aggregated; retention, human-review, US/AWS storage, DPF/SCC and organisation-disclosure wording; the AI-credit allowances per plan, the free Starter plan and USD non-refundable recurring fees (seat prices stay unknown); nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Turns text prompts into working prototypes and app code; the same AI chat generates code layers in Figma Sites.',
      sources: [promptGuide, makePrefill],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Figma does not name the models behind Make in the pages read; its AI features send data to third-party AI vendors (listed as AI sub-processors) while Figma also trains its own models.',
      sources: [aiAccessOlder, aiSettings],
    },
    trainingData: {
      status: 'risk',
      note: 'On Professional teams your content trains Figma’s AI models by default until an admin turns content training off; usage data is used for AI improvement regardless.',
      sources: [aiSettings, privacyPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'Figma makes no warranty about the quality, accuracy or reliability of its services; check generated prototypes and code before relying on them.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no Figma text on bias in Make was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Figma’s own prompt guide warns that vague prompts let the model make assumptions and add features you did not ask for.',
      sources: [promptGuide],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Figma’s cloud in the browser; use is metered in AI credits per seat rather than local hardware.',
      sources: [aiCredits, makePrefill],
    },
    apiAvailability: {
      status: 'caution',
      note: 'Integrations can open Make with a prefilled text prompt through a URL (no automatic submission, no attachments); no Make generation API was found. Figma’s general APIs fall under its Developer Terms.',
      sources: [makePrefill, terms],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free Starter plan plus per-seat paid plans with monthly AI-credit allowances that expire unused; seat prices were not read.',
      sources: [aiCredits, pricingUpdates, billingProfessional],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Content training is on by default for Professional teams (off for Business and Enterprise) and only admins can change it; data is stored in the US, and Figma says it de-identifies and aggregates training data.',
      sources: [aiSettings, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own the content you create or upload, but the separate Figma AI Terms on AI features were not read, and you indemnify Figma for your content.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Prompts and generated code pass through Figma and third-party AI vendors; Figma advises keeping API keys and personal data out of the AI chat.',
      sources: [promptGuide, aiAccessOlder],
    },
  },
} satisfies ToolInput;
