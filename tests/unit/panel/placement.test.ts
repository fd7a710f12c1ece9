import { describe, expect, it } from 'vitest';
import { choosePlacement, intersects, MARGIN, type Rect } from '@/utils/panel/placement';

/** Where the panel lands: `offset` from the corner's top or bottom edge (MARGIN unless moved). */
const rectOf = (corner: string, w: number, h: number, vw: number, vh: number, offset = MARGIN): Rect => {
  const left = corner.endsWith('right') ? vw - MARGIN - w : MARGIN;
  const top = corner.startsWith('top') ? offset : vh - offset - h;
  return { left, top, right: left + w, bottom: top + h };
};

describe('choosePlacement', () => {
  const prompt = (vw: number, vh: number): Rect => ({ left: vw / 2 - 380, right: vw / 2 + 380, top: vh - 100, bottom: vh - 16 });

  it.each([
    [1280, 800],
    [1440, 900],
    [390, 844],
    [1024, 500],
  ])('never covers a bottom-centre prompt box at %ix%i, whatever corner is preferred', (vw, vh) => {
    const box = prompt(vw, vh);
    for (const preferred of ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const) {
      const p = choosePlacement(preferred, { width: 320, height: 600 }, { width: vw, height: vh }, [box]);
      const h = Math.min(600, p.maxHeight ?? 600);
      expect(intersects(rectOf(p.corner, Math.min(320, vw - 24), h, vw, vh, p.offset), box)).toBe(false);
    }
  });

  it('keeps the preferred corner when nothing is in the way', () => {
    expect(choosePlacement('bottom-left', { width: 320, height: 300 }, { width: 1280, height: 800 }, []).corner).toBe('bottom-left');
  });

  it('moves to another corner when the preferred one is blocked', () => {
    const sidebar: Rect = { left: 900, right: 1280, top: 0, bottom: 800 };
    expect(choosePlacement('top-right', { width: 320, height: 300 }, { width: 1280, height: 800 }, [sidebar]).corner).toBe('top-left');
  });
});

describe('choosePlacement: clear of the page’s own controls', () => {
  // A chat site's layout: header controls in both top corners (sidebar toggle and model picker on
  // the left; Share and the account menu on the right), the prompt box and send button at the bottom.
  const layout = (vw: number, vh: number): Rect[] => [
    { left: 8, top: 8, right: 44, bottom: 44 }, // sidebar toggle
    { left: 52, top: 8, right: 180, bottom: 44 }, // model picker
    { left: vw - 150, top: 8, right: vw - 60, bottom: 44 }, // Share
    { left: vw - 52, top: 6, right: vw - 8, bottom: 46 }, // account menu
    { left: Math.max(8, vw / 2 - 380), right: Math.min(vw - 8, vw / 2 + 380), top: vh - 110, bottom: vh - 16 }, // prompt box
    { left: Math.min(vw - 60, vw / 2 + 330), right: Math.min(vw - 12, vw / 2 + 370), top: vh - 60, bottom: vh - 24 }, // send
  ];
  const sizes = { card: { width: 320, height: 480 }, pill: { width: 190, height: 34 } };
  const place = (
    corner: Parameters<typeof choosePlacement>[0],
    size: { width: number; height: number },
    vw: number,
    vh: number,
    obstacles: Rect[],
  ) => {
    const p = choosePlacement(corner, size, { width: vw, height: vh }, obstacles);
    return {
      p,
      rect: rectOf(p.corner, Math.min(size.width, vw - 2 * MARGIN), Math.min(size.height, p.maxHeight ?? size.height), vw, vh, p.offset),
    };
  };

  it.each([
    [1280, 800],
    [1440, 900],
    [1024, 640],
    [390, 844],
    [360, 640],
  ])('at %ix%i, card and pill, from every corner: nothing covered, all on screen', (vw, vh) => {
    const obstacles = layout(vw, vh);
    for (const [kind, size] of Object.entries(sizes))
      for (const preferred of ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const) {
        const { rect } = place(preferred, size, vw, vh, obstacles);
        for (const o of obstacles) expect(intersects(rect, o), `${kind} from ${preferred} covers ${JSON.stringify(o)}`).toBe(false);
        expect(rect.top).toBeGreaterThanOrEqual(0);
        expect(rect.bottom).toBeLessThanOrEqual(vh);
      }
  });

  it('moves down past the header in the preferred corner rather than jumping corners', () => {
    const { p, rect } = place('top-right', sizes.pill, 1280, 800, layout(1280, 800));
    expect(p.corner).toBe('top-right');
    expect(rect.top).toBeGreaterThanOrEqual(46);
    expect(rect.top).toBeLessThan(80);
  });

  it('in a bottom corner, rises above the prompt box', () => {
    const { p, rect } = place('bottom-right', sizes.pill, 390, 844, layout(390, 844));
    expect(p.corner).toBe('bottom-right');
    expect(rect.bottom).toBeLessThanOrEqual(844 - 110);
  });

  it('leaves a corner whose whole column is controls (a sidebar of links) for another', () => {
    const links: Rect[] = Array.from({ length: 30 }, (_, i) => ({ left: 0, right: 260, top: 8 + i * 26, bottom: 30 + i * 26 }));
    expect(choosePlacement('top-left', sizes.card, { width: 1280, height: 800 }, links).corner).toBe('top-right');
  });

  it('caps the card to the largest free stretch when it fits nowhere whole', () => {
    const p = choosePlacement('top-right', { width: 320, height: 560 }, { width: 1280, height: 500 }, layout(1280, 500));
    expect(p.maxHeight).toBeLessThan(500);
    const rect = rectOf(p.corner, 320, p.maxHeight!, 1280, 500, p.offset);
    for (const o of layout(1280, 500)) expect(intersects(rect, o)).toBe(false);
  });
});
