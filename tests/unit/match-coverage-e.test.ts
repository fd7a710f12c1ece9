// Matcher cases for coverage group E tools (Otter.ai, Jasper).
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Otter.ai — its own host otter.ai.
  ['https://otter.ai/', 'otter-ai'],
  ['https://otter.ai/home', 'otter-ai'],
  ['https://otter.ai/u/abc123?tab=summary', 'otter-ai'],
  ['https://otter.ai.evil.example/', null], // lookalike suffix
  ['https://nototter.ai/', null], // lookalike prefix
  ['https://app.fireflies.ai/', 'fireflies-ai'], // another meeting tool's host does not return otter-ai
  // Jasper — only the hosts Jasper's own texts name (www.jasper.ai, jasper.ai); app.jasper.ai is not claimed.
  ['https://www.jasper.ai/', 'jasper'],
  ['https://www.jasper.ai/pricing', 'jasper'],
  ['https://jasper.ai/', 'jasper'],
  ['https://www.jasper.ai.evil.example/', null], // lookalike suffix
  ['https://notjasper.ai/', null], // lookalike prefix
  ['https://app.jasper.ai/', null], // unconfirmed app host stays unclaimed (no subdomain rule)
  ['https://www.grammarly.com/', 'grammarly'], // another writing tool's host does not return jasper
];

describe('coverage group E matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
