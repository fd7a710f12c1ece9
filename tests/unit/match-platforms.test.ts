// Matcher cases for the platforms group's tools (openrouter, azure-ai-foundry, together-ai, fireworks-ai).
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // OpenRouter — own hosts.
  ['https://openrouter.ai/', 'openrouter'],
  ['https://openrouter.ai/settings/privacy', 'openrouter'],
  ['https://openrouter.ai/chat?models=openai/gpt-4o', 'openrouter'],
  ['https://www.openrouter.ai/docs/faq', 'openrouter'],
  ['https://openrouter.ai.evil.example/', null],
  ['https://notopenrouter.ai/', null],
  ['https://openrouter.dev/terms-of-service', null], // lookalike site with different terms
  ['https://platform.openai.com/playground', 'openai-platform'], // a different tool's host does not return openrouter
  // Azure AI Foundry — the ai.azure.com portal only.
  ['https://ai.azure.com/', 'azure-ai-foundry'],
  ['https://ai.azure.com/resource/playground?wsid=abc', 'azure-ai-foundry'],
  ['https://ai.azure.com.evil.example/', null],
  ['https://notai.azure.com/', null],
  ['https://portal.azure.com/', null],
  ['https://copilot.microsoft.com/', 'microsoft-copilot'], // another Microsoft tool stays itself
  // Together AI — console and marketing hosts.
  ['https://api.together.ai/', 'together-ai'],
  ['https://api.together.ai/settings/profile', 'together-ai'],
  ['https://www.together.ai/pricing', 'together-ai'],
  ['https://together.ai/', 'together-ai'],
  ['https://together.ai.evil.example/', null],
  ['https://nottogether.ai/', null],
  ['https://fireworks.ai/', 'fireworks-ai'], // a different platform's host does not return together-ai
  // Fireworks AI — site and dashboard.
  ['https://fireworks.ai/pricing', 'fireworks-ai'],
  ['https://www.fireworks.ai/', 'fireworks-ai'],
  ['https://app.fireworks.ai/models', 'fireworks-ai'],
  ['https://fireworks.ai.evil.example/', null],
  ['https://notfireworks.ai/', null],
  ['https://api.together.ai/models', 'together-ai'], // a different platform's host does not return fireworks-ai
];

describe('platforms matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
