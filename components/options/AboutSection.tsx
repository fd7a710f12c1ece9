import type { ReactNode } from 'react';
import type { Tool } from '@/data/schema';
import { lastChecked } from '@/data/tool-facts';
import { Name, RichMessage } from '@/components/RichMessage';
import { useI18n } from '@/hooks/useI18n';
import { checklistPath, comparePath, type PagePath } from '@/utils/pages/page-params';

export interface AboutSectionProps {
  tools: readonly Tool[];
  datasetDate: string;
  /** An extension path as a URL (browser.runtime.getURL in the page). */
  pageUrl(path: PagePath): string;
  /** Tools an organisation's policy added (listed in its own section): counted apart, their facts are not the dataset's. */
  orgTools?: { by: ReactNode; count: number };
}

const Day = ({ iso }: { iso: string }) => <time dateTime={iso}>{useI18n().date(iso)}</time>;

/** The dataset: its date, its size, how to get it, and every tool's checklist. */
export function AboutSection({ tools, datasetDate, pageUrl, orgTools }: AboutSectionProps) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="about">
      <h2 id="about">{t('options.about.heading')}</h2>
      <p>
        <RichMessage
          k="options.about.date"
          params={{
            date: (
              <strong>
                <Day iso={datasetDate} />
              </strong>
            ),
          }}
        />{' '}
        · <RichMessage k="options.about.count" params={{ count: <strong>{tools.length}</strong> }} />
      </p>
      {orgTools && orgTools.count > 0 && (
        <p className="muted">
          <RichMessage k="options.about.orgTools" params={{ count: orgTools.count, org: orgTools.by }} />
        </p>
      )}
      <p className="muted">{t('options.about.sources')}</p>
      <p className="muted">
        <RichMessage
          k="options.about.open"
          params={{
            command: <code translate="no">npm run data:export</code>,
            file: <code translate="no">caveat-lens-dataset.json</code>,
            schema: <code translate="no">caveat-lens-dataset.schema.json</code>,
          }}
        />
      </p>
      <p>
        <a href={pageUrl(comparePath())} target="_blank" rel="noopener noreferrer">
          {t('options.about.compare')}
        </a>
      </p>
      <ul className="bullets">
        {[...tools]
          .sort((a, b) => a.name.localeCompare(b.name, locale))
          .map((tool) => (
            <li key={tool.id}>
              <a href={pageUrl(checklistPath(tool.id))} target="_blank" rel="noopener noreferrer">
                <Name>{tool.name}</Name>
              </a>{' '}
              <span className="muted">
                <RichMessage k="date.checked" params={{ date: <Day iso={lastChecked(tool)} /> }} />
              </span>
            </li>
          ))}
      </ul>
    </section>
  );
}
