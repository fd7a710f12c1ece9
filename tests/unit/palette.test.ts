// One palette: the panel's and the pages' stylesheets take every colour from components/palette.css.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_CAUTION, BADGE_RISK } from '@/utils/background/badge';

const read = (f: string) => readFileSync(`components/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const palette = read('palette.css');
const sheets = { 'panel.css': read('panel.css'), 'ui.css': read('ui.css') };
const defined = new Set([...palette.matchAll(/(--[a-z-]+)\s*:/g)].map((m) => m[1]));

describe('the colour palette', () => {
  it.each(Object.entries(sheets))('%s imports it and uses only its colours', (_name, css) => {
    expect(css).toMatch(/^\s*@import '\.\/palette\.css';/);
    const used = [...css.matchAll(/var\((--[a-z-]+)/g)].map((m) => m[1]!).filter((v) => v !== '--cl-room' && v !== '--cl-y'); // --cl-room, --cl-y: set by the placement code
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((v) => !defined.has(v))).toEqual([]);
    // No colour of its own (shadows are translucent black, not a palette colour).
    expect(css.match(/#[0-9a-f]{3,8}\b|\b(?:rgb|hsl)a?\((?!0, 0, 0,)/gi)).toBeNull();
  });

  it('gives every colour a light and a dark value', () => {
    for (const [, name, value] of palette.matchAll(/(--[a-z-]+)\s*:\s*([^;]+);/g))
      expect(value, name).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
  });

  it('the toolbar badge’s red and amber are the palette’s risk red and caution amber', () => {
    expect(palette).toContain(`--risk-fg: light-dark(${BADGE_RISK},`);
    expect(palette).toContain(`--caution-fg: light-dark(${BADGE_CAUTION},`);
  });
});
