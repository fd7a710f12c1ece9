// NotebookLM — Google's own help centre (support.google.com/gemininotebook) and developer docs
// (developers.google.com/notebook) now call this product "Gemini Notebook" and point users to notebook.google.com,
// so both notebooklm.google.com and notebook.google.com are matched. The rename announcement itself (reported as
// 2026-07-16 on blog.google) was not returned by the search tool, so the id and `name` stay 'NotebookLM' and the
// rename date is marked as reported. Plan caps come from Google's developer docs; plan prices are unknown (only
// news-aggregator summaries found). Output ownership rests on Google's general Terms of Service (EU/Ireland version,
// effective 2024-05-22), read through the Open Terms Archive copy on 2026-11-28 and cited with `via`.
// Review finding 7 (privacy facts on one third-party summary), resolved 2026-12-01: Google's "Privacy and Terms of Use
// in NotebookLM" help article (support.google.com/notebooklm/answer/17004255) could not be read on a Google page —
// only third-party summaries (VerifyWise, ConductAtlas, blogs) and copies on unaffiliated hosts were found, and those
// are not treated as faithful copies. The newest readable Gemini Apps Privacy Notice (2026-02-18) has no Notebooks
// section (a tracker reports one added in May 2026, unread). So training, retention and human review are now
// 'unknown', and the VerifyWise and ConductAtlas sources were removed. Storage keeps only what Google's NotebookLM
// Enterprise docs say (not re-read; date kept).
// Second reading 2026-12-01: 3 claims confirmed, 0 made unknown. Storage now rests on Google Cloud's locations page
// (data residency at rest in the US or EU multi-region, global recommended) plus the notebook API page at its current
// docs.cloud.google.com address; business (Enterprise on Google Cloud with its own API) confirmed there; plan caps
// (Free 100×50, Plus 200×100, Pro 500×300, Ultra 500×600) confirmed on the developer rate-limits page. Training,
// retention and human review stay unknown; plan prices stay unknown.
import type { ToolInput } from '../schema.ts';
import { googleTerms, plansNews } from '../sources/google.ts';

const devDocs = {
  url: 'https://developers.google.com/notebook/docs',
  title: 'Google for Developers — Gemini Notebook API overview (early access public preview)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const devMcp = {
  url: 'https://developers.google.com/notebook/docs/mcp.md.txt',
  title: 'Google for Developers — Gemini Notebook MCP server (refers users to notebook.google.com)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const rateLimits = {
  url: 'https://developers.google.com/notebook/docs/rate-limits.md.txt',
  title: 'Google for Developers — Gemini Notebook API rate limits, source size limits and per-plan notebook/source caps',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const apiTerms = {
  url: 'https://developers.google.com/notebook/docs/terms',
  title: 'Google for Developers — Gemini Notebook API terms',
  kind: 'official',
  published: '2026-10-09',
  checked: '2026-11-28',
} as const;

const helpChat = {
  url: 'https://support.google.com/gemininotebook/answer/16179559?hl=en',
  title: 'Gemini Notebook Help — Use chat in Gemini Notebook',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const helpGeminiSync = {
  url: 'https://support.google.com/gemininotebook/answer/17003757?hl=en',
  title: 'Gemini Notebook Help — Notebooks in Gemini Apps',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const madeByGooglePodcast = {
  url: 'https://store.google.com/intl/en/ideas/podcasts/mbg-podcast-s7-e6',
  title: 'Google Store — Made by Google Podcast S7E6: NotebookLM (Audio Overviews, Mind Maps, Discover Sources)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterpriseApi = {
  url: 'https://cloud.google.com/agentspace/notebooklm-enterprise/docs/api-notebooks',
  title: 'NotebookLM Enterprise: Create and manage notebooks (API)',
  kind: 'official',
  via: {
    url: 'https://docs.cloud.google.com/gemini/enterprise/notebooklm-enterprise/docs/api-notebooks.md.txt',
    title: 'The same Google Cloud page at its current docs.cloud.google.com address (Markdown export, "Gemini Notebook Enterprise")',
  },
  checked: '2026-12-01',
} as const;

const enterpriseLocations = {
  url: 'https://docs.cloud.google.com/agentspace/docs/locations',
  title:
    'Google Cloud docs — Gemini Enterprise and NotebookLM Enterprise locations and data-residency commitments (read in French and Spanish localisations)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'notebooklm',
  name: 'NotebookLM',
  vendor: 'Google',
  category: 'notebook',
  homepage: 'https://notebook.google.com/',
  officialDomains: ['google.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'notebooklm.google.com' }, { host: 'notebook.google.com' }],
  summary:
    'Google’s source-grounded research notebook: you add documents, sites and videos, and it answers with citations to your sources and generates study material. Google’s help centre and developer docs now call it Gemini Notebook (at notebook.google.com); the rename date was not confirmed on an official page.',
  capabilities: [
    'Chat answers grounded in your uploaded sources, citing direct quotes from them',
    'Audio Overviews, mind maps and other generated study material',
    'Discover Sources: finds web sources to add to a notebook',
    'Notebooks sync with notebooks in the Gemini app',
    'Programmatic access via the Gemini Notebook API (preview) and the NotebookLM Enterprise API',
  ],
  limits: [
    'Notebook and source caps depend on plan: Free 100 notebooks × 50 sources, Plus 200 × 100, Pro 500 × 300, Ultra 500 × 600 (per Google’s developer docs)',
    'Each source up to 500,000 words; uploaded files up to 200 MiB',
    'Chat answers only use your sources, so open-ended creative requests may be refused',
    'The Gemini Notebook API is an early-access preview for personal Google Accounts only; Workspace accounts are not yet supported',
  ],
  privacy: {
    training: { default: 'unknown', optOut: 'unknown', never: false, scope: 'unknown' },
    optOutHow:
      'unknown — Google’s NotebookLM privacy help article could not be read on a Google page, so whether notebook content or feedback is used for training, and how to stop it, is not confirmed here. Avoid the thumbs-up/down buttons on sensitive notebooks until you have read Google’s article.',
    retention: 'unknown — no Google text on how long NotebookLM keeps notebooks, chats or feedback was read.',
    humanReview: 'unknown — no Google text on human review of NotebookLM content was read.',
    storage:
      'NotebookLM Enterprise notebooks live in a location of your Google Cloud project; Google Cloud’s locations page says NotebookLM Enterprise supports data residency at rest in the US or EU multi-region (Google recommends the global location otherwise). For personal accounts no Google text on storage was read.',
    business:
      'NotebookLM Enterprise is offered on Google Cloud with its own API; Workspace and Workspace for Education data terms for NotebookLM were not read on a Google page.',
    sources: [enterpriseApi, enterpriseLocations],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free', price: 0, currency: 'USD', period: 'month', note: '100 notebooks, 50 sources per notebook.' },
      {
        name: 'Google AI Plus',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '200 notebooks × 100 sources. Plan reported at $7.99/month (US) in May 2026 press summaries; not read on a Google page.',
      },
      {
        name: 'Google AI Pro',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '500 notebooks × 300 sources. Plan reported at $19.99/month (US) in May 2026 press summaries; not read on a Google page.',
      },
      {
        name: 'Google AI Ultra',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: '500 notebooks × 600 sources. Reported from about $99.99/month (US); not read on a Google page.',
      },
    ],
    freeTier:
      'Free for personal Google accounts with the lowest notebook/source caps; higher caps come with Google AI plans (sold with Gemini and storage). Caps are from Google’s developer docs; plan prices could not be confirmed on a Google page.',
    read: '2026-11-28',
    sources: [rateLimits, plansNews],
  },
  copyright: {
    ownership:
      'Google’s general Terms of Service say Google won’t claim ownership of original content you generate with its services; your uploaded sources stay yours, under a licence that lets Google run and improve its services.',
    commercialUse:
      'Not addressed explicitly in the Terms read; they do forbid using AI-generated content from Google services to develop machine-learning models.',
    indemnity: 'None for consumers in Google’s Terms; business users instead indemnify Google for unlawful use.',
    sources: [googleTerms, apiTerms],
  },
  security: {
    promptInjection:
      'Web pages and documents you add are fed to the model, so hidden instructions in a source could skew answers; no Google guidance on this was read.',
    incidents: [],
    enterpriseControls:
      'NotebookLM Enterprise adds Google Cloud project controls and an API for managing notebooks; Workspace admin controls were not verified in this review.',
    sources: [enterpriseApi, helpChat],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account:
      'Google Account (personal, Workspace or Workspace for Education); NotebookLM Enterprise via Google Cloud. The Gemini Notebook API preview accepts personal accounts only.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [devMcp, helpChat, devDocs, enterpriseApi],
  },
  alternatives: ['gemini', 'chatgpt', 'claude', 'perplexity', 'microsoft-copilot'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-07-16',
      change:
        'NotebookLM reported renamed Gemini Notebook, with the app at notebook.google.com (Google’s help centre and developer docs use the new name; the announcement itself was not read).',
    },
    { date: '2026-09-02', change: 'Compute-based usage limits reported for personal accounts (not confirmed on an official page).' },
    {
      date: '2026-11-28',
      change:
        'Review: plan caps and API facts from Google’s developer docs and help centre; rename and usage-limit changes marked as reported; plan prices set to unknown; unread, competitor and aggregator sources removed.',
    },
    {
      date: '2026-11-28',
      change:
        'Third pass: output ownership, commercial-use limits and indemnity now from Google’s EU Terms of Service (via Open Terms Archive) instead of a third-party summary.',
    },
    {
      date: '2026-12-01',
      change:
        'Re-check: training (was off by default), retention and human review set to unknown because Google’s own NotebookLM privacy article could not be read; the VerifyWise and ConductAtlas summaries were removed as privacy sources; the data-privacy checklist row is now unknown.',
      fields: ['training', 'retention', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: plan caps confirmed on Google’s rate-limits page; Enterprise storage re-worded to what Google Cloud’s locations page says (US or EU multi-region data residency at rest, global recommended) and sourced there; the Enterprise notebook API page read at its current address. Nothing made unknown.',
      fields: ['sources', 'other'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Works on your own sources (documents, web pages, YouTube videos, text) and produces cited chat answers, Audio Overviews, mind maps and other study material.',
      sources: [helpChat, rateLimits, madeByGooglePodcast],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Retrieval over the sources in each notebook: answers quote and cite your material. Which Gemini model runs underneath was not stated in what was read.',
      sources: [helpChat],
    },
    trainingData: {
      status: 'unknown',
      note: 'Underlying model training data was not documented in what was read.',
      sources: [],
    },
    outputQuality: {
      status: 'good',
      note: 'Answers cite direct quotes you can hover over and jump to, which makes checking easy; quality depends on the sources you supply.',
      sources: [helpChat],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Grounding lowers but does not remove errors; Google itself presents citations as the way to check accuracy, so follow them before relying on summaries or generated audio.',
      sources: [helpChat],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Fully hosted; what you can do is capped per plan (notebooks, sources, source size) rather than by local hardware.',
      sources: [rateLimits],
    },
    apiAvailability: {
      status: 'good',
      note: 'A Gemini Notebook API and MCP server exist as an early-access preview (personal accounts only, free during preview, under the Google APIs Terms); NotebookLM Enterprise has its own API on Google Cloud.',
      sources: [devDocs, rateLimits, apiTerms, enterpriseApi],
    },
    pricingModel: {
      status: 'good',
      note: 'Usable free; higher notebook and source caps come bundled with Google AI Plus, Pro and Ultra, whose prices could not be confirmed on a Google page.',
      sources: [rateLimits, plansNews],
    },
    dataPrivacyPolicy: {
      status: 'unknown',
      note: 'unknown — Google’s NotebookLM privacy article could not be read on a Google page, so training, human review and retention are not confirmed. Notebooks also sync with notebooks in the Gemini app, whose own privacy rules apply there; check before adding confidential files.',
      sources: [helpGeminiSync],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Google’s Terms say it does not claim your outputs, but you must have the right to upload your sources, outputs may not be used to train other models, and no indemnity is offered.',
      sources: [googleTerms],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No specific incident was found in this pass; treat web sources as untrusted input.',
      sources: [],
    },
  },
} satisfies ToolInput;
