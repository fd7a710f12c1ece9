// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the openai tools (chatgpt, openai-platform, sora).
// Re-read 2026-12-01 through Open Terms Archive's verbatim copies (genai-eu-versions), except
// businessNoTraining, which was not re-read and keeps its date.

const otaCopy = (file: string) => ({
  url: `https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/${file}`,
  title: 'Open Terms Archive copy (genai-eu-versions)',
});

export const businessNoTraining = {
  url: 'https://help.openai.com/en/articles/9883556-sharing-model-feedback-through-the-api',
  title: 'OpenAI Help Center — Sharing model feedback through the API',
  kind: 'official',
  checked: '2026-11-28',
} as const;

/** "How your data is used to improve model performance" — covers ChatGPT, Sora, Operator and business products. */
export const modelImprovement = {
  url: 'https://openai.com/policies/how-your-data-is-used-to-improve-model-performance/',
  title: 'OpenAI — How your data is used to improve model performance',
  kind: 'official',
  published: '2025-04-28',
  checked: '2026-12-01',
  via: otaCopy('ChatGPT/Privacy%20Policy.md'),
} as const;

/** One spelling (with the trailing slash OpenAI's own pages link to) and the page's own date. */
export const enterprisePrivacy = {
  url: 'https://openai.com/enterprise-privacy/',
  title: 'OpenAI — Enterprise privacy at OpenAI',
  kind: 'official',
  published: '2026-01-08',
  checked: '2026-12-01',
  via: otaCopy('ChatGPT/Business%20Privacy%20Policy.md'),
} as const;

export const serviceTerms = {
  url: 'https://openai.com/policies/service-terms/',
  title: 'OpenAI — Service Terms',
  kind: 'official',
  published: '2026-09-29',
  checked: '2026-12-01',
  via: otaCopy('ChatGPT/Terms%20of%20Service.md'),
} as const;

export const euTerms = {
  url: 'https://openai.com/policies/eu-terms-of-use/',
  title: 'OpenAI — Europe Terms of Use (EEA, Switzerland, UK)',
  kind: 'official',
  published: '2026-01-16',
  checked: '2026-12-01',
  via: otaCopy('ChatGPT/Terms%20of%20Service.md'),
} as const;

export const servicesAgreement = {
  url: 'https://openai.com/policies/services-agreement/',
  title: 'OpenAI Services Agreement (updated 1 Dec 2025, effective 1 Jan 2026)',
  kind: 'official',
  published: '2025-12-01',
  checked: '2026-12-01',
  via: otaCopy('ChatGPT/Commercial%20Terms.md'),
} as const;
