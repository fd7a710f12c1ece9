// Microsoft Copilot — consumer Copilot. Review 2026-12-01 (fourth pass) re-read, through Open Terms Archive's verbatim
// copies (github.com/OpenTermsArchive/genai-eu-versions, "Microsoft Copilot"): the Microsoft Copilot Terms of Use
// (effective 2025-10-24) and the Microsoft Privacy Statement (last updated September 2026, no day given, so no
// `published`). The Privacy FAQ for Microsoft Copilot was re-read in part through a mirror copy of support.microsoft.com
// in the search store (see `via`); only its history and purpose passages were readable. A Microsoft 365 Copilot privacy
// article (2024-09-16 version) was read in Microsoft's own docs repository on GitHub (see `via`).
// Review findings resolved:
// - The five support.microsoft.com privacy pages dated 2026-08-18 (overview, privacy controls, young people,
//   transparency note, supported regions) had been read only through a third-party UX content audit (2026-09-22),
//   whose address was never recorded and which says it did not open the privacy FAQ. They could not be re-read
//   (no copy in any corpus searched), so they are no longer cited and the claims resting only on them were removed
//   or made unknown: the "Privacy > Model training" toggle names, Vision-image deletion within 30 days, memory
//   behaviour, the 170+ markets figure, the transparency-note statements on bias, agent deception and English
//   quality, and the Microsoft 365 priority claim.
// - Training: the Privacy Statement says Microsoft "may use your data to develop, train, and fine-tune our AI models,
//   including large language models (LLMs)" and points to the Privacy FAQ; the FAQ says you control whether
//   conversations are used for other purposes, and the Terms say Copilot's privacy options control some uses
//   → default on, optOut setting. Microsoft limits this training to some markets and account types; the FAQ's list
//   could not be read, so the scope says so and names the exclusions only as reported by third parties.
// - Terms: the newest version readable anywhere in the store is the one effective 2025-10-24 (OTA copy and a mirror of
//   bing.com/new/termsofuse carry the same text). A newer version reported as effective 2026-08-18 could not be read,
//   so what it changed is unknown.
// - Prices: the Microsoft 365 Copilot add-on price came only from a licensing firm; it is now 'unknown' with a note.
// The earlier pass reported (from a news aggregator, removed) a merge of the consumer and work Copilot apps around
// August 2026; not confirmed by a kept source. The Terms list copilot.microsoft.com, copilot.com and copilot.ai as the
// Copilot service, so those hosts are matched.
// Second reading 2026-12-01: 11 claims confirmed, 3 made unknown (the free plan's price 0 — no Microsoft price text, the
// Terms only allow use without logging in; the third-party list of markets/account types excluded from training; the
// third-party setting names in optOutHow). The Microsoft 365 Copilot privacy article in MicrosoftDocs is stored at a
// version dated 2025-01-15 (not 2024-09-16) carrying the same no-training sentence; date corrected.
import type { ToolInput } from '../schema.ts';
import { m365Privacy } from '../sources/microsoft.ts';

const otaCopy = (file: string) => ({
  url: `https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Microsoft%20Copilot/${file}`,
  title: 'Open Terms Archive copy (genai-eu-versions)',
});

const copilotTerms = {
  url: 'https://www.microsoft.com/en-us/microsoft-copilot/for-individuals/termsofuse',
  title: 'Microsoft Copilot Terms of Use',
  kind: 'official',
  published: '2025-10-24',
  checked: '2026-12-01',
  via: otaCopy('Terms%20of%20Service.md'),
} as const;

const privacyStatement = {
  url: 'https://privacy.microsoft.com/privacystatement',
  title: 'Microsoft Privacy Statement (last updated September 2026)',
  kind: 'official',
  checked: '2026-12-01',
  via: otaCopy('Privacy%20Policy.md'),
} as const;

const privacyFaq = {
  url: 'https://support.microsoft.com/en-us/topic/privacy-faq-for-microsoft-copilot-27b3a435-8dc9-4b55-9a4b-58eeb9647a7f',
  title: 'Privacy FAQ for Microsoft Copilot',
  kind: 'official',
  checked: '2026-12-01',
  via: {
    url: 'https://static.70.7.21.65.clients.your-server.de/en-us/topic/privacy-faq-for-microsoft-copilot-27b3a435-8dc9-4b55-9a4b-58eeb9647a7f',
    title: 'Mirror copy of support.microsoft.com (partly readable)',
  },
} as const;

const m365CopilotPrice = {
  url: 'https://redresscompliance.com/microsoft-copilot-licensing-differences.html',
  title: 'Redress Compliance: Microsoft Copilot licensing differences (updated February 2026)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const varonisReprompt = {
  url: 'https://www.varonis.com/blog/reprompt',
  title: 'Varonis Threat Labs: Reprompt',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'microsoft-copilot',
  name: 'Microsoft Copilot',
  vendor: 'Microsoft',
  category: 'chat assistant',
  homepage: 'https://copilot.microsoft.com/',
  officialDomains: ['microsoft.com', 'copilot.com', 'bing.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  // copilot.com and copilot.ai are named as Copilot service addresses in Microsoft's Copilot Terms of Use (2025-10-24).
  match: [{ host: 'copilot.microsoft.com' }, { host: 'copilot.com' }, { host: 'copilot.ai' }, { host: 'www.bing.com', path: '/chat' }],
  summary:
    'Microsoft’s AI assistant for personal accounts (web, desktop and mobile apps); usable even signed out, with limits. Microsoft says it may use your data to train its AI models, with privacy options in Copilot to control some uses.',
  capabilities: [
    'Chat that can draw on information Copilot finds on the internet',
    'Image creation (under Microsoft’s Image Creator Terms)',
    'Prompts as text, audio, voice, images, files or video',
    'Remembering things you ask it to remember',
    'Actions (tasks Copilot carries out on your behalf), shopping experiences and experimental Copilot Labs features',
  ],
  limits: [
    'Microsoft may limit Copilot’s speed or performance, and may turn off or limit features for under-18s and signed-out users',
    'Copilot may include advertising',
    'Consumer Terms allow personal use only, ban bots and scrapers, and call Copilot "for entertainment purposes only"',
    'Not available everywhere: the Terms say availability depends on country laws',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'using your data "to develop, train, and fine-tune our AI models, including large language models (LLMs)"; which markets and account types this covers is unknown — the list in Microsoft’s Privacy FAQ could not be read',
    },
    optOutHow:
      'Use Copilot’s privacy options: Microsoft’s Privacy FAQ says you control whether your conversations are used for purposes beyond running the service, and the Terms say the privacy options in Copilot give you control over some uses. The exact setting names and where they sit are unknown (not read on a Microsoft page).',
    retention:
      'By default Microsoft stores Copilot conversation activity for 18 months; you can delete individual conversations or your whole history at any time. Other retention periods (uploaded images, memory) were not read on a Microsoft page.',
    humanReview:
      'Yes — the Terms say Copilot may include automated and manual (human) processing of data and tell you not to share anything you don’t want Microsoft to review; the Privacy Statement says Microsoft manually reviews some AI results against the underlying data to build and improve its AI. No opt-out from review was found.',
    storage:
      'unknown — processing locations were not read. The Privacy Statement lists advertising and personalised ads among Microsoft’s uses of data, and the Terms say Copilot may include advertising.',
    business:
      'Work or school (Entra ID) use falls outside the consumer Privacy FAQ, under Enterprise Data Protection; Microsoft’s Microsoft 365 Copilot privacy article (2024 version read) says prompts and responses aren’t used to train foundation LLMs. The consumer Terms don’t apply to Microsoft 365 Copilot apps.',
    sources: [privacyStatement, privacyFaq, copilotTerms, m365Privacy],
  },
  pricing: {
    model: 'unknown',
    plans: [
      {
        name: 'Copilot (consumer)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — no Microsoft price text was read; the Terms only say Copilot can be used without logging in (with some features limited).',
      },
      {
        name: 'Microsoft 365 Personal',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — not read on a Microsoft page.',
      },
      {
        name: 'Microsoft 365 Copilot (business add-on)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — a licensing advisory firm reports US$30 per user per month on top of a qualifying Microsoft 365 business plan; not read on a Microsoft page.',
      },
    ],
    freeTier:
      'unknown — no Microsoft price page was read. The Terms say Copilot can be used without logging in (features may be limited) and may include advertising; usage limits were not found.',
    read: '2026-12-01',
    sources: [copilotTerms, m365CopilotPrice],
  },
  copyright: {
    ownership:
      'Per the Copilot Terms, Microsoft does not own your prompts and responses, but you grant it a broad licence to copy, distribute, display, edit and reformat them and to let its contractors do the same; responses and creations may not be unique and can be given to others.',
    commercialUse:
      'The consumer Terms say you may use Copilot only for your own personal use and describe it as for entertainment purposes only; business use belongs in Microsoft 365 Copilot under separate terms.',
    indemnity:
      'None from Microsoft: it makes no promise that responses won’t infringe copyright or other rights, and you must indemnify Microsoft for claims arising from your use, sharing or publication of prompts, responses or creations.',
    sources: [copilotTerms],
  },
  security: {
    promptInjection:
      'The Reprompt research (January 2026, third-party) showed a one-click chain that could pull data from consumer Copilot sessions. The Terms make you solely responsible for Actions Copilot takes on your behalf and ban prompt-based manipulation and jailbreaking.',
    incidents: [
      {
        date: '2026-01-13',
        summary:
          'Varonis disclosed “Reprompt”, a single-click prompt-injection chain against Copilot Personal that could exfiltrate data from a user’s Copilot session; it was reported fixed in Microsoft’s January 2026 updates.',
        sources: [varonisReprompt],
      },
    ],
    enterpriseControls:
      'Consumer: Copilot’s privacy options (not itemised on a Microsoft page read) and deletion of conversation history. Work accounts: Enterprise Data Protection; admin controls were not read in this pass.',
    sources: [copilotTerms, privacyFaq, varonisReprompt],
  },
  availability: {
    regions:
      'unknown — the Terms say Copilot isn’t available everywhere because laws vary by country; Microsoft’s regions page was not read directly.',
    minAge: 13,
    account:
      'Microsoft account or another supported login; limited use without logging in. The Terms say the minimum age is usually 13 but 18 or older in some countries, and features may be limited for under-18s and signed-out users. Work/school (Entra ID) accounts fall under Microsoft 365 terms instead.',
    platforms: ['web', 'desktop', 'mobile'],
    status: 'generally available',
    sources: [copilotTerms],
  },
  alternatives: ['chatgpt', 'gemini', 'claude', 'perplexity', 'meta-ai', 'le-chat'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-08-18',
      change:
        'New Copilot privacy help set for individuals published (per its date); model training reportedly no longer described there (per a third-party audit). A merge of the consumer and work apps was reported at the same time but is not confirmed by a kept source.',
    },
    {
      date: '2026-11-28',
      change:
        'Review: AI-generated summaries, aggregator, forum and vendor-FAQ sources removed; Microsoft 365 Personal price set to unknown; training-exclusion groups and the app-merge claim no longer stated as fact.',
    },
    {
      date: '2026-11-28',
      change:
        'Third pass: ownership, commercial use (personal use only), indemnity, age and human review filled from the Copilot Terms of Use and advertising use from the Microsoft Privacy Statement (via Open Terms Archive); copilot.com and copilot.ai added to match rules.',
    },
    {
      date: '2026-12-01',
      change:
        'Fourth pass: the five 2026-08-18 support.microsoft.com privacy pages (read earlier only through a third-party audit) are no longer cited, and claims resting only on them were removed or made unknown; training parts set from the Privacy Statement, Privacy FAQ and Terms (on by default where Microsoft trains, opt-out in Copilot privacy options, limited to some markets); Terms and Privacy Statement re-read via Open Terms Archive (newest readable Terms still 2025-10-24); business add-on price made unknown (only a licensing firm had it).',
      fields: ['training', 'retention', 'pricing', 'availability', 'sources', 'other'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed in Microsoft’s own texts — the Privacy Statement (OTA copy) on AI training, advertising and manual review; the Copilot Terms (OTA copy) on human review, advertising, privacy options, age and Microsoft 365 exclusion; the Privacy FAQ copy on 18-month retention, deletion, user control and the Entra ID exclusion; the Microsoft 365 Copilot privacy article on no foundation-LLM training (stored version dated 2025-01-15, date corrected). Made unknown: the free plan price (no Microsoft price text; pricing model now unknown), the third-party list of markets/account types excluded from training, and the third-party setting names.',
      fields: ['training', 'pricing', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Text chat with web information, image creation, voice, file and image inputs, and Actions carried out for you.',
      sources: [copilotTerms],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Microsoft’s consumer texts read do not say which models power a given answer.',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: 'Microsoft says it may use your data to develop, train and fine-tune its AI models, including LLMs, with privacy options in Copilot to control some uses; the wider training-data mix is not described in the sources read.',
      sources: [privacyStatement, privacyFaq],
    },
    outputQuality: {
      status: 'caution',
      note: 'The Terms warn that responses can seem convincing but be incomplete, inaccurate or inappropriate, call Copilot "for entertainment purposes only" and say not to rely on it for important advice.',
      sources: [copilotTerms],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'Microsoft’s transparency note for Copilot could not be read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Microsoft says Copilot can give wrong information and that the web sources it uses may be unreliable; verify facts and code.',
      sources: [copilotTerms],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud service; nothing to run locally. Microsoft may limit speed or performance as it sees fit.',
      sources: [copilotTerms],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No public API for the consumer assistant was found in this pass (Microsoft offers separate developer and Copilot Studio products).',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'The Terms allow use without logging in and say Copilot may include advertising, but no Microsoft price page was read: consumer, Microsoft 365 and business Copilot prices are unknown.',
      sources: [copilotTerms, m365CopilotPrice],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Microsoft may use consumer data to train its AI models unless you use Copilot’s privacy options (where training applies), humans may review conversations, history is kept 18 months by default, and data also serves advertising. Use a work account with Enterprise Data Protection for company data.',
      sources: [privacyFaq, privacyStatement, copilotTerms],
    },
    copyrightImplications: {
      status: 'risk',
      note: 'Microsoft does not claim your content but takes a broad licence to it; the consumer Terms allow personal use only, promise nothing about non-infringement and make you indemnify Microsoft, so do not ship consumer-Copilot output in commercial work.',
      sources: [copilotTerms],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Prompt-injection data-exfiltration chains have been found and patched (Reprompt, January 2026); be careful with links and content you ask Copilot to process.',
      sources: [varonisReprompt],
    },
  },
} satisfies ToolInput;
