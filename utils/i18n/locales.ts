/** The languages Caveat Lens speaks, and which one a user gets. Pure: no browser, no catalog. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
/** The options page's choice: follow the browser, or one of the locales. */
export const LANGUAGES = ['auto', ...LOCALES] as const;
export type Language = (typeof LANGUAGES)[number];

/** English is the source language: dataset notes are written in it, and any other language falls back to it. */
export const SOURCE_LOCALE: Locale = 'en';

/** `uiLanguage`: the browser's (`i18n.getUILanguage()`: "es-419", "en-US", "fr"). */
export function resolveLocale(language: Language, uiLanguage: string | undefined): Locale {
  if (language !== 'auto') return language;
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === base) ?? SOURCE_LOCALE;
}

/** Each language named in itself (an endonym), as a language picker lists it whatever the page's language. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' };
