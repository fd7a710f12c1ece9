import { useState } from 'react';
import { ROW_IDS } from '@/data/rows';
import type { Source, Tool } from '@/data/schema';
import { useWords } from '@/hooks/useI18n';
import { Day, RichMessage } from './RichMessage';
import { SourceKind, SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t } = useWords();
  if (!sources.length) return <p className="sources-none">{t('popup.sources.none')}</p>;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={`${s.url}-${i}`}>
          <SourceLink url={s.url}>
            <span lang="en">{s.title}</span>
          </SourceLink>{' '}
          <span className="source-meta">
            (<SourceKind source={s} />
            {s.published && (
              <>
                , <RichMessage k="popup.sources.dated" params={{ date: <Day iso={s.published} /> }} />
              </>
            )}
            ; <RichMessage k="date.checked" params={{ date: <Day iso={s.checked} /> }} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The seed's twelve rows in the seed's order, at a glance like the seed's table: one line each
 * (name, status by icon and word, the start of the note). Each row is a disclosure button that
 * opens its full note and sources. Notes are the dataset's English.
 */
export function Checklist({ tool }: { tool: Tool }) {
  const { t } = useWords();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <ol className="checklist" aria-label={t('popup.checklist.label', { tool: tool.name })}>
      {ROW_IDS.map((id) => {
        const row = tool.checklist[id];
        const expanded = open.has(id);
        return (
          <li key={id} className="checklist-row" data-row={id}>
            <h3 className="row-head">
              <button type="button" className="row-toggle" aria-expanded={expanded} aria-controls={`row-${id}`} onClick={() => toggle(id)}>
                <span className="row-label">{t(`row.${id}`)}</span> <StatusBadge status={row.status} />
                {/* A glance only: the whole note is in the details, so it is not read twice. */}
                <span className="row-short" aria-hidden="true" lang="en">
                  {row.note}
                </span>
                <span className="row-chevron" aria-hidden="true" />
              </button>
            </h3>
            <div id={`row-${id}`} className="row-details" hidden={!expanded}>
              <p className="row-note" lang="en">
                {row.note}
              </p>
              <SourceList sources={row.sources} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
