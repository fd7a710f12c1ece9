import { useState, type ReactNode } from 'react';
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
}

/** A tool's full checklist, its details, alternatives and update log. */
export function ToolView({ tool, staleDays, siteControls, alternatives, onSelectTool, compareHref, copy, org, listedBy }: ToolViewProps) {
  const checked = lastChecked(tool);
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
      <header className="tool-header">
        <h1 id="tool-name">{tool.name}</h1>
        <p className="tool-meta">
          {tool.vendor} · {tool.category} ·{' '}
          <SourceLink url={tool.homepage}>homepage</SourceLink>
        </p>
        {org && <OrgNote org={org} />}
        {listedBy && <p className="muted">Listed by {listedBy}’s policy: these facts come from {listedBy}, not from Caveat Lens’s checked dataset.</p>}
        <p className="tool-summary">{tool.summary}</p>
        <p className="tool-checked">Last checked {checked}</p>
        {isStale(checked, todayUtc(), staleDays) && (
          <p className="stale" role="note">
            These facts were last checked on {checked} — verify at the source.
          </p>
        )}
      </header>
      {siteControls}
      <div className="toolbar">
        <button type="button" onClick={onCopy}>
          Copy as Markdown
        </button>
        <span className="status-line" role="status">
          {copyState}
        </span>
      </div>
      <h2>Checklist</h2>
      <Checklist tool={tool} />
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
        <ul className="changelog">
          {[...tool.changelog]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((c) => (
              <li key={`${c.date}-${c.change}`}>
                <strong>{c.date}</strong> — {c.change}
              </li>
            ))}
        </ul>
      </section>
    </article>
  );
}
