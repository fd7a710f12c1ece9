// Sora — DISCONTINUED. Review 2026-12-01 re-checked the status on OpenAI's own pages: the sora-2 model page
// (developers.openai.com, German localisation in the store) marks the model "Abgeschaltet" (shut down) and says the
// Sora 2 models and the Videos API were shut down on 2026-09-24 with no direct replacement API. The web/mobile app
// closure on 2026-04-26 is still only reported by press citing OpenAI's help article "What to know about the Sora
// discontinuation" (help.openai.com/en/articles/20001152-…): that article's text was not in any corpus searched, so
// the app date stays "as reported" and the article is not cited as a source.
// Review findings resolved: training parts now come from OpenAI's own "How your data is used to improve model
// performance" (2025-04-28, read through Open Terms Archive's copy), which names Sora among the services for
// individuals whose content "we may use … to train our models" and says Sora had its own training setting in Sora
// Settings (the privacy-portal opt-out also applied) → default on, optOut setting, never false. The TechWiser settings
// guide that the training claim used to rest on was removed. OpenAI's Service Terms (2026-09-29) were read for the
// licence on publicly shared Sora content. Press sources remain only for the app closure, deletion after the export
// deadlines and the Sora 2 rights-holder controversy, and are labelled third-party.
// Second reading 2026-12-01: 10 claims confirmed, 0 made unknown (training default on / setting / never false / scope,
// Sora-settings and privacy-portal opt-out, business no-training default for the API, sora-2 $0.10/s and sora-2-pro
// $0.30/s historical prices, no free tier, retention kept unknown; the Service Terms licence is copyright, not re-checked).
// Hosts kept (sora.chatgpt.com, sora.com) so visitors still see that the product is gone.
import type { ToolInput } from '../schema.ts';
import { modelImprovement, serviceTerms } from '../sources/openai.ts';

const sora2ModelPage = {
  url: 'https://developers.openai.com/de-DE/api/docs/models/sora-2',
  title: 'OpenAI API docs — sora-2 model page (German localisation; marked shut down)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const shutdownReport = {
  url: 'https://tpsreport.news/news/openai-sora-shutdown-april-2026-api-september',
  title: "TPS Report — OpenAI shuts down Sora app April 2026, API follows September 2026 (citing OpenAI's help page)",
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const rightsHolderOptOut = {
  url: 'https://www.thenews.com.pk/latest/1347704-openai-launches-sora-2-its-most-powerful-ai-video-generator-yet',
  title: 'The News — OpenAI launches Sora 2, its most powerful AI video generator yet',
  kind: 'third-party',
  published: '2025-10-01',
  checked: '2026-11-28',
} as const;

export default {
  id: 'sora',
  name: 'Sora',
  vendor: 'OpenAI',
  category: 'video',
  homepage: 'https://sora.com/',
  officialDomains: ['openai.com', 'sora.com', 'chatgpt.com'],
  match: [{ host: 'sora.chatgpt.com' }, { host: 'sora.com' }],
  summary:
    "OpenAI's text-to-video generator and social app — discontinued: the Sora 2 models and Videos API were shut down on 24 September 2026 with no direct replacement, and the app/web closed on 26 April 2026 (as reported).",
  capabilities: [
    'Historical: short text- or image-to-video clips with synchronised audio (Sora 2)',
    'Historical: API models sora-2 and sora-2-pro on the Videos API',
  ],
  limits: [
    'No longer available: API shut down 24 Sep 2026 (per OpenAI); app/web closed 26 Apr 2026 (reported)',
    'User data was reported to be permanently deleted after the export deadlines',
    'OpenAI lists no replacement; any site still selling "Sora 2 API" access is not backed by OpenAI',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'training OpenAI\'s models on your content ("we may use your content to train our models"); historical — the service is closed',
    },
    optOutHow:
      'Historical: Sora had its own training control in the Sora Settings menu (ChatGPT\'s setting did not carry over), and the "do not train on my content" opt-out in OpenAI\'s privacy portal also applied to Sora. Nothing can be changed now that Sora is closed.',
    retention:
      "unknown — press reports (citing OpenAI's help article on the discontinuation) say user data was to be permanently deleted after the export deadlines; OpenAI's own article could not be read.",
    humanReview: 'unknown',
    storage: 'unknown',
    business:
      "API use fell under OpenAI's business data terms (by default no training on API inputs or outputs; see openai-platform) until the Videos API was shut down on 24 Sep 2026.",
    sources: [modelImprovement, sora2ModelPage, shutdownReport],
  },
  pricing: {
    model: 'unknown',
    plans: [
      {
        name: 'sora-2 API (historical)',
        price: 0.1,
        currency: 'USD',
        period: 'usage',
        note: 'Per second of 720p video; model shut down 24 Sep 2026.',
      },
      {
        name: 'sora-2-pro API (historical)',
        price: 0.3,
        currency: 'USD',
        period: 'usage',
        note: 'Per second of 720p video; model shut down 24 Sep 2026.',
      },
    ],
    freeTier: 'None — the product is discontinued.',
    read: '2026-12-01',
    sources: [sora2ModelPage],
  },
  copyright: {
    ownership:
      "unknown — Sora-specific output terms were not read. OpenAI's Service Terms say that by sharing an image or video publicly, e.g. to the Sora feed or as a Sora cameo, you give OpenAI the right to reproduce, distribute, modify, display and perform it to operate and promote its services, and other users a limited right to remix it on the services.",
    commercialUse: 'unknown',
    indemnity: 'None known for consumer Sora use.',
    sources: [serviceTerms, rightsHolderOptOut],
  },
  security: {
    promptInjection: 'Not applicable: the service and its API are shut down.',
    incidents: [],
    enterpriseControls: 'None — consumer product, now discontinued.',
    sources: [sora2ModelPage],
  },
  availability: {
    regions: 'Discontinued worldwide (API shut down 24 Sep 2026 per OpenAI; app/web closed 26 Apr 2026 as reported).',
    minAge: 'unknown',
    account: 'Used an OpenAI account.',
    platforms: ['web', 'mobile', 'api'],
    status: 'discontinued',
    sources: [sora2ModelPage, shutdownReport],
  },
  alternatives: ['runway', 'luma-dream-machine', 'pika', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-04-26', change: "Sora web and mobile app discontinued (per press reports of OpenAI's help-centre notice)." },
    { date: '2026-09-24', change: 'Sora 2 models and the Videos API shut down; OpenAI lists no direct replacement API.' },
    {
      date: '2026-11-28',
      change:
        'Review: availability status set to discontinued; news-aggregator sources removed (cameo, moderation and provenance details dropped); app closure date marked as reported.',
    },
    {
      date: '2026-12-01',
      change:
        "Training parts now from OpenAI's model-improvement page (Sora named; on by default, own setting in Sora Settings, privacy-portal opt-out) instead of a third-party guide; shutdown of the Sora 2 models and Videos API re-confirmed on OpenAI's model page (app closure still only reported); deletion after shutdown made unknown (only press); Service Terms licence on shared Sora content added.",
      fields: ['training', 'retention', 'availability', 'sources', 'ownership'],
    },
    {
      date: '2026-12-01',
      change:
        "Second reading: training parts and opt-out route confirmed in the OTA copy of OpenAI's model-improvement page (Sora named; own Sora Settings control; privacy portal applies); the sora-2 model page copy confirmed the 24 Sep 2026 shutdown and the $0.10 / $0.30 per-second prices; business (API) no-training default confirmed. Nothing made unknown.",
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'caution',
      note: 'Short AI video with synchronised audio — but the service no longer exists, so nothing can be generated.',
      sources: [sora2ModelPage],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Architecture was not read from OpenAI sources.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'OpenAI said it may use content from Sora to train its models unless the user opted out; training sources for the Sora model itself were not read.',
      sources: [modelImprovement],
    },
    outputQuality: {
      status: 'unknown',
      note: 'No evaluation was read; the product is discontinued.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'Not read for this entry.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'Moot now that nothing can be generated; any surviving Sora clip may show events that never happened, so never treat one as evidence.',
      sources: [],
    },
    computationalNeeds: {
      status: 'unknown',
      note: 'Was cloud-hosted; moot now that the service is closed.',
      sources: [],
    },
    apiAvailability: {
      status: 'risk',
      note: 'The Videos API and sora-2/sora-2-pro were shut down on 24 Sep 2026 with no one-to-one replacement; code calling /v1/videos with these models fails.',
      sources: [sora2ModelPage],
    },
    pricingModel: {
      status: 'unknown',
      note: 'No current offer. The API used to charge per second of video ($0.10 for sora-2, $0.30 for sora-2-pro at 720p).',
      sources: [sora2ModelPage],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'OpenAI said it may use Sora content for model training unless the user opted out in Sora Settings or the privacy portal; remaining user data was reported (not confirmed on an OpenAI page) to be permanently deleted after the shutdown deadlines.',
      sources: [modelImprovement, shutdownReport],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Sora 2 launched letting users generate copyrighted characters unless rights holders opted out, which drew legal criticism; reuse of old Sora clips carries that risk.',
      sources: [rightsHolderOptOut],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No Sora security incident or provenance documentation was read from a reliable source; moot now that the service is closed.',
      sources: [],
    },
  },
} satisfies ToolInput;
