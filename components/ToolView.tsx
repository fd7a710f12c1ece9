import { useState, type ReactNode } from 'react';
import { unseenEntries } from '@/data/changes';
import { lastChecked } from '@/data/tool-facts';
import type { Tool } from '@/data/schema';
import { checklistMarkdown } from '@/utils/format/markdown';
import { isStale, todayUtc } from '@/utils/format/dates';
import type { PanelOrg } from '@/utils/panel/panel-data';
import { Checklist } from './Checklist';
import { OrgNote } from './OrgNote';
import { SourceLink } from './SourceLink';
import { ToolDetails } from './ToolDetails';

export interface ToolViewProps {
  tool: Tool;
  staleDays: number;
  /** Per-site switches, shown when the tool is the current tab's. */
  siteControls?: ReactNode;
  alternatives: Tool[];
  onSelectTool(id: string): void;
  compareHref(ids: string[]): string;
  copy(text: string): Promise<void>;
  /** The organisation's note on this tool, shown before the dataset's facts. */
  org?: PanelOrg;
  /** The tool comes from the organisation's policy (named here), not from Caveat Lens's dataset. */
  listedBy?: string;
  /** The data version recorded for this tool on this device (null: never visited; undefined: not read yet). */
  seen?: string | null;
  /** Records the bundled data as seen. */
  onMarkSeen?(): void;
}

/** A tool's full checklist, its details, alternatives and update log. */
export function ToolView({
  tool,
  staleDays,
  siteControls,
  alternatives,
  onSelectTool,
  compareHref,
  copy,
  org,
  listedBy,
  seen,
  onMarkSeen,
}: ToolViewProps) {
  const checked = lastChecked(tool);
  const unseen = new Set(unseenEntries(tool, seen ?? null));
  const [copyState, setCopyState] = useState('');
  const onCopy = async () => {
    try {
      await copy(checklistMarkdown(tool));
      setCopyState('Checklist copied as Markdown.');
    } catch {
      setCopyState('Could not copy: the browser refused clipboard access.');
    }
  };
  return (
    <article className="tool-view" aria-labelledby="tool-name">
      {/* Compact, so the popup's first screen holds the whole checklist. */}
      <header className="tool-header">
        <h1 id="tool-name">{tool.name}</h1>
        <p className="tool-meta">
          {tool.vendor} · {tool.category} · <SourceLink url={tool.homepage}>homepage</SourceLink> · checked {checked}
        </p>
        {org && <OrgNote org={org} />}
        {listedBy && (
          <p className="muted">
            Listed by {listedBy}’s policy: these facts come from {listedBy}, not from Caveat Lens’s checked dataset.
          </p>
        )}
        {isStale(checked, todayUtc(), staleDays) && (
          <p className="stale" role="note">
            These facts were last checked on {checked} — verify at the source.
          </p>
        )}
      </header>
      <h2 className="checklist-title">Checklist</h2>
      <Checklist tool={tool} />
      <p className="tool-summary">{tool.summary}</p>
      <div className="toolbar">
        <button type="button" onClick={onCopy}>
          Copy as Markdown
        </button>
        <span className="status-line" role="status">
          {copyState}
        </span>
      </div>
      {siteControls}
      <h2>Details</h2>
      <ToolDetails tool={tool} />
      <section aria-labelledby="alts">
        <h2 id="alts">Alternatives</h2>
        {alternatives.length ? (
          <ul className="alternatives">
            {alternatives.map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => onSelectTool(a.id)}>
                  {a.name}
                </button>{' '}
                <a href={compareHref([tool.id, a.id])} target="_blank" rel="noopener noreferrer" className="compare-link">
                  compare
                  <span className="visually-hidden">
                    {' '}
                    {tool.name} with {a.name}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No close alternatives in the dataset.</p>
        )}
      </section>
      <section aria-labelledby="log">
        <h2 id="log">Update log</h2>
        {unseen.size > 0 && (
          <p className="field">
            <span>
              {unseen.size === 1 ? '1 entry is' : `${unseen.size} entries are`} new since your last visit to {tool.name}.
            </span>
            {onMarkSeen && (
              <button type="button" className="secondary" onClick={onMarkSeen}>
                Mark as seen
              </button>
            )}
          </p>
        )}
        <ul className="changelog">
          {[...tool.changelog]
            .reverse() // later entries of one date first, kept by the stable sort
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((c) => (
              <li key={`${c.date}-${c.change}`} className={unseen.has(c) ? 'unseen' : undefined}>
                {unseen.has(c) && <span className="new-badge">New</span>}
                <strong>{c.date}</strong> — {c.change}
                {unseen.has(c) && <span className="visually-hidden"> (new since your last visit)</span>}
              </li>
            ))}
        </ul>
      </section>
    </article>
  );
}
