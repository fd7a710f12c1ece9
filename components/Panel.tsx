import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useWords } from '@/hooks/useI18n';
import type { PanelChange, PanelData } from '@/utils/panel/panel-data';
import { OrgNote } from './OrgNote';
import { PanelChanges } from './PanelChanges';
import { PasteNotice, type PasteNoticeData } from './PasteNotice';
import { Segments } from './Segments';
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
  /** Watched facts changed since the last visit, newest first. */
  changes?: PanelChange[];
  onChangesSeen?(): void;
  /** A paste that looked sensitive. */
  notice?: PasteNoticeData;
  onDismissNotice?(): void;
  onMutePastes?(): void;
}

/** The in-page card, or the pill it collapses to. Pure view: all effects go through props. */
export function Panel(props: PanelProps) {
  const { data, collapsed, stale, theme, changes = [], notice } = props;
  const { org } = data;
  const pillRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const [tipOff, setTipOff] = useState(false);
  const { t, locale, date } = useWords();
  const label = t('panel.label', { name: data.name });
  const refocus = (pill: boolean) => requestAnimationFrame(() => (pill ? pillRef : collapseRef).current?.focus());

  // Focus moves only in answer to the user's own action, never on load.
  const setCollapsed = (next: boolean) => {
    props.onCollapsedChange(next);
    refocus(next);
  };
  // The section or notice holding focus goes away: focus goes where the user can carry on.
  const after = (action: (() => void) | undefined) => {
    action?.();
    refocus(collapsed);
  };
  const noticeView = notice && (
    <PasteNotice notice={notice} onDismiss={() => after(props.onDismissNotice)} onMute={() => after(props.onMutePastes)} />
  );
  const onKeyDown = (e: KeyboardEvent) => {
    // On the card only (the pill's Esc hides its tooltip).
    if (e.key === 'Escape') {
      e.stopPropagation();
      setCollapsed(true);
    }
  };

  if (collapsed) {
    return (
      <div className="cl-root cl-collapsed" data-theme={theme} role="complementary" aria-label={label} lang={locale}>
        {noticeView}
        {/* The most important caveat in words on hover and focus; the same text is the pill's description. Esc hides it. */}
        <div className="cl-wrap" onMouseLeave={() => setTipOff(false)}>
          <button
            ref={pillRef}
            type="button"
            className="cl-pill"
            aria-expanded="false"
            aria-describedby="cl-tip"
            onClick={() => setCollapsed(false)}
            onBlur={() => setTipOff(false)}
            onKeyDown={(e) => e.key === 'Escape' && setTipOff(true)}
          >
            <span className="cl-logo" aria-hidden="true">
              ◐
            </span>
            {/* The spaces between the parts are for the accessible name (a flex container does not draw them). */}
            <span className="cl-pill-name" translate="no">
              {data.name}
            </span>{' '}
            <span className="cl-pill-count">{data.countWords}</span>{' '}
            {org?.note && org.note.level !== 'info' && (
              <>
                <span className={`cl-status cl-status-${org.note.level === 'blocked' ? 'risk' : 'caution'}`}>
                  {t(`panel.org.${org.note.level}`)}
                </span>{' '}
              </>
            )}
            {changes.length > 0 && (
              <>
                <span className="cl-new">{t('panel.changed')}</span>{' '}
                <span className="cl-visually-hidden">{t('panel.sinceLastVisit')}</span>{' '}
              </>
            )}
            <span className="cl-visually-hidden">{t('panel.showCaveats')}</span>
          </button>
          <span id="cl-tip" role="tooltip" className={tipOff ? 'cl-tip cl-off' : 'cl-tip'}>
            <span>
              <Segments text={data.headline} />
            </span>
          </span>
        </div>
      </div>
    );
  }

  return (
    <div className="cl-root" data-theme={theme} role="complementary" aria-label={label} lang={locale} onKeyDown={onKeyDown}>
      <div className="cl-card" style={props.maxHeight ? ({ '--cl-room': `${props.maxHeight}px` } as CSSProperties) : undefined}>
        <header className="cl-header">
          <div className="cl-titles">
            <p className="cl-brand" translate="no">
              Caveat Lens
            </p>
            <h2 className="cl-name" translate="no">
              {data.name}
            </h2>
            <p className="cl-meta">
              <span translate="no">{data.vendor}</span> · {data.category}
            </p>
          </div>
          <button
            ref={collapseRef}
            type="button"
            className="cl-icon-button"
            aria-expanded="true"
            aria-label={t('panel.collapse')}
            title={t('panel.collapseTitle')}
            onClick={() => setCollapsed(true)}
          >
            <span aria-hidden="true">–</span>
          </button>
        </header>
        {org && <OrgNote org={org} />}
        {stale && (
          <p className="cl-stale" role="note">
            {t('panel.stale', { date: date(data.lastChecked) })}
          </p>
        )}
        {noticeView}
        {changes.length > 0 && props.onChangesSeen && <PanelChanges changes={changes} onSeen={() => after(props.onChangesSeen)} />}
        <ul className="cl-caveats">
          {data.caveats.map((c) => (
            <li key={c.topic} className="cl-caveat">
              <div className="cl-caveat-head">
                <span className="cl-topic">{c.label}</span>
                <StatusBadge status={c.status} />
              </div>
              <p className="cl-text">
                <Segments text={c.text} />
              </p>
              <p className="cl-source">
                <SourceLink url={c.source.url}>
                  <span lang="en">{c.source.title}</span>
                </SourceLink>
                {c.source.via && <span> {t('panel.via', { copy: c.source.via })}</span>}
                <span> {t('panel.checked', { date: date(c.checked) })}</span>
              </p>
            </li>
          ))}
        </ul>
        {locale !== 'en' && <p className="cl-meta">{t('panel.englishFacts')}</p>}
        <footer className="cl-actions">
          <button type="button" className="cl-primary" onClick={props.onOpenChecklist}>
            {t('panel.fullChecklist')}
          </button>
          <button type="button" className="cl-link" onClick={props.onHideForVisit}>
            {t('panel.hideForVisit')}
          </button>
          {org?.locked ? (
            <span className="cl-source">{t('panel.orgKeepsOn', { org: org.name })}</span>
          ) : (
            <button type="button" className="cl-link" onClick={props.onDisableSite}>
              {t('panel.dontShow')}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
