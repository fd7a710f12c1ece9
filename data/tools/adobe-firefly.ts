// Adobe Firefly — official sources: Adobe's Firefly creator commitments, Generative AI User Guidelines,
// HelpX pages on generative credits and machine learning/content analysis, Experience League (Firefly Services) and
// Adobe's 2024-06-10 blog post on its Terms of Use. Re-read 2026-12-01: the Terms-of-Use blog post, the HelpX machine
// learning FAQ and the HelpX generative-AI training-preferences page (all on adobe.com, read directly). Plan prices and
// an Adobe page on the enterprise IP indemnity were still not found, so no plans are listed and the indemnity rests on
// press reporting (Fast Company). Host: firefly.adobe.com (unchanged).
// Review findings resolved 2026-12-01:
// - Finding 1: `never` is now scoped to generative AI, in Adobe's words ("We don't train generative AI on customer
//   content", added to the Terms as "a legal obligation"). The same sources say Adobe's separate, non-generative machine
//   learning ("content analysis"/product improvement) runs on your files unless you turn it off in your Adobe account,
//   so `scope` names both, `optOut` is 'setting' (the switch for that content analysis) and the notes say both.
// - Claims that rested on ReadWrite (manual content review) and on the content-analysis FAQ's "servers only" wording were
//   not re-read on an Adobe page and are now unknown.
// Second reading 2026-12-01: 9 claims confirmed, 0 made unknown (never/default off scoped to generative AI, optOut
// setting for content analysis, optOutHow, retention/humanReview/storage/business unknown, free tier) — Terms-of-Use
// blog, ML FAQ (read in its Italian edition), Content Credentials preference page and the two HelpX credit pages
// re-read on adobe.com.
import type { ToolInput } from '../schema.ts';
import { contentAnalysisFaq, termsBlog } from '../sources/adobe.ts';

const commitments = {
  url: 'https://adobe.com/cc-shared/fragments/ai-hub/overview/firefly/commitments-to-creators',
  title: 'Adobe: Firefly — our commitments to creators',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const genAiGuidelines = {
  url: 'https://www.adobe.com/in_hi/legal/licenses-terms/adobe-gen-ai-user-guidelines.html',
  title: 'Adobe Generative AI User Guidelines',
  kind: 'official',
  published: '2024-05-10',
  checked: '2026-11-28',
} as const;

const genAiFeatures = {
  url: 'https://helpx.adobe.com/mena_en/creative-cloud/apps/generative-ai/creative-cloud-generative-ai-features.html',
  title: 'Adobe HelpX: Generative AI features in Creative Cloud (standard vs premium)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const genCredits = {
  url: 'https://helpx.adobe.com/mena_en/creative-cloud/apps/generative-ai/generative-credits-access-and-use.html',
  title: 'Adobe HelpX: Generative credits access and use',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const doNotTrain = {
  url: 'https://helpx.adobe.com/creative-cloud/help/cai/generative-ai-training-preferences.html',
  title: 'Adobe HelpX: Generative AI training preferences in Content Credentials',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const fireflyServices = {
  url: 'https://experienceleague.adobe.com/it/docs/platform-learn/tutorial-one-adobe/production/crpr1/ex1',
  title: 'Adobe Experience League: Getting started with Firefly Services (APIs)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const indemnityNews = {
  url: 'https://www.fastcompany.com/90906560/adobe-feels-so-confident-its-firefly-generative-ai-wont-breach-copyright-itll-cover-your-legal-bills',
  title: 'Fast Company: Adobe will cover enterprise customers’ legal bills over Firefly images',
  kind: 'third-party',
  published: '2023-06-08',
  checked: '2026-11-28',
} as const;

export default {
  id: 'adobe-firefly',
  name: 'Adobe Firefly',
  vendor: 'Adobe',
  category: 'image',
  homepage: 'https://firefly.adobe.com/',
  officialDomains: ['adobe.com'],
  match: [{ host: 'firefly.adobe.com' }],
  summary:
    'Adobe’s generative AI app and model family for images, vectors, video and audio, built into Creative Cloud and trained (per Adobe) only on licensed and public-domain content.',
  capabilities: [
    'Text-to-image and generative editing (e.g. Generative Fill in Photoshop)',
    'Vector, video and audio generation',
    'Partner models (e.g. Google, OpenAI, ElevenLabs) as premium features',
    'Firefly Services APIs for automated production',
  ],
  limits: [
    'Monthly generative credits; premium features (video, partner models) cost more credits',
    'Outputs may not be used to train other AI/ML models',
    'Content rules forbid explicit, hateful, violent and rights-infringing material',
    'Partner models are third-party models under separate terms',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'setting',
      never: true,
      scope:
        'generative AI models only — Adobe says it does not train generative AI on customer content; its separate, non-generative machine learning (content analysis for product improvement) uses your files unless you turn it off in your Adobe account',
    },
    optOutHow:
      'Nothing to do for generative-AI training (Adobe commits not to train it on customer content). To stop the separate machine-learning content analysis, turn off machine learning/content analysis on your Adobe Account Management (privacy) page; Content Credentials can also carry a do-not-train preference for other AI models.',
    retention: 'unknown',
    humanReview: 'unknown — not described in the Adobe pages re-read on 2026-12-01.',
    storage: 'unknown',
    business: 'unknown — business and enterprise data terms were not read (enterprise IP indemnity is covered under copyright).',
    sources: [termsBlog, contentAnalysisFaq, doNotTrain, commitments],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'Free users get a limited number of complimentary generations, including some premium-feature tries; paid Firefly, Credits and Creative Cloud Pro plans add monthly credits and unlimited standard generations. Plan prices were not read on an official page.',
    read: '2026-12-01',
    sources: [genAiFeatures, genCredits],
  },
  copyright: {
    ownership:
      'Adobe says you own your content and that the licence it takes to run its services does not override your ownership; the exact wording for Firefly outputs in the current General Terms was not read.',
    commercialUse:
      'Adobe positions Firefly as designed for commercial use because it is trained on licensed and public-domain content, but outputs may not be used to train other AI models.',
    indemnity:
      'Press reporting from June 2023 quotes Adobe offering enterprise customers full IP indemnification for Firefly-generated content; no Adobe page stating the current terms was read, and coverage for individual plans and partner-model outputs is unknown.',
    sources: [termsBlog, commitments, genAiGuidelines, indemnityNews],
  },
  security: {
    promptInjection: 'unknown',
    incidents: [],
    enterpriseControls: 'unknown from pages read; Firefly Services APIs target enterprise content-production pipelines.',
    sources: [fireflyServices],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Adobe ID (free or paid); also available inside Creative Cloud apps such as Photoshop and Illustrator.',
    platforms: ['web', 'desktop', 'api'],
    status: 'generally available',
    sources: [genCredits, fireflyServices],
  },
  alternatives: ['midjourney', 'ideogram', 'leonardo-ai', 'stability-ai', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: ownership and no-training commitment sourced to Adobe’s 2024 Terms of Use blog post; ConductAtlas and WinBuzzer replaced by ReadWrite and Fast Company.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-read Adobe’s Terms-of-Use blog post and HelpX machine-learning and training-preference pages. The no-training commitment is now scoped to generative AI (scope filled); opt-out set to the account setting that stops the separate machine-learning content analysis, which uses your files unless switched off. Human review (ReadWrite), storage and business claims not found on Adobe pages are now unknown; ReadWrite dropped.',
      fields: ['training', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: confirmed on Adobe's own pages that Adobe commits in its Terms not to train generative AI on customer content (never: true, scoped to generative AI), that non-generative content analysis can be switched off in the account, the Content Credentials do-not-train preference and the free tier's complimentary premium generations; nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates and edits images, vectors, video and audio across the Firefly app and Creative Cloud.',
      sources: [genCredits],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Mixes Adobe’s own proprietary Firefly models with partner models from Google, OpenAI and others; check which model produced an asset.',
      sources: [genAiFeatures],
    },
    trainingData: {
      status: 'good',
      note: 'Adobe says Firefly is trained only on licensed content such as Adobe Stock (contributors paid) and expired-copyright public-domain works, with no web scraping.',
      sources: [commitments],
    },
    outputQuality: { status: 'unknown', note: 'No independent quality evaluation was read.', sources: [] },
    biasMitigation: { status: 'unknown', note: 'No bias evaluation details were read.', sources: [] },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Media generator rather than a factual-answer tool; no accuracy evaluation was read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Adobe’s cloud; usage is metered in generative credits rather than local hardware.',
      sources: [genCredits],
    },
    apiAvailability: {
      status: 'caution',
      note: 'Firefly Services APIs exist but are presented as enterprise tooling; self-serve API pricing was not read.',
      sources: [fireflyServices],
    },
    pricingModel: {
      status: 'caution',
      note: 'Credit-based with standard vs premium features costing different amounts; plan prices not confirmed from an official page.',
      sources: [genAiFeatures, genCredits],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Adobe commits in its Terms not to train generative AI on customer content, but its non-generative machine-learning content analysis uses your files unless you turn it off in your Adobe account; turn it off if that matters to you.',
      sources: [termsBlog, contentAnalysisFaq],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Licensed training data, user ownership and (per press reports) enterprise IP indemnity lower risk; outputs may not be used to train other AI, and partner-model outputs may differ.',
      sources: [commitments, termsBlog, genAiGuidelines, indemnityNews],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No Firefly-specific security incidents or documentation were found.',
      sources: [],
    },
  },
} satisfies ToolInput;
