// Matcher cases for coverage group F (model platforms read through Open Terms Archive copies): fal.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // fal — its own host (fal.ai and www.fal.ai).
  ['https://fal.ai/', 'fal-ai'],
  ['https://fal.ai/dashboard/keys', 'fal-ai'],
  ['https://www.fal.ai/models/fal-ai/flux/dev', 'fal-ai'],
  ['https://fal.ai.evil.example/', null],
  ['https://notfal.ai/', null],
  ['https://replicate.com/pricing', null], // not in the dataset (training terms unsettled): not fal either
  ['https://api.together.ai/', 'together-ai'],
];

describe('coverage group F matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
