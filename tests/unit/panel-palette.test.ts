// The panel's copy of the palette (modules/panel-palette.ts), run as the content script's build
// runs it: Vite's CSS pipeline over the real components/panel.css and its @import of the palette.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preprocessCSS, resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { panelPalette } from '@/modules/panel-palette';

async function run(css: string, file = resolve('components/panel.css')) {
  const config = await resolveConfig({ configFile: false, logLevel: 'silent', css: { postcss: { plugins: [panelPalette()] } } }, 'build');
  return (await preprocessCSS(css, file, config)).code.replace(/\/\*[\s\S]*?\*\//g, '');
}
const tokens = (css: string, selector: string) => {
  const body = css.match(new RegExp(`(?:^|\\})\\s*${selector.replace(/[.[\]'()]/g, '\\$&')}\\s*\\{([^}]*)\\}`))?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/(--[a-z-]+):\s*([^;]+)/g)].map((m) => [m[1], m[2]!.trim()]));
};

describe('the panel’s palette', () => {
  it('each colour’s light value on .cl-root and its dark value for the dark theme, with no light-dark() left', async () => {
    const out = await run(readFileSync('components/panel.css', 'utf8'));
    expect(out).not.toContain('light-dark(');
    expect(out).not.toMatch(/:root/);
    const light = tokens(out, '.cl-root');
    const dark = tokens(out, ".cl-root[data-theme='dark']");
    // The panel's own background (a shade lighter in dark than the pages') and the text colour.
    expect(light).toMatchObject({ '--bg': '#ffffff', '--fg': '#1c1e21', '--risk-fg': '#a4161a' });
    expect(dark).toMatchObject({ '--bg': '#1f2227', '--fg': '#e8eaed', '--risk-fg': '#ffb3b0' });
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    // One rule per theme, with its colour scheme.
    expect(out.match(/\.cl-root\[data-theme='dark'\]\s*\{/g)).toHaveLength(1);
    expect(out).toMatch(/\.cl-root\[data-theme='dark'\]\s*\{[^}]*color-scheme:\s*dark/);
  });

  it('keeps exactly the colours the panel reads', async () => {
    const out = await run(readFileSync('components/panel.css', 'utf8'));
    const declared = new Set(Object.keys(tokens(out, '.cl-root')));
    const used = new Set([...out.matchAll(/var\((--[a-z-]+)/g)].map((m) => m[1]!).filter((v) => v !== '--cl-y' && v !== '--cl-room'));
    expect([...used].filter((v) => !declared.has(v))).toEqual([]);
    expect([...declared].filter((v) => !used.has(v))).toEqual([]);
    expect(declared.has('--error')).toBe(false); // the pages' error colour
  });

  it('refuses a light-dark() it cannot split (the palette is hex pairs only)', async () => {
    await expect(run('.cl-root { --x: light-dark(rgb(0 0 0), #fff); } .a { color: var(--x); }')).rejects.toThrow(
      /light-dark\(#light, #dark\)/,
    );
  });
});
