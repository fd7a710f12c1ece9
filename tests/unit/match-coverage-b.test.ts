import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

// Coverage group B (writing/work and coding agents on the web). Landed: Fireflies.ai. Skipped tools have no cases here.
const cases: Array<[string, string | null]> = [
  // Fireflies.ai: own host and its web app.
  ['https://fireflies.ai/', 'fireflies-ai'],
  ['https://app.fireflies.ai/', 'fireflies-ai'],
  ['https://app.fireflies.ai/view/Weekly-sync::abc123', 'fireflies-ai'],
  ['https://app.fireflies.ai/settings', 'fireflies-ai'],
  ['https://fireflies.ai.evil.example/', null],
  ['https://notfireflies.ai/', null],
  ['https://fireworks.ai/', 'fireworks-ai'],
];

describe('coverage-b matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
