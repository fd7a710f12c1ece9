// Adobe Firefly — official sources: Adobe's Firefly creator commitments, Generative AI User Guidelines,
// HelpX pages on generative credits and content analysis, Experience League (Firefly Services) and Adobe's
// 2024-06-10 blog post on its Terms of Use. Review 2026-11-28: plan prices and an Adobe page on the enterprise IP
// indemnity were still not found in the stored corpus, so no plans are listed and the indemnity rests on press
// reporting (Fast Company, replacing WinBuzzer). Host: firefly.adobe.com (unchanged).
import type { ToolInput } from '../schema.ts';

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
  checked: '2026-11-28',
} as const;

const genCredits = {
  url: 'https://helpx.adobe.com/mena_en/creative-cloud/apps/generative-ai/generative-credits-access-and-use.html',
  title: 'Adobe HelpX: Generative credits access and use',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const contentAnalysisFaq = {
  url: 'https://helpx.adobe.com/nz/manage-account/using/machine-learning-faq.html',
  title: 'Adobe HelpX: Content analysis / machine learning FAQ',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const doNotTrain = {
  url: 'https://helpx.adobe.com/creative-cloud/help/cai/generative-ai-training-preferences.html',
  title: 'Adobe HelpX: Generative AI training preferences in Content Credentials',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const fireflyServices = {
  url: 'https://experienceleague.adobe.com/it/docs/platform-learn/tutorial-one-adobe/production/crpr1/ex1',
  title: 'Adobe Experience League: Getting started with Firefly Services (APIs)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const termsBlog = {
  url: 'https://blog.adobe.com/en/publish/2024/06/10/updating-adobes-terms-of-use',
  title: 'Adobe Blog: Updating Adobe’s Terms of Use',
  kind: 'official',
  published: '2024-06-10',
  checked: '2026-11-28',
} as const;

const moderationNews = {
  url: 'https://readwrite.com/adobe-updates-terms-clarifies-content-access-user-concerns/',
  title: 'ReadWrite: Adobe updates terms and clarifies content access amid user concerns',
  kind: 'third-party',
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
    training: { default: 'off', optOut: 'unknown', never: true, scope: 'unknown' },
    optOutHow:
      'Adobe states it has never trained generative AI on customer content and made that a commitment in its Terms of Use (June 2024). Separately, personal accounts have "content analysis" (non-generative ML product improvement on cloud-stored content) switched on by default and can turn it off in Adobe account privacy settings; Content Credentials can carry a do-not-train preference.',
    retention: 'unknown',
    humanReview:
      'Per press reports of the 2024 terms update, Adobe may access your content by automated and manual methods, such as for content review, and said it had added more human moderation to its content-review processes. Prompts are not singled out in the sources read.',
    storage: 'unknown; content analysis applies only to content processed or stored on Adobe servers, not local files.',
    business:
      'Enterprise customers were offered IP indemnity for Firefly outputs (2023 press reporting); other business data terms were not read.',
    sources: [commitments, termsBlog, contentAnalysisFaq, doNotTrain, moderationNews, indemnityNews],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'Free users get a limited number of complimentary generations, including some premium-feature tries; paid Firefly, Credits and Creative Cloud Pro plans add monthly credits and unlimited standard generations. Plan prices were not read on an official page.',
    read: '2026-11-28',
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
      change: 'Review: ownership and no-training commitment sourced to Adobe’s 2024 Terms of Use blog post; ConductAtlas and WinBuzzer replaced by ReadWrite and Fast Company.',
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
      note: 'Adobe commits not to train generative AI on customer content, but account-wide content analysis is on by default for personal accounts and Adobe may review content manually in limited cases; turn content analysis off if needed.',
      sources: [commitments, termsBlog, contentAnalysisFaq, moderationNews],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Licensed training data, user ownership and (per press reports) enterprise IP indemnity lower risk; outputs may not be used to train other AI, and partner-model outputs may differ.',
      sources: [commitments, termsBlog, genAiGuidelines, indemnityNews],
    },
    securityVulnerabilities: { status: 'unknown', note: 'No Firefly-specific security incidents or documentation were found.', sources: [] },
  },
} satisfies ToolInput;
