/**
 * What the panel must never cover: the page's visible controls — the prompt box and its buttons,
 * and the header's share button, account menu, model picker and settings, links and open menus.
 */
import type { Rect } from './placement';

const CONTROLS =
  'a[href],button,input:not([type=hidden]),select,textarea,summary,[contenteditable]:not([contenteditable=false]),[tabindex]:not([tabindex="-1"]),' +
  '[role=button],[role=link],[role^=menu],[role=tab],[role=combobox],[role=textbox],[role=searchbox],[role=switch],[role=checkbox],[role=listbox]';
const EDITABLE = 'textarea,input,[contenteditable],[role=textbox]';
/** A "control" larger than this share of the viewport is a scrolling region or a whole-page link, not something in a corner. */
const HUGE = 0.4;

type Visible = Element & { checkVisibility?(options?: { visibilityProperty?: boolean; opacityProperty?: boolean }): boolean };

export function findObstacles(doc: Document): Rect[] {
  const view = doc.defaultView;
  const vw = view?.innerWidth ?? 0;
  const vh = view?.innerHeight ?? 0;
  const out: Rect[] = [];
  // The panel's own controls live in its shadow root, out of reach of this query.
  for (const el of doc.querySelectorAll(CONTROLS)) {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.right <= 0 || r.top >= vh || r.left >= vw) continue;
    if ((el as Visible).checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) === false) continue;
    // A prompt box is never ignored, however large.
    if (r.width * r.height > HUGE * vw * vh && !el.matches(EDITABLE)) continue;
    out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return out;
}
