import { CHECKLIST_ROWS } from '@/data/rows';
import type { Source, Tool } from '@/data/schema';
import { SourceKind, SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (!sources.length) return <p className="sources-none">No source could be read — treat as unknown.</p>;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={`${s.url}-${i}`}>
          <SourceLink url={s.url}>{s.title}</SourceLink>{' '}
          <span className="source-meta">
            (<SourceKind source={s} />
            {s.published ? `, dated ${s.published}` : ''}; checked {s.checked})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The seed's twelve rows in the seed's order: status by icon and word, note, sources. */
export function Checklist({ tool }: { tool: Tool }) {
  return (
    <ol className="checklist" aria-label={`${tool.name} checklist`}>
      {CHECKLIST_ROWS.map(([id, label]) => {
        const row = tool.checklist[id];
        return (
          <li key={id} className="checklist-row" data-row={id}>
            <div className="row-head">
              <h3 className="row-label">{label}</h3>
              <StatusBadge status={row.status} />
            </div>
            <p className="row-note">{row.note}</p>
            <SourceList sources={row.sources} />
          </li>
        );
      })}
    </ol>
  );
}
