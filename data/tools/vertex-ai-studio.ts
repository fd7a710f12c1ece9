// Vertex AI Studio — added 2026-12-01. Facts from Google Cloud's own documentation, read on 2026-12-01 from stored
// copies: "Gemini Enterprise Agent Platform and zero data retention" (docs.cloud.google.com), "Security controls for
// Generative AI" (docs.cloud.google.com), "Vertex AI interfaces" and "Image understanding" (cloud.google.com).
// Naming: Google's newest docs call the platform behind Vertex AI "Gemini Enterprise Agent Platform"; the console page
// is still Vertex AI Studio, so the tool keeps that name.
// Host/path: only the Studio pages of the Google Cloud console are claimed — { host: 'console.cloud.google.com', path:
// '/vertex-ai/studio' }. Google's own docs link "Vertex AI Studio > Create prompt" to
// https://console.cloud.google.com/vertex-ai/studio/multimodal and "Try Veo on Vertex AI (Vertex AI Studio)" to
// .../vertex-ai/studio/media (Gemini "thinking" and Veo docs pages, read through stored copies). The rule matches
// /vertex-ai/studio and below only (segment boundary), not other Vertex AI or console pages such as /vertex-ai/workbench,
// /vertex-ai/studiox or /bigquery. Older console paths (/vertex-ai/generative/…) were seen only outside Google's docs and
// are not claimed.
// Training parts: "Google won't use your data to train or fine-tune any AI/ML models without your prior permission or
// instruction. This applies to all managed models on Gemini Enterprise Agent Platform, including GA and pre-GA models."
// (Training Restriction of the Service Specific Terms, as quoted on the zero-data-retention page) — so default off. The
// second reading set never to false: the commitment is conditional ("without your prior permission or instruction"), so it
// is a default-off rule with an opt-in, not a written promise never to train; the scope states the condition.
// Indemnity: Google Cloud's 2023 blog post on generative AI indemnification was read only through a repost
// (dataintegration.info), cited as third-party.
// Prices: Google Cloud's Vertex AI pricing page was not read (only third-party price lists were found), so prices are
// unknown.
// Second reading 2026-12-01: 6 claims confirmed, 0 made unknown; 1 set to the stricter value (training never true -> false: the
// Training Restriction allows training "with your prior permission or instruction"; default off, optOut unknown and the
// scope kept), 1 unsupported phrase removed (business: comparison with the consumer Gemini app / Google AI Studio, not in
// the cited pages). Re-read: zero-data-retention page (docs.cloud.google.com, en and .md.txt copies), genai security
// controls page.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const zdrPage = {
  url: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention',
  title: 'Google Cloud docs: Gemini Enterprise Agent Platform and zero data retention',
  kind: 'official',
  checked: CHECKED,
} as const;

const securityControls = {
  url: 'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/genai-security-controls',
  title: 'Google Cloud docs: Security controls for Generative AI on Vertex AI',
  kind: 'official',
  checked: CHECKED,
} as const;

const interfaces = {
  url: 'https://cloud.google.com/vertex-ai/docs/start/introduction-interfaces',
  title: 'Google Cloud docs: Vertex AI interfaces',
  kind: 'official',
  checked: CHECKED,
} as const;

const indemnityRepost = {
  url: 'https://dataintegration.info/shared-fate-protecting-customers-with-generative-ai-indemnification',
  title: 'Repost of the Google Cloud blog post "Shared fate: Protecting customers with generative AI indemnification"',
  kind: 'third-party',
  checked: CHECKED,
} as const;

const imageUnderstanding = {
  url: 'https://cloud.google.com/vertex-ai/generative-ai/docs/multimodal/image-understanding',
  title: 'Google Cloud docs: Image understanding (Gemini in Vertex AI, console and API)',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'vertex-ai-studio',
  name: 'Vertex AI Studio',
  vendor: 'Google LLC (Google Cloud)',
  category: 'developer platform/API',
  homepage: 'https://console.cloud.google.com/vertex-ai/studio',
  officialDomains: ['google.com'],
  match: [{ host: 'console.cloud.google.com', path: '/vertex-ai/studio' }],
  summary:
    'Google Cloud console workspace for prompting and testing Gemini and other managed models; Google says it won’t use your data to train or fine-tune any AI/ML model without your prior permission, though prompts may be logged for abuse monitoring unless you take zero-data-retention steps.',
  capabilities: [
    'Prompt Gemini and other managed models in the Google Cloud console',
    'Text and multimodal prompts (for example images) through the console or the Vertex AI API',
    'Tuning, batch prediction, context caching, RAG Engine and grounding with Google Search',
    'Google Cloud security controls: CMEK, VPC Service Controls, Access Transparency, data residency',
  ],
  limits: [
    'Zero data retention is not automatic: Google may log prompts to detect abuse, and customers must take specific actions in each area to reach zero retention',
    'Runs inside a Google Cloud project; usage is billed through Google Cloud (prices not read in this pass)',
    'Not every security control covers every model or feature; check the per-model table',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: false,
      scope:
        'Off by default, not a promise never to train: "Google won’t use your data to train or fine-tune any AI/ML models without your prior permission or instruction" — so training can happen with your prior permission or instruction. Applies to all managed models on Gemini Enterprise Agent Platform (Vertex AI), including GA and pre-GA models.',
    },
    optOutHow:
      'Nothing to opt out of for training: the Training Restriction says Google won’t train on your data without prior permission or instruction. To avoid retention, follow Google’s zero-data-retention steps (for example for prompt logging used in abuse monitoring).',
    retention:
      'Customer data is kept for limited periods in specific cases — for example, Google may log prompts to detect abuse under the Generative AI Safety and Abuse section of the Google Cloud Platform Terms; customers must take specific actions in each area to achieve zero data retention.',
    humanReview: 'unknown',
    storage:
      'Data residency at rest, customer-managed encryption keys (CMEK), VPC Service Controls and Access Transparency are available for many generative AI features (per-model table).',
    business:
      'Vertex AI Studio is a Google Cloud (business) service: data is handled under Google Cloud’s terms, the Service Specific Terms’ Training Restriction and the Cloud Data Processing Addendum.',
    sources: [zdrPage, securityControls],
  },
  pricing: {
    model: 'unknown',
    plans: [],
    freeTier: 'unknown — Google Cloud’s Vertex AI pricing page was not read in this pass; usage is billed to the Google Cloud project.',
    read: CHECKED,
    sources: [interfaces],
  },
  copyright: {
    ownership: 'unknown — Google Cloud’s terms on output ownership were not read.',
    commercialUse: 'unknown — not read.',
    indemnity:
      'Google Cloud has said that if customers are challenged on copyright grounds it will assume responsibility, with two indemnities: one for Google’s use of training data and one for the generated output of foundation models (2023 blog post, read through a repost; the current indemnified-services list was not read).',
    sources: [indemnityRepost],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance read.',
    incidents: [],
    enterpriseControls:
      'Data residency at rest, CMEK, VPC Service Controls and Access Transparency for online and batch prediction, tuning, context caching, RAG Engine and grounding, depending on the model.',
    sources: [securityControls],
  },
  availability: {
    regions: 'Google Cloud regions; data-residency commitments vary by model and feature.',
    minAge: 'unknown',
    account:
      'A Google Cloud project, used through the Google Cloud console (Vertex AI Studio) or the Vertex AI API, gcloud CLI, SDKs and REST.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [interfaces, securityControls],
  },
  alternatives: ['google-ai-studio', 'azure-ai-foundry', 'openai-platform', 'claude-platform'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: training never set to false (the Training Restriction only bars training "without your prior permission or instruction", a default-off rule with an opt-in, not a no-training commitment); default off, optOut unknown, scope now states the permission condition. Retention (abuse logging, ZDR steps), Cloud DPA and security controls confirmed. Business text no longer compares with the consumer Gemini app / AI Studio (not in the cited pages).',
      fields: ['training', 'other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and multimodal prompts (such as images) to Gemini in the console or through the API.',
      sources: [imageUnderstanding],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Google’s Gemini models plus other managed models offered on the platform.',
      sources: [securityControls, zdrPage],
    },
    trainingData: {
      status: 'good',
      note: 'Google won’t use your data to train or fine-tune any AI/ML model without your prior permission or instruction, for all managed models including pre-GA ones.',
      sources: [zdrPage],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — depends on the model chosen; no figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no accuracy guidance read; grounding with Google Search exists but its effect was not read.',
      sources: [],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in Google Cloud; you use it from the browser console or the API.',
      sources: [interfaces],
    },
    apiAvailability: {
      status: 'good',
      note: 'Vertex AI API (REST, client libraries, Python SDK, gcloud, Terraform) alongside the console.',
      sources: [interfaces],
    },
    pricingModel: {
      status: 'unknown',
      note: 'unknown — the Vertex AI pricing page was not read.',
      sources: [],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on your data without prior permission; some prompt logging for abuse monitoring unless you take zero-data-retention steps.',
      sources: [zdrPage],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Google Cloud has promised to defend customers challenged on copyright grounds, covering both its training data and foundation-model output (2023 announcement, read through a repost); which services the indemnity covers today was not read.',
      sources: [indemnityRepost],
    },
    securityVulnerabilities: {
      status: 'good',
      note: 'CMEK, VPC Service Controls, Access Transparency and data residency cover most generative AI features.',
      sources: [securityControls],
    },
  },
} satisfies ToolInput;
