// NotebookLM — renamed "Gemini Notebook" on 2026-07-16 (Google blog); the app moved to notebook.google.com and
// notebooklm.google.com now redirects there, so both hosts are matched (plus the notebooklm.google marketing site).
// The id stays 'notebooklm'. Privacy facts come from Google's "Privacy and Terms of Use in NotebookLM" help article,
// read via third-party copies/summaries (the official page itself was not returned by the search tool); limits from
// Google's plans help page and usage-limits blog as summarised by a third-party guide; prices are Google AI plan
// prices from press reports.
import type { ToolInput } from '../schema.ts';

const renameBlog = {
  url: 'https://blog.google/innovation-and-ai/products/gemini-notebook/notebooklm-gemini-notebook/',
  title: 'Google: NotebookLM is now Gemini Notebook',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const usageLimitsBlog = {
  url: 'https://blog.google/innovation-and-ai/products/gemini-notebook/new-flexible-usage-limits/',
  title: 'Google: Flexible usage limits for Gemini Notebook',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const plansHelp = {
  url: 'https://support.google.com/notebooklm/answer/16213268?hl=en',
  title: 'Gemini Notebook Help: Learn about plans and limits',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const privacyHelp = {
  url: 'https://support.google.com/notebooklm/answer/17004255',
  title: 'Gemini Notebook Help: Privacy and Terms of Use in NotebookLM',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const verifywise = {
  url: 'https://verifywise.ai/ai-trust-index/notebooklm',
  title: 'VerifyWise AI Trust Index: NotebookLM (policy dated 2026-05-26, assessed 2026-06-20)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const memx = {
  url: 'https://memx.app/blog/is-notebooklm-private/',
  title: 'memx: Is NotebookLM private?',
  kind: 'third-party',
  published: '2026-06-15',
  checked: '2026-11-28',
} as const;

const geminiSync = {
  url: 'https://latesttrendai.com/article/b4146918-135a-4750-bf3d-e21b77b656c7',
  title: 'Summary of The Verge: Google adds Notebooks to Gemini, synced with NotebookLM',
  kind: 'third-party',
  published: '2026-04-09',
  checked: '2026-11-28',
} as const;

const plansNews = {
  url: 'https://hellomarvisaitoday.com/articles/5ab7768d-7e49-4fd0-9e93-979850e27b44',
  title: 'Summary of The Decoder: Google restructures AI subscriptions at I/O 2026',
  kind: 'third-party',
  published: '2026-05-19',
  checked: '2026-11-28',
} as const;

const notebookApiTerms = {
  url: 'https://developers.google.com/notebook/docs/terms.md.txt',
  title: 'Gemini Notebook API terms',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const enterpriseApi = {
  url: 'https://cloud.google.com/agentspace/notebooklm-enterprise/docs/api-notebooks',
  title: 'NotebookLM Enterprise: Create and manage notebooks (API)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

export default {
  id: 'notebooklm',
  name: 'NotebookLM',
  vendor: 'Google',
  category: 'notebook',
  homepage: 'https://notebook.google.com/',
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'notebooklm.google.com' }, { host: 'notebook.google.com' }],
  summary:
    'Google’s source-grounded research notebook: you add documents, sites and videos, and Gemini answers with citations and produces audio/video overviews, reports and study aids. Renamed from NotebookLM to Gemini Notebook in July 2026.',
  capabilities: [
    'Answers grounded in your uploaded sources, with citations',
    'Audio and video overviews, reports, mind maps, flashcards, quizzes and slides',
    'Source discovery from the web',
    'Sharing notebooks with others',
    'Notebooks sync with Notebooks in the Gemini app',
    'Programmatic access via the Gemini Notebook API and NotebookLM Enterprise API',
  ],
  limits: [
    'Free: up to 100 notebooks and 50 sources per notebook; paid Google AI plans raise this (e.g. 500 notebooks × 300 sources on AI Pro)',
    'Each source up to 500,000 words or 200 MB',
    'Since 2026-09-02 personal accounts have compute-based usage limits that refresh every five hours up to a weekly cap; exact quotas are not published',
    'Work and school accounts still have per-day feature limits that depend on the Workspace edition',
  ],
  privacy: {
    training: 'off by default',
    optOut:
      'Not needed for training: Google says notebook content is not used to directly train its foundation models unless you send thumbs-up/down feedback. Avoid the feedback buttons on sensitive notebooks.',
    retention:
      'Sources and chats stay while the notebook exists. Feedback and the content attached to it (queries, sources, outputs, and any Gemini chats in the notebook context) are kept for up to three years, disconnected from your account.',
    humanReview:
      'Only for feedback on personal accounts: specially trained reviewers see the feedback and attached content after it is disconnected from your account. Workspace and Workspace for Education content is not human-reviewed.',
    storage: 'Google servers under the Google Privacy Policy; NotebookLM Enterprise keeps data in your Google Cloud project (US, EU or global multi-region).',
    business:
      'Workspace and Education accounts: uploads, queries and responses are not reviewed by humans or used to train models. NotebookLM Enterprise runs under Google Cloud terms.',
    sources: [privacyHelp, verifywise, memx, enterpriseApi],
  },
  pricing: {
    model: 'freemium',
    plans: [
      { name: 'Free (Standard limits)', price: 0, currency: 'USD', period: 'month' },
      { name: 'Google AI Plus (2× limits)', price: 7.99, currency: 'USD', period: 'month', note: 'Google AI plan price as reported in May 2026 press coverage.' },
      { name: 'Google AI Pro (4× limits)', price: 19.99, currency: 'USD', period: 'month', note: 'Google AI plan price as reported in May 2026 press coverage.' },
      {
        name: 'Google AI Ultra (5× or 20× Pro limits)',
        price: 99.99,
        currency: 'USD',
        period: 'month',
        note: 'Entry Ultra price as reported in May 2026; the higher Ultra tier costs more.',
      },
    ],
    freeTier:
      'Free for personal Google accounts with standard limits; higher limits come with Google AI plans (sold with Gemini and storage). Prices are from press reports; limit multiples from Google’s plans help page.',
    read: '2026-11-28',
    sources: [plansHelp, usageLimitsBlog, plansNews],
  },
  copyright: {
    ownership: 'Google says it does not claim ownership of content you generate with NotebookLM.',
    commercialUse: 'unknown',
    indemnity: 'unknown',
    sources: [verifywise, privacyHelp],
  },
  security: {
    promptInjection:
      'Web pages and documents you add are fed to the model, so hidden instructions in a source could skew answers. Google also describes a per-notebook cloud computer for code execution since the rename; its security model was not documented in what was read.',
    incidents: [],
    enterpriseControls:
      'Workspace admins control access through Workspace editions; NotebookLM Enterprise adds Google Cloud project controls and an API for managing notebooks.',
    sources: [renameBlog, enterpriseApi],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Google Account (personal, Workspace or Workspace for Education); NotebookLM Enterprise via Google Cloud.',
    platforms: ['web', 'mobile', 'api'],
    status: 'generally available',
    sources: [plansHelp, renameBlog, notebookApiTerms],
  },
  alternatives: ['gemini', 'chatgpt', 'claude', 'perplexity', 'microsoft-copilot'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    { date: '2026-07-16', change: 'NotebookLM renamed Gemini Notebook; app moved to notebook.google.com (per Google’s announcement as cited by several sources).' },
    { date: '2026-09-02', change: 'Compute-based usage limits (five-hour refresh, weekly cap) rolled out for personal accounts.' },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Works on your own sources (PDFs, Docs, Slides, sites, YouTube, audio) and outputs text, audio and video overviews and study materials.',
      sources: [plansHelp, memx],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Built on Google’s Gemini models with retrieval over the sources in each notebook, so answers cite your material.',
      sources: [renameBlog, memx],
    },
    trainingData: {
      status: 'unknown',
      note: 'Underlying model training data was not documented in what was read.',
      sources: [],
    },
    outputQuality: {
      status: 'good',
      note: 'Source-grounded answers with citations make checking easy; quality depends on the sources you supply.',
      sources: [memx],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No bias documentation was read in this pass.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Grounding lowers but does not remove errors; follow the citations before relying on summaries or generated audio/video.',
      sources: [privacyHelp, memx],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Fully hosted; usage is metered by compute (five-hour refresh, weekly cap) rather than local hardware.',
      sources: [usageLimitsBlog, plansHelp],
    },
    apiAvailability: {
      status: 'good',
      note: 'A Gemini Notebook API (under the Google APIs terms) and a NotebookLM Enterprise API on Google Cloud exist.',
      sources: [notebookApiTerms, enterpriseApi],
    },
    pricingModel: {
      status: 'good',
      note: 'Usable free; higher notebook, source and usage limits come bundled with Google AI Plus, Pro and Ultra.',
      sources: [plansHelp, plansNews],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Notebook content is not used to train models unless you send feedback — but feedback exposes the whole related content to human reviewers for up to three years. Notebooks now sync with the Gemini app, whose own data rules may apply there; check before adding confidential files.',
      sources: [privacyHelp, verifywise, memx, geminiSync],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Google does not claim your outputs, but you must have the right to upload sources; no indemnity was found.',
      sources: [verifywise],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'No specific incident was found in this pass; treat web sources as untrusted input.',
      sources: [],
    },
  },
} satisfies ToolInput;
