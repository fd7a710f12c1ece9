import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nProvider } from '@/hooks/useI18n';
import { useSettings } from '@/hooks/useSettings';
import { createI18n } from '@/utils/i18n/i18n';
import { resolveLocale } from '@/utils/i18n/locales';
import { uiLanguage } from '@/utils/i18n/ui-language';

/**
 * An extension page in the user's language: the options page's choice, else the browser's.
 * Settings are watched, so a change in the options page applies to every open page at once.
 */
export function PageI18n({ children }: { children: ReactNode }) {
  const language = useSettings()?.global.language ?? 'auto';
  const i18n = useMemo(() => createI18n(resolveLocale(language, uiLanguage())), [language]);
  useEffect(() => {
    document.documentElement.lang = i18n.locale;
  }, [i18n.locale]);
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
