/** The page's prompt box and send button: what the panel must never cover. */
import type { Rect } from './placement';

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], input:not([type]), input[type="text"], input[type="search"]';
const NEAR = 120;

function visible(r: DOMRect): boolean {
  return r.width > 0 && r.height > 0;
}

/** Visible editable fields, plus buttons close to them (send, attach, voice). */
export function findObstacles(doc: Document): Rect[] {
  // The panel's own fields live in its shadow root, out of reach of these queries.
  const fields = [...doc.querySelectorAll(EDITABLE)]
    .map((el) => el.getBoundingClientRect())
    .filter(visible);
  if (!fields.length) return [];
  const near = (r: DOMRect) =>
    fields.some((f) => r.left < f.right + NEAR && f.left - NEAR < r.right && r.top < f.bottom + NEAR && f.top - NEAR < r.bottom);
  const buttons = [...doc.querySelectorAll('button, [role="button"], input[type="submit"]')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => visible(r) && near(r));
  return [...fields, ...buttons];
}
