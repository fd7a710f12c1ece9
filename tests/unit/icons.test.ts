// @vitest-environment node
// The toolbar/store icon: one SVG, rendered at every size the browsers and stores ask for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SOURCE, iconManifest, rasterIcon, withMargin } from '@/modules/icons';

const svg = readFileSync(ICON_SOURCE, 'utf8');

/** RGBA of pixel (x, y). */
function at(img: { pixels: Buffer; width: number }, x: number, y: number) {
  const i = (y * img.width + x) * 4;
  return [...img.pixels.subarray(i, i + 4)] as [number, number, number, number];
}
const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

describe('icons', () => {
  it('covers the toolbar (16, 32), extensions page (48), Firefox at 2x (96) and the stores (128)', () => {
    expect([...ICON_SIZES]).toEqual([16, 32, 48, 96, 128]);
    expect(iconManifest()).toEqual({
      16: 'icons/16.png',
      32: 'icons/32.png',
      48: 'icons/48.png',
      96: 'icons/96.png',
      128: 'icons/128.png',
    });
  });

  it.each(ICON_SIZES)('renders a %i-px square PNG, the same bytes each time', async (size) => {
    const png = (await rasterIcon(svg, size)).asPng();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    // The AMO rebuild is compared byte for byte with the shipped zip.
    expect((await rasterIcon(svg, size)).asPng().equals(png)).toBe(true);
  });

  it('keeps the "!" readable at 16 px: a dark bar and dot with a light gap between them', async () => {
    const img = await rasterIcon(svg, 16);
    const shade = (y: number) => luminance(at(img, 5, y)); // column 5: the left half of the "!"
    for (const y of [3, 4, 5]) expect(shade(y), `bar, row ${y}`).toBeLessThan(80);
    expect(shade(6), 'gap, row 6').toBeGreaterThan(180); // the yellow lens shows through
    for (const y of [7, 8]) expect(shade(y), `dot, row ${y}`).toBeLessThan(80);
    expect(shade(9), 'below the dot, row 9').toBeGreaterThan(180);
  });

  it('the 128-px icon is 96 px of artwork in a 16-px transparent margin (Chrome Web Store)', async () => {
    const img = await rasterIcon(svg, 128);
    const alphaOf = (x: number, y: number) => at(img, x, y)[3];
    for (let i = 0; i < 128; i++) {
      for (const [x, y] of [
        [i, 15],
        [15, i],
        [i, 112],
        [112, i],
      ] as const)
        expect(alphaOf(x, y), `${x},${y}`).toBe(0);
    }
    expect(alphaOf(16 + 36, 16 + 36)).toBe(255); // the lens, inside the margin
    const full = await rasterIcon(svg, 96);
    expect(at(full, 1, 36)[3]).toBeGreaterThan(0); // no margin at other sizes: the halo reaches the edge
  });

  it('widens only the root viewBox', () => {
    expect(withMargin('<svg viewBox="0 0 128 128"><svg viewBox="0 0 8 8"/></svg>', 128, 16)).toMatch(
      /^<svg viewBox="-21\.3+\d* -21\.3+\d* 170\.6+\d* 170\.6+\d*"><svg viewBox="0 0 8 8"\/><\/svg>$/,
    );
    expect(withMargin(svg, 16, 0)).toBe(svg);
  });
});
