// Matcher cases for round 4, group C: Figma Make (a path on www.figma.com) and Adobe Express (new.express.adobe.com).
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Figma Make — only the /make path on www.figma.com; the rest of Figma is not an AI surface of its own.
  ['https://www.figma.com/make/new', 'figma-make'],
  ['https://www.figma.com/make/new#prompt=abc', 'figma-make'],
  ['https://www.figma.com/make/AbC123xyz/My-App?node-id=0-1', 'figma-make'],
  ['https://www.figma.com/make', 'figma-make'],
  ['https://www.figma.com/makeover', null], // sibling path on the shared host
  ['https://www.figma.com/design/AbC123/My-File', null],
  ['https://www.figma.com/', null],
  ['https://www.figma.com.evil.example/make/new', null],
  ['https://notfigma.com/make/new', null],
  // Adobe Express — new.express.adobe.com only.
  ['https://new.express.adobe.com/', 'adobe-express'],
  ['https://new.express.adobe.com/home/tools/generate-image', 'adobe-express'],
  ['https://new.express.adobe.com.evil.example/', null],
  ['https://notnew.express.adobe.com/', null],
  ['https://express.adobe.com/', null], // not confirmed as the app's address, not claimed
  ['https://firefly.adobe.com/', 'adobe-firefly'], // Adobe's other AI tool keeps its own host
  ['https://www.adobe.com/express/', null],
];

describe('round 4 group C matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
