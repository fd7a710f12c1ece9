// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the google tools.

export const googleTerms = {
  url: 'https://policies.google.com/terms?hl=en-GB&gl=IE',
  title: 'Google Terms of Service (EU/Ireland version)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/main/Google%20Generative%20AI%20Services/Terms%20of%20Service.md',
    title: 'Open Terms Archive copy (genai-eu-versions, "Google Generative AI Services")',
  },
  published: '2024-05-22',
  checked: '2026-11-28',
} as const;

export const plansNews = {
  url: 'https://hellomarvisaitoday.com/articles/5ab7768d-7e49-4fd0-9e93-979850e27b44',
  title: 'News-aggregator summary of The Decoder: Google restructures AI subscriptions at I/O 2026',
  kind: 'third-party',
  published: '2026-05-19',
  checked: '2026-11-28',
} as const;

export const apiTerms = {
  url: 'https://ai.google.dev/terms?hl=ja',
  title: 'Gemini API Additional Terms of Service (Japanese-language page)',
  kind: 'official',
  published: '2025-05-20',
  checked: '2026-12-01',
} as const;
