// Matcher cases for round 4 group I: Kapwing.
// (Pixlr's AI image generator, Brave Search's AI answers, Ecosia's AI chat, Fathom, Read AI, tl;dv, LanguageTool and
// Craiyon were screened and not added: the maker's own text on training was not found or says nothing about it.)
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Kapwing — www.kapwing.com (policies, help centre, sign-in) and the apex kapwing.com.
  ['https://www.kapwing.com/', 'kapwing'],
  ['https://kapwing.com/', 'kapwing'],
  ['https://www.kapwing.com/ai/dubbing', 'kapwing'],
  ['https://www.kapwing.com/help/security-and-data-privacy-faq/', 'kapwing'],
  ['https://www.kapwing.com.evil.example/', null],
  ['https://notkapwing.com/', null],
  ['https://east.kapwing.com/', null], // other subdomains are not claimed
  ['https://www.kapwing-dev.com/policies/refund', null],
  ['https://www.descript.com/', 'descript'], // another tool's host does not return Kapwing
];

describe('round 4 group I matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
