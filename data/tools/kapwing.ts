// Kapwing — added 2026-12-01. Sources read on 2026-12-01: Kapwing's Privacy Policy (effective 3 Aug 2022; the stored copy's
// footer reads © 2024) and Terms of Service (last modified September 2024), both read WHOLE through ToS;DR's verbatim
// copies in tosdr/tosdr-versions ("Kapwing/…") and cited at kapwing.com with the copy in `via`; the help-centre "Security
// and Data Privacy" page (read in the search store's copy of its AMP edition, opening section only), the cancel-subscription
// and watermark-policy help articles and the Refund Policy page (search-store copies of kapwing.com pages).
// Hosts: the policies, help pages and sign-in link (https://www.kapwing.com/signin) all sit on www.kapwing.com; the apex
// kapwing.com (the maker's own domain) is claimed too. east.kapwing.com and kapwing-dev.com were seen in the store but
// are not claimed (not confirmed as places where people use the editor).
// Training parts (2026-12-01): default off with a written commitment (never: true) — the security page says "Kapwing does
// not train models on customer data"; the same page guarantees that subprocessors do not train only for Kapwing for
// Enterprise customers, and the Privacy Policy keeps Voice Cloning recordings "for research and development purposes",
// so scope, limits and the trainingData row say so (caution, not good).
// Prices: Kapwing's pricing page (kapwing.com/pricing) was not in the store; every plan price is 'unknown'. Plan names
// (free tier, Pro, Enterprise/Kapwing for Enterprise) come from the help centre, Refund Policy and security page.
// Not read: the data-subprocessors help article, any API/plugin documentation, the rest of the security page beyond its
// opening, and a Privacy Policy newer than the 2022 text (Kapwing's current texts may be newer than these copies).
// Second reading 2026-12-01: 24 claims confirmed, 0 made unknown (training default off / never / optOut unknown / scope,
// optOutHow, retention, humanReview, storage, business, Pro and Enterprise prices unknown, freemium model, free tier,
// refund and billing notes all found in the cited texts — ToS;DR copies of the Privacy Policy and Terms re-read whole, the
// security page's AMP opening, watermark, cancel and refund pages re-read in the search store). The training scope now
// also names the cloned-voice product-improvement use and the Privacy Policy's "improve the services … create new
// products" purpose; the summary says "data subprocessors" (the page's word) instead of "AI subprocessors".
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyPolicy = {
  url: 'https://www.kapwing.com/policies/privacy',
  title: 'Kapwing Privacy Policy (effective 3 Aug 2022)',
  kind: 'official',
  published: '2022-08-03',
  checked: CHECKED,
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/557e8166269bdc1979d00265e5b084f02cc58c98/Kapwing/Privacy%20Policy.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const terms = {
  url: 'https://www.kapwing.com/policies/terms-of-service',
  title: 'Kapwing Terms of Service (last modified September 2024)',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/tosdr/tosdr-versions/blob/4e1f59102de7b8d243c3f4a675ae41fdd49b1c8e/Kapwing/Terms%20of%20Service.md',
    title: 'ToS;DR verbatim copy (tosdr/tosdr-versions)',
  },
} as const;

const securityFaq = {
  url: 'https://www.kapwing.com/help/security-and-data-privacy-faq/',
  title: 'Kapwing Help — Security and Data Privacy Center (opening section)',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://www.kapwing.com/help/security-and-data-privacy-faq/amp/',
    title: 'AMP edition of the same help page, read in the search store’s copy',
  },
} as const;

const refundPolicy = {
  url: 'https://www.kapwing.com/policies/refund',
  title: 'Kapwing Refund Policy',
  kind: 'official',
  checked: CHECKED,
} as const;

const cancelHelp = {
  url: 'https://www.kapwing.com/help/cancel-subscription/',
  title: 'Kapwing Help — Cancel your Kapwing Pro subscription',
  kind: 'official',
  checked: CHECKED,
} as const;

const watermarkHelp = {
  url: 'https://www.kapwing.com/help/our-watermark-policy/',
  title: 'Kapwing Help — Our watermark policy',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'kapwing',
  name: 'Kapwing',
  vendor: 'Kapwing Inc.',
  category: 'video',
  homepage: 'https://www.kapwing.com/',
  officialDomains: ['kapwing.com'],
  match: [{ host: 'kapwing.com' }, { host: 'www.kapwing.com' }],
  summary:
    'Browser video editor with AI tools (generated image, audio and video layers, voice cloning, subtitles); Kapwing says it does not train models on customer data, but only Enterprise customers get a promise that its data subprocessors do not train either.',
  capabilities: [
    'Online video, audio and image editing in shared workspaces',
    'AI-generated image, audio and video layers ("created scenes"); the "imaginary scenes" feature is supplied by Mellis, Inc. (Pika)',
    'Voice Cloning from your own recording or uploaded file, processed by a third-party service',
    'AI tools such as subtitles, text to speech, dubbing/translation, B-roll and script generation, listed in the site menu',
  ],
  limits: [
    'The no-training promise is Kapwing’s own; only Kapwing for Enterprise customers are assured that subprocessors also do not use data for training',
    'Voice Cloning recordings are sent to a third party and also kept for Kapwing’s research and development; cloned voices may be used internally for quality assurance and support',
    'Content you post grants Kapwing a licence to publish it, show ads next to it and use it to promote Kapwing',
    'AI-created scenes may not depict real people without explicit consent; "imaginary scenes" also fall under Pika’s acceptable-use policy',
    'The service comes "as is" with no warranty, and paid plans are billed per workspace member and auto-renew; the Terms say billed amounts are not refunded',
    'Plan prices were not read on an official Kapwing page in this pass',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Kapwing’s own models — "Kapwing does not train models on customer data" (a line on the Security and Data Privacy help page; the Privacy Policy and Terms carry no training statement). Exceptions in the texts: the promise that data subprocessors also do not train is made only to Kapwing for Enterprise customers; Voice Cloning recordings are sent to a third-party service and "stored for research and development purposes, including the analysis, maintenance, and enhancement of our tools", and cloned voices "may be used internally by Kapwing for product improvement purposes"; the Privacy Policy also lists using personal information to "improve the services, including through research and reports, and test and create new products, features, and services".',
    },
    optOutHow:
      'Nothing to opt out of for Kapwing’s own models: Kapwing says it does not train models on customer data. No way to stop non-Enterprise subprocessors from training, or to keep voice recordings out of research and development, was found; avoiding Voice Cloning avoids the latter.',
    retention:
      'Deleted projects and workspaces disappear from view at once and are removed from Kapwing’s servers within 7 days (Privacy Policy); the security page summarises "Customer data deleted after 30 days". Deleting the account removes personal data immediately, per the Privacy Policy. Voice Cloning recordings are kept for research and development with no stated period.',
    humanReview:
      'unknown — no statement on staff reviewing projects was found; cloned voices "may be used internally by Kapwing for product improvement purposes such as quality assurance and technical support".',
    storage:
      'Google Cloud Platform in US regions (us-East1 and us-West1) for hosting and storage, MongoDB Atlas for the database; data is encrypted in transit and at rest. Users outside the US consent to processing in and out of the United States.',
    business:
      'Kapwing for Enterprise adds SAML SSO, a Data Processing Agreement and a guarantee that all data subprocessors also do not use data for training; some subprocessor customisation is possible only for high-value Enterprise contracts. Paid plans are billed per workspace member.',
    sources: [securityFaq, privacyPolicy, terms],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Monthly or annual billing; price not read on an official page.',
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Kapwing for Enterprise; price not read on an official page.',
      },
    ],
    freeTier:
      'Creating an account is free. Signed-in free users can export one project per month without a watermark (videos up to 30 minutes); later exports that month carry a watermark, and projects made without signing in always do. Cancelling Pro returns the workspace to the free tier.',
    read: CHECKED,
    sources: [watermarkHelp, cancelHelp, refundPolicy, terms],
  },
  copyright: {
    ownership:
      'You keep ownership of the content you create and post, but grant Kapwing a non-exclusive licence to publish, store, display, reformat and distribute it, to show advertising with it and to use it to promote Kapwing. Kapwing says it will never sell your content to third parties without your explicit permission.',
    commercialUse:
      'unknown — the Terms do not restrict commercial use of your own exports in the text read; AI-created scenes must not be deceptive or harmful and must not show real individuals without explicit consent, and you must hold the rights to what you upload.',
    indemnity: 'None offered: the Services come "as is" without warranty of non-infringement, and Kapwing disclaims liability for damages.',
    sources: [terms],
  },
  security: {
    promptInjection: 'unknown — not addressed in the texts read.',
    incidents: [],
    enterpriseControls:
      'SAML SSO for Enterprise customers only; two-factor authentication can be enforced through an identity provider or Google Workspace for all customers; Data Processing Agreement available for Enterprise; published subprocessor list; account and project deletion for all customers.',
    sources: [securityFaq],
  },
  availability: {
    regions:
      'Kapwing says it provides the service to users from the United States; people elsewhere can use it, but US data-protection law applies and their data may be subject to US access requests. Pricing and plan availability may vary by location.',
    minAge: 13,
    account:
      'Editing works without an account (exports then carry a watermark); a free account saves projects. Children under 13 may not create an account or use the site unless a parent explicitly permits it.',
    platforms: ['web'],
    status: 'generally available',
    sources: [privacyPolicy, terms, watermarkHelp],
  },
  alternatives: ['descript', 'runway', 'heygen'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read the Privacy Policy and Terms (ToS;DR copies, whole), the Security and Data Privacy page (AMP copy, opening with the "Kapwing does not train models on customer data" line), and the watermark, cancel-subscription and refund pages; every privacy and price claim confirmed (training off with a written no-training line, optOut unknown, 7-day/30-day deletion, US storage on Google Cloud and MongoDB Atlas, Enterprise-only SSO/DPA/subprocessor promise, prices unknown, free-tier watermark rules). Training scope widened to list every exception the texts make (Enterprise-only subprocessor promise, voice recordings kept for R&D, cloned voices used for product improvement, the Privacy Policy\'s research and new-product purposes); nothing made unknown.',
      fields: ['training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Edits video, audio and images in the browser and adds AI-generated image, audio and video layers, cloned voices and subtitles.',
      sources: [terms, privacyPolicy],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'The AI models are not named, apart from the "imaginary scenes" feature supplied by Mellis, Inc. (Pika); voice cloning runs at an unnamed third-party service.',
      sources: [terms, privacyPolicy],
    },
    trainingData: {
      status: 'caution',
      note: 'Kapwing says it does not train models on customer data, but the promise that subprocessors do not train is made only to Enterprise customers, and voice-cloning recordings are kept for research and development.',
      sources: [securityFaq, privacyPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'The service is provided "as is" with no warranty of any kind; you carry the risk of what you publish.',
      sources: [terms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no Kapwing text on errors in AI-generated scripts, subtitles or translations was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser; media is processed and stored on Google Cloud servers in the US.',
      sources: [securityFaq],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — no Kapwing API or plugin documentation was read.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier with watermarks after one clean export a month; Pro and Enterprise plans auto-renew and are charged per workspace member. The Terms say billed amounts are not refunded, while one stored version of the Refund Policy offers a prorated refund of an annual plan cancelled within 30 days. Prices were not read on an official page.',
      sources: [watermarkHelp, terms, refundPolicy],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'No training by Kapwing and deletion within days, but data is held in the US, advertising partners may collect device and usage data (a "sale" under CCPA that Californians can opt out of), and voice recordings are kept for research.',
      sources: [privacyPolicy, securityFaq],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You keep ownership, but Kapwing may publish your posted content, show ads with it and use it for promotion; AI scenes of real people need their consent.',
      sources: [terms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Encryption in transit and at rest and optional enforced 2FA, but SSO only for Enterprise and Kapwing says it cannot guarantee absolute security.',
      sources: [securityFaq, privacyPolicy],
    },
  },
} satisfies ToolInput;
