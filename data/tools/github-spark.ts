// GitHub Spark (github.com/spark) — added 2026-12-01 from GitHub's own documentation, all read on 2026-12-01 in
// GitHub's docs source repository (github/docs) and cited at the docs.github.com addresses with `via`:
// "About GitHub Spark" (content/copilot/concepts/spark.md), "Responsible use of GitHub Spark"
// (content/copilot/responsible-use/spark.md), the tutorial "Building and deploying AI-powered apps with GitHub Spark"
// (content/copilot/tutorials/spark/build-apps-with-spark.md, with the preview note data/reusables/spark/preview-note-spark.md),
// "GitHub Spark billing" (content/billing/concepts/product-billing/github-spark.md), "Usage-based billing for
// individuals" (content/copilot/concepts/billing/usage-based-billing-for-individuals.md, whose plan prices come from
// data/variables/copilot.yml) and the model-training note (data/reusables/copilot/model-training-policy.md) included
// in "Managing GitHub Copilot policies as an individual subscriber".
// Host/path: the tutorial says "Navigate to https://github.com/spark". The github-copilot entry claims only
// github.com/copilot and github.com/features/copilot, so this entry is a path rule { host: 'github.com', path: '/spark' }.
// Deployed sparks run on their own URLs, which are not claimed (their host was not confirmed in the docs read).
// Not read: GitHub's Terms for Additional Products and the Pre-release License Terms (ownership, indemnity), the
// GitHub Terms of Service (minimum age) — those parts are 'unknown'. Note: the concepts page (older wording) says
// each prompt consumes four premium requests; the billing page (newer) bills prompts in AI credits — the billing
// page is followed here.
// Second reading 2026-12-01: 10 claims confirmed, 0 made unknown.
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const githubDocsRepo = (path: string) => ({
  url: `https://github.com/github/docs/blob/main/${path}`,
  title: "GitHub's docs source (github/docs)",
});

const sparkConcepts = {
  url: 'https://docs.github.com/en/copilot/concepts/spark',
  title: 'GitHub Docs — About GitHub Spark',
  kind: 'official',
  checked: CHECKED,
  via: githubDocsRepo('content/copilot/concepts/spark.md'),
} as const;

const sparkResponsibleUse = {
  url: 'https://docs.github.com/en/copilot/responsible-use/spark',
  title: 'GitHub Docs — Responsible use of GitHub Spark',
  kind: 'official',
  checked: CHECKED,
  via: githubDocsRepo('content/copilot/responsible-use/spark.md'),
} as const;

const sparkTutorial = {
  url: 'https://docs.github.com/en/copilot/tutorials/spark/build-apps-with-spark',
  title: 'GitHub Docs — Building and deploying AI-powered apps with GitHub Spark (prerequisites, github.com/spark, public-preview note)',
  kind: 'official',
  checked: CHECKED,
  via: githubDocsRepo('content/copilot/tutorials/spark/build-apps-with-spark.md'),
} as const;

const sparkBilling = {
  url: 'https://docs.github.com/en/billing/concepts/product-billing/github-spark',
  title: 'GitHub Docs — GitHub Spark billing',
  kind: 'official',
  checked: CHECKED,
  via: githubDocsRepo('content/billing/concepts/product-billing/github-spark.md'),
} as const;

const individualBilling = {
  url: 'https://docs.github.com/en/copilot/concepts/billing/usage-based-billing-for-individuals',
  title: 'GitHub Docs — Usage-based billing for individuals (plan prices and AI credits)',
  kind: 'official',
  checked: CHECKED,
  via: {
    url: 'https://github.com/github/docs/blob/main/data/variables/copilot.yml',
    title: "GitHub's docs source (github/docs): the page's plan table takes its prices from data/variables/copilot.yml",
  },
} as const;

const trainingPolicy = {
  url: 'https://docs.github.com/en/copilot/how-tos/manage-your-account/manage-policies',
  title: 'GitHub Docs: Managing GitHub Copilot policies as an individual subscriber (model training and improvements)',
  kind: 'official',
  checked: CHECKED,
  via: githubDocsRepo('data/reusables/copilot/model-training-policy.md'),
} as const;

export default {
  id: 'github-spark',
  name: 'GitHub Spark',
  vendor: 'GitHub, Inc. (Microsoft)',
  category: 'code assistant',
  homepage: 'https://github.com/spark',
  officialDomains: ['github.com'],
  match: [{ host: 'github.com', path: '/spark' }],
  summary:
    "GitHub's natural-language app builder at github.com/spark (public preview, for Copilot Pro+, Max and Enterprise): it generates and hosts full-stack React/TypeScript apps; on individual Copilot plans your prompts, outputs and code can train GitHub's AI models unless you opt out.",
  capabilities: [
    'Builds full-stack web apps (React, TypeScript) from natural-language prompts, images or markdown, with a live preview',
    'Managed key-value data store, GitHub sign-in and AI features via GitHub Models added automatically',
    'One-click deployment with private, organisation or all-GitHub-users visibility and a read-only option',
    'Synced GitHub codespace and a two-way-synced repository for editing with Copilot agent mode or the cloud agent',
  ],
  limits: [
    'On Copilot Free, Pro, Pro+ and Max, GitHub may use your interactions (inputs, outputs, code snippets, context) to train AI models since 24 April 2026 unless you opt out in your Copilot settings',
    "A published spark's data store is shared by everyone who can use the app — remove private or sensitive data before sharing it",
    'Public preview: deployed apps are usage-limited and are unpublished for the rest of the billing period when a limit is reached',
    'May generate code matching public code even when blocking is on, without references to the source',
    'Only generates TypeScript/React apps and may struggle with complex or novel applications',
  ],
  privacy: {
    training: {
      default: 'on',
      optOut: 'setting',
      never: false,
      scope:
        'training and improving AI models on "your interactions with GitHub features and services—including inputs, outputs, code snippets, and associated context" for Copilot Free, Pro, Pro+ and Max plans (Spark needs Pro+, Max or Enterprise); Copilot Business and Enterprise customer data is not used',
    },
    optOutHow:
      'Opt out of allowing your data to be used for training in your personal GitHub Copilot settings (individual plans); Copilot Enterprise data is not used for training.',
    retention:
      'unknown — the Spark docs read say Spark collects prompts, suggestions and code snippets "necessary to ensuring continuity between sessions" plus usage patterns, feedback and telemetry, but give no retention period.',
    humanReview: 'unknown — not stated in the Spark docs read.',
    storage:
      "The development environment runs on GitHub Codespaces; an app's managed data store runs on Azure (Cosmos DB, entries up to 512 KB); all sparks are hosted and deployed on Azure Container Apps.",
    business:
      'GitHub does not use Copilot Business or Copilot Enterprise customer data to train AI models (protected by its Data Protection Agreement). For enterprises, Spark is included in the Copilot licence, respects existing access policies and is billed in AI credits under a dedicated Spark SKU with its own budgets and alerts.',
    sources: [trainingPolicy, sparkResponsibleUse, sparkConcepts, sparkBilling],
  },
  pricing: {
    model: 'subscription',
    plans: [
      {
        name: 'Copilot Pro+',
        price: 39,
        currency: 'USD',
        period: 'month',
        note: 'Includes 7,000 AI credits a month (3,900 base + 3,100 flex); Spark prompts draw on them.',
      },
      {
        name: 'Copilot Max',
        price: 100,
        currency: 'USD',
        period: 'month',
        note: 'Includes 20,000 AI credits a month (10,000 base + 10,000 flex).',
      },
      {
        name: 'Copilot Enterprise',
        price: 39,
        currency: 'USD',
        period: 'month',
        note: 'Per user per month; Spark usage is billed in AI credits under a dedicated Spark SKU.',
      },
    ],
    freeTier:
      'No free access: Spark needs a Copilot Pro+, Max or Enterprise licence. Each prompt consumes AI credits based on tokens and model; extra usage can be paid for with a budget. Deployed apps cost nothing for now but are limited (HTTP requests, data transfer, storage), and GitHub says a future billing system will charge the owner for usage beyond the limits.',
    read: CHECKED,
    sources: [sparkTutorial, individualBilling, sparkBilling],
  },
  copyright: {
    ownership: "unknown — GitHub's Terms for Additional Products and Features (Copilot section) were not read for this entry.",
    commercialUse:
      "GitHub's responsible-use page says sparks can be anything up to full software-as-a-service products, but whatever you deploy remains subject to GitHub's Terms for user-generated content; Spark is a public preview governed by GitHub's Pre-release License Terms (linked, not read).",
    indemnity: 'unknown — not covered in the Spark docs read.',
    sources: [sparkResponsibleUse, sparkTutorial],
  },
  security: {
    promptInjection: 'unknown — the Spark docs read do not discuss prompt injection.',
    incidents: [],
    enterpriseControls:
      'Enterprise admins enable Spark by policy; it respects existing enterprise access policies and its usage can be tracked and budgeted on a dedicated Spark SKU. Apps have built-in GitHub authentication and visibility settings (private, organisation, all GitHub users; all-users may be disabled for managed users), plus read-only data access.',
    sources: [sparkConcepts, sparkBilling, sparkTutorial],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'A GitHub account with a Copilot Pro+, Copilot Max or Copilot Enterprise licence.',
    platforms: ['web'],
    status: 'beta',
    sources: [sparkTutorial],
  },
  alternatives: ['lovable', 'bolt', 'v0', 'replit-agent'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: confirmed in github/docs the model-training note (individual plans trained on since 24 April 2026 unless opted out in Copilot settings; Business/Enterprise data not used), the Spark data-collection text without a retention period, Azure/Codespaces storage, the Spark SKU and deployment limits, the Pro+ $39, Max $100 and Enterprise $39 prices with their AI-credit figures, and the budget for additional usage; nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Full-stack web apps (React/TypeScript) generated from prompts, with data storage, GitHub sign-in and optional AI features, deployable in one click.',
      sources: [sparkConcepts, sparkTutorial],
    },
    modelArchitecture: {
      status: 'unknown',
      note: 'Spark is described as a Copilot-powered LLM agent; which model it uses was not read (the docs include it from a separate snippet).',
      sources: [],
    },
    trainingData: {
      status: 'caution',
      note: "Backed by Copilot and trained on a large body of code and applications; on individual plans your own Spark interactions can be used to train GitHub's AI models unless you opt out.",
      sources: [sparkResponsibleUse, trainingPolicy],
    },
    outputQuality: {
      status: 'caution',
      note: 'GitHub says Spark works best for common personal apps (productivity tools, learning aids) with English prompts, may struggle with complex or novel apps and does not always read your intent correctly.',
      sources: [sparkResponsibleUse],
    },
    biasMitigation: {
      status: 'caution',
      note: 'Only built-in protections against harmful, hateful or offensive content are documented; no bias-specific measures were found.',
      sources: [sparkResponsibleUse],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Spark "may still make mistakes", from misread goals to syntax errors; test the app in the preview and review the generated code.',
      sources: [sparkResponsibleUse],
    },
    computationalNeeds: {
      status: 'good',
      note: "Everything runs in GitHub's cloud (Codespaces for development, Azure Container Apps for hosting); nothing runs locally.",
      sources: [sparkConcepts],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'No Spark API was described in the docs read; apps call models through GitHub Models via the Spark SDK.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Needs a Copilot Pro+ ($39), Max ($100) or Enterprise ($39/user) licence; prompts consume AI credits, and hosting is free for now but capped, with future usage charges announced.',
      sources: [sparkTutorial, individualBilling, sparkBilling],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: "Individual plans' interactions can train GitHub's AI models unless you opt out, and a published spark shares one data store among all its users; Enterprise data is not used for training.",
      sources: [trainingPolicy, sparkConcepts, sparkTutorial],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Spark may produce code that matches public code even with the public-code filter on, and then gives no reference to the original source or its licence.',
      sources: [sparkResponsibleUse],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Code is generated probabilistically and can contain vulnerabilities common in its training data; review and test apps that handle personal or sensitive data.',
      sources: [sparkResponsibleUse],
    },
  },
} satisfies ToolInput;
