// Microsoft 365 Copilot Chat — added 2026-12-01. Sources read on 2026-12-01, all Microsoft's own texts:
// - Microsoft Learn pages read through Microsoft's docs repository on GitHub (MicrosoftDocs/microsoft-365-docs, the
//   source of learn.microsoft.com/copilot/microsoft-365), cited at their Learn URLs with the GitHub copy in `via`:
//   "Enterprise data protection in Microsoft 365 Copilot and Microsoft 365 Copilot Chat" (ms.date 2025-01-15),
//   "Data, Privacy, and Security for Microsoft 365 Copilot" (ms.date 2025-01-15; same URL and date as cited by
//   microsoft-copilot.ts), "Which Copilot is right for me or my organization?" (ms.date 2025-03-25) and "Get started
//   with the Microsoft 365 Copilot app" (ms.date 2025-05-19).
// - The support.microsoft.com article "Data protection when using Microsoft 365 Copilot Chat for work or school" and the
//   Learn overview of the Microsoft 365 Copilot Chat API, read in the search store's copies of those pages (opening
//   passages only).
// Host: "Which Copilot is right for me" says Copilot Chat "is available at https://m365.cloud.microsoft/chat"; only that
// path is claimed (the bare m365.cloud.microsoft host is the wider Microsoft 365 Copilot app). copilot.microsoft.com
// belongs to the consumer Copilot (microsoft-copilot.ts) and is not claimed.
// Training parts: default off with a written commitment (never: true) — the EDP page says prompts, responses and data
// accessed through Microsoft Graph "aren't used to train foundation models", and the support article says "Your prompts,
// including any work content you add to the prompt, and Copilot's responses aren't used to train foundation models."
// Optional feedback may be used to improve Microsoft 365 Copilot, but not to train the foundation LLMs (scope says so).
// Caveat: the Data, Privacy and Security page is written for Microsoft 365 Copilot (the paid licence); its statements
// on human review, residency and copyright are attributed to "Microsoft 365 Copilot" in the notes below.
// Prices: no Microsoft pricing page was in the store; Copilot Chat is described as free to organisations with a
// Microsoft 365 license, and the Microsoft 365 Copilot add-on and metered agents have price 'unknown'.
// Not read: the Microsoft Product Terms and DPA themselves, the Learn page "Microsoft 365 Copilot Chat privacy and
// protections" (/copilot/privacy-and-protections — only unofficial mirrors were found), any page newer than the dates above.
// Second reading 2026-12-01: 14 claims confirmed, 0 made unknown. never: true rests on the EDP page and the support article,
// both written for Microsoft 365 Copilot Chat itself (not only the licensed Microsoft 365 Copilot), limited to foundation
// models and to sign-in with a work or school account; scope, retention and storage were reworded to say which page carries
// which part (feedback, activity history and My Account deletion come from the Microsoft 365 Copilot privacy page).
import type { ToolInput } from '../schema.ts';
import { m365Privacy, whichCopilot } from '../sources/microsoft.ts';

const CHECKED = '2026-12-01';

const m365Via = (path: string, commit: string) =>
  ({
    url: `https://github.com/MicrosoftDocs/microsoft-365-docs/blob/${commit}/${path}`,
    title: "Microsoft's docs repository on GitHub (MicrosoftDocs/microsoft-365-docs)",
  }) as const;

const edp = {
  url: 'https://learn.microsoft.com/en-us/copilot/microsoft-365/enterprise-data-protection',
  title: 'Microsoft Learn: Enterprise data protection in Microsoft 365 Copilot and Microsoft 365 Copilot Chat',
  kind: 'official',
  published: '2025-01-15',
  checked: CHECKED,
  via: m365Via('copilot/enterprise-data-protection.md', '21ea262fdedf688329ef4c5076d22b7c4ed1537d'),
} as const;

const appOverview = {
  url: 'https://learn.microsoft.com/en-us/copilot/microsoft-365/microsoft-365-copilot-app-overview',
  title: 'Microsoft Learn: Get started with the Microsoft 365 Copilot app (for IT admins)',
  kind: 'official',
  published: '2025-05-19',
  checked: CHECKED,
  via: m365Via('copilot/microsoft-365-copilot-app-overview.md', '67118a65294f533d6421fdb94b1dcd1f952d36db'),
} as const;

const supportDataProtection = {
  url: 'https://support.microsoft.com/en-gb/topic/data-protection-when-using-microsoft-365-copilot-chat-for-work-or-school-1e7de2a4-5ca8-4e93-a6e6-1965def6a0fe',
  title: 'Microsoft Support: Data protection when using Microsoft 365 Copilot Chat for work or school',
  kind: 'official',
  checked: CHECKED,
} as const;

const chatApi = {
  url: 'https://learn.microsoft.com/en-gb/microsoft-365/copilot/extensibility/api/ai-services/chat/overview',
  title: 'Microsoft Learn: Microsoft 365 Copilot Chat API overview',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'microsoft-365-copilot-chat',
  name: 'Microsoft 365 Copilot Chat',
  vendor: 'Microsoft Corporation',
  category: 'chat assistant',
  homepage: 'https://m365.cloud.microsoft/chat',
  officialDomains: ['microsoft.com'],
  match: [{ host: 'm365.cloud.microsoft', path: '/chat' }],
  summary:
    'Microsoft’s work-and-school Copilot chat, free to organisations with a Microsoft 365 license; prompts and responses are not used to train foundation models, but they are logged and your organisation’s admins can search and audit them.',
  capabilities: [
    'Web-grounded chat (answers drawn from the internet through Bing search)',
    'Work-grounded chat over Microsoft Graph data (emails, files, meetings) for users with a Microsoft 365 Copilot license',
    'Image creation and Copilot Pages to save, edit and share AI-generated content',
    'Agents, including agents your organisation creates (metered without a Copilot license)',
  ],
  limits: [
    'Your prompts, the Bing queries they trigger and Copilot’s responses are logged; your organisation’s IT admins can view them with Microsoft’s search and audit tools',
    'Without a Microsoft 365 Copilot license the chat is web-grounded only — no work (Microsoft Graph) data',
    'Web search queries are handled by Bing under the Microsoft Services Agreement and Privacy Statement, with Microsoft as an independent controller, not under the enterprise data-protection terms',
    'Microsoft’s own guidance: never add sensitive or proprietary work information to prompts in the free Copilot Chat',
    'Generated responses are not guaranteed to be factual; review them before sending them on',
    'Prices of the Microsoft 365 Copilot add-on and of metered agents were not read on a Microsoft pricing page',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'Foundation models, for use signed in with a work or school account (enterprise data protection): prompts (including work content added to them), responses and data accessed through Microsoft Graph are not used to train foundation models; Bing web queries are not used to train the foundation LLMs either. Optional customer feedback may be used to improve Microsoft 365 Copilot, but not to train the foundation LLMs (stated on the Microsoft 365 Copilot privacy page).',
    },
    optOutHow:
      'Nothing to switch off for training (Microsoft commits not to train foundation models on prompts and responses); optional feedback is managed by your organisation’s admins through Microsoft 365 admin controls.',
    retention:
      'Prompts, triggered Bing queries and responses are logged, and Copilot applies your organisation’s retention policies. Microsoft’s Microsoft 365 Copilot privacy page adds that Copilot activity history (prompts, responses and citations, shown in Copilot Chat) is stored encrypted with your organisation’s other Microsoft 365 content under its contractual commitments, that admins can set retention policies with Microsoft Purview, and that users can delete their activity history in the My Account portal. No fixed period is stated.',
    humanReview:
      'Your organisation’s admins can view logged prompts, Bing queries and responses with Microsoft search and audit tools. For Microsoft 365 Copilot, Microsoft says its services opted out of Azure OpenAI abuse monitoring, which includes human review; the pages read do not say separately whether this covers the free Copilot Chat.',
    storage:
      'Under enterprise data protection, chat data is encrypted during the session and prompts and responses are protected by the same contractual terms as Exchange email and SharePoint files. For Microsoft 365 Copilot, prompts and responses stay within the Microsoft 365 service boundary; LLM calls go to the nearest data centres but may go to other regions at busy times; EU traffic stays within the EU Data Boundary, while customers outside the EU may be processed in the US, EU or other regions. Bing queries go to the separate Bing search service with user and tenant identifiers removed.',
    business:
      'Use by organisations is covered by the Microsoft Products and Services Data Protection Addendum and the Product Terms, with Microsoft acting as a data processor ("We won’t use your data except as you instruct"); HIPAA compliance is supported for properly configured implementations. Bing web queries fall under the Microsoft Services Agreement and Privacy Statement instead, with Microsoft as an independent controller.',
    sources: [edp, supportDataProtection, m365Privacy],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Microsoft 365 Copilot (add-on license)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Adds work-grounded (Microsoft Graph) chat and in-app Copilot; price not read on a Microsoft pricing page.',
      },
      {
        name: 'Agents without a Copilot license (metered)',
        price: 'unknown',
        currency: 'USD',
        period: 'usage',
        note: 'Microsoft says agents are metered for users without a Copilot license; rates not read.',
      },
    ],
    freeTier:
      'Microsoft 365 Copilot Chat is available free to organisations that have a Microsoft 365 license (web-grounded chat, image creation and Copilot Pages); work-grounded chat needs the Microsoft 365 Copilot license.',
    read: CHECKED,
    sources: [whichCopilot, appOverview],
  },
  copyright: {
    ownership:
      'For Microsoft 365 Copilot, Microsoft says it does not claim ownership of the output, but makes no determination on whether output is copyright-protected; similar prompts can give several customers the same or similar content.',
    commercialUse:
      'Meant for work or school use under your organisation’s Microsoft 365 agreement; the Product Terms were not read in this pass.',
    indemnity:
      'Microsoft’s Customer Copyright Commitment: if a third party sues a commercial customer for copyright infringement over Microsoft’s Copilots or their output, Microsoft will defend the customer and pay adverse judgments or settlements, provided the customer used the built-in guardrails and content filters.',
    sources: [m365Privacy, edp],
  },
  security: {
    promptInjection:
      'Microsoft says Microsoft 365 Copilot is designed to protect against prompt injection (jailbreak) attacks, runs prompts and responses through harmful-content classifiers and detects protected material; Copilot Chat is said to safeguard against harmful content.',
    incidents: [],
    enterpriseControls:
      'Copilot respects the organisation’s identity model and permissions, inherits sensitivity labels, applies retention policies and supports audit of interactions; admins manage feedback, can view logged interactions, and turning off optional connected experiences can switch off web search. Encryption at rest and in transit and tenant isolation apply; specific controls vary by subscription plan.',
    sources: [edp, m365Privacy, supportDataProtection],
  },
  availability: {
    regions: 'unknown — no list of supported countries was read; for Microsoft 365 Copilot, EU traffic stays within the EU Data Boundary.',
    minAge: 'unknown',
    account:
      'Sign in with a Microsoft Entra work or school account; free to organisations with a Microsoft 365 license, with more features under a Microsoft 365 Copilot license.',
    platforms: ['web', 'desktop', 'mobile'],
    status: 'generally available',
    sources: [whichCopilot, appOverview, supportDataProtection],
  },
  alternatives: ['microsoft-copilot', 'chatgpt', 'gemini', 'claude'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed on the Microsoft Learn pages (via MicrosoftDocs/microsoft-365-docs) and the support article that prompts and responses of Microsoft 365 Copilot Chat are not used to train foundation models (never: true, scope limited to foundation models and work or school sign-in), the logging and admin audit, Purview retention and activity-history deletion (attributed to the Microsoft 365 Copilot page), storage and EU Data Boundary statements, the DPA/processor terms and Bing as independent controller, the free-to-organisations tier and metered agents; prices stay unknown (no Microsoft pricing page in the store). Nothing made unknown.',
      fields: ['training', 'retention', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat grounded in web results (and in work data with a Copilot license), image creation and shareable Copilot Pages.',
      sources: [whichCopilot, appOverview],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Large language models run on Azure OpenAI services rather than OpenAI’s public services (stated for Microsoft 365 Copilot); which models are used is not named.',
      sources: [m365Privacy],
    },
    trainingData: {
      status: 'good',
      note: 'Microsoft commits that your prompts, any work content in them and Copilot’s responses are not used to train foundation models.',
      sources: [edp, supportDataProtection],
    },
    outputQuality: {
      status: 'caution',
      note: 'Microsoft says generative AI responses are not guaranteed to be 100% factual and should be reviewed before you send them to others.',
      sources: [m365Privacy],
    },
    biasMitigation: {
      status: 'caution',
      note: 'Azure OpenAI content filters cover hate and fairness harms among other categories, and Microsoft describes responsible-AI reviews; no measured results were read.',
      sources: [m365Privacy],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Answers can be wrong; responses carry citations to the information used to ground them, and Microsoft asks users to use their judgment before sharing output.',
      sources: [m365Privacy],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Runs in the browser at m365.cloud.microsoft/chat, in the Microsoft 365 Copilot app for Windows, Android and iOS, and in Edge.',
      sources: [whichCopilot, appOverview],
    },
    apiAvailability: {
      status: 'caution',
      note: 'A Microsoft 365 Copilot Chat API lets custom apps hold multi-turn conversations with Microsoft 365 Copilot, grounded in work and web data; its licensing was not read.',
      sources: [chatApi],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free for organisations with a Microsoft 365 license; work-grounded chat needs the paid Microsoft 365 Copilot license and agents are metered. Prices not read.',
      sources: [whichCopilot, appOverview],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Enterprise data protection with Microsoft as processor and no foundation-model training, but prompts and responses are logged for your admins, and Bing web queries fall under Microsoft’s consumer terms.',
      sources: [edp, supportDataProtection],
    },
    copyrightImplications: {
      status: 'good',
      note: 'Microsoft claims no ownership of output and defends commercial customers against copyright claims if its guardrails and filters were used.',
      sources: [m365Privacy, edp],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Prompt-injection (jailbreak) protection, harmful-content filters and protected-material detection are described; no incident was reviewed in this pass.',
      sources: [m365Privacy, edp],
    },
  },
} satisfies ToolInput;
