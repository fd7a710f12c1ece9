import { Fragment, type ReactNode } from 'react';
import { useI18n } from '@/hooks/useI18n';

/**
 * A catalog message with elements in its placeholders, where a plain string will not do: a date in
 * `<time>`, a link. `text` is `t(key)` with those placeholders left open (t keeps a placeholder it has
 * no value for), so each language keeps its own word order.
 */
export function Message({ text, parts }: { text: string; parts: Readonly<Record<string, ReactNode>> }) {
  // split with a capture group alternates text and placeholder names: even indexes are text.
  const pieces = text.split(/\{(\w+)\}/);
  return <>{pieces.map((p, i) => (i % 2 === 0 ? p : <Fragment key={i}>{p in parts ? parts[p] : `{${p}}`}</Fragment>))}</>;
}

/** A dataset day in the active locale, machine-readable in `dateTime`. */
export function Day({ iso }: { iso: string }) {
  return <time dateTime={iso}>{useI18n().date(iso)}</time>;
}
