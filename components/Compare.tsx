import { CHECKLIST_ROWS } from '@/data/rows';
import type { Tool } from '@/data/schema';
import { lastChecked } from '@/data/tool-facts';
import { trainingWords } from '@/data/training';
import { SourceKind, SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';

/** The twelve rows side by side for two or three tools. */
export function Compare({ tools }: { tools: Tool[] }) {
  return (
    <div className="compare-scroll">
      <table className="compare">
        <caption className="visually-hidden">Checklist comparison of {tools.map((t) => t.name).join(', ')}</caption>
        <thead>
          <tr>
            <th scope="col">Feature/Consideration</th>
            {tools.map((t) => (
              <th scope="col" key={t.id}>
                {t.name}
                <span className="compare-meta">
                  {t.vendor} · checked {lastChecked(t)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-row="training">
            <th scope="row">Trains on your inputs</th>
            {tools.map((t) => {
              const words = trainingWords(t.privacy.training);
              return (
                <td key={t.id}>
                  <StatusBadge status={words.status} />
                  <p className="row-note">{words.short}</p>
                </td>
              );
            })}
          </tr>
          {CHECKLIST_ROWS.map(([id, label]) => (
            <tr key={id} data-row={id}>
              <th scope="row">{label}</th>
              {tools.map((t) => {
                const row = t.checklist[id];
                return (
                  <td key={t.id}>
                    <StatusBadge status={row.status} />
                    <p className="row-note">{row.note}</p>
                    {row.sources[0] && (
                      <p className="source-meta">
                        <SourceLink url={row.sources[0].url}>{row.sources[0].title}</SourceLink>
                        {row.sources[0].via && (
                          <>
                            {' '}
                            (<SourceKind source={row.sources[0]} />)
                          </>
                        )}
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
