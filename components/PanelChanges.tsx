import type { PanelChange } from '@/utils/panel/panel-data';
import { SourceLink } from './SourceLink';

/** Watched facts that changed since the user's last visit, each with its date; "Got it" records them as seen. */
export function PanelChanges({ changes, onSeen }: { changes: PanelChange[]; onSeen(): void }) {
  return (
    <section className="cl-box" aria-labelledby="cl-changes">
      <h3 id="cl-changes">Changed since your last visit</h3>
      <ul className="cl-caveats">
        {changes.map((c, i) => (
          <li key={`${c.date}-${i}`} className="cl-caveat">
            <p className="cl-meta">
              <time dateTime={c.date}>{c.date}</time> · {c.fields.join(', ')}
            </p>
            <p className="cl-text">{c.text}</p>
            {c.source && (
              <p className="cl-source">
                Check: <SourceLink url={c.source.url}>{c.source.title}</SourceLink>
              </p>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="cl-primary" onClick={onSeen}>
        Got it
      </button>
    </section>
  );
}
