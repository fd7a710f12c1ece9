// Jasper — added 2026-12-01. Sources read WHOLE on 2026-12-01 through Open Terms Archive's verbatim copies of Jasper's
// legal hub (legal.jasper.ai): the Terms of Service effective 7 Feb 2024 (OpenTermsArchive/GenAI-versions, an older
// version of "Jasper/Terms of Service.md"), the reseller End User License Agreement (the current version of that same
// file: OTA's declaration now fetches legal.jasper.ai/#eula) and the Privacy Policy v2 effective 30 May 2025
// (OpenTermsArchive/genai-contrib-versions). Also read in the search store: two Jasper help-centre articles
// (credits-based pricing; adding team members).
// All three legal texts live on one page, legal.jasper.ai (the maker links them as legal.jasper.ai/#privacy etc.); the
// dataset keeps one spelling of that page, https://legal.jasper.ai/, with the document named in each title and only
// the Terms carrying a `published` date (the Privacy Policy's own date, 30 May 2025, is in its title).
// Caveat: the February 2024 Terms are the newest self-serve Terms in the store; policy trackers describe a later
// version (v4.1, May 2025) with an EU/UK-only objection route, but the maker's text of it could not be read, so the
// opt-out stays 'unknown' and nothing from the trackers is used.
// Host: Jasper's own texts name www.jasper.ai as its website ("Website" means www.jasper.ai); the app host
// app.jasper.ai appears only in third-party code in the store, so it is NOT claimed.
// Prices: no official pricing page was in the store (help articles give contradictory old seat figures), so prices
// are 'unknown'. The Data Processing Agreement (Jul 2025) was only partly read and is not cited.
// Second reading 2026-12-01: 22 claims confirmed, 0 made unknown. Training 'on' confirmed word for word in Terms 3(a)
// (perpetual, irrevocable licence to Customer Property "including without limitation in connection with modifying,
// improving, and enhancing artificial intelligence models"; Customer Property = Input, Output and other content) and
// EULA 4(c) (aggregated, de-identified Customer Property to "train the artificial intelligence models developed by Jasper
// and its third party service providers"); no training opt-out in the Terms or the Privacy Policy.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';
const LEGAL = 'https://legal.jasper.ai/';

const terms = {
  url: LEGAL,
  title: 'Jasper Terms of Service (effective 7 Feb 2024), on Jasper’s legal hub',
  kind: 'official',
  published: '2024-02-07',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/822e4f18ab62be7b913531e0d18fc196eb8cf32c/Jasper/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (GenAI-versions, version of 7 Feb 2024)',
  },
} as const;

const eula = {
  url: LEGAL,
  title: 'Jasper End User License Agreement (for customers buying through a reseller), on Jasper’s legal hub',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/GenAI-versions/blob/61dc29f9b9e8c9c5a9bb429cfb784a5e22ce341a/Jasper/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (GenAI-versions, EULA version)',
  },
} as const;

const privacyPolicy = {
  url: LEGAL,
  title: 'Jasper Privacy Policy, version 2 (effective 30 May 2025), on Jasper’s legal hub',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/69350130accfb2412d97a9883db0123cd6118817/Jasper/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const creditsPricing = {
  url: 'https://help.jasper.ai/hc/en-us/articles/46644376016923-Credits-Based-Pricing',
  title: 'Jasper Help Center — Overview: Credits-Based Pricing',
  kind: 'official',
  checked: CHECKED,
} as const;

const teamMembers = {
  url: 'https://help.jasper.ai/hc/en-us/articles/18618702327323-Adding-Team-Members',
  title: 'Jasper Help Center — Adding Team Members',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'jasper',
  name: 'Jasper',
  vendor: 'Jasper AI, Inc.',
  category: 'writing/productivity',
  homepage: 'https://www.jasper.ai/',
  officialDomains: ['jasper.ai'],
  match: [{ host: 'www.jasper.ai' }, { host: 'jasper.ai' }],
  summary:
    'AI marketing-content platform for businesses; its Terms give Jasper a perpetual licence to your inputs and outputs, including to improve its AI models, and no opt-out was found in the texts read.',
  capabilities: [
    'Generates marketing text and other content from prompts (Chat, Apps, Studio, Grid)',
    'Workspaces with admins, team members and shared content',
    'API and MCP access billed on a credit system',
    'Integrations with third-party products that import content',
  ],
  limits: [
    'The Terms (Feb 2024) license your inputs and outputs to Jasper perpetually and irrevocably, including for "modifying, improving, and enhancing artificial intelligence models"; no opt-out was found',
    'Jasper is sold to businesses: paid subscriptions renew automatically each month and there are no refunds',
    'Do not submit personal data unless your organisation has signed Jasper’s Data Processing Addendum',
    'Jasper does not warrant that generated content is accurate, reliable or correct',
    'The Privacy Policy allows targeted advertising, visitor de-anonymisation services and, under CCPA definitions, sale of some personal information',
    'Prices were not read on an official Jasper page in this pass; the newest self-serve Terms could not be read',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'Customer Property (your Input, the Output and other content you supply) is licensed "for use in connection with the Services and Jasper’s … business, including without limitation in connection with modifying, improving, and enhancing artificial intelligence models" (Terms, Feb 2024). For customers buying through a reseller, the EULA allows aggregated, de-identified Customer Property to "train the artificial intelligence models developed by Jasper and its third party service providers".',
    },
    optOutHow:
      'unknown — neither the February 2024 Terms nor the May 2025 Privacy Policy describe a way to stop training; newer Terms were not available to read.',
    retention:
      'Personal data is kept "only for as long as is necessary" for the Privacy Policy’s purposes and to meet legal obligations; usage data is generally kept for a shorter time unless used for security or to improve the service. No fixed periods are given.',
    humanReview: 'unknown — no statement on people reviewing prompts or outputs was found.',
    storage:
      'Data is processed at Jasper’s operating offices and wherever processing parties are located, possibly outside your country (Privacy Policy). For reseller customers, the EULA says Customer Property may be hosted in the United States, the EEA or the UK.',
    business:
      'The Terms say the service does not need personal data and require a signed Data Processing Addendum before you submit any. Customers who buy through a reseller sign the EULA instead: training only on aggregated, de-identified data, EU-transfer safeguards, and an IP indemnity from Jasper that excludes the Output.',
    sources: [terms, eula, privacyPolicy],
  },
  pricing: {
    model: 'subscription',
    plans: [
      { name: 'Pro', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on an official page.' },
      {
        name: 'Business',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Platform fee plus credits for Grid outputs, agent runs and API use; price not read on an official page.',
      },
    ],
    freeTier:
      'No free plan was found. The Terms allow free trials that bill your payment method automatically when they end, with no reminder; subscriptions renew monthly and are not refunded.',
    read: CHECKED,
    sources: [terms, creditsPricing, teamMembers],
  },
  copyright: {
    ownership:
      'Jasper claims no ownership of your Input and Output ("The Customer Property remains yours"), but takes a royalty-free, perpetual, irrevocable, sub-licensable, worldwide licence to it, including your name, voice or likeness in it; Jasper owns all aggregated statistics.',
    commercialUse:
      'Access is licensed for your internal business operations; the Output is treated as yours. No separate restriction on commercial use of Output was found.',
    indemnity:
      'None for self-serve customers: you indemnify Jasper (Terms, Feb 2024). Reseller customers get an IP-infringement indemnity for the Services that excludes the Output (EULA).',
    sources: [terms, eula],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'Only workspace admins can add and remove team members; Business plans add users by purchased seats while Pro is limited to one seat (help centre). Business customers can sign a DPA before submitting personal data.',
    sources: [teamMembers, terms],
  },
  availability: {
    regions: 'unknown',
    minAge: 13,
    account:
      'A Customer Account is needed; use by anyone under 13 (under 16 in Europe) is prohibited. Access is licensed for business use by authorised users.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [terms, creditsPricing],
  },
  alternatives: ['chatgpt', 'claude', 'grammarly'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed the Terms (Feb 2024) AI-model licence behind training default on, the EULA training, hosting (US/EEA/UK), transfer and indemnity clauses, the Privacy Policy (May 2025) retention, processing-location, targeted-advertising, de-anonymisation and CCPA sale statements, the DPA requirement, no-refund, trial and auto-renewal terms, ownership, indemnity, age limits, and the help-centre credits and team-seat articles; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates text for marketing and business content from your prompts; you can also supply images, charts and other materials.',
      sources: [terms, creditsPricing],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Jasper builds on AI models from itself and third-party service providers; which models handle your content is not stated.',
      sources: [eula],
    },
    trainingData: {
      status: 'risk',
      note: 'Your inputs and outputs are licensed to Jasper for improving AI models, with no opt-out found in the Terms read.',
      sources: [terms],
    },
    outputQuality: {
      status: 'caution',
      note: 'Jasper does not warrant that content is accurate, reliable or correct; review generated copy before publishing.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Jasper takes no responsibility for errors, mistakes or inaccuracies of content; fact-check claims in generated text.',
      sources: [terms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Online service used in the browser; nothing runs locally.',
      sources: [terms],
    },
    apiAvailability: {
      status: 'good',
      note: 'API and MCP access exist and are billed on Jasper’s credit system.',
      sources: [creditsPricing],
    },
    pricingModel: {
      status: 'caution',
      note: 'Business subscriptions: a platform fee plus credits for advanced actions; monthly auto-renewal, no refunds, and trials that convert to paid without a reminder. Prices not read officially.',
      sources: [creditsPricing, terms],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Inputs and outputs may be used to improve AI models; the Privacy Policy also covers targeted advertising, visitor de-anonymisation and, under CCPA definitions, sale of identifiers and activity data.',
      sources: [terms, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership of inputs and outputs, but grant Jasper a perpetual, irrevocable licence to them, and self-serve customers get no indemnity.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Jasper says it cannot guarantee that unauthorised third parties will never defeat its security measures.',
      sources: [terms],
    },
  },
} satisfies ToolInput;
