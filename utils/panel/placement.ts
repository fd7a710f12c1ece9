/**
 * Where the panel may sit: a corner, and how far from that corner's edge, so that it covers
 * none of the page's own controls (prompt box, send button, header buttons, menus). The
 * preferred corner wins when the panel fits there within a short move down (or up, in the
 * bottom corners); then another corner; then the largest free stretch, with the card's height
 * capped to it. Pure: rectangles in, decision out.
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
  /** Distance in px from the corner's top (or bottom) edge of the viewport; MARGIN when omitted. */
  offset?: number;
  /** Cap for the card's height in px, or undefined for no cap beyond the viewport. */
  maxHeight?: number;
}

export const MARGIN = 12;
/** The card's own height cap (components/panel.css). */
export const CARD_MAX_HEIGHT = 560;
const GAP = 8;
const MIN_HEIGHT = 120;
/** A move within this share of the viewport's height keeps the preferred corner (past a header, say). */
const SHORT_MOVE = 0.25;

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

/** Free stretches of the corner's column, as [offset from the corner's edge, length], nearest the edge first. */
function freeStretches(corner: Corner, width: number, vw: number, vh: number, obstacles: Rect[]): Array<[number, number]> {
  const [left, right] = horizontalSpan(corner, width, vw);
  const fromTop = corner.startsWith('top');
  // Each obstacle in the column as a blocked span measured from the corner's edge, widened by GAP.
  const blocked = obstacles
    .filter((o) => o.left < right && left < o.right && o.bottom > 0 && o.top < vh)
    .map((o): [number, number] => (fromTop ? [o.top - GAP, o.bottom + GAP] : [vh - o.bottom - GAP, vh - o.top + GAP]))
    .sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  let at = MARGIN;
  for (const [start, end] of blocked) {
    if (start > at) out.push([at, Math.min(start, vh - MARGIN) - at]);
    at = Math.max(at, end);
    if (at >= vh - MARGIN) break;
  }
  if (at < vh - MARGIN) out.push([at, vh - MARGIN - at]);
  return out.filter(([, length]) => length > 0);
}

/**
 * `size.height` is the panel's natural height. Returns where it fits whole; else the largest
 * free stretch with the height capped to it (never below a readable minimum).
 */
export function choosePlacement(
  preferred: Corner,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  obstacles: Rect[],
): Placement {
  const { width: vw, height: vh } = viewport;
  const fits: Array<{ corner: Corner; offset: number; length: number }> = [];
  let best: { corner: Corner; offset: number; length: number } | null = null;
  for (const corner of ORDER[preferred]) {
    for (const [offset, length] of freeStretches(corner, size.width, vw, vh, obstacles)) {
      if (length >= size.height) {
        fits.push({ corner, offset, length });
        break; // the stretch nearest this corner's edge
      }
      if (!best || length > best.length) best = { corner, offset, length };
    }
  }
  const near = fits.find((f) => f.offset - MARGIN <= vh * SHORT_MOVE);
  const chosen = near ?? fits.sort((a, b) => a.offset - b.offset)[0];
  const place = (p: { corner: Corner; offset: number }, maxHeight: number | undefined): Placement => ({
    corner: p.corner,
    ...(p.offset > MARGIN ? { offset: Math.round(p.offset) } : {}),
    ...(maxHeight !== undefined ? { maxHeight } : {}),
  });
  if (chosen) return place(chosen, chosen.length < vh - 2 * MARGIN ? Math.floor(chosen.length) : undefined);
  if (!best) return { corner: preferred }; // the whole column is blocked everywhere: nowhere better
  return place(best, Math.max(MIN_HEIGHT, Math.floor(best.length)));
}
