// Grammarly — added 2026-12-01. Re-read on 2026-12-01: Grammarly's support centre (Product Improvement and
// Training control; the Business-account FAQ; the Privacy and security FAQ). Read through faithful copies: the
// Privacy Policy effective 28 Mar 2025 and the Terms of Service effective 30 Oct 2023 (Open Terms Archive,
// contrib-versions), and the plans page as transcribed by api-evangelist (its capture dated 2026-10-07). A newer
// Terms version (effective 8 Nov 2024) exists but was only seen in part through a web proxy, so ownership, age and
// AI-output claims below rest on the Oct 2023 text. AWS hosting comes from a 2021 SOC 3 report read on a
// third-party copy. Host: the 2019 Terms define the Site as www.grammarly.com "and all sub-domains" (app., account.),
// so grammarly.com is matched with its subdomains.
// Second reading 2026-12-01: 9 claims confirmed, 3 made unknown (Pro price $12, Enterprise 'custom', free-tier
// allowance of 100 AI prompts — all rested on an api-evangelist YAML transcription, not on a Grammarly page; the
// pricing checklist row is now unknown). Training, opt-out, retention, business and storage confirmed on Grammarly's
// support centre, the Open Terms Archive copy of its Privacy Policy and its 2020 AWS engineering post.
import type { ToolInput } from '../schema.ts';

const trainingControl = {
  url: 'https://support.grammarly.com/hc/en-us/articles/25555503115277-Product-Improvement-and-Training-Control',
  title: 'Grammarly Support: Product Improvement and Training Control',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const businessFaq = {
  url: 'https://support.grammarly.com/hc/en-us/articles/21530921234829-Product-Improvement-Training-Control-FAQ-for-Grammarly-Business-Accounts-Purchased-Through-the-Grammarly-Website',
  title: 'Grammarly Support: Product Improvement & Training Control FAQ for Business accounts bought on the website',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const privacyFaq = {
  url: 'https://support.grammarly.com/hc/en-us/articles/20916119474829-Privacy-and-security-FAQ',
  title: 'Grammarly Support: Privacy and security FAQ',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const privacyPolicy = {
  url: 'https://www.grammarly.com/privacy-policy',
  title: 'Grammarly Privacy Policy (effective 28 Mar 2025)',
  kind: 'official',
  published: '2025-03-28',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/eea5f4bafe61da70da1df68ec39165a5ad23e009/Grammarly/Privacy%20Policy.md',
    title: 'Open Terms Archive copy',
  },
} as const;

const terms = {
  url: 'https://www.grammarly.com/terms',
  title: 'Grammarly Terms of Service (effective 30 Oct 2023)',
  kind: 'official',
  published: '2023-10-30',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/OpenTermsArchive/contrib-versions/blob/f9b643f9ad9d01d10aa747efb7c42e39434b8448/Grammarly/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy',
  },
} as const;

// Second reading 2026-12-01: the api-evangelist file is a harvested YAML restatement of the plans page, not a faithful
// copy of Grammarly's text, so it is cited as a third-party source at its own address (it was `official` with `via`).
const plansTranscript = {
  url: 'https://github.com/api-evangelist/grammarly/blob/main/plans/grammarly-plans-pricing.yml',
  title: 'api-evangelist: transcription of the Grammarly plans page (captured 2026-10-07; third-party)',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

const awsBlog = {
  url: 'https://www.grammarly.com/blog/engineering/security-infrastructure-aws/',
  title: 'Grammarly engineering blog: Security Operations in an AWS Environment',
  kind: 'official',
  published: '2020-11-23',
  checked: '2026-12-01',
} as const;

const soc3 = {
  url: 'https://www.readkong.com/page/system-and-organization-controls-soc-3-report-grammarly-3801785',
  title: 'Grammarly SOC 3 report, Aug 2020 – Mar 2021 (third-party copy on readkong)',
  kind: 'third-party',
  checked: '2026-12-01',
} as const;

export default {
  id: 'grammarly',
  name: 'Grammarly',
  vendor: 'Grammarly, Inc.',
  category: 'writing/productivity',
  homepage: 'https://www.grammarly.com/',
  officialDomains: ['grammarly.com'],
  match: [{ host: 'grammarly.com', subdomains: true }],
  summary:
    'Writing assistant that checks and rewrites text wherever you type; on Free, Premium and single-user Pro accounts your text trains Grammarly’s models unless you switch off “Product Improvement and Training”.',
  capabilities: [
    'Grammar, spelling, clarity and tone suggestions in editable text fields',
    'Generative AI prompts to draft and rewrite text (monthly prompt limits per plan)',
    'Browser extensions, desktop apps, an Office add-in, a web editor and mobile keyboards',
    'Team plans with admin data settings; Enterprise adds BYOK encryption and DLP',
  ],
  limits: [
    'Product Improvement and Training is on by default for individual accounts and for Business accounts bought on the website',
    'User content kept for troubleshooting and product improvement is typically retained up to one year before deletion or de-identification',
    'The Terms give no warranty on the factual accuracy of generative AI output, and outputs may not be unique',
    'The extension reads text in the editable fields of the sites you use it on',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope: 'training and validating Grammarly’s AI and machine learning models, and informing feature development',
    },
    optOutHow:
      'Free and Premium: account.grammarly.com/security/privacy › turn off “Product Improvement and Training”; single-user Pro: account.grammarly.com/admin/data_settings; multi-user plans: only an admin can change it.',
    retention:
      'For troubleshooting and product improvement, user content is typically kept no longer than one year, then deleted or de-identified (unless you keep it in your account or ask for earlier deletion); documents in the Grammarly Editor are kept until you delete them or the account is closed.',
    humanReview: 'unknown — not addressed in the pages read.',
    storage:
      'Uses Amazon Web Services for storage and infrastructure according to its 2020–21 SOC 3 report (read on a third-party copy) and its Nov 2020 engineering blog; current regions not confirmed.',
    business:
      'Grammarly Business and Education accounts are governed by the organisation’s contract and Grammarly’s Data Privacy Addendum, and the consumer Privacy Policy does not cover Customer Personal Data in those accounts. Admins control the training setting for the organisation; for Business accounts bought on the website it is on by default.',
    sources: [trainingControl, businessFaq, privacyPolicy, soc3, awsBlog],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Named “Grammarly Free” in Grammarly’s support centre; its AI-prompt allowance was not confirmed on a Grammarly page.',
      },
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — Grammarly’s plans page was not in the stored copies; a third-party transcription (api-evangelist, captured 2026-10-07) shows $12 with 2,000 AI prompts per member a month.',
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — not read on a Grammarly page; the third-party transcription lists it as contact-sales with BYOK encryption and DLP.',
      },
    ],
    freeTier:
      'A free plan exists (Grammarly Free; the privacy policy says “We offer a free product”); its allowances were not confirmed on a Grammarly page (a third-party transcription says 100 AI prompts a month).',
    read: '2026-12-01',
    sources: [trainingControl, privacyPolicy, plansTranscript],
  },
  copyright: {
    ownership:
      'The Terms (Oct 2023) say you own your User Content and Grammarly does not; you grant a worldwide, non-exclusive, royalty-free licence to operate, improve, protect and customise the products and to develop new features. Generative AI inputs and outputs count as your data.',
    commercialUse:
      'unknown — the Terms read do not address commercial use of outputs; they warn outputs may not be unique and forbid passing AI output off as solely human-written.',
    indemnity: 'unknown — none found in the consumer Terms read.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the sources read.',
    incidents: [],
    enterpriseControls:
      'Admins of multi-user plans control the Product Improvement and Training setting; per a third-party transcription of the plans page, the Enterprise plan lists BYOK encryption and data loss prevention.',
    sources: [businessFaq, plansTranscript, privacyPolicy],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'Account needed. The Terms (Oct 2023) require users to be at least 13 in the United States and 16 elsewhere (older where local law requires), except members of a Grammarly for Education team allowed by parents or guardians.',
    platforms: ['web', 'desktop', 'mobile', 'browser extension'],
    status: 'generally available',
    sources: [terms, privacyFaq],
  },
  alternatives: ['chatgpt', 'claude', 'microsoft-copilot', 'gemini'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: training on by default with an account toggle, the one-year retention, Editor document storage and org-account carve-out confirmed on Grammarly's own texts; AWS storage now also cited from Grammarly's engineering blog. The plans figures came from an api-evangelist transcription, which is not a faithful copy of Grammarly's page: Pro ($12) and Enterprise prices and the free plan's 100-prompt allowance are now unknown, the transcription is cited as third-party, and the pricing row is unknown.",
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text: suggestions on what you type plus generated drafts and rewrites, through extensions, desktop apps, an Office add-in, a web editor and mobile keyboards.',
      sources: [privacyFaq],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'unknown — the pages read do not name the models behind Grammarly’s suggestions or generative features.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Your text trains and validates Grammarly’s models by default on Free, Premium and single-user Pro; a toggle in account settings turns it off.',
      sources: [trainingControl],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no official accuracy figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The Terms give no warranty on the factual accuracy of generative output and say not to rely on it as a single source of facts.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Grammarly’s cloud: text from the fields you write in is sent to its servers for checking.',
      sources: [privacyFaq],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no current public API for the writing assistant was confirmed in the sources read.',
      sources: [],
    },
    pricingModel: {
      status: 'unknown',
      note: 'Freemium (Grammarly Free plus paid plans named in its support centre), but current prices were not read on a Grammarly page; a third-party transcription shows Pro at $12 a month.',
      sources: [trainingControl, plansTranscript],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Training is on by default (also for Business accounts bought online) and content kept for improvement may be held up to a year; Grammarly says it does not sell or monetise your content.',
      sources: [trainingControl, businessFaq, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership of your text and of AI inputs and outputs, but grant Grammarly a licence to use them to improve and build products; outputs may not be unique.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'The extension reads editable text fields across sites (it skips fields marked sensitive, such as passwords); Grammarly describes encryption and restricted access and had a SOC 3 audit for 2020–21.',
      sources: [privacyFaq, privacyPolicy, soc3],
    },
  },
} satisfies ToolInput;
