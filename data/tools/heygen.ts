// HeyGen — added 2026-12-01. Everything was read on 2026-12-01 from stored copies of HeyGen's own pages: the Privacy
// Policy (effective 20 Nov 2023), the Biometric Information Privacy Notice, the Terms of Service (effective 24 Oct 2024),
// the Acceptable Use and Moderation Policy (effective 25 Jul 2024), the ethics/safety page, the GDPR commitment page,
// help-centre articles on help.heygen.com and the API limits page on docs.heygen.com. No copies via third parties.
// Training: the only maker text found on training is the Biometric Notice (effective 20 Jun 2024 text), which says
// avatar videos and face-geometry data are used to train the AI models behind the service. A version marked "Last
// Updated 5 May 2026" was seen only in its opening sections (it now says HeyGen asks for consent before collecting
// biometric data); whether its training sentence changed was not read. Consumer plan prices (Creator, Team) were not
// read on a HeyGen page (only a third-party pricing tracker had them), so they are 'unknown'; API plan prices come from
// docs.heygen.com and may be out of date. Hosts: heygen.com, www.heygen.com and app.heygen.com (named as the Site in the
// Privacy Policy).
// Second reading 2026-12-01: 10 claims confirmed, 3 made unknown (API Pro $99 and API Scale $330 — HeyGen's newer
// API-plans help article says API use is now pay-as-you-go; the API's 10 free credits a month), 1 filled (Creator $29
// a month for 600 credits, from HeyGen's credit-based plans help article). Biometric-notice training sentence,
// privacy-policy enterprise carve-out, human+AI moderation, MSA and credit rules confirmed.
import type { ToolInput } from '../schema.ts';

const privacyPolicy = {
  url: 'https://www.heygen.com/policy',
  title: 'HeyGen Privacy Policy (effective 20 November 2023)',
  kind: 'official',
  published: '2023-11-20',
  checked: '2026-12-01',
} as const;

const biometricNotice = {
  url: 'https://www.heygen.com/biometric-privacy-notice',
  title: 'HeyGen Biometric Information Privacy Notice (text effective 20 June 2024; a 5 May 2026 update was seen only in part)',
  kind: 'official',
  published: '2024-06-20',
  checked: '2026-12-01',
} as const;

const terms = {
  url: 'https://www.heygen.com/terms',
  title: 'HeyGen Terms of Service (effective 24 October 2024)',
  kind: 'official',
  published: '2024-10-24',
  checked: '2026-12-01',
} as const;

const moderationPolicy = {
  url: 'https://www.heygen.com/moderation-policy',
  title: 'HeyGen Acceptable Use and Moderation Policy (effective 25 July 2024)',
  kind: 'official',
  published: '2024-07-25',
  checked: '2026-12-01',
} as const;

const ethicsPage = {
  url: 'https://www.heygen.com/ethics',
  title: 'HeyGen: Safety and ethics statement (ethics statement effective 13 November 2023)',
  kind: 'official',
  published: '2023-11-13',
  checked: '2026-12-01',
} as const;

const gdprPage = {
  url: 'https://www.heygen.com/gdpr-commitment',
  title: 'HeyGen’s GDPR Commitment (effective 25 January 2024)',
  kind: 'official',
  published: '2024-01-25',
  checked: '2026-12-01',
} as const;

const subscriptionsHelp = {
  url: 'https://help.heygen.com/en/articles/9204682-subscriptions-explained-what-you-need-to-know',
  title: 'HeyGen Help: Subscriptions Explained — What You Need to Know',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const enterpriseFaq = {
  url: 'https://help.heygen.com/en/articles/9183007-enterprise-plans-frequently-asked-questions',
  title: 'HeyGen Help: Enterprise Plans — Frequently Asked Questions',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const apiPlansHelp = {
  url: 'https://help.heygen.com/en/articles/10060327-new-heygen-api-plans',
  title: 'HeyGen Help: New HeyGen API plans',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const creditPlansHelp = {
  url: 'https://help.heygen.com/en/articles/15125761-heygen-credit-based-pricing-plans-explained',
  title: 'HeyGen Help: HeyGen Credit-Based Pricing Plans Explained',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const apiLimits = {
  url: 'https://docs.heygen.com/reference/limits',
  title: 'HeyGen API docs: Limits (API plan tiers and credit costs)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'heygen',
  name: 'HeyGen',
  vendor: 'HeyGen Technology, Inc.',
  category: 'video',
  homepage: 'https://www.heygen.com/',
  officialDomains: ['heygen.com'],
  match: [{ host: 'heygen.com' }, { host: 'www.heygen.com' }, { host: 'app.heygen.com' }],
  summary:
    'AI avatar video platform (talking avatars, custom avatars of yourself, video translation) paid in monthly credits; HeyGen says it uses the footage you upload for an avatar, including face-geometry data, to train its AI models.',
  capabilities: [
    'Text-to-video with stock, photo or custom (cloned) avatars',
    'Video translation with lip-sync',
    'Credits: one credit is one minute of generated or translated video',
    'Separate API plans for video, avatar and interactive-avatar use',
  ],
  limits: [
    'Custom-avatar footage and face-geometry data are used to train HeyGen’s AI models (per its Biometric Notice); no opt-out was found',
    'You must be 18 or older',
    'Creating an avatar of someone else needs that person’s explicit consent',
    'Monthly-plan credits expire after 30 days',
    'Only the Creator price ($29 a month) was confirmed on a HeyGen page; Team and API prices are unknown',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'unknown',
      never: false,
      scope:
        'Custom-avatar videos and biometric data: used "to provide and improve our products and services (including to train the AI models that power our services)"; use of other inputs (scripts, uploads) for training is not stated in the texts read',
    },
    optOutHow:
      'unknown — the Biometric Notice text read describes no opt-out; its May 2026 update says HeyGen asks for consent before collecting biometric data, so declining that consent (not creating a custom avatar) is the only route found.',
    retention:
      'unknown — the Biometric Notice says it sets out a retention schedule and destruction guidelines for biometric data, but the schedule itself was not in the parts read.',
    humanReview:
      'Yes for moderation: HeyGen says it uses “a mix of human and AI oversight” for harmful content; Enterprise plans get “priority content moderation”. Human review for training was not described.',
    storage: 'unknown',
    business:
      'The Privacy Policy does not cover data HeyGen processes for enterprise or business customers, which is governed by customer contracts; Enterprise purchases are made under HeyGen’s Master Service Agreement.',
    sources: [biometricNotice, privacyPolicy, ethicsPage, enterpriseFaq, gdprPage],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Named as a tier in HeyGen’s help centre; its allowance was not read.',
      },
      {
        name: 'Creator',
        price: 29,
        currency: 'USD',
        period: 'month',
        note: '600 credits a month on HeyGen’s newer credit-based plans (help centre, read 2026-12-01).',
      },
      { name: 'Team', price: 'unknown', currency: 'USD', period: 'month', note: 'Price not read on a HeyGen page.' },
      {
        name: 'Enterprise',
        price: 'custom',
        currency: 'USD',
        period: 'year',
        note: 'Credits bought per product category; sold under HeyGen’s MSA.',
      },
      {
        name: 'API Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — the undated API limits page lists $99 a month for 100 API credits, but the newer copy of HeyGen’s API-plans help article says API plans are now pay-as-you-go.',
      },
      {
        name: 'API Scale',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — the API limits page lists $330 a month for 660 API credits (video translation via API needed Scale or Enterprise); superseded by pay-as-you-go per the newer help article.',
      },
    ],
    freeTier:
      'A Free tier exists (named in the help centre; the newer credit-based plans give free users 1–3 free videos depending on region). Whether the API still gives 10 free API credits a month is unknown now that API use is pay-as-you-go. The older subscriptions article says monthly plans’ credits expire after 30 days and annual plans save 20%.',
    read: '2026-12-01',
    sources: [subscriptionsHelp, creditPlansHelp, apiPlansHelp, apiLimits, enterpriseFaq],
  },
  copyright: {
    ownership:
      'HeyGen’s Moderation Policy says that as between you and HeyGen you own the photo or custom avatars you create; ownership of finished videos was not in the texts read.',
    commercialUse:
      'unknown — the commercial-use terms were not in the parts of the Terms read. You must hold the depicted person’s explicit consent for custom avatars and their use.',
    indemnity: 'unknown',
    sources: [moderationPolicy, ethicsPage],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls:
      'HeyGen says it is SOC 2 compliant and a C2PA member; Enterprise adds multi-user collaboration, “enterprise-grade security features” and priority moderation.',
    sources: [ethicsPage, enterpriseFaq],
  },
  availability: {
    regions: 'unknown',
    minAge: 18,
    account: 'Account required; the Terms require users to be 18 or older and able to enter a binding contract.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [terms, privacyPolicy, apiPlansHelp],
  },
  alternatives: ['runway', 'sora', 'elevenlabs', 'pika'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        "Second reading: training on custom-avatar footage and face geometry (Biometric Notice, 2024 text), human+AI moderation, the enterprise carve-out and MSA, 1 credit = 1 minute and the 30-day/20% subscription rules confirmed. The API Pro ($99) and Scale ($330) prices and the 10 free API credits are now unknown because the newer copy of HeyGen's API-plans help article says API use is pay-as-you-go; Creator set to $29 for 600 credits from HeyGen's credit-based plans article.",
      fields: ['pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Avatar videos and translated videos, metered in credits of one minute each.',
      sources: [enterpriseFaq, subscriptionsHelp],
    },
    modelArchitecture: { status: 'unknown', note: 'unknown — no model documentation was read.', sources: [] },
    trainingData: {
      status: 'caution',
      note: 'HeyGen’s Biometric Notice says the videos you upload for an avatar, and face-geometry data from them, are used to train its AI models. What else trains the models was not disclosed in the texts read.',
      sources: [biometricNotice],
    },
    outputQuality: { status: 'unknown', note: 'unknown — no quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'unknown — no bias documentation was read.', sources: [] },
    hallucinationRisk: { status: 'unknown', note: 'unknown — no accuracy documentation (e.g. for translation) was read.', sources: [] },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in HeyGen’s cloud from the browser; usage is limited by credits rather than your hardware.',
      sources: [enterpriseFaq],
    },
    apiAvailability: {
      status: 'good',
      note: 'Separate API subscriptions (free trial, Pro, Scale, Enterprise) for video generation, translation and interactive avatars; the prices on the API limits page may be out of date.',
      sources: [apiPlansHelp, apiLimits],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based tiers (Creator $29 a month for 600 credits per HeyGen’s help centre); the older subscriptions article says monthly credits expire after 30 days and annual billing saves 20%. API use is billed separately, now pay-as-you-go.',
      sources: [subscriptionsHelp, creditPlansHelp, apiPlansHelp],
    },
    dataPrivacyPolicy: {
      status: 'risk',
      note: 'Uploading avatar footage hands HeyGen biometric data (face geometry) that it says it uses to train its models, with no opt-out found; its GDPR page separately lists service improvement among its own uses of user data.',
      sources: [biometricNotice, gdprPage, privacyPolicy],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'You own the avatars you create, but you need the explicit consent of anyone you depict; rules on commercial use of finished videos were not read.',
      sources: [moderationPolicy, ethicsPage],
    },
    securityVulnerabilities: {
      status: 'good',
      note: 'HeyGen states SOC 2 compliance and C2PA membership; no security incidents were found in this pass.',
      sources: [ethicsPage, enterpriseFaq],
    },
  },
} satisfies ToolInput;
