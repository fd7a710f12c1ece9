// Matcher cases for the "assistants-writing" group: Grammarly, Kagi Assistant and Consensus.
import { describe, expect, it } from 'vitest';
import { matchTool } from '@/data/catalogue';

const cases: Array<[string, string | null]> = [
  // Grammarly: grammarly.com and its subdomains (app., account.).
  ['https://www.grammarly.com/', 'grammarly'],
  ['https://grammarly.com/', 'grammarly'],
  ['https://app.grammarly.com/ddocs/123456', 'grammarly'],
  ['https://account.grammarly.com/security/privacy', 'grammarly'],
  ['https://grammarly.com.evil.example/', null],
  ['https://notgrammarly.com/', null],
  ['https://grammarly.co/', null],
  // Kagi Assistant: only the /assistant path on kagi.com.
  ['https://kagi.com/assistant', 'kagi-assistant'],
  ['https://kagi.com/assistant?profile=gpt-4o&q=hello', 'kagi-assistant'],
  ['https://kagi.com/assistant/thread-abc', 'kagi-assistant'],
  ['https://kagi.com/assistants', null],
  ['https://kagi.com/search?q=test', null],
  ['https://kagi.com/', null],
  ['https://kagi.com.evil.example/assistant', null],
  ['https://notkagi.com/assistant', null],
  // Consensus: consensus.app.
  ['https://consensus.app/', 'consensus'],
  ['https://consensus.app/search/does-creatine-help/abc123/', 'consensus'],
  ['https://consensus.app.evil.example/', null],
  ['https://notconsensus.app/', null],
  ['https://consensus.ai/', null],
  // Other tools' hosts never return these.
  ['https://www.perplexity.ai/search/x', 'perplexity'],
  ['https://chatgpt.com/', 'chatgpt'],
];

describe('assistants-writing matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
