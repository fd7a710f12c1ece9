import type { Tool } from '@/data/schema';
import { lastChecked } from '@/data/tool-facts';
import { checklistPath, comparePath, type PagePath } from '@/utils/pages/page-params';

export interface AboutSectionProps {
  tools: readonly Tool[];
  datasetDate: string;
  /** An extension path as a URL (browser.runtime.getURL in the page). */
  pageUrl(path: PagePath): string;
  /** Tools an organisation's policy added (listed in its own section): counted apart, their facts are not the dataset's. */
  orgTools?: { by: string; count: number };
}

/** The dataset: its date, its size, how to get it, and every tool's checklist. */
export function AboutSection({ tools, datasetDate, pageUrl, orgTools }: AboutSectionProps) {
  return (
    <section className="card" aria-labelledby="about">
      <h2 id="about">About the data</h2>
      <p>
        Dataset date: <strong>{datasetDate}</strong> · Tools indexed: <strong>{tools.length}</strong>
      </p>
      {orgTools && orgTools.count > 0 && (
        <p className="muted">
          Plus {orgTools.count} {orgTools.count === 1 ? 'tool' : 'tools'} added by {orgTools.by}, listed above: their facts come from{' '}
          {orgTools.by}, not from this dataset.
        </p>
      )}
      <p className="muted">
        Every claim links to its source and the date it was checked. Nothing is fetched from the network: the data ships with the extension.
      </p>
      <p className="muted">
        The data is open: <code>npm run data:export</code> in the extension’s source code writes it as one JSON file,{' '}
        <code>caveat-lens-dataset.json</code>, described by a JSON Schema, <code>caveat-lens-dataset.schema.json</code>.
      </p>
      <p>
        <a href={pageUrl(comparePath())} target="_blank" rel="noopener noreferrer">
          Compare tools side by side
        </a>
      </p>
      <ul className="bullets">
        {[...tools]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((t) => (
            <li key={t.id}>
              <a href={pageUrl(checklistPath(t.id))} target="_blank" rel="noopener noreferrer">
                {t.name}
              </a>{' '}
              <span className="muted">checked {lastChecked(t)}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}
