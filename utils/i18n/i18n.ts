/**
 * The translator for the extension's pages and the background: messages from the bundled
 * catalogs, and dates, money and relative times through `Intl` for the active locale.
 * The content script never imports this (its strings arrive with the panel's reply).
 */
import en from '../../locales/en/index.ts';
import es from '../../locales/es/index.ts';
import { fill, type Message, type Params, type Segment } from './format';
import { formatDay, pluralForm } from './intl';
import { SOURCE_LOCALE, type Locale } from './locales';

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, Message>>;
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es };

export type { Segment };
export type RichParams = Readonly<Record<string, string | number | { en: string }>>;

export interface I18n {
  locale: Locale;
  /** The message in the active locale; `count` picks a plural form. */
  t(key: MessageKey, params?: Params): string;
  /** As `t`, keeping English dataset text (`{ en }` params) apart so views can mark its language. */
  rich(key: MessageKey, params: RichParams): Segment[];
  /** "Nov 28, 2026" / "28 nov 2026" for a YYYY-MM-DD day. */
  date(iso: string): string;
  /** "3 months ago" / "hace 3 meses", from `iso` to `today` (both YYYY-MM-DD). */
  ago(iso: string, today: string): string;
  money(amount: number, currency: string): string;
  /** "1 risk, 4 cautions": parts of one count, listed. */
  units(parts: string[]): string;
  /** "A, B and C" / "A, B y C". */
  and(parts: string[]): string;
}

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Segments as one plain string (badge titles, Markdown, attributes). */
export function plain(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.en)).join('');
}

export function createI18n(locale: Locale = SOURCE_LOCALE): I18n {
  const catalog = CATALOGS[locale];
  const message = (key: MessageKey, count?: number) => {
    const m = catalog[key] ?? CATALOGS[SOURCE_LOCALE][key];
    return count === undefined ? (typeof m === 'string' ? m : m.other) : pluralForm(m, locale, count);
  };
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    locale,
    t: (key, params) => fill(message(key, typeof params?.count === 'number' ? params.count : undefined), params),
    rich(key, params) {
      const out: Segment[] = [];
      const template = message(key);
      let at = 0;
      for (const m of template.matchAll(/\{(\w+)\}/g)) {
        const value = params[m[1]!];
        if (value === undefined) continue;
        out.push(template.slice(at, m.index));
        out.push(typeof value === 'object' ? value : String(value));
        at = m.index + m[0].length;
      }
      out.push(template.slice(at));
      return out.filter((s) => s !== '');
    },
    date: (iso) => formatDay(iso, locale),
    ago(iso, today) {
      const days = Math.round((toTime(iso) - toTime(today)) / DAY_MS);
      if (Number.isNaN(days)) return iso;
      const abs = Math.abs(days);
      if (abs < 30) return relative.format(days, 'day');
      if (abs < 365) return relative.format(Math.trunc(days / 30), 'month');
      return relative.format(Math.trunc(days / 365), 'year');
    },
    money(amount, currency) {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: amount % 1 ? 2 : 0 }).format(amount);
      } catch {
        return `${amount} ${currency}`;
      }
    },
    units: (parts) => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(parts),
    and: (parts) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts),
  };
}

/** English: the default where no locale is chosen (tests, the Markdown export's source language). */
export const EN = createI18n('en');
