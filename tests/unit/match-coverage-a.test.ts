// Matcher cases for coverage group A (assistants and search): Doubao.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Doubao: www.doubao.com and the bare doubao.com.
  ['https://www.doubao.com/', 'doubao'],
  ['https://doubao.com/', 'doubao'],
  ['https://www.doubao.com/chat/1234567890', 'doubao'],
  ['https://www.doubao.com/legal/privacy', 'doubao'],
  ['https://www.doubao.com.evil.example/chat', null],
  ['https://notdoubao.com/', null],
  ['https://doubao-ai.com/', null],
  ['https://api.doubao.com/', null],
  // Other tools' hosts never return Doubao.
  ['https://chat.qwen.ai/', 'qwen-chat'],
  ['https://www.kimi.com/', 'kimi'],
];

describe('coverage group A matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
