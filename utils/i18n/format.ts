/**
 * Message formatting with no catalog and no browser: placeholders (`{name}`) and plural forms
 * chosen by `Intl.PluralRules`. The content script uses `fill` alone (its strings arrive from the
 * background, already in the user's language); pages and the background use both.
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

/** `{name}` → params.name; a placeholder with no value stays as it is, so a gap is visible, never silent. */
export function fill(template: string, params?: Params): string {
  return params ? template.replace(PLACEHOLDER, (m, k: string) => (k in params ? String(params[k]) : m)) : template;
}

/** The placeholders a message uses, sorted (every form of a plural counted): the parity test compares them across locales. */
export function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((f) => [...f.matchAll(PLACEHOLDER)].map((m) => m[1]!)))].sort();
}

/** The form of `message` for `count` in `locale`. */
export function pluralForm(message: Message, locale: string, count: number): string {
  if (typeof message === 'string') return message;
  const category = new Intl.PluralRules(locale).select(count) as keyof Plural;
  return message[category] ?? message.other;
}

/** "Nov 28, 2026" / "28 nov 2026" for a YYYY-MM-DD day (UTC, as the dataset's dates are); the text itself if it is not one. */
export function formatDay(iso: string, locale: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}
