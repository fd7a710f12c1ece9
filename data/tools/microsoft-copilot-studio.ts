// Microsoft Copilot Studio — added 2026-12-01. Sources read on 2026-12-01, all Microsoft's own texts, Learn pages read
// through Microsoft's public docs repositories on GitHub and cited at their learn.microsoft.com URLs with the copy in `via`:
// - "Choose the right Copilot Studio experience" (ms.date 2025-09-17, MicrosoftDocs/m365copilot-docs) — host, the lite
//   and full experiences, licensing, governance;
// - "FAQ for Copilot data security and privacy for Dynamics 365 and Power Platform" (ms.date 2024-04-19; its text is a
//   shared include dated 2024-04-08, read in MicrosoftDocs/powerapps-docs) — training, abuse monitoring, storage,
//   accuracy, prompt injection;
// - "Which Copilot is right for me or my organization?" (ms.date 2025-03-25, MicrosoftDocs/microsoft-365-docs);
// - the Power Platform admin tutorial on Copilot credit allocations, read in the search store's copy (opening only).
// Host: the Learn comparison table gives the full experience's access point as https://copilotstudio.microsoft.com, so
// that host is claimed. The "lite experience" inside the Microsoft 365 Copilot app is not claimed here.
// Training parts: default off — the FAQ says prompts and responses "Are NOT used to train or improve Microsoft AI
// models, unless your tenant admin opts in to sharing data with us" and are never used for third-party models such as
// OpenAI's. Because training can be switched on by an admin opt-in, never is false. The FAQ covers Copilot features
// across Dynamics 365 and Power Platform (it links the Copilot Studio RAI FAQ and data-movement pages); no Copilot
// Studio-only data page was read, which scope says. How an admin withdraws the opt-in was not read (optOut unknown).
// Prices: no Microsoft price list was read (Copilot Credit rates were only found in third-party copies), so every price
// is 'unknown'; the licensing model comes from the Learn page.
// Not read: the Copilot Studio Learn docs themselves (microsoft-copilot-studio/*, not in the stored repositories), the
// Microsoft Product Terms and DPA, the Copilot Studio responsible-AI FAQ, retention of conversation transcripts.
// Second reading 2026-12-01: 14 claims confirmed, 0 made unknown. default off / never false rest on the Dynamics 365 and
// Power Platform Copilot FAQ (the page's include, ms.date 2024-04-08), which does not name Copilot Studio in its body but
// links Copilot Studio's data-movement and responsible-AI pages; scope already says so. Prices stay 'unknown': only
// credit counts on Learn mirrors, no Microsoft price list, were found.
import type { ToolInput } from '../schema.ts';
import { whichCopilot } from '../sources/microsoft.ts';

const CHECKED = '2026-12-01';

const studioExperience = {
  url: 'https://learn.microsoft.com/en-us/microsoft-365-copilot/extensibility/copilot-studio-experience',
  title: 'Microsoft Learn: Choose the right Copilot Studio experience',
  kind: 'official',
  published: '2025-09-17',
  checked: CHECKED,
  via: {
    url: 'https://github.com/MicrosoftDocs/m365copilot-docs/blob/020247feb0c38894d7492fa071ab4dc5f53b5720/docs/copilot-studio-experience.md',
    title: "Microsoft's docs repository on GitHub (MicrosoftDocs/m365copilot-docs)",
  },
} as const;

const copilotDataFaq = {
  url: 'https://learn.microsoft.com/en-us/power-platform/faqs-copilot-data-security-privacy',
  title: 'Microsoft Learn: FAQ for Copilot data security and privacy for Dynamics 365 and Power Platform',
  kind: 'official',
  published: '2024-04-19',
  checked: CHECKED,
  via: {
    url: 'https://github.com/MicrosoftDocs/powerapps-docs/blob/02f704ba45c3ea539a64ee1e28b4b5e0872eea7f/shared/responsible-ai-faqs-includes/copilot-data-security-privacy.md',
    title: "Microsoft's docs repository on GitHub (MicrosoftDocs/powerapps-docs, the page's shared include)",
  },
} as const;

const creditAllocations = {
  url: 'https://learn.microsoft.com/en-us/power-platform/admin/programmability-tutorial-manage-copilot-credit-allocations',
  title: 'Microsoft Learn: Manage Copilot credit allocations (Power Platform admin tutorial)',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'microsoft-copilot-studio',
  name: 'Microsoft Copilot Studio',
  vendor: 'Microsoft Corporation',
  category: 'developer platform/API',
  homepage: 'https://copilotstudio.microsoft.com/',
  officialDomains: ['microsoft.com'],
  match: [{ host: 'copilotstudio.microsoft.com' }],
  summary:
    'Microsoft’s low-code web portal for building and publishing AI agents for teams, whole organisations or external customers; Microsoft says prompts and responses are not used to train its AI models unless a tenant admin opts in to sharing data.',
  capabilities: [
    'Build agents with multi-step logic, approvals and branching workflows, including autonomous capabilities',
    'Prebuilt and custom connectors to data sources beyond Microsoft 365; integration with Azure AI services',
    'Publish agents to Teams, websites and custom endpoints',
    'Lifecycle management: versioning, dev/test/production environments, role-based access, telemetry and analytics',
  ],
  limits: [
    'Prompts and responses can be used to train Microsoft AI models if your tenant admin opts in to sharing data',
    'Features powered by Bing and third-party plug-ins may send customer data outside the Microsoft Cloud trust boundary',
    'Copilot features are not available in every Azure geography and language; you may have to allow data movement across geographies',
    'Generated responses are not guaranteed to be factual',
    'Needs a work licence (the Microsoft 365 Copilot add-on) or Copilot Credits / pay-as-you-go; prices were not read on a Microsoft page',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: false,
      scope:
        'Microsoft AI models: prompts and responses are not used to train or improve Microsoft AI models unless the tenant admin opts in to sharing data, and are never used to train or improve third-party products or services such as OpenAI models. Stated in Microsoft’s FAQ for Copilot features across Dynamics 365 and Power Platform, not in a Copilot Studio-only page.',
    },
    optOutHow:
      'Nothing to do by default: training happens only if your tenant admin opts in to sharing data with Microsoft; how an admin withdraws that opt-in was not in the page read.',
    retention:
      'unknown — the pages read give no retention period for agent conversations; for abuse monitoring Microsoft says Copilot inputs and outputs are processed transiently and not stored.',
    humanReview:
      'Microsoft says Copilot monitors for abuse with transient processing and does not store or conduct eyes-on review of Copilot inputs and outputs for abuse-monitoring purposes.',
    storage:
      'Customer data, including Copilot inputs and outputs, is stored within the Microsoft Cloud trust boundary and encrypted at rest and in transit; features powered by Bing and third-party plug-ins may transmit data outside it. Copilot is built on Azure OpenAI Service and runs within the Azure cloud; depending on where your environment is hosted you may need to allow data movement across geographies.',
    business:
      'Licensed by your work organisation and governed in the Power Platform admin center (environments, connectors, data loss prevention, Microsoft Purview compliance). Microsoft says it does not share your data with OpenAI, nor with any other third party unless you have granted permission.',
    sources: [copilotDataFaq, studioExperience],
  },
  pricing: {
    model: 'usage-based',
    plans: [
      {
        name: 'Included with a Microsoft 365 Copilot add-on license',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Both Copilot Studio experiences are included for authenticated users with the add-on; its price was not read.',
      },
      {
        name: 'Copilot Credits / pay-as-you-go',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Admins allocate Copilot Credits to Power Platform environments; credit rates were not read on a Microsoft page.',
      },
    ],
    freeTier:
      'No free tier for the full Copilot Studio was read; only the lite experience inside Microsoft 365 Copilot can be used free to build agents grounded on web knowledge only.',
    read: CHECKED,
    sources: [studioExperience, creditAllocations],
  },
  copyright: {
    ownership: 'unknown — the Microsoft Product Terms were not read.',
    commercialUse:
      'Built for organisations to publish agents to departments, the whole organisation or external customers, across Teams, websites and custom endpoints.',
    indemnity: 'unknown — no copyright commitment specific to Copilot Studio was read.',
    sources: [studioExperience],
  },
  security: {
    promptInjection:
      'Microsoft says services across Dynamics 365 and Power Platform are required to protect against prompt injection (jailbreak) attacks, and each Copilot release goes through responsible-AI review and red teaming for jailbreak scenarios.',
    incidents: [],
    enterpriseControls:
      'Power Platform admin center: environments and connector governance, data loss prevention and role-based access per environment, publishing to the app catalog only with admin approval, Microsoft Purview sensitivity labels, audit logs and retention, usage analytics.',
    sources: [copilotDataFaq, studioExperience],
  },
  availability: {
    regions:
      'Copilot features are not available in all Azure geographies and languages; Microsoft publishes a separate international availability report (not read).',
    minAge: 'unknown',
    account:
      'A work organisation account; Copilot Studio is licensed by the organisation (Microsoft 365 Copilot add-on, Copilot Credits or pay-as-you-go).',
    platforms: ['web'],
    status: 'generally available',
    sources: [studioExperience, whichCopilot, copilotDataFaq],
  },
  alternatives: ['azure-ai-foundry', 'vertex-ai-studio', 'openai-platform'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed in the Power Platform Copilot data FAQ (via MicrosoftDocs/powerapps-docs) that prompts and responses are not used to train Microsoft AI models unless the tenant admin opts in and never third-party models (default off, never false, scope noting the FAQ covers Dynamics 365 and Power Platform Copilot features), transient abuse monitoring without storage or eyes-on review, the trust-boundary storage and data-movement statements and no sharing with OpenAI; confirmed on the Copilot Studio experience page the licensing (add-on, Copilot Credits, pay-as-you-go), the free lite experience and governance, and on the credit-allocation tutorial the per-environment credits. Prices stay unknown. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Conversational and autonomous agents: Q&A over your data, multi-step workflows, approvals and business-system integrations.',
      sources: [studioExperience, whichCopilot],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Copilot features are built on Azure OpenAI Service with OpenAI models; Copilot Studio also supports other advanced models through Azure AI services. Which model serves a given agent is not stated in the pages read.',
      sources: [copilotDataFaq, studioExperience],
    },
    trainingData: {
      status: 'good',
      note: 'Prompts and responses are not used to train Microsoft AI models unless your tenant admin opts in, and never to train third-party models such as OpenAI’s.',
      sources: [copilotDataFaq],
    },
    outputQuality: {
      status: 'caution',
      note: 'Microsoft says Copilot responses are not guaranteed to be 100% factual; check facts before using the output.',
      sources: [copilotDataFaq],
    },
    biasMitigation: {
      status: 'caution',
      note: 'Azure OpenAI content filters cover hate and fairness harms, and releases pass a responsible-AI review; no measured results were read.',
      sources: [copilotDataFaq],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Answers are grounded with retrieval (RAG) and cite their sources where applicable, but can still be wrong.',
      sources: [copilotDataFaq],
    },
    computationalNeeds: {
      status: 'good',
      note: 'A standalone web portal; agents run in Microsoft’s cloud.',
      sources: [studioExperience, copilotDataFaq],
    },
    apiAvailability: {
      status: 'good',
      note: 'Agents can call APIs, use prebuilt and custom connectors and be published to custom endpoints as well as Teams and websites.',
      sources: [studioExperience],
    },
    pricingModel: {
      status: 'caution',
      note: 'Included with the Microsoft 365 Copilot add-on for authenticated users; otherwise paid through Copilot Credits or pay-as-you-go that admins allocate per environment. Rates not read.',
      sources: [studioExperience, creditAllocations],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training without an admin opt-in, no stored or eyes-on review for abuse monitoring, and data kept in the Microsoft Cloud trust boundary except for Bing-powered features and third-party plug-ins.',
      sources: [copilotDataFaq],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — no Copilot Studio terms on output ownership or copyright indemnity were read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Prompt-injection protection is required and tested by red teaming; agents can reach business systems through connectors, so connector governance and DLP matter. No incident was reviewed.',
      sources: [copilotDataFaq, studioExperience],
    },
  },
} satisfies ToolInput;
