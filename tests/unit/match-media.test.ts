// Matcher cases for the media group's tools (heygen, descript, recraft, google-flow).
import { describe, expect, it } from 'vitest';
import { matchTool } from '@/data/catalogue';

const cases: Array<[string, string | null]> = [
  // HeyGen — own hosts.
  ['https://www.heygen.com/', 'heygen'],
  ['https://heygen.com/', 'heygen'],
  ['https://app.heygen.com/home', 'heygen'],
  ['https://app.heygen.com/create-v3/draft?vid=abc', 'heygen'],
  ['https://heygen.com.evil.example/', null],
  ['https://notheygen.com/', null],
  ['https://help.heygen.com/en/articles/9204682', null],
  ['https://www.descript.com/', 'descript'], // a different tool's host does not return heygen
  // Descript — marketing site and web app.
  ['https://descript.com/', 'descript'],
  ['https://web.descript.com/', 'descript'],
  ['https://web.descript.com/a1b2c3/project?x=1', 'descript'],
  ['https://descript.com.evil.example/', null],
  ['https://notdescript.com/', null],
  ['https://www.heygen.com/pricing', 'heygen'], // a different tool's host does not return descript
  // Recraft — own hosts.
  ['https://www.recraft.ai/', 'recraft'],
  ['https://recraft.ai/', 'recraft'],
  ['https://www.recraft.ai/project/123?tab=styles', 'recraft'],
  ['https://recraft.ai.evil.example/', null],
  ['https://notrecraft.ai/', null],
  ['https://ideogram.ai/', 'ideogram'], // a different image tool stays itself
  // Google Flow — a path on the shared labs.google host.
  ['https://labs.google/fx/tools/flow', 'google-flow'],
  ['https://labs.google/fx/tools/flow/project/abc-123', 'google-flow'],
  ['https://labs.google/fx/tools/flowx', null],
  ['https://labs.google/fx/tools/whisk', null],
  ['https://labs.google/', null],
  ['https://labs.google.evil.example/fx/tools/flow', null],
  ['https://notlabs.google/fx/tools/flow', null],
  ['https://gemini.google.com/app', 'gemini'], // a sibling Google host stays Gemini
];

describe('media matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
