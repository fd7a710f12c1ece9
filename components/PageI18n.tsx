import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nProvider } from '@/hooks/useI18n';
import { useSettings } from '@/hooks/useSettings';
import { createI18n } from '@/utils/i18n/i18n';
import { LANGUAGES, resolveLocale, type Language } from '@/utils/i18n/locales';
import { uiLanguage } from '@/utils/i18n/ui-language';

/**
 * The last language the settings gave, in the extension's own localStorage (shared by its pages, read
 * synchronously): the first paint is in the user's language, not the browser's until settings arrive.
 * Only a cache — the settings stay the source of truth — and checked like any stored value.
 */
const LANGUAGE_CACHE = 'caveat-lens:language';
function cachedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_CACHE);
    return LANGUAGES.find((l) => l === value) ?? 'auto';
  } catch {
    return 'auto'; // storage blocked
  }
}

/**
 * An extension page in the user's language: the options page's choice, else the browser's.
 * Settings are watched, so a change in the options page applies to every open page at once.
 */
export function PageI18n({ children }: { children: ReactNode }) {
  const [initial] = useState(cachedLanguage);
  const stored = useSettings()?.global.language;
  const language = stored ?? initial;
  const i18n = useMemo(() => createI18n(resolveLocale(language, uiLanguage())), [language]);
  useEffect(() => {
    document.documentElement.lang = i18n.locale;
  }, [i18n.locale]);
  useEffect(() => {
    if (!stored) return;
    try {
      localStorage.setItem(LANGUAGE_CACHE, stored);
    } catch {
      /* storage blocked: the next page starts from the browser's language, then follows the settings */
    }
  }, [stored]);
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
