/** Reading the extension pages' query strings. Pure. */

/** `?tool=<id>`: null when absent, the id (possibly unknown) when present. */
export function toolParam(search: string): string | null {
  return new URLSearchParams(search).get('tool');
}

/** `?tools=a,b,c` → up to three distinct ids. */
export function toolsParam(search: string): string[] {
  const raw = new URLSearchParams(search).get('tools') ?? '';
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, 3);
}

export function compareSearch(ids: string[]): string {
  return `?tools=${ids.map(encodeURIComponent).join(',')}`;
}
