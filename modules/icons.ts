/**
 * Toolbar and store icons: the one drawing, assets/icon.svg, rendered to PNG at every size the
 * browsers and stores ask for, at build time (resvg: prebuilt binaries from npm, no fonts used,
 * the same bytes on every machine — the AMO rebuild must match). wxt.config.ts lists them in the
 * manifest's `icons` and `action.default_icon`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/** 16/32: toolbar at 1x/2x; 48: extensions page; 96: Firefox add-ons manager at 2x; 128: install dialog and stores. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** Chrome Web Store: the 128-px icon is 96 px of artwork inside a 16-px transparent margin. */
export const ICON_MARGIN: Readonly<Partial<Record<IconSize, number>>> = { 128: 16 };

export const ICON_SOURCE = 'assets/icon.svg';

export const iconPath = (size: IconSize) => `icons/${size}.png`;

/** `{ "16": "icons/16.png", … }` for the manifest's `icons` and `action.default_icon`. */
export function iconManifest(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((s) => [String(s), iconPath(s)]));
}

/** Widens the root viewBox so the artwork fills `size - 2 × margin` pixels, centred. */
export function withMargin(svg: string, size: number, margin: number): string {
  if (!margin) return svg;
  const m = /viewBox="([\d.\s-]+)"/.exec(svg);
  const box = m?.[1]?.trim().split(/\s+/).map(Number);
  if (!m || !box || box.length !== 4) throw new Error(`${ICON_SOURCE}: the root <svg> needs a viewBox`);
  const [x, y, w, h] = box as [number, number, number, number];
  const pad = (margin * w) / (size - 2 * margin);
  return svg.replace(m[0], `viewBox="${x - pad} ${y - pad} ${w + 2 * pad} ${h + 2 * pad}"`);
}

/** The icon at `size` pixels: `.pixels` (RGBA) and `.asPng()`. */
export async function rasterIcon(svg: string, size: IconSize) {
  // Loaded here, not at the top: wxt.config.ts imports this file for iconManifest() alone.
  const { Resvg } = await import('@resvg/resvg-js');
  const source = withMargin(svg, size, ICON_MARGIN[size] ?? 0);
  return new Resvg(source, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
}

export default defineWxtModule({
  name: 'caveat-lens:icons',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', async (_wxt, files) => {
      const svg = readFileSync(resolve(wxt.config.root, ICON_SOURCE), 'utf8');
      const dir = resolve(wxt.config.wxtDir, 'icons');
      mkdirSync(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const absoluteSrc = resolve(dir, `${size}.png`);
        writeFileSync(absoluteSrc, (await rasterIcon(svg, size)).asPng());
        files.push({ absoluteSrc, relativeDest: iconPath(size) });
      }
    });
  },
});
