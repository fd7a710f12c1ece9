/**
 * A catalog message as an element, worded when it renders (a status kept in state follows a change of language),
 * with elements in its placeholders (a name marked translate="no", a date in <time>,
 * a form control), so the words around them stay whole sentences each locale can order its own way.
 */
import { Fragment, type ReactNode } from 'react';
import { useI18n, useWords } from '@/hooks/useI18n';
import type { MessageKey } from '@/utils/i18n/i18n';

const PLACEHOLDER = /\{(\w+)\}/;

/** Messages are sentences or labels: one that opens with a text placeholder ("your organisation …") opens with a capital. */
export function RichMessage({ k, params = {} }: { k: MessageKey; params?: Readonly<Record<string, ReactNode>> }) {
  const { t, locale } = useWords();
  // Text and numbers are filled by t (numbers also pick the plural form); elements are placed below.
  const plain = Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
  );
  // split with a capture group alternates text and placeholder names: [text, name, text, name, text].
  const parts = t(k, plain).split(PLACEHOLDER);
  const opening = /^\{(\w+)\}/.exec(t(k))?.[1];
  if (opening && typeof params[opening] === 'string') parts[0] = parts[0]!.charAt(0).toLocaleUpperCase(locale) + parts[0]!.slice(1);
  return <>{parts.map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{part in params ? params[part] : `{${part}}`}</Fragment>))}</>;
}

/** A proper noun from data (a tool's, an organisation's, a file's name): never machine-translated. */
export function Name({ children }: { children: string }) {
  return <span translate="no">{children}</span>;
}

/** "A, B and C" in the active language, each name marked as one. */
export function NameList({ names }: { names: readonly string[] }) {
  const { locale } = useWords();
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names);
  return <>{parts.map((p, i) => (p.type === 'element' ? <Name key={i}>{p.value}</Name> : p.value))}</>;
}

/** A dataset day in the active locale, machine-readable in `dateTime` (pages only). */
export function Day({ iso }: { iso: string }) {
  return <time dateTime={iso}>{useI18n().date(iso)}</time>;
}
