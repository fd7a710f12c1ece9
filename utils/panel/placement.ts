/**
 * Where the panel may sit: the preferred corner unless it would cover the page's
 * prompt box or send button, then another corner, with the card's height capped
 * so it ends above whatever lies below it. Pure: rectangles in, decision out.
 */
import type { Corner } from '@/utils/settings/values';

export type { Corner };
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Placement {
  corner: Corner;
  /** Cap for the card's height in px, or undefined for no cap beyond the viewport. */
  maxHeight?: number;
}

export const MARGIN = 12;
/** The card's own height cap (components/panel.css). */
export const CARD_MAX_HEIGHT = 560;
const GAP = 8;
const MIN_HEIGHT = 120;

const ORDER: Record<Corner, Corner[]> = {
  'top-right': ['top-right', 'top-left', 'bottom-right', 'bottom-left'],
  'top-left': ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
  'bottom-right': ['bottom-right', 'top-right', 'bottom-left', 'top-left'],
  'bottom-left': ['bottom-left', 'top-left', 'bottom-right', 'top-right'],
};

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function horizontalSpan(corner: Corner, width: number, vw: number): [number, number] {
  const w = Math.min(width, vw - 2 * MARGIN);
  return corner.endsWith('right') ? [vw - MARGIN - w, vw - MARGIN] : [MARGIN, MARGIN + w];
}

/** Largest height the panel can take in `corner` without touching an obstacle. */
function room(corner: Corner, width: number, vw: number, vh: number, obstacles: Rect[]): number {
  const [left, right] = horizontalSpan(corner, width, vw);
  const inColumn = obstacles.filter((o) => o.left < right && left < o.right && o.bottom > 0 && o.top < vh);
  if (corner.startsWith('top')) {
    const limit = Math.min(vh - MARGIN, ...inColumn.map((o) => o.top - GAP));
    return limit - MARGIN;
  }
  const limit = Math.max(MARGIN, ...inColumn.map((o) => o.bottom + GAP));
  return vh - MARGIN - limit;
}

/**
 * `height` is the card's natural height. Picks the first corner (preferred first)
 * where it fits whole; else the corner with most room, capped to that room.
 */
export function choosePlacement(
  preferred: Corner,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  obstacles: Rect[],
): Placement {
  let best: { corner: Corner; room: number } | null = null;
  for (const corner of ORDER[preferred]) {
    const r = room(corner, size.width, viewport.width, viewport.height, obstacles);
    if (r >= size.height) return { corner, maxHeight: r < viewport.height - 2 * MARGIN ? Math.floor(r) : undefined };
    if (!best || r > best.room) best = { corner, room: r };
  }
  return { corner: best!.corner, maxHeight: Math.max(MIN_HEIGHT, Math.floor(best!.room)) };
}
