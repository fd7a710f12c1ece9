// Matcher cases for round 4 group J: Sana AI (Sana Agents).
// (Berget AI, Intric, Bardeen, Pirr and Microsoft Security Copilot were screened and not added: Berget AI's and Intric's
// texts say nothing about training on user content; Bardeen's training sentence covers only third-party integration data
// and no web app host was confirmed on its own pages; Pirr's web app host was not found; no stored copy of Microsoft's
// Security Copilot privacy page was found.)
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Sana AI — the app at sana.ai (newest evidence) and app.sana.ai (older address); help centres and sanalabs.com not claimed.
  ['https://sana.ai/login', 'sana-ai'],
  ['https://sana.ai/abc123workspace/workflows', 'sana-ai'],
  ['https://app.sana.ai/', 'sana-ai'],
  ['https://app.sana.ai/settings', 'sana-ai'],
  ['https://app.sana.ai/login?next=%2Fchat', 'sana-ai'],
  ['https://app.sana.ai.evil.example/', null],
  ['https://notapp.sana.ai/', null],
  ['https://notsana.ai/', null],
  ['https://sanalabs.com/products/sana', null],
  ['https://support.sana.ai/en/articles/258863-guide-to-team-tier', null],
  ['https://app.sanas.ai/', null],
  ['https://chatgpt.com/', 'chatgpt'], // another tool's host does not return Sana
];

describe('round 4 group J matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
