import { useState, type ReactNode } from 'react';
import { unseenEntries } from '@/data/changes';
import { lastChecked } from '@/data/tool-facts';
import type { Tool } from '@/data/schema';
import { checklistMarkdown } from '@/utils/format/markdown';
import { isStale, todayUtc } from '@/utils/format/dates';
import { useI18n } from '@/hooks/useI18n';
import { SOURCE_LOCALE } from '@/utils/i18n/locales';
import type { PanelOrg } from '@/utils/panel/panel-data';
import { Checklist } from './Checklist';
import { Day, RichMessage } from './RichMessage';
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
  const i18n = useI18n();
  const { t } = i18n;
  const checked = lastChecked(tool);
  const today = todayUtc();
  const unseen = new Set(unseenEntries(tool, seen ?? null));
  // What the copy did, worded at render so a language change rewords it.
  const [copyState, setCopyState] = useState<'copied' | 'copyFailed' | null>(null);
  const onCopy = async () => {
    try {
      await copy(checklistMarkdown(tool, i18n));
      setCopyState('copied');
    } catch {
      setCopyState('copyFailed');
    }
  };
  return (
    <article className="tool-view" aria-labelledby="tool-name">
      {/* Compact, so the popup's first screen holds the whole checklist. */}
      <header className="tool-header">
        <h1 id="tool-name" translate="no">
          {tool.name}
        </h1>
        <p className="tool-meta">
          <span translate="no">{tool.vendor}</span> · {t(`category.${tool.category}`)} ·{' '}
          <SourceLink url={tool.homepage}>{t('popup.tool.homepage')}</SourceLink> ·{' '}
          <RichMessage k="popup.tool.checked" params={{ ago: i18n.ago(checked, today), date: <Day iso={checked} /> }} />
        </p>
        {i18n.locale !== SOURCE_LOCALE && <p className="muted">{t('panel.englishFacts')}</p>}
        {org && <OrgNote org={org} />}
        {listedBy && <p className="muted">{t('popup.tool.listedBy', { org: listedBy })}</p>}
        {isStale(checked, today, staleDays) && (
          <p className="stale" role="note">
            <RichMessage k="panel.stale" params={{ date: <Day iso={checked} /> }} />
          </p>
        )}
      </header>
      <h2 className="checklist-title">{t('popup.tool.checklist')}</h2>
      <Checklist tool={tool} />
      <p className="tool-summary" lang="en">
        {tool.summary}
      </p>
      <div className="toolbar">
        <button type="button" onClick={onCopy}>
          {t('popup.tool.copy')}
        </button>
        <span className="status-line" role="status">
          {copyState && t(`popup.tool.${copyState}`)}
        </span>
      </div>
      {siteControls}
      <h2>{t('popup.tool.details')}</h2>
      <ToolDetails tool={tool} />
      <section aria-labelledby="alts">
        <h2 id="alts">{t('popup.tool.alternatives')}</h2>
        {alternatives.length ? (
          <ul className="alternatives">
            {alternatives.map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" translate="no" onClick={() => onSelectTool(a.id)}>
                  {a.name}
                </button>{' '}
                <a href={compareHref([tool.id, a.id])} target="_blank" rel="noopener noreferrer" className="compare-link">
                  {t('popup.tool.compare')}
                  <span className="visually-hidden"> {t('popup.tool.compareWith', { tool: tool.name, other: a.name })}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('popup.tool.noAlternatives')}</p>
        )}
      </section>
      <section aria-labelledby="log">
        <h2 id="log">{t('popup.log.title')}</h2>
        {unseen.size > 0 && (
          <p className="field">
            <span>{t('popup.log.unseen', { count: unseen.size, tool: tool.name })}</span>
            {onMarkSeen && (
              <button type="button" className="secondary" onClick={onMarkSeen}>
                {t('popup.log.markSeen')}
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
                {unseen.has(c) && <span className="new-badge">{t('popup.log.new')}</span>}
                <strong>
                  <Day iso={c.date} />
                </strong>{' '}
                — <span lang="en">{c.change}</span>
                {unseen.has(c) && <span className="visually-hidden"> {t('popup.log.newSince')}</span>}
              </li>
            ))}
        </ul>
      </section>
    </article>
  );
}
