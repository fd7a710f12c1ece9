// Consensus — added 2026-12-01. Facts from Consensus's own help centre (Security; Responsible AI & Limitations;
// FAQs) and its blog (Library Primer, Feb 2023; University access guide), all read on 2026-12-01 at consensus.app.
// No official pricing page could be read, so plan prices are not listed; the Terms of Service were not read, so
// ownership, commercial use and the minimum age are unknown. Host: the app and the blog both live on consensus.app.
// Second reading 2026-12-01: 9 claims confirmed, 0 made unknown (never/default off/scope, optOut, optOutHow,
// retention, humanReview/storage unknown, business, freemium free tier) — Security help article and Library Primer
// re-read on consensus.app.
import type { ToolInput } from '../schema.ts';

const security = {
  url: 'https://help.consensus.app/en/articles/10093291-security',
  title: 'Consensus Help Center: Security',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const responsibleAi = {
  url: 'https://help.consensus.app/en/articles/10046838-responsible-ai-limitations',
  title: 'Consensus Help Center: Responsible AI & Limitations',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const faqs = {
  url: 'https://help.consensus.app/en/articles/10073509-faqs',
  title: 'Consensus Help Center: FAQs',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const primer = {
  url: 'https://consensus.app/home/blog/consensus-library-primer/',
  title: 'Consensus blog: Consensus Library Primer',
  kind: 'official',
  published: '2023-02-16',
  checked: '2026-12-01',
} as const;

const universityAccess = {
  url: 'https://consensus.app/home/blog/getting-started-with-consensus-university-access',
  title: 'Consensus blog: Getting Started With Consensus University Access',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export default {
  id: 'consensus',
  name: 'Consensus',
  vendor: 'Consensus',
  category: 'search/research',
  homepage: 'https://consensus.app/',
  officialDomains: ['consensus.app'],
  match: [{ host: 'consensus.app' }],
  summary:
    'AI search engine over about 220 million research papers that summarises findings with citations; Consensus says user data is never used to train AI models, its own or any third party’s.',
  capabilities: [
    'Semantic and keyword search over papers from Semantic Scholar, OpenAlex and its own crawl',
    'Cited syntheses of top papers (Pro Analysis) and a Consensus Meter for yes/no questions',
    'Study Snapshot and Ask Paper for single papers',
    'Export to Zotero, Mendeley or EndNote; university site licences',
  ],
  limits: [
    'Summaries draw on retrieved papers and can still misstate a study; check the cited source',
    'Anonymised query text is logged and used to improve the search engine',
    'Premium AI features need a paid account; prices were not confirmed on an official page',
    'Terms of service (ownership, age) were not read',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope: 'AI models, Consensus’s or any third party’s (anonymised query text is still used to improve search)',
    },
    optOutHow:
      'Nothing to opt out of for model training; organisations can ask Consensus to delete and stop storing their users’ searches.',
    retention:
      'Consensus says it stores only the text of search queries, anonymised; organisations can have their users’ searches flagged and deleted, or arrange for no data to be stored.',
    humanReview: 'unknown — not addressed in the pages read.',
    storage: 'unknown — not stated in the pages read.',
    business:
      'For organisations, Consensus offers to delete searches by their users on request and to stop storing their data; through the API it sees only the query string passed to it.',
    sources: [security],
  },
  pricing: {
    model: 'freemium',
    plans: [],
    freeTier:
      'Basic search is free; the more powerful AI and workflow features need a premium account. Prices were not read on an official page.',
    read: '2026-12-01',
    sources: [primer],
  },
  copyright: {
    ownership: 'unknown — Consensus’s Terms of Service were not read in this pass.',
    commercialUse: 'unknown — Consensus’s Terms of Service were not read in this pass.',
    indemnity: 'unknown — none found in the pages read.',
    sources: [faqs],
  },
  security: {
    promptInjection: 'unknown — not addressed in the pages read.',
    incidents: [],
    enterpriseControls:
      'Organisations can ask for their users’ searches to be deleted and not stored; university licences enrol users by university email.',
    sources: [security, universityAccess],
  },
  availability: {
    regions: 'unknown',
    minAge: 'unknown',
    account: 'Account sign-up; users with a university email at a licensed institution join the site licence automatically.',
    platforms: ['web', 'api'],
    status: 'generally available',
    sources: [universityAccess, security],
  },
  alternatives: ['perplexity', 'notebooklm', 'chatgpt'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: re-read Consensus\'s Security help article ("We never use user data to train AI models - not ours, or those of any third party." — never: true confirmed; only anonymised query text logged; organisations can have searches deleted; API sees only the query string) and the Library Primer (basic search free, premium features paid); nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Search results and AI summaries of peer-reviewed papers, always with clickable citations.',
      sources: [faqs, responsibleAi],
    },
    modelArchitecture: {
      status: 'good',
      note: 'Commercial models (such as OpenAI’s) for summarisation and fine-tuned open-source models for features like the Consensus Meter.',
      sources: [responsibleAi],
    },
    trainingData: {
      status: 'good',
      note: 'Consensus says it never uses user data to train AI models, its own or third parties’.',
      sources: [security],
    },
    outputQuality: {
      status: 'caution',
      note: 'Results are re-ranked by relevance, recency, citation count and journal quality, and separate “checker” models test relevance before summarising; quality still depends on the papers found.',
      sources: [faqs, responsibleAi],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'Searching before summarising means citations are real papers, and summaries are limited to retrieved content; a summary can still misread a paper, so open the source.',
      sources: [responsibleAi],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Cloud search engine used in the browser.',
      sources: [faqs],
    },
    apiAvailability: {
      status: 'caution',
      note: 'A Consensus API exists (mentioned on its Security page); its terms and prices were not read.',
      sources: [security],
    },
    pricingModel: {
      status: 'caution',
      note: 'Freemium: basic search free, premium AI features paid; current prices not confirmed on an official page.',
      sources: [primer],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on user data, no selling or ad partners, only anonymised query text stored; organisations can request deletion.',
      sources: [security],
    },
    copyrightImplications: {
      status: 'unknown',
      note: 'unknown — terms on outputs not read.',
      sources: [],
    },
    securityVulnerabilities: {
      status: 'unknown',
      note: 'unknown — no security audit or incident information read.',
      sources: [],
    },
  },
} satisfies ToolInput;
