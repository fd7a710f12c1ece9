/**
 * The testing library with every render inside the extension pages' language provider
 * (English unless a test passes `locale`, or a translator such as the pseudo-locale's), as the
 * entrypoints wrap their views.
 */
import { render as rtlRender, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from '@/hooks/useI18n';
import { createI18n, type I18n } from '@/utils/i18n/i18n';
import type { Locale } from '@/utils/i18n/locales';

export * from '@testing-library/react';

export function render(ui: ReactElement, options: RenderOptions & { locale?: Locale; i18n?: I18n } = {}) {
  const { locale = 'en', i18n = createI18n(locale), ...rest } = options;
  const Wrapper = ({ children }: { children: ReactNode }) => <I18nProvider i18n={i18n}>{children}</I18nProvider>;
  return rtlRender(ui, { wrapper: Wrapper, ...rest });
}
