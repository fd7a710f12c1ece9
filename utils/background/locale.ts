/** The user's language in the background: the options page's choice, else the browser's UI language. */
import { createI18n, type I18n } from '@/utils/i18n/i18n';
import { resolveLocale } from '@/utils/i18n/locales';
import { uiLanguage } from '@/utils/i18n/ui-language';
import type { GlobalSettings } from '@/utils/settings/model';

const cache = new Map<string, I18n>();

export function i18nFor(global: Pick<GlobalSettings, 'language'>): I18n {
  const locale = resolveLocale(global.language, uiLanguage());
  let i18n = cache.get(locale);
  if (!i18n) cache.set(locale, (i18n = createI18n(locale)));
  return i18n;
}
