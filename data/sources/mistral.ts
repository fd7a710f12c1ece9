// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the mistral tools.

export const euTerms = {
  url: 'https://legal.mistral.ai/terms/eu-consumers-terms-of-service',
  title: 'Mistral AI Terms of Service for consumers in the EEA (covers Vibe)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Vibe/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Vibe")',
  },
  published: '2026-08-07',
  checked: '2026-12-01',
} as const;

export const privacyPolicy = {
  url: 'https://legal.mistral.ai/terms/privacy-policy',
  title: 'Mistral AI Privacy Policy',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Vibe/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Vibe")',
  },
  published: '2026-09-03',
  checked: '2026-12-01',
} as const;

export const commercialTerms = {
  url: 'https://legal.mistral.ai/terms/commercial-terms-of-service',
  title: 'Mistral AI Commercial Terms of Service (business use of Vibe and Studio)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Vibe/Commercial%20Terms.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Vibe")',
  },
  published: '2026-08-05',
  checked: '2026-12-01',
} as const;

export const helpTraining = {
  url: 'https://help.mistral.ai/en/articles/323757-do-you-use-my-user-data-to-train-your-artificial-intelligence-models',
  title: 'Mistral Help Center: Do you use my user data to train your artificial intelligence models? (Le Chat / la Plateforme wording)',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export const helpOptOut = {
  url: 'https://help.mistral.ai/en/articles/455207-can-i-opt-out-of-my-input-or-output-data-being-used-for-training',
  title: 'Mistral Help Center: Can I opt out of my input or output data being used for training?',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export const docsPrivacyControls = {
  url: 'https://docs.mistral.ai/admin/monitor-comply/privacy-data-controls',
  title: 'Mistral Docs (Admin): Privacy and data controls for Vibe and the API',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export const docsPrivacy = {
  url: 'https://docs.mistral.ai/admin/security-access/privacy',
  title: 'Mistral Docs (Admin): Privacy — data usage, training opt-out and GDPR rights',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export const docsAuditLogs = {
  url: 'https://docs.mistral.ai/admin/monitor-comply/audit-logs/reference',
  title: 'Mistral Docs (Admin): Audit logs reference',
  kind: 'official',
  checked: '2026-11-28',
} as const;

export const trustCollection = {
  url: 'https://help.mistral.ai/en/collections/789666-trust-security-compliance',
  title: 'Mistral Help Center: Trust, Security & Compliance collection',
  kind: 'official',
  checked: '2026-11-28',
} as const;
