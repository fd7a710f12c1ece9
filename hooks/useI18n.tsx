/**
 * The active language for components. Two layers, so the in-page panel pays only for what it uses:
 * `useWords()` (a locale and `t`) works in the panel and the pages alike — the panel's words come
 * with the background's reply; `useI18n()` adds dates, money and relative times, on pages only.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { I18n } from '@/utils/i18n/i18n';

/** What the panel and the pages share: messages, and days worded for the user (the panel's come worded from the background). */
export type Words = Pick<I18n, 't' | 'date'> & { locale: string };

const WordsContext = createContext<Words | null>(null);
const I18nContext = createContext<I18n | null>(null);

export function WordsProvider({ words, children }: { words: Words; children: ReactNode }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

/** For extension pages: the full translator, also serving `useWords()`. */
export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nContext.Provider value={i18n}>
      <WordsContext.Provider value={i18n}>{children}</WordsContext.Provider>
    </I18nContext.Provider>
  );
}

export function useWords(): Words {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords() outside <WordsProvider> or <I18nProvider>');
  return words;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>');
  return i18n;
}
