// Matcher cases for round 4 group A: Duck.ai, Lumo, LMArena (Venice was dropped on second reading: training unknown).
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Duck.ai — duck.ai only; duckduckgo.com (the search engine, which also serves the chat as ?ia=chat) is not claimed.
  ['https://duck.ai/', 'duck-ai'],
  ['https://duck.ai/chat?q=hello', 'duck-ai'],
  ['https://duck.ai.evil.example/', null],
  ['https://notduck.ai/', null],
  ['https://duckduckgo.com/?ia=chat', null],
  // Lumo — its own subdomain lumo.proton.me; the rest of proton.me is not Lumo.
  ['https://lumo.proton.me/', 'lumo'],
  ['https://lumo.proton.me/u/0/c/abc123', 'lumo'],
  ['https://lumo.proton.me.evil.example/', null],
  ['https://proton.me/support/lumo-privacy', null],
  ['https://mail.proton.me/u/0/inbox', null],
  // LMArena — lmarena.ai; arena.ai (reported new name, unconfirmed) is not claimed.
  ['https://lmarena.ai/', 'lmarena'],
  ['https://lmarena.ai/c/new?mode=direct', 'lmarena'],
  ['https://lmarena.ai.evil.example/', null],
  ['https://notlmarena.ai/', null],
  ['https://arena.ai/', null],
  ['https://poe.com/', 'poe'], // another chat tool's host returns its own tool, none of these
];

describe('round 4 group A matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
