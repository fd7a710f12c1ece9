// Cursor — facts from Cursor's own help/docs pages (cursor.com, docs.cursor.com), the Cursor Terms of Service and MSA,
// CVE records and a few labelled third-party items. Review 2026-12-01 re-read Cursor's help pages "Privacy and data"
// and "Usage and limits" (stored copies on cursor.com). Not re-read (dates kept): the Terms of Service (version
// 2025-06-13, read earlier through the copy shipped in the Arch Linux AUR cursor-cli package, whose address was not
// recorded, so no `via` can be given; the "read through a copy" note was moved out of the title), the MSA, docs.cursor.com's privacy FAQ and the security-hardening page.
// Review findings resolved:
// - The file contradicted itself on the default for individual accounts ("not used for training unless you agreed"
//   from the Terms vs. "on unless Privacy Mode is enabled"). Cursor's own help page read today says Privacy Mode
//   means code is "never stored by model providers and never used for training" and that "for teams, Privacy Mode
//   is enabled by default"; it does not say what the default is for individual accounts or what happens with Privacy
//   Mode off. Cursor's "Data Use & Privacy Overview" (cursor.com/data-use) was found only through a policy tracker
//   (ConductAtlas), which may not carry training parts. So: default unknown, optOut setting (the Privacy Mode
//   toggle), never false; the Terms sentence is no longer used for training because it was not re-read.
// - Sources that are not official stay labelled third-party: the Cursor forum thread, the Slack Marketplace listing
//   and the CVE record on raw.githubusercontent.com (the GitHub advisory is third-party too). Claims resting only on
//   the Slack listing (AWS in the US) are now marked unknown.
// Hosts unchanged.
// Second reading 2026-12-01: 16 claims confirmed, 0 made unknown (training default unknown / Privacy Mode setting /
// never false / scope, optOutHow, ZDR retention with Privacy Mode, encryption, data sent to model providers, teams
// default and enforcement, storage and human review unknown; Pro $20, Pro Plus $60, Ultra $200, included usage,
// on-demand and no roll-over; Hobby and Teams unknown; Enterprise custom under the MSA, whose stored copy shows the
// Order Form / DPA structure, last updated 2025-06-13).
import type { ToolInput } from '../schema.ts';

const privacyHelp = {
  url: 'https://cursor.com/help/security-and-privacy/privacy.md',
  title: 'Cursor Help: Privacy and data',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const usageLimits = {
  url: 'https://cursor.com/help/models-and-usage/usage-limits.md',
  title: 'Cursor Help: Usage and limits',
  kind: 'official',
  checked: '2026-12-01',
} as const;

const securityHardening = {
  url: 'https://cursor.com/docs/enterprise/security-hardening',
  title: 'Cursor Docs: Security and Privacy Hardening',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const msa = {
  url: 'https://www.cursor.com/terms/msa',
  title: 'Anysphere Master Services Agreement',
  kind: 'official',
  published: '2025-06-13',
  checked: '2026-12-01',
} as const;

const privacyPage = {
  url: 'https://www.cursor.com/privacy',
  title: 'Cursor Privacy Policy page (stored copy, undated summary)',
  kind: 'official',
  checked: '2026-11-28',
} as const;

const termsOfService = {
  url: 'https://cursor.com/terms-of-service',
  title: 'Anysphere Terms of Service for Cursor (version last updated 2025-06-13)',
  kind: 'official',
  published: '2025-06-13',
  checked: '2026-11-28',
} as const;

const apiForum = {
  url: 'https://forum.cursor.com/t/api-sdk-terms-of-use-question/159741',
  title: 'Cursor Forum: API / SDK terms of use question (staff reply)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const slackListing = {
  url: 'https://slack.com/marketplace/A08SKDT6QUW-cursor',
  title: 'Cursor listing on the Slack Marketplace (vendor-supplied data-handling answers)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

const cve54133 = {
  url: 'https://raw.githubusercontent.com/CVEProject/cvelistV5/main/cves/2025/54xxx/CVE-2025-54133.json',
  title: "CVE-2025-54133: Cursor's MCP install deeplink does not show arguments",
  kind: 'third-party',
  published: '2025-08-01',
  checked: '2026-11-28',
} as const;

const ghsa54135 = {
  url: 'https://github.com/cursor/cursor/security/advisories/GHSA-4cxx-hrm3-49rm',
  title: 'GHSA-4cxx-hrm3-49rm (CVE-2025-54135): Cursor Agent prompt injection via MCP special files',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export default {
  id: 'cursor',
  name: 'Cursor',
  vendor: 'Anysphere, Inc.',
  category: 'code assistant',
  homepage: 'https://cursor.com/',
  officialDomains: ['cursor.com'],
  // Hosts narrowed by the lead: only where people use the tool (least privilege).
  match: [{ host: 'cursor.com' }, { host: 'www.cursor.com' }],
  summary:
    'AI-first code editor built on VS Code with autocomplete, an in-editor agent, cloud agents and a CLI; prompts and code context are sent to Cursor and its model providers.',
  capabilities: [
    'Tab autocomplete that predicts multi-line edits',
    'Agent mode that edits many files and runs terminal commands',
    'Codebase indexing and chat over your repository',
    'Choice of third-party models (OpenAI, Anthropic, Google, xAI) plus Cursor models',
    'Cloud agents, CLI and automated PR review (Bugbot)',
  ],
  limits: [
    'Paid plans include a monthly budget of API usage; heavy use of frontier models incurs extra on-demand charges',
    'Requests go through Cursor servers even when you bring your own API key',
    'Agent can run shell commands; auto-run and MCP servers widen the attack surface',
    'The Terms bar sending data regulated by HIPAA, PCI DSS or GLBA, and bar using the service or its suggestions to train a competing model',
    'Agent features that run code without review are at your own risk under the Terms',
  ],
  privacy: {
    training: {
      default: 'unknown',
      optOut: 'setting',
      never: false,
      scope:
        'with Privacy Mode on, your code is "never stored by model providers and never used for training"; what happens with Privacy Mode off, and whether it is on by default for individual accounts, was not found on a Cursor page',
    },
    optOutHow:
      'Turn on Privacy Mode: Cursor Settings (Cmd/Ctrl + Shift + J) > General > Privacy Mode. For teams it is on by default and admins can enforce it so members cannot disable it. Whether it is on by default for individual accounts was not found on a Cursor page.',
    retention:
      'With Privacy Mode on, Cursor says model providers never store your code (zero-data-retention agreements with all providers) and all data is encrypted at rest and in transit. Retention with Privacy Mode off, and for codebase-index data, was not re-read on a Cursor page.',
    humanReview: 'unknown',
    storage:
      'unknown — processing locations were not read on a Cursor page (vendor answers on the Slack Marketplace, a third-party page, say AWS in the United States). Cursor says prompts and code context are sent to model providers such as OpenAI, Anthropic and Google.',
    business:
      'For teams, Privacy Mode is enabled by default for all members and admins can enforce it organisation-wide so members cannot disable it. Business customers contract under the Anysphere MSA (last updated 2025-06-13) with an Order Form and a Data Processing Agreement; their data clauses were not read in detail.',
    sources: [privacyHelp, msa, slackListing],
  },
  pricing: {
    model: 'freemium',
    plans: [
      {
        name: 'Hobby (free)',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'unknown — the Terms (2025-06-13, not re-read) provide for unpaid accounts, but no free plan or its limits were read on a Cursor page in this pass.',
      },
      {
        name: 'Pro',
        price: 20,
        currency: 'USD',
        period: 'month',
        note: 'Includes $20 of API agent usage plus generous Auto and Composer usage.',
      },
      {
        name: 'Pro Plus',
        price: 60,
        currency: 'USD',
        period: 'month',
        note: 'Includes $70 of API agent usage plus generous Auto and Composer usage.',
      },
      {
        name: 'Ultra',
        price: 200,
        currency: 'USD',
        period: 'month',
        note: 'Includes $400 of API agent usage plus generous Auto and Composer usage.',
      },
      {
        name: 'Teams',
        price: 'unknown',
        currency: 'USD',
        period: 'month',
        note: 'Per-user team plan; its price was not read on an official page.',
      },
      {
        name: 'Enterprise',
        price: 'custom',
        currency: 'USD',
        period: 'month',
        note: 'Contracted through an Order Form under the Anysphere MSA.',
      },
    ],
    freeTier:
      'unknown — the Terms (not re-read) refer to accounts without a paid plan, but no free plan was read on a Cursor page in this pass. Usage beyond a plan’s included budget needs usage-based (on-demand) pricing or an upgrade; unused usage does not roll over.',
    read: '2026-12-01',
    sources: [usageLimits, termsOfService, msa],
  },
  copyright: {
    ownership:
      'You keep your rights in your inputs, and Anysphere assigns to you whatever rights it has in the suggestions; suggestions may be the same as ones given to other users, and you get no rights in theirs. For enterprise customers the MSA excludes Customer Data from Anysphere IP.',
    commercialUse:
      'Commercial coding use is allowed, but the Terms forbid renting, lending or selling the Service itself (e.g. selling time on your account) and using the Service or its suggestions to build a competing model.',
    indemnity:
      'None for individual users: the consumer Terms make you defend and indemnify Anysphere, including against claims that your input infringes someone’s rights, and suggestions come “as is”. Enterprise MSA indemnity terms were not checked.',
    sources: [termsOfService, msa, apiForum],
  },
  security: {
    promptInjection:
      'High exposure: the agent reads untrusted repo files, rules and MCP tool output and can run commands. 2025 CVEs showed prompt injection or tampered MCP configs leading to code execution (fixed in 1.3.x). Use .cursorignore, approvals and allowlists.',
    incidents: [
      {
        date: '2025-08-01',
        summary:
          'CVE-2025-54133 published: the MCP install deeplink dialog did not show the command arguments, letting a malicious link hide what would run.',
        sources: [cve54133],
      },
      {
        date: '2025-08-05',
        summary:
          'CVE-2025-54135 published: indirect prompt injection could make the agent create .cursor/mcp.json and run code without approval; fixed in Cursor 1.3.9.',
        sources: [ghsa54135],
      },
    ],
    enterpriseControls:
      'Org-wide Privacy Mode enforcement, MDM policies, SIEM streaming, hooks, sandboxing and agent approval/allowlist controls (mostly Enterprise); the privacy page states SOC 2 certification. SCIM and audit-log availability was not confirmed on an official page.',
    sources: [securityHardening, privacyHelp, privacyPage, cve54133, ghsa54135],
  },
  availability: {
    regions: 'unknown',
    minAge: 18,
    account:
      'Account required for most features; users must be at least 18 or the age of majority where they live, whichever is higher. A free tier exists.',
    platforms: ['desktop', 'web', 'api'],
    status: 'generally available',
    sources: [termsOfService, usageLimits, apiForum],
  },
  alternatives: ['github-copilot', 'replit-agent', 'bolt', 'v0', 'lovable'],
  changelog: [
    { date: '2026-11-28', change: 'Added to the dataset; sources read on 2026-11-28.' },
    {
      date: '2026-11-28',
      change:
        'Review: ownership, indemnity, minimum age and regulated-data ban now cited to Cursor’s Terms of Service; ConductAtlas, pricing transcription and guide sources removed (Teams price now unknown); forum source relabelled third-party.',
    },
    {
      date: '2026-12-01',
      change:
        'Training default set to unknown: Cursor’s own help page says Privacy Mode stops training and is on by default for teams, but no Cursor page read says what the default is for individual accounts (the self-contradiction is removed); storage location made unknown (only the Slack listing had it); privacy help and usage pages re-read, Pro/Pro Plus/Ultra prices confirmed.',
      fields: ['training', 'retention', 'pricing', 'sources'],
    },
    {
      date: '2026-12-01',
      change:
        'Second reading: Cursor’s help pages “Privacy and data” and “Usage and limits” (stored copies) confirm Privacy Mode (no storage or training by providers, ZDR, on by default for teams, admin enforcement, settings path), encryption, data sent to model providers and the Pro $20 / Pro Plus $60 / Ultra $200 plans with their included usage; the MSA copy (last updated 2025-06-13) confirms Order Form contracting for Enterprise. Training default for individual accounts stays unknown. Nothing made unknown.',
      fields: ['sources'],
    },
  ],
  checklist: {
    contentType: {
      status: 'good',
      note: 'Generates and edits source code, terminal commands and explanations inside a desktop editor.',
      sources: [termsOfService],
    },
    modelArchitecture: {
      status: 'caution',
      note: 'A router over third-party frontier models (OpenAI, Anthropic, Google, xAI) plus Cursor-built models; which model handles a request depends on your settings and the Auto mode.',
      sources: [privacyHelp, usageLimits],
    },
    trainingData: {
      status: 'unknown',
      note: "No public description of the training data behind Cursor's own models was found; third-party model training is governed by each provider.",
      sources: [],
    },
    outputQuality: {
      status: 'caution',
      note: 'Useful for multi-file edits, but agent changes must be reviewed; the Terms warn suggestions may contain errors and make you responsible for evaluating them and for auto-executed code.',
      sources: [termsOfService],
    },
    biasMitigation: {
      status: 'unknown',
      note: 'No Cursor-specific bias or safety evaluation was found.',
      sources: [],
    },
    hallucinationRisk: {
      status: 'caution',
      note: 'LLM-generated code can invent APIs or introduce subtle bugs; the Terms tell you not to rely on suggestions as a source of truth. Test before merging and keep the agent away from production credentials.',
      sources: [termsOfService],
    },
    computationalNeeds: {
      status: 'good',
      note: 'Inference runs in the cloud; the local editor has ordinary VS Code-like requirements. Cost rather than hardware is the constraint.',
      sources: [usageLimits],
    },
    apiAvailability: {
      status: 'good',
      note: 'Cursor offers an API and SDK to drive agents from your own apps, under terms that forbid reselling access.',
      sources: [apiForum],
    },
    pricingModel: {
      status: 'caution',
      note: 'Subscriptions include a dollar budget of model usage; frontier-model or Max Mode use can exhaust it quickly and trigger on-demand charges.',
      sources: [usageLimits],
    },
    dataPrivacyPolicy: {
      status: 'caution',
      note: 'Turn Privacy Mode on before working on proprietary code (teams have it on by default and admins can enforce it): only then does Cursor say code is never stored by model providers or used for training. The default for individual accounts was not confirmed on a Cursor page. Never send HIPAA, PCI or GLBA-regulated data.',
      sources: [privacyHelp, termsOfService],
    },
    copyrightImplications: {
      status: 'caution',
      note: 'Anysphere assigns you its rights in suggestions, but they may not be unique to you and there is no IP indemnity for individual users; check licences of anything that looks copied.',
      sources: [termsOfService],
    },
    securityVulnerabilities: {
      status: 'risk',
      note: 'Several 2025 CVEs let prompt injection or tampered MCP configs execute code on the developer machine; keep Cursor updated and require approvals for commands and MCP servers.',
      sources: [cve54133, ghsa54135, securityHardening],
    },
  },
} satisfies ToolInput;
