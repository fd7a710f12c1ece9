/**
 * The Intl side of messages, for pages and the background only: plural forms by `Intl.PluralRules`
 * and days by `Intl.DateTimeFormat`. Kept out of the content script (tests/unit/panel/content-imports.test.ts):
 * Intl's first use in a page costs more than the whole panel, so the background words the panel's days.
 */
import type { Message, Plural } from './format';

/** The form of `message` for `count` in `locale`. */
export function pluralForm(message: Message, locale: string, count: number): string {
  if (typeof message === 'string') return message;
  const category = new Intl.PluralRules(locale).select(count) as keyof Plural;
  return message[category] ?? message.other;
}

// One formatter per locale: constructing an Intl.DateTimeFormat costs far more than formatting with it
// (it dominated the panel's main-thread time when made per date; `npm run bench`).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Nov 28, 2026" / "28 nov 2026" for a YYYY-MM-DD day (UTC, as the dataset's dates are); the text itself if it is not one. */
export function formatDay(iso: string, locale: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format.format(time);
}
