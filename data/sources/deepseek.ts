// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the deepseek tools. Only deepseek.com addresses are
// cited as official; lookalike domains (deepseek-ai.*, deepseek.chat, …) are never used.

export const apiPricing = {
  url: 'https://api-docs.deepseek.com/quick_start/pricing',
  title: 'DeepSeek API Docs: Models & Pricing',
  kind: 'official',
  checked: '2026-12-01',
} as const;

export const termsOfUse = {
  url: 'https://cdn.deepseek.com/policies/en-US/deepseek-terms-of-use.html',
  title: 'DeepSeek Terms of Use — the general terms the Open Platform terms supplement (EU version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/6f1a8140a52128d313d2ccd820ad50dfb05be7b9/DeepSeek/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "DeepSeek"; version last updated 27 Mar 2026)',
  },
  published: '2026-03-27',
  checked: '2026-12-01',
} as const;

export const privacyPolicy = {
  url: 'https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html',
  title: 'DeepSeek Privacy Policy (EU version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/c93cca6d6d9764e1cfb2a97896ac7463c58a022a/DeepSeek/Privacy%20Policy.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "DeepSeek")',
  },
  published: '2026-02-10',
  checked: '2026-12-01',
} as const;

export const ropes = {
  url: 'https://ropesgray.com/en/insights/alerts/2025/01/deepseek-legal-considerations-for-enterprise-users',
  title: 'Ropes & Gray: DeepSeek — Legal Considerations for Enterprise Users',
  kind: 'third-party',
  published: '2025-01-29',
  checked: '2026-11-28',
} as const;

export const wizNewsItDaily = {
  url: 'https://itdaily.com/news/security/deepseek-leaves-database-wide-open/',
  title: 'ITdaily: DeepSeek leaves database of chat history wide open (Wiz Research findings)',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;

export const wizNews = {
  url: 'https://www.gadgetreview.com/security-researchers-uncover-major-data-exposure',
  title: 'GadgetReview: Security researchers uncover major DeepSeek data exposure',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;
