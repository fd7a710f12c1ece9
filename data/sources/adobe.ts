// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the Adobe tools (Firefly, Express).

export const termsBlog = {
  url: 'https://blog.adobe.com/en/publish/2024/06/10/updating-adobes-terms-of-use',
  title: 'Adobe Blog: Updating Adobe’s Terms of Use',
  kind: 'official',
  published: '2024-06-10',
  checked: '2026-12-01',
} as const;

export const contentAnalysisFaq = {
  url: 'https://helpx.adobe.com/nz/manage-account/using/machine-learning-faq.html',
  title: 'Adobe HelpX: Content analysis / machine learning FAQ',
  kind: 'official',
  checked: '2026-12-01',
} as const;
