// Wordtune — added 2026-12-01. Sources read on 2026-12-01, all AI21 Labs' own texts:
// - Wordtune Privacy Policy (Last Updated: August 3, 2025) and Terms of Use (Updated: December 23, 2025), read whole
//   through the Open Terms Archive copies in OpenTermsArchive/genai-contrib-versions ("Wordtune/…"), cited at their
//   official wordtune.com URLs (from OpenTermsArchive/GenAI-declarations, declarations/Wordtune.json) with the copy in
//   `via`. The GenAI-versions copy of the privacy policy is older (January 4th, 2024) and was not used.
// - Wordtune's Billing Policy in its help centre (support.wordtune.com), read from the stored page.
// Host: the privacy policy names the web app at app.wordtune.com and the website at www.wordtune.com; both are matched.
// Training parts: default on — the Terms license your User Content to Wordtune to "administer and make improvements to
// the Software and Services (including, to improve the algorithms underlying the Software and the Services)", and the
// privacy policy uses content "to improve, enhance and develop the Services, AI21's products and Services and to conduct
// research". optOut 'form': the privacy policy says you can opt out of AI21 aggregating your personal information and
// content to develop its products by e-mailing privacy@wordtune.com; no in-product setting was found.
// Not read: prices (the pricing page is not in the store), Wordtune Business terms and Business privacy policy.
// Second reading 2026-12-01: 13 claims confirmed, 0 made unknown (default on — the Terms licence covers using User Content
//   "to improve the algorithms underlying the Software and the Services", which carries "improve models/algorithms", and the
//   privacy policy lists content incl. "prompts, text, documents" as processed "To improve, enhance and develop the Services,
//   AI21's products and Services and to conduct research"; optOut 'form' — section 5.5 gives the e-mail opt-out, worded for
//   aggregating data to develop AI21 products, and optOutHow now says the Terms licence itself is irrevocable; retention,
//   storage, human review unknown, business; Plus/Unlimited with prices unknown, 30% discount, auto-renewal, no refunds).
//   Official URLs re-checked against OpenTermsArchive/GenAI-declarations "Wordtune.json" (commit b7d872e3); the billing
//   policy is on support.wordtune.com, a wordtune.com subdomain.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://www.wordtune.com/privacy-policy',
  title: 'Wordtune Privacy Policy',
  kind: 'official',
  published: '2025-08-03',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/9be5ea09bf291a0983e5481dd9d3b9eef5871d36/Wordtune/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const termsOfUse = {
  url: 'https://www.wordtune.com/terms-of-use',
  title: 'Wordtune Terms of Use',
  kind: 'official',
  published: '2025-12-23',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/03125c1de159c870557638dc1d96e582cd73a3a1/Wordtune/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const billingPolicy = {
  url: 'https://support.wordtune.com/en/articles/5310819-wordtune-s-billing-policy',
  title: "Wordtune Help Center: Wordtune's Billing Policy",
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'wordtune',
  name: 'Wordtune',
  vendor: 'AI21 Labs Ltd.',
  category: 'writing/productivity',
  homepage: 'https://www.wordtune.com/',
  officialDomains: ['wordtune.com'],
  match: [{ host: 'wordtune.com' }, { host: 'www.wordtune.com' }, { host: 'app.wordtune.com' }],
  summary:
    "AI21 Labs' writing assistant for rewriting and summarising; the text you enter is licensed to Wordtune to improve its algorithms and develop AI21 products, with an e-mail opt-out only.",
  capabilities: [
    'Rewriting and writing suggestions',
    'Document summarisation, including YouTube video captions',
    'Web app, Chrome and Edge extensions, a Microsoft Word add-in and a mobile app',
  ],
  limits: [
    'Your text is licensed to Wordtune, perpetually and irrevocably, to improve the Services and the algorithms behind them; opting out of its use to develop AI21 products takes an e-mail to privacy@wordtune.com',
    'Content is kept until Wordtune deletes it or you ask for deletion; accounts are deleted through Wordtune Support',
    'Summaries made with the Summarization Service are for personal use only',
    'No refunds for partial subscription periods; subscriptions renew automatically',
    'Do not enter health, financial, password or government-ID data',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'form',
      never: false,
      scope:
        'your text is licensed to Wordtune to "administer and make improvements to the Software and Services (including, to improve the algorithms underlying the Software and the Services)"; content is also used "to improve, enhance and develop the Services, AI21\'s products and Services and to conduct research"',
    },
    optOutHow:
      'E-mail privacy@wordtune.com: the privacy policy says this opts you out of AI21 continuing to aggregate your personal information and content to develop its products and services. No in-product setting was found, and the Terms call the licence to use your content to improve the algorithms "perpetual, and irrevocable"; no opt-out is described for that licence.',
    retention:
      'Personal data, including content, is stored until Wordtune deletes it or you send a valid deletion request; it can be kept longer for legal, tax or accounting duties, complaints, expected litigation, and as aggregated information. The Terms say the service is not an archive, so keep your own backups.',
    humanReview:
      'unknown — the privacy policy lists "internal quality control checks" among the uses of your content but does not say whether people read it.',
    storage:
      'Processed on servers outside the EEA, Switzerland and the UK, including AI21 facilities and servers in the United States, through third-party hosting providers; transfers rely on adequacy decisions, Standard Contractual Clauses or the Data Privacy Framework.',
    business: 'Wordtune Business has its own Business Terms and Business privacy policy; they were not read.',
    sources: [privacyPolicy, termsOfUse],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Plus', price: 'unknown', currency: 'USD', period: 'month', note: 'billed monthly or annually; price not read' },
      { name: 'Unlimited', price: 'unknown', currency: 'USD', period: 'month', note: 'billed monthly or annually; price not read' },
    ],
    freeTier:
      'A free account can be upgraded to paid Plus or Unlimited subscriptions, renewed automatically; students, educators and non-profit staff get 30% off. No refunds for partial periods. Prices were not read.',
    read: CHECKED,
    sources: [billingPolicy, termsOfUse],
  },
  copyright: {
    ownership:
      'You keep all rights in your User Content, but grant Wordtune a non-exclusive, worldwide, perpetual, irrevocable, sub-licensable licence to copy, store and use it to provide and improve the Services.',
    commercialUse:
      'The consumer licence is for your own personal purposes, and summaries derived with the Summarization Service are for personal use only; Wordtune Business is under separate terms (not read).',
    indemnity:
      'No indemnity from Wordtune; you indemnify Wordtune, including against third-party claims over your User Content and the summaries derived from it.',
    sources: [termsOfUse],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance was read.',
    incidents: [],
    enterpriseControls: 'unknown — the Wordtune Business terms were not read.',
    sources: [privacyPolicy, termsOfUse],
  },
  availability: {
    regions: 'The service is not allowed from certain countries (which ones is not stated); data is processed in the United States.',
    minAge: 18,
    account:
      'An account is usually needed (some use is possible without registering); users under 18 may use it only with a parent’s or guardian’s approval.',
    platforms: ['web', 'browser extension', 'mobile'],
    status: 'generally available',
    sources: [termsOfUse, privacyPolicy],
  },
  alternatives: ['grammarly', 'jasper'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: the Open Terms Archive copies of the Privacy Policy (Last Updated August 3, 2025) and Terms of Use (Updated December 23, 2025) and the stored Billing Policy page confirm the default use of your content to improve the Services and "the algorithms underlying" them, the e-mail opt-out at privacy@wordtune.com (worded for aggregating data to develop AI21 products), retention until deletion, US processing, third-party hosting, the Plus and Unlimited plans (prices not stated), the 30% discount, auto-renewal and no refunds. optOutHow now notes that the Terms licence is irrevocable and has no opt-out of its own. Nothing made unknown.',
      fields: ['training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'A writing assistant that rewrites text and summarises documents, including YouTube video captions.',
      sources: [termsOfUse, privacyPolicy],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'unknown — the texts read do not say which models power Wordtune.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Your text is used to improve Wordtune’s algorithms and develop AI21 products by default; you can opt out of the product-development use only by e-mail.',
      sources: [termsOfUse, privacyPolicy],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no quality figures were read.',
      sources: [],
    },
    biasMitigation: {
      status: 'caution',
      note: 'The privacy policy says personal data is used to conduct audits, including bias audits, but gives no detail.',
      sources: [privacyPolicy],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Wordtune does not warrant that generated content is accurate, complete or reliable; check suggestions and summaries.',
      sources: [termsOfUse],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs as a hosted service (on third-party hosting) through the web app, browser extensions and apps.',
      sources: [termsOfUse, privacyPolicy],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no Wordtune API was described in the texts read.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free account plus paid Plus and Unlimited subscriptions that renew automatically, without refunds for partial periods; prices not read.',
      sources: [billingPolicy, termsOfUse],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Content is used to improve and develop products, kept until deletion and processed in the US; opting out and deleting an account both go through e-mail or support.',
      sources: [privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep rights in your text but grant a perpetual, irrevocable licence; summaries are for personal use and you carry infringement claims.',
      sources: [termsOfUse],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Wordtune disclaims any warranty that the service is secure or free of harmful code and asks you not to submit sensitive data; no incident was reviewed.',
      sources: [termsOfUse],
    },
  },
} satisfies ToolInput;
