/**
 * Message formatting with no catalog, no browser and no Intl: placeholders (`{name}`). The content
 * script uses it (its words arrive from the background, already in the user's language); the Intl
 * helpers for pages and the background are in intl.ts.
 */

/** A message with plural forms, chosen by the `count` parameter (CLDR categories the locales use). */
export interface Plural {
  one: string;
  other: string;
  many?: string;
}
export type Message = string | Plural;
export type Params = Readonly<Record<string, string | number>>;
/** A run of text: plain in the active locale, or dataset text written in English (shown with lang="en"). */
export type Segment = string | { en: string };

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `{name}` → params.name; a placeholder with no value stays as it is, so a gap is visible, never silent.
 * A sentence that opens with the organisation ("{org} keeps …") opens with a capital when it has no
 * name of its own ("your organisation").
 */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  const out = template.replace(PLACEHOLDER, (m, k: string) => (k in params ? String(params[k]) : m));
  return template.startsWith('{org}') ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** The placeholders a message uses, sorted (every form of a plural counted): the parity test compares them across locales. */
export function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((f) => [...f.matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();
}
