// Azure AI Foundry — added 2026-12-01. Facts from Microsoft Learn pages, read on 2026-12-01 through Microsoft's
// public docs repository on GitHub (MicrosoftDocs/azure-ai-docs, the source of learn.microsoft.com/azure/ai-foundry):
// "Data, privacy, and security for Azure Direct Models" (ms.date 1 Oct 2025; change log entry 3 Oct 2025), "Abuse
// Monitoring" (30 Sep 2025), "Customer Copyright Commitment Required Mitigations" (21 May 2024), "Plan and manage
// costs" (19 Feb 2025) and "What is Azure AI Foundry?" (1 Jul 2025). Cited at their learn.microsoft.com URLs with the
// GitHub copy in `via`.
// Training parts: default off with a written commitment (never: true) — the data-privacy page says prompts,
// completions, embeddings and training data "are NOT used to train any generative AI foundation models without your
// permission or instruction" and that prompts and completions "are not used to train, retrain, or improve the base
// models". That page covers Azure Direct Models (incl. Azure OpenAI) only; Marketplace partner/community models and
// preview features may differ, which scope says.
// Name and host: the docs read (2025) call the product "Azure AI Foundry" with its portal at ai.azure.com; a later
// rename was not checked in this pass. The Microsoft Product Terms (ownership of outputs) were not read.
// Second reading 2026-12-01: 11 claims confirmed, 0 made unknown. never: true rests on the data-privacy page's written
// commitment ("are NOT used to train any generative AI foundation models without your permission or instruction";
// "prompts and completions are not used to train, retrain, or improve the base models"), scoped to Azure Direct Models.
import type { ToolInput } from '../schema.ts';

const learnVia = (path: string, commit: string) =>
  ({
    url: `https://github.com/MicrosoftDocs/azure-ai-docs/blob/${commit}/articles/ai-foundry/${path}`,
    title: 'Microsoft Learn source (MicrosoftDocs/azure-ai-docs on GitHub)',
  }) as const;

const dataPrivacy = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/responsible-ai/openai/data-privacy',
  title: 'Microsoft Learn: Data, privacy, and security for Azure Direct Models in Azure AI Foundry',
  kind: 'official',
  published: '2025-10-01',
  checked: '2026-12-01',
  via: learnVia('responsible-ai/openai/data-privacy.md', '015141860b712a75c5313d2523c5d48ad0068410'),
} as const;

const abuseMonitoring = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/abuse-monitoring',
  title: 'Microsoft Learn: Azure Direct Models abuse monitoring',
  kind: 'official',
  published: '2025-09-30',
  checked: '2026-12-01',
  via: learnVia('openai/concepts/abuse-monitoring.md', '0b864e884f55392067345b2533761d333f5a4d8c'),
} as const;

const copyrightCommitment = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/responsible-ai/openai/customer-copyright-commitment',
  title: 'Microsoft Learn: Customer Copyright Commitment Required Mitigations',
  kind: 'official',
  published: '2024-05-21',
  checked: '2026-12-01',
  via: learnVia('responsible-ai/openai/customer-copyright-commitment.md', '015141860b712a75c5313d2523c5d48ad0068410'),
} as const;

const costs = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/how-to/costs-plan-manage',
  title: 'Microsoft Learn: Plan and manage costs for Azure AI Foundry',
  kind: 'official',
  published: '2025-02-19',
  checked: '2026-12-01',
  via: learnVia('how-to/costs-plan-manage.md', '0ea7c599f13f7cd187d6c531204c4eac6566a297'),
} as const;

const whatIs = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/what-is-azure-ai-foundry',
  title: 'Microsoft Learn: What is Azure AI Foundry?',
  kind: 'official',
  published: '2025-07-01',
  checked: '2026-12-01',
  via: learnVia('what-is-azure-ai-foundry.md', '000504df0ae7bff339e4f0af7a1fffd5cf6289e3'),
} as const;

export default {
  id: 'azure-ai-foundry',
  name: 'Azure AI Foundry',
  vendor: 'Microsoft Corporation',
  category: 'developer platform/API',
  homepage: 'https://ai.azure.com/',
  officialDomains: ['microsoft.com', 'azure.com'],
  match: [{ host: 'ai.azure.com' }],
  summary:
    'Microsoft’s Azure portal for building with Azure OpenAI and other models; prompts to Azure Direct Models are not used to train foundation models, but flagged prompts can be stored and read by Microsoft staff for abuse monitoring unless you are approved to turn that off.',
  capabilities: [
    'Model catalog and playground: Azure OpenAI, other models sold directly by Azure (e.g. DeepSeek, xAI) and Marketplace partner models',
    'Agents, evaluations, fine-tuning, batch and "on your data" grounding',
    'Foundry API and SDKs (Python, C#, JavaScript/TypeScript, Java) and a VS Code extension',
    'Azure RBAC, networking, policies and cost analysis',
  ],
  limits: [
    'Prompts and completions flagged by abuse monitoring can be stored and reviewed by authorised Microsoft employees; only approved customers can switch that off',
    'Global and DataZone deployments may process prompts outside your chosen region (within the data zone for DataZone)',
    'The portal is free to explore, but deployed models and the Azure resources behind a project (compute, search, storage) are billed — some keep costing until deleted',
    'The no-training commitment read covers Azure Direct Models; Marketplace partner models and preview features may follow other terms',
    'The copyright defence (Customer Copyright Commitment) only applies if the required mitigations are in place',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Azure Direct Models (incl. Azure OpenAI): prompts, completions, embeddings and training data are not used to train any generative AI foundation models without your permission or instruction, are not used by model providers to improve their models, and are not used to train, retrain or improve the base models. Marketplace partner/community models and preview features were not covered by the page read.',
    },
    optOutHow:
      'Nothing to switch off for training (not used without your permission or instruction); to stop storage and human review for abuse monitoring, eligible customers apply for modified abuse monitoring through Microsoft’s Limited Access form.',
    retention:
      'Models are stateless and keep no prompts or completions. Data stored for features (files, vector stores, Responses API, Assistants threads, stored completions, fine-tuning data) stays encrypted in your resource’s geography until you delete it. Prompts and completions flagged by abuse monitoring may be kept in a separate abuse-monitoring store for human review (no period given in the pages read); automated review does not store them.',
    humanReview:
      'Flagged prompts and completions are reviewed by automated means (including LLMs) by default and, where needed, by authorised Microsoft employees using secure workstations with just-in-time approval; for resources in the EEA those employees are in the EEA. Customers approved for modified abuse monitoring get no storage or human review, though automated review may continue.',
    storage:
      'Standard deployments process prompts in the customer-specified Azure geography; Global deployments may process them wherever the model is deployed and DataZone deployments anywhere within the US or EU data zone. Data at rest, including the abuse-monitoring store, stays in the resource’s geography.',
    business:
      'An Azure service for organisations: data processing is governed by the Microsoft Products and Services Data Protection Addendum, Azure Direct Models do not interact with services run by their providers (e.g. OpenAI), and Marketplace models are billed through separate Azure Marketplace offers.',
    sources: [dataPrivacy, abuseMonitoring, costs],
  },
  pricing: {
    model: 'usage-based',
    plans: [],
    freeTier:
      'The platform is free to use and explore; charges occur at deployment level for each product (models, AI services, search, compute, storage). Azure AI Foundry has no page of its own in the Azure pricing calculator, and hub resources such as compute instances, load balancers, disks, container registry and storage can keep accruing costs when idle or after a hub is deleted. Per-model prices were not read.',
    read: '2026-12-01',
    sources: [whatIs, costs],
  },
  copyright: {
    ownership: 'unknown — the Microsoft Product Terms were not read.',
    commercialUse:
      'The platform exists to build and ship your own AI applications and agents; the Azure OpenAI Code of Conduct must be followed at all times.',
    indemnity:
      'The Customer Copyright Commitment in the Microsoft Product Terms obliges Microsoft to defend customers against certain third-party IP claims over output from Azure OpenAI, provided the required mitigations are implemented (a copyright metaprompt, evaluation for third-party content, and protected-material and Prompt Shield filters for code and text use cases).',
    sources: [copyrightCommitment, whatIs],
  },
  security: {
    promptInjection:
      'Azure OpenAI content filters include Prompt Shield for jailbreak attacks, which the Customer Copyright Commitment requires in filter mode for text and code generation; prompts and completions are also filtered in real time for harmful content.',
    incidents: [],
    enterpriseControls:
      'Unified role-based access control, networking and policies under one Azure resource provider; customer-managed encryption keys for stored data; managed virtual network and private endpoints; cost analysis per project; modified abuse monitoring for approved customers.',
    sources: [copyrightCommitment, dataPrivacy, whatIs, costs],
  },
  availability: {
    regions: 'Available in most regions where Azure AI services are available; model availability varies by region.',
    minAge: 'unknown',
    account: 'The model catalog can be explored without signing in; full functionality needs an Azure account and subscription.',
    platforms: ['web', 'api', 'ide'],
    status: 'generally available',
    sources: [whatIs],
  },
  alternatives: ['openai-platform', 'google-ai-studio', 'claude-platform', 'mistral-la-plateforme'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed on the Microsoft Learn sources (via MicrosoftDocs/azure-ai-docs) the written no-training commitment for Azure Direct Models (never: true, scope limited to Azure Direct Models incl. Azure OpenAI; previews may differ), the modified-abuse-monitoring form, feature-data retention, abuse-monitoring storage and human review, processing geography for Standard/Global/DataZone deployments, the DPA and Marketplace billing, and the free-to-explore platform with hub costs; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text and chat completions, images and embeddings through deployed models, plus agents and fine-tuned models.',
      sources: [dataPrivacy, whatIs],
    },
    modelArchitecture: {
      status: 'good',
      note: 'You choose and deploy named models: Azure OpenAI and other models sold directly by Azure, or partner and community models through Azure Marketplace.',
      sources: [whatIs],
    },
    trainingData: {
      status: 'good',
      note: 'Microsoft commits that prompts and completions to Azure Direct Models are not used to train foundation models without your permission, nor shared with model providers.',
      sources: [dataPrivacy],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — quality depends on the model deployed; no figures read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — Microsoft’s transparency note was not read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'unknown',
      note: 'unknown — no accuracy guidance read; validate model output in your application.',
      sources: [],
    },
    computationalNeeds: {
      status: 'caution',
      note: 'Hosted, but projects can create billable compute instances and other Azure resources that keep accruing costs when idle.',
      sources: [costs],
    },
    apiAvailability: {
      status: 'good',
      note: 'Foundry API with SDKs for Python, C#, JavaScript/TypeScript and Java, plus a VS Code extension.',
      sources: [whatIs],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free to explore, then pay per deployed model and per underlying Azure service; there is no single Foundry price.',
      sources: [whatIs, costs],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'No training on your prompts, processing in your chosen geography by default, but flagged content can be stored and read by Microsoft staff unless you are approved for modified abuse monitoring.',
      sources: [dataPrivacy, abuseMonitoring],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Microsoft defends customers against certain IP claims over Azure OpenAI output if the required mitigations are in place; output ownership terms were not read.',
      sources: [copyrightCommitment],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'No incident reviewed; Prompt Shield jailbreak filtering and content filters are available and required for copyright coverage in text and code use cases.',
      sources: [copyrightCommitment, dataPrivacy],
    },
  },
} satisfies ToolInput;
