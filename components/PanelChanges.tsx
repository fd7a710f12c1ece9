import { useWords } from '@/hooks/useI18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import type { PanelChange } from '@/utils/panel/panel-data';
import { SourceLink } from './SourceLink';

/** Watched facts that changed since the user's last visit, each with its date; "Got it" records them as seen. */
export function PanelChanges({ changes, onSeen }: { changes: PanelChange[]; onSeen(): void }) {
  const { t, date } = useWords();
  return (
    <section className="cl-box" aria-labelledby="cl-changes">
      <h3 id="cl-changes">{t('panel.changes.title')}</h3>
      <ul className="cl-caveats">
        {changes.map((c, i) => (
          <li key={`${c.date}-${i}`} className="cl-caveat">
            <p className="cl-meta">
              <time dateTime={c.date}>{date(c.date)}</time> · {c.fields.map((f) => t(`panel.field.${f}` as MessageKey)).join(', ')}
            </p>
            <p className="cl-text" lang="en">
              {c.text}
            </p>
            {c.source && (
              <p className="cl-source">
                {t('panel.changes.check')}{' '}
                <SourceLink url={c.source.url}>
                  <span lang="en">{c.source.title}</span>
                </SourceLink>
              </p>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="cl-primary" onClick={onSeen}>
        {t('panel.changes.gotIt')}
      </button>
    </section>
  );
}
