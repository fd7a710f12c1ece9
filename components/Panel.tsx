import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { PanelData } from '@/utils/panel/panel-data';
import { ORG_LEVEL, OrgNote } from './OrgNote';
import { SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';

export interface PanelProps {
  data: PanelData;
  collapsed: boolean;
  stale: boolean;
  /** Resolved theme (the content script resolves "auto" from prefers-color-scheme). */
  theme: 'light' | 'dark';
  /** Cap on the card's height so it stays clear of the page's prompt box. */
  maxHeight?: number;
  onCollapsedChange(collapsed: boolean): void;
  onHideForVisit(): void;
  onDisableSite(): void;
  onOpenChecklist(): void;
}

const TOPIC_LABEL: Record<PanelData['caveats'][number]['topic'], string> = {
  privacy: 'Training on your data',
  retention: 'Retention & review',
  pricing: 'Pricing',
  limits: 'Hallucinations',
  copyright: 'Copyright',
  security: 'Security',
};

/** The in-page card, or the pill it collapses to. Pure view: all effects go through props. */
export function Panel(props: PanelProps) {
  const { data, collapsed, stale, theme } = props;
  const { org } = data;
  const pillRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const label = `Caveat Lens: ${data.name}`;
  const risks = `${data.riskCount} ${data.riskCount === 1 ? 'risk' : 'risks'}`;

  // Focus moves only in answer to the user's own action, never on load.
  const setCollapsed = (next: boolean) => {
    props.onCollapsedChange(next);
    requestAnimationFrame(() => (next ? pillRef : collapseRef).current?.focus());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !collapsed) {
      e.stopPropagation();
      setCollapsed(true);
    }
  };

  if (collapsed) {
    return (
      <div className="cl-root cl-collapsed" data-theme={theme} role="complementary" aria-label={label}>
        <button ref={pillRef} type="button" className="cl-pill" aria-expanded="false" onClick={() => setCollapsed(false)}>
          <span className="cl-logo" aria-hidden="true">
            ◐
          </span>
          <span className="cl-pill-name">{data.name}</span>
          <span className="cl-pill-count">{risks}</span>
          {org?.note && org.note.level !== 'info' && (
            <span className={`cl-status cl-status-${org.note.level === 'blocked' ? 'risk' : 'caution'}`}>{ORG_LEVEL[org.note.level]}</span>
          )}
          <span className="cl-visually-hidden"> — show caveats</span>
        </button>
      </div>
    );
  }

  return (
    <div className="cl-root" data-theme={theme} role="complementary" aria-label={label} onKeyDown={onKeyDown}>
      <div className="cl-card" style={props.maxHeight ? ({ '--cl-room': `${props.maxHeight}px` } as CSSProperties) : undefined}>
        <header className="cl-header">
          <div className="cl-titles">
            <p className="cl-brand">Caveat Lens</p>
            <h2 className="cl-name">{data.name}</h2>
            <p className="cl-meta">
              {data.vendor} · {data.category}
            </p>
          </div>
          <button
            ref={collapseRef}
            type="button"
            className="cl-icon-button"
            aria-expanded="true"
            aria-label="Collapse Caveat Lens"
            title="Collapse (Esc)"
            onClick={() => setCollapsed(true)}
          >
            <span aria-hidden="true">–</span>
          </button>
        </header>
        {org && <OrgNote org={org} />}
        {stale && (
          <p className="cl-stale" role="note">
            These facts were last checked on {data.lastChecked} — verify at the source.
          </p>
        )}
        <ul className="cl-caveats">
          {data.caveats.map((c) => (
            <li key={c.topic} className="cl-caveat">
              <div className="cl-caveat-head">
                <span className="cl-topic">{TOPIC_LABEL[c.topic]}</span>
                <StatusBadge status={c.status} />
              </div>
              <p className="cl-text">{c.text}</p>
              <p className="cl-source">
                <SourceLink url={c.source.url}>{c.source.title}</SourceLink>
                {c.source.via && <span> (official text, read via {c.source.via})</span>}
                <span> · checked {c.checked}</span>
              </p>
            </li>
          ))}
        </ul>
        <footer className="cl-actions">
          <button type="button" className="cl-primary" onClick={props.onOpenChecklist}>
            Full checklist
          </button>
          <button type="button" className="cl-link" onClick={props.onHideForVisit}>
            Hide for this visit
          </button>
          {org?.locked ? (
            <span className="cl-source">{org.name} keeps this panel on</span>
          ) : (
            <button type="button" className="cl-link" onClick={props.onDisableSite}>
              Don’t show on this site
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
