/**
 * The extension pages' addresses, built and read in one place: the background's "full
 * checklist" tab, the popup's and options page's links, the compare page's own URL. Pure:
 * callers turn a path into a URL with `browser.runtime.getURL`.
 */

/** A page of the extension, as a path for `browser.runtime.getURL`. */
export type PagePath = `/popup.html${string}` | `/compare.html${string}`;

/** The most tools the compare page shows side by side. */
export const MAX_COMPARE = 3;

/** A tool's full checklist: the popup page opened on that tool. */
export function checklistPath(toolId: string): `/popup.html${string}` {
  return `/popup.html?tool=${encodeURIComponent(toolId)}`;
}

/** The compare page with `ids` picked (none: the empty page). */
export function comparePath(ids: readonly string[] = []): `/compare.html${string}` {
  return `/compare.html${compareSearch(ids)}`;
}

/** The compare page's query for `ids`; empty when there are none. */
export function compareSearch(ids: readonly string[]): string {
  return ids.length ? `?tools=${ids.map(encodeURIComponent).join(',')}` : '';
}

/** `?tool=<id>`: null when absent, the id (possibly unknown) when present. */
export function toolParam(search: string): string | null {
  return new URLSearchParams(search).get('tool');
}

/** `?tools=a,b,c` → up to MAX_COMPARE distinct ids. */
export function toolsParam(search: string): string[] {
  const raw = new URLSearchParams(search).get('tools') ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_COMPARE);
}
