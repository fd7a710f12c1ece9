// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the openai tools.

export const businessNoTraining = {
  url: 'https://help.openai.com/en/articles/9883556-sharing-model-feedback-through-the-api',
  title: 'OpenAI Help Center — Sharing model feedback through the API',
  kind: 'official',
  checked: '2026-11-28',
} as const;
