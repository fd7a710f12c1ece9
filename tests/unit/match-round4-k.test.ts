// Matcher cases for round 4 group K: Google Labs siblings of Flow on labs.google/fx.
// No tool was added (screened 2026-12-01):
// - Whisk (labs.google/fx/tools/whisk) and ImageFX (labs.google/fx/tools/image-fx): no Google page read says they are
//   still offered. The newer version of Google One's AI-credits help page (support.google.com/googleone/answer/16287445)
//   and Google One's purchase page (answer/17103110) name only Google Flow and Google Antigravity, where the older
//   version named "Flow and Whisk"; third-party sources cite a Google blog post of 25 February 2026 that folded Whisk and
//   ImageFX into Flow, and report Whisk closing on 30 April 2026.
// - MusicFX DJ (labs.google/fx/tools/music-fx-dj): the newest Google text found that names it is the Magenta RealTime
//   page (2025); no 2026 Google page confirms it is still offered.
// These cases pin that the sibling paths do not fall through to Google Flow's path rule.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Google Flow keeps its own path rule only.
  ['https://labs.google/fx/tools/flow', 'google-flow'],
  ['https://labs.google/fx/tools/flow/project/0b7c2f9e-1234', 'google-flow'],
  ['https://labs.google/fx/tools/flowers', null],
  // Sibling Labs paths are not claimed by any tool.
  ['https://labs.google/fx/tools/whisk', null],
  ['https://labs.google/fx/tools/whisk/project', null],
  ['https://labs.google/fx/tools/whiskers', null],
  ['https://labs.google/fx/tools/image-fx', null],
  ['https://labs.google/fx/tools/music-fx-dj', null],
  ['https://labs.google/fx', null],
  // Lookalike hosts do not match.
  ['https://labs.google.evil.example/fx/tools/flow', null],
  ['https://notlabs.google/fx/tools/flow', null],
];

describe('round 4 group K matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
