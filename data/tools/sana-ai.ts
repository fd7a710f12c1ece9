// Sana AI (Sana Agents) — added 2026-12-01. Sources read on 2026-12-01, Sana Labs AB's own texts:
// - Sana Privacy Notice (last updated 22 April 2026), read whole through the Open Terms Archive copy
//   (OpenTermsArchive/genai-contrib-versions, "Sana/Privacy Policy.md"), cited at its official sanalabs.com URL
//   (taken from OpenTermsArchive/GenAI-declarations, declarations/Sana.json).
// - Sana Master Services Agreement (last updated 15 April 2025), read whole through the OTA copy ("Sana/Terms of
//   Service.md"), cited at its official sanalabs.com PDF URL (same declaration). Not read: the Data Processing Addendum,
//   the Acceptable Use Policy, the Service Level Agreement and the Children's Privacy Policy.
// - Sana help centre (support.sana.ai): the Team Tier guide, the iOS app guide, Integrations 101 and the SSO guide —
//   only each page's opening, as stored in the `pages` corpus.
// Training parts: default off and never: true — the Privacy Notice says "We, or any of our third party service
// providers, do not use your personal data to train artificial intelligence and/or machine learning models", and the
// MSA (9.4.2) says "Sana does not use Subscriber Data to train algorithms or generative AI models". Exception in the
// MSA: aggregated, anonymised Interaction Data (usage logs, feedback, ratings) may train algorithms for search ranking,
// user experience and infrastructure. Separately, Sana may REVIEW content of self-serve Sana Agents users (not Civic
// Tier or company users) unless they opt out in the platform.
// Host: app.sana.ai. Sana's own texts read here do not print the app's address; the host was seen only in third-party
// listings (an API catalogue's "Login" link https://app.sana.ai, a TLS probe of app.sana.ai, integration guides linking
// app.sana.ai/login and /settings). The marketing site (sana.ai, sanalabs.com) is not claimed.
// Prices: Sana's pricing page was not found in the stored corpus; the Team tier is billed per user (help centre) but no
// amount was read, so prices are 'unknown'.
// Second reading 2026-12-01: 20 claims confirmed, 0 made unknown (none). Privacy Notice and MSA re-read whole through
// the same OTA copies; the Team Tier, iOS app, Integrations 101 and SSO help pages re-read (openings). The training
// scope was widened to name every exception the texts state: anonymised Interaction Data training ranking/UX/
// infrastructure algorithms (MSA 9.4.2), content review of self-serve users unless they opt out, and de-identified
// data used to analyse use and improve/add features (Privacy Notice; it does not say whether that includes training);
// the Privacy Notice applies only where Sana is controller (company workspaces: the DPA, not read). Pricing page: the
// Privacy Notice footer links "Pricing" at https://sanalabs.com/products/sana/pricing, but no stored copy was found, so
// prices stay 'unknown'.
// Host (second reading): no Sana-authored text found names the web app's address. The Privacy Notice footer links only
// sanalabs.com pages, support.sana.ai (Sana help centre) and help.sana.ai (Sana Learn help centre); the help-centre
// openings read (Team Tier, iOS app, SSO, SSO migration, Integrations 101, SharePoint, roles, folders) say "Log in to
// your Sana Agents workspace" without an address; no Sana-owned GitHub repository holds app docs (github.com/sanalabs
// has only UI libraries). Third-party evidence is split: app.sana.ai appears in an API catalogue's Login link, a TLS
// probe and generated integration-guide pages, while several independent code repositories (Playwright scripts, agent
// skill notes "Verified: Production (sana.ai) 2026-03", meeting-transcript sync tools, a login-page study dated
// 2026-09) drive the app at sana.ai itself — sana.ai/login, sana.ai/<workspace id>/workflows, backend
// sana.ai/x-api/trpc. The match rule app.sana.ai is therefore unconfirmed and may miss the app; left for the owner.
// Match (owner's decision, 2026-12-01): both sana.ai and app.sana.ai. sana.ai is Sana's own domain (its help centres
// support.sana.ai and help.sana.ai sit on it, named in the Privacy Notice), and the newest evidence (2026) has the app at
// sana.ai itself; app.sana.ai is kept for the older address. Neither is printed on a Sana page read: the weakest fact in
// this entry. Subdomains are not claimed (the help centres are not the tool).
import type { ToolInput } from '../schema.ts';

const CHECKED = '2026-12-01';

const privacyNotice = {
  url: 'https://sanalabs.com/legal/privacy-notice/',
  title: 'Sana Privacy Notice',
  kind: 'official',
  published: '2026-04-22',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/01cf7bdde2c3bf2f32c534eb60b8df3295e44119/Sana/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const msa = {
  url: 'https://sanalabs.com/download/legal/master-services-agreement.pdf',
  title: 'Sana Master Services Agreement',
  kind: 'official',
  published: '2025-04-15',
  checked: CHECKED,
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-contrib-versions/blob/141f50ce04d906a31ae8809f2ef1b5f24948b321/Sana/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-contrib-versions)',
  },
} as const;

const teamTier = {
  url: 'https://support.sana.ai/en/articles/258863-guide-to-team-tier',
  title: 'Sana help centre: Guide to Team Tier',
  kind: 'official',
  checked: CHECKED,
} as const;

const iosApp = {
  url: 'https://support.sana.ai/en/articles/475930-sana-ios-app-account-integrations-preferences',
  title: 'Sana help centre: Sana iOS App — Account, Integrations & Preferences',
  kind: 'official',
  checked: CHECKED,
} as const;

const integrations = {
  url: 'https://support.sana.ai/en/articles/148543-integrations-101',
  title: 'Sana help centre: Integrations 101',
  kind: 'official',
  checked: CHECKED,
} as const;

const sso = {
  url: 'https://support.sana.ai/en/articles/169062-guide-to-setup-sso-for-sana-agents-enterprise-accounts',
  title: 'Sana help centre: Guide to Setup SSO for Sana Agents Enterprise Accounts',
  kind: 'official',
  checked: CHECKED,
} as const;

export default {
  id: 'sana-ai',
  name: 'Sana AI (Sana Agents)',
  vendor: 'Sana Labs AB (Sweden)',
  category: 'chat assistant',
  homepage: 'https://sanalabs.com/products/sana',
  officialDomains: ['sana.ai', 'sanalabs.com'],
  match: [{ host: 'sana.ai' }, { host: 'app.sana.ai' }],
  summary:
    "Sana Labs' workplace AI assistant and agents (Sana AI, now also called Sana Agents): Sana says in writing that neither it nor its providers train AI or machine-learning models on your personal data or workspace content, but for self-serve users it may review your content unless you opt out.",
  capabilities: [
    'AI chat that answers from your own files and connected tools (Google Drive, OneDrive, Notion, Confluence, Gmail, Outlook, Slack, Jira, HubSpot and others)',
    'Search across connected sources, with private, shared and centralised integrations that follow the source permissions',
    'Meeting summaries and recordings from connected calendars',
    'Web app and an iOS app; workspaces with roles, invitations and SAML single sign-on for enterprise accounts',
  ],
  limits: [
    'For self-serve Sana Agents users (outside the Civic Tier), Sana may review your content to understand use and improve the product unless you opt out in the platform',
    'Content is sent to third-party AI providers such as OpenAI to run the service; the models used are not named in the texts read',
    'Free services and free pilots come "as is", without warranty or indemnity, and Sana may end them at any time without notice',
    'Paid subscriptions renew automatically unless cancelled 90 days before the term ends, fees are non-refundable, and list prices may rise by up to 7.5% a year',
    'Not intended for under-18s, except the free Civic Tier services (13 and over)',
  ],
  privacy: {
    training: {
      default: 'off',
      optOut: 'unknown',
      never: true,
      scope:
        'No training of artificial intelligence or machine-learning models on your personal data, by Sana or its third-party service providers (Privacy Notice), and no training of "algorithms or generative AI models" on Subscriber Data — your uploaded, submitted or connected content (MSA 9.4.2). Exception the MSA states: aggregated, anonymised Interaction Data (usage logs, feedback, ratings) may be used to train algorithms that improve search-result ranking, user experience and application infrastructure. Other exceptions in the Privacy Notice: for self-serve Sana Agents users outside the Civic Tier, Sana may review your content to understand use and improve the user experience unless you opt out in the platform; and Sana may aggregate or de-identify personal data and use it to analyse how the services are used and to improve and add features (it does not say whether this includes training). The Privacy Notice covers only data Sana controls; company workspaces are governed by the Data Processing Addendum (not read)',
    },
    optOutHow:
      'Nothing to opt out of for training: Sana says it does not train AI or machine-learning models on your personal data or Subscriber Data. Self-serve Sana Agents users can separately opt out of Sana reviewing their content "at any time within the Sana Agents platform".',
    retention:
      'For self-serve users, data is kept as long as needed to provide the service — usually as long as you have an account — plus a reasonable time for surviving terms; data used for statistics and analysis is kept no longer than one year before it is anonymised, fraud-prevention data no longer than one year, and accounting records seven years. After a subscription ends you can ask for an export within 30 days; after that Sana deletes Subscriber Data unless legally barred.',
    humanReview:
      'For self-serve users of Sana Agents outside the Civic Tier, Sana "may review your Content to understand the use of our services and improve the user experience", with an opt-out in the platform; Sana says it does not review specific content of Civic Tier users or of users invited by a company subscriber.',
    storage:
      'Sana processes personal data within the EU/EEA but says it occasionally transfers data to third countries, directly or through sub-processors (with safeguards such as the EU standard contractual clauses). Named providers include Google, Intercom, OpenAI, Salesforce, Slack and Segment.',
    business:
      'For users invited by a company (employer) Sana acts as data processor under the Data Processing Addendum and the company is controller; Sana does not review their specific content. The MSA gives paid subscribers an IP-infringement indemnity and a higher liability cap for security and data-protection breaches; free services get neither.',
    sources: [privacyNotice, msa],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Free',
        price: 0,
        currency: 'USD',
        period: 'month',
        note: 'Free Services are provided without charge "up to certain limits" (MSA 3.2.1)',
      },
      {
        name: 'Team',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: "Billed per user in the workspace, monthly or annually (help centre); no amount was read — USD is the MSA's fallback currency, not a read price",
      },
      {
        name: 'Enterprise',
        price: 'unknown',
        currency: 'USD',
        period: 'year',
        note: 'Enterprise accounts exist (SSO guide); terms are set in a Service Order Form; no price was read',
      },
    ],
    freeTier:
      'A Free tier exists: Free Services are provided without charge up to limits shown at registration, and a Team workspace whose payment fails reverts to the Free tier. Sana may end free access at any time without notice.',
    read: CHECKED,
    sources: [msa, teamTier],
  },
  copyright: {
    ownership:
      'Your Subscriber Data (content you upload, submit or connect) stays your proprietary information and Sana acquires no right in it beyond a limited licence to run the service. Who owns AI outputs is not stated in the texts read. Improvements Sana makes using Interaction Data, and feedback you give, belong to Sana.',
    commercialUse:
      'You get a limited, non-transferable licence to use the subscribed services; you may not resell or redistribute them except integrated into your own offerings that add functionality.',
    indemnity:
      'Sana indemnifies paid subscribers against third-party claims that the Services infringe IP rights (not for claims arising from your data, unapproved third-party services or modifications); free services and free pilots carry no indemnity. You indemnify Sana for claims arising from your Subscriber Data.',
    sources: [msa],
  },
  security: {
    promptInjection: 'unknown — no prompt-injection guidance was read.',
    incidents: [],
    enterpriseControls:
      'Admins can add, remove and suspend users, access and remove workspace data and see usage logs; enterprise workspaces can use SAML single sign-on after domain verification; integrations can be private (per user) or centralised with source permissions mirrored. The MSA commits Sana to maintain security measures described in its policies and DPA.',
    sources: [msa, sso, integrations],
  },
  availability: {
    regions: 'unknown — no list of supported countries was read; the MSA bars use in breach of US or other export laws.',
    minAge: 18,
    account:
      'A Sana account in a workspace — self-serve sign-up (Free or Team tier) or an invitation from a company subscriber. The services are not intended for under-18s, except the free Civic Tier services, which are open from age 13.',
    platforms: ['web', 'mobile'],
    status: 'generally available',
    sources: [privacyNotice, msa, teamTier, iosApp],
  },
  alternatives: ['microsoft-365-copilot-chat', 'chatgpt', 'claude', 'le-chat'],
  changelog: [
    { date: '2026-12-01', change: 'Added to the dataset; sources read on 2026-12-01.' },
    {
      date: '2026-12-01',
      change:
        'Second reading: 20 privacy, price and terms claims confirmed against the Privacy Notice and MSA (OTA copies) and the help-centre pages; none made unknown. Training stays never: true / default off; the training scope now also names content review of self-serve users and de-identified data use, and notes the DPA governs company workspaces. No Sana text naming the app address was found; the app.sana.ai match is unconfirmed (third-party code uses sana.ai itself).',
      fields: ['training', 'sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'An AI assistant and agents that chat over your own files, meetings and connected work tools, with search across those sources.',
      sources: [privacyNotice, integrations, iosApp],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'Sana runs on third-party AI providers (OpenAI is named among its service providers); which models it uses is not stated in the texts read.',
      sources: [privacyNotice],
    },
    trainingData: {
      status: 'good',
      note: "Sana commits in writing not to train AI or machine-learning models on your personal data (nor its providers) or on your workspace content; only aggregated, anonymised usage and feedback data may train its search-ranking and product algorithms. Separately, self-serve users' content may be reviewed by Sana unless they opt out.",
      sources: [privacyNotice, msa],
    },
    outputQuality: {
      status: 'unknown',
      note: 'unknown — no quality figures were read.',
      sources: [],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'unknown — no bias documentation was read.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'The MSA gives no accuracy warranty for free services, disclaims responsibility for external content the service pulls in, and says the service is not error-free; check answers against their sources.',
      sources: [msa],
    },
    computationalNeeds: {
      status: 'good',
      note: 'A hosted service used in the browser or the iOS app; you only need a device and an internet connection.',
      sources: [msa, iosApp],
    },
    apiAvailability: {
      status: 'unknown',
      note: 'unknown — the MSA mentions data submitted via APIs, but no Sana API documentation was read.',
      sources: [],
    },
    pricingModel: {
      status: 'caution',
      note: 'Free tier plus a per-user Team tier (monthly or annual) and enterprise contracts; no prices were read. Paid terms renew automatically unless cancelled 90 days ahead, fees are non-refundable and list prices may rise up to 7.5% a year.',
      sources: [teamTier, msa],
    },
    dataPrivacyPolicy: {
      status: 'good',
      note: 'No training on your data, processing mainly in the EU/EEA and processor terms for company workspaces; for self-serve users Sana may review content unless they opt out, and some data goes to providers such as OpenAI.',
      sources: [privacyNotice, msa],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Your content stays yours and paid plans get an IP indemnity, but output ownership is not stated and free services carry no indemnity.',
      sources: [msa],
    },
    securityVulnerabilities: {
      status: 'caution',
      note: 'Admin controls, usage logs and SAML SSO are available and Sana commits to security measures and breach notices; no incident was reviewed and no prompt-injection guidance was read.',
      sources: [msa, privacyNotice, sso],
    },
  },
} satisfies ToolInput;
