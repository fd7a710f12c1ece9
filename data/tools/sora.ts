// Sora — DISCONTINUED. OpenAI's own model page (developers.openai.com) says the Sora 2 models and the Videos API
// were shut down on 2026-09-24; press reports the Sora web/mobile app closed on 2026-04-26. Launch, cameo,
// provenance and copyright facts come from press coverage of the Sept 2025 launch (OpenAI's launch post itself
// was not returned by the search tool). The schema has no "discontinued" status, so status is 'unknown'.
// Hosts kept (sora.chatgpt.com, sora.com) so visitors still see that the product is gone.
import type { ToolInput } from '../schema.ts';

const sora2ModelPage = {
  url: 'https://developers.openai.com/de-DE/api/docs/models/sora-2',
  title: 'OpenAI API docs — sora-2 model page (German localisation; marked shut down)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const shutdownReport = {
  url: 'https://tpsreport.news/news/openai-sora-shutdown-april-2026-api-september',
  title: 'TPS Report — OpenAI shuts down Sora app April 2026, API follows September 2026',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const apiGone = {
  url: 'https://dev.to/uplinkswitch/sora-2-api-is-gone-porting-v1videos-code-to-another-video-model-53aa',
  title: 'DEV Community — Sora 2 API is gone: porting /v1/videos code to another video model',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const launchReport = {
  url: 'https://particle.news/story/openai-launches-sora-2-and-invite-only-ios-app-for-ai-generated-video',
  title: 'Particle — OpenAI launches Sora 2 and invite-only iOS app for AI-generated video',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const scrutinyReport = {
  url: 'https://particle.news/story/openais-sora-2-launches-with-invite-only-video-app-drawing-deepfake-and-copyright-scrutiny',
  title: "Particle — OpenAI's Sora 2 launches with invite-only video app, drawing deepfake and copyright scrutiny",
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const safetyReport = {
  url: 'https://keryc.com/en/news/openai-launches-sora-2-sora-app-safeguards-ai-videos-e20d11f3',
  title: 'Keryc — OpenAI launches Sora 2 and the Sora app with safeguards for AI videos',
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

const cameoData = {
  url: 'https://theoutpost.ai/news-story/open-ai-s-sora-app-facial-data-security-and-account-deletion-concerns-20641',
  title: "The Outpost (citing PCMag) — OpenAI's Sora app: facial data security and account deletion concerns",
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const sora1Settings = {
  url: 'https://techwiser.com/keep-your-sora-videos-private-with-these-easy-steps/',
  title: 'TechWiser — Keep your Sora videos private with these easy steps',
  kind: 'third-party',
  published: '2024-12-16',
  checked: '2026-11-28',
} as const;

export default {
  id: 'sora',
  name: 'Sora',
  vendor: 'OpenAI',
  category: 'video',
  homepage: 'https://sora.com/',
  match: [{ host: 'sora.chatgpt.com' }, { host: 'sora.com' }],
  summary:
    "OpenAI's text-to-video generator and social app — discontinued: the app/web closed on 26 April 2026 and the Sora 2 API was shut down on 24 September 2026 with no direct replacement.",
  capabilities: [
    'Historical: short text- or image-to-video clips with synchronised dialogue and sound (Sora 2)',
    'Historical: consent-gated "cameos" inserting a verified user\'s likeness and voice',
    'Historical: remix feed; API models sora-2 and sora-2-pro',
  ],
  limits: [
    'No longer available: app/web closed 26 Apr 2026, API shut down 24 Sep 2026',
    'User data was to be permanently deleted after the export deadlines',
    'At launch: invite-only, US and Canada, no video uploads or public-figure generation',
    'Any site still selling "Sora 2 API" access is not backed by OpenAI',
  ],
  privacy: {
    training: 'opt-out available',
    optOut:
      'Historical: Sora settings had an "Improve the model for everyone" toggle (and a separate "Publish to Explore" switch); no action is possible now that the service is closed.',
    retention:
      'Cameo face/voice uploads were deleted within 30 days after the user removed them; after the shutdown deadlines OpenAI said user data would be permanently deleted.',
    humanReview:
      'OpenAI described layered automated moderation of prompts and frames, with human review for higher-risk cases.',
    storage: 'unknown',
    business:
      'API use fell under the OpenAI API data terms (see openai-platform) until the Videos API was shut down on 24 Sep 2026.',
    sources: [sora1Settings, cameoData, shutdownReport, safetyReport],
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
    read: '2026-11-28',
    sources: [sora2ModelPage],
  },
  copyright: {
    ownership: 'unknown — Sora-specific output terms were not read.',
    commercialUse: 'unknown',
    indemnity: 'None known for consumer Sora use.',
    sources: [rightsHolderOptOut, scrutinyReport],
  },
  security: {
    promptInjection:
      'Not the main risk for a video generator; the documented concerns were deepfakes and likeness misuse. OpenAI conceded rule-breaking videos of a person\'s likeness could occasionally slip through.',
    incidents: [],
    enterpriseControls: 'None — consumer product, now discontinued.',
    sources: [cameoData, scrutinyReport],
  },
  availability: {
    regions:
      'Discontinued worldwide (app/web closed 26 Apr 2026; API shut down 24 Sep 2026). Sora 2 had launched invite-only in the US and Canada on 30 Sep 2025.',
    minAge: 'unknown',
    account:
      'Used an OpenAI account; at launch, deleting a Sora account deleted the whole OpenAI account (ChatGPT and API included).',
    platforms: ['web', 'mobile', 'api'],
    status: 'unknown',
    sources: [sora2ModelPage, shutdownReport, launchReport, cameoData],
  },
  alternatives: ['runway', 'luma-dream-machine', 'pika', 'krea'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-04-26', change: 'Sora web and mobile app discontinued (per press reports of OpenAI\'s help-centre notice).' },
    { date: '2026-09-24', change: 'Sora 2 models and the Videos API shut down; OpenAI lists no direct replacement API.' },
  ],
  checklist: {
    contentType: {
      status: 'caution',
      note: 'Short AI video with synchronised audio — but the service no longer exists, so nothing can be generated.',
      sources: [sora2ModelPage, launchReport],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Architecture was not read from OpenAI sources.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Consumer generations could train OpenAI models unless the user switched the toggle off; training sources for the model itself were not read.',
      sources: [sora1Settings],
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
      status: 'caution',
      note: 'Generated video can depict events that never happened, including realistic deepfakes; never treat a clip as evidence.',
      sources: [scrutinyReport],
    },
    computationalNeeds: {
      status: 'unknown',
      note: 'Was cloud-hosted; moot now that the service is closed.',
      sources: [],
    },
    apiAvailability: {
      status: 'risk',
      note: 'The Videos API and sora-2/sora-2-pro were shut down on 24 Sep 2026 with no one-to-one replacement; code calling /v1/videos with these models fails.',
      sources: [sora2ModelPage, apiGone],
    },
    pricingModel: {
      status: 'unknown',
      note: 'No current offer. The API used to charge per second of video ($0.10 for sora-2, $0.30 for sora-2-pro at 720p).',
      sources: [sora2ModelPage],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'The service collected face and voice recordings for cameos and used content for training unless opted out; remaining data was slated for deletion after the shutdown.',
      sources: [cameoData, sora1Settings, shutdownReport],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Sora 2 launched letting users generate copyrighted characters unless rights holders opted out, which drew legal criticism; reuse of old Sora clips carries that risk.',
      sources: [rightsHolderOptOut, scrutinyReport],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Visible watermarks and C2PA metadata marked outputs, but OpenAI acknowledged the metadata can be stripped, so provenance of Sora clips cannot be relied on.',
      sources: [scrutinyReport, safetyReport],
    },
  },
} satisfies ToolInput;
