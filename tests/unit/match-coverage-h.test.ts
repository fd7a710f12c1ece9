// Matcher cases for coverage group H (read through ToS;DR copies): Freepik.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Freepik — freepik.com with its subdomains (language editions). magnific.com hosts Freepik help docs but is not
  // matched: no Freepik/Magnific text read says the Freepik app itself runs there.
  ['https://www.freepik.com/', 'freepik'],
  ['https://freepik.com/', 'freepik'],
  ['https://www.freepik.com/pikaso/ai-image-generator', 'freepik'],
  ['https://fr.freepik.com/ai/docs/business-plan', 'freepik'],
  ['https://www.magnific.com/ai/docs/billing-credits-payments', null],
  ['https://magnific.com/', null],
  ['https://freepik.com.evil.example/', null],
  ['https://notfreepik.com/', null],
  ['https://magnific.ai/', null], // the older stand-alone upscaler's host is not claimed
  ['https://www.krea.ai/', 'krea'], // another image tool's host does not return Freepik
];

describe('coverage group H matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
