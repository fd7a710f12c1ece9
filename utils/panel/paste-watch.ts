/**
 * Text pasted or dropped into the page's prompt: a textarea, a text field or a contenteditable
 * editor, including inside open shadow roots. Reading `clipboardData` or `dataTransfer` in the
 * event changes nothing: the page's own handlers still get the event, the text still lands.
 */
import { HOST_TAG } from './shadow-host';

const PROMPT =
  'textarea,input:not([type]),input[type=text],input[type=search],[contenteditable]:not([contenteditable=false]),[role=textbox]';

/** The event's real target (inside open shadow roots too) is an editable field of the page, not the panel's own. */
export function isPromptTarget(e: Event): boolean {
  const path = e.composedPath() as Element[];
  const first = path[0] as Node | undefined;
  const el = first instanceof Element ? first : first?.parentElement;
  return !path.some((n) => n.localName === HOST_TAG) && !!el?.closest(PROMPT);
}

/** The plain text being pasted or dropped, or null (files, images, nothing). */
export function transferredText(e: Event): string | null {
  return ((e as ClipboardEvent).clipboardData ?? (e as DragEvent).dataTransfer)?.getData('text/plain') || null;
}
