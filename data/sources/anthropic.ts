// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the anthropic tools.

export const trainingSources = {
  url: 'https://privacy.anthropic.com/en/articles/7996885-how-do-you-use-personal-data-in-model-training',
  title: 'Anthropic Privacy Center — How do you use personal data in model training?',
  kind: 'official',
  checked: '2026-11-28',
} as const;

export const commercialTerms = {
  url: 'https://www.anthropic.com/legal/commercial-terms',
  title: 'Anthropic Commercial Terms of Service (effective 17 Jun 2025)',
  kind: 'official',
  via: {
    url: 'https://github.com/OpenTermsArchive/genai-eu-versions/blob/5fc5f7dae300273cb82ed0ca265221a52fd1c152/Claude.ai/Commercial%20Terms.md',
    title: 'Open Terms Archive copy (genai-eu-versions, EEA version)',
  },
  published: '2025-06-17',
  checked: '2026-12-01',
} as const;

export const computerUseDocs = {
  url: 'https://platform.claude.com/docs/en/agents-and-tools/tool-use/computer-use-tool',
  title: 'Claude Developer Platform docs — Computer use tool (security considerations)',
  kind: 'official',
  checked: '2026-11-28',
} as const;
