import { describe, expect, it } from 'vitest';
import { choosePlacement, intersects, MARGIN, type Rect } from '@/utils/panel/placement';

const rectOf = (corner: string, w: number, h: number, vw: number, vh: number): Rect => {
  const left = corner.endsWith('right') ? vw - MARGIN - w : MARGIN;
  const top = corner.startsWith('top') ? MARGIN : vh - MARGIN - h;
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
      expect(intersects(rectOf(p.corner, Math.min(320, vw - 24), h, vw, vh), box)).toBe(false);
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
