import { useState, type ReactNode } from 'react';
import { Name, RichMessage } from '@/components/RichMessage';
import { useWords, type Words } from '@/hooks/useI18n';
import type { SiteOverride } from '@/utils/settings/model';

export interface SiteRow {
  id: string;
  name: string;
  override: SiteOverride;
  /** The organisation that keeps this site's panel on whatever the override (utils/policy isPanelLocked): its name, marked as one, or "your organisation". */
  keptOnBy?: ReactNode;
}

export interface SitesSectionProps {
  sites: SiteRow[];
  onTurnPanelOn(site: SiteRow): void;
  onReset(site: SiteRow): void;
  onResetAll(): void;
}

function describe({ override: o }: SiteRow, t: Words['t']): string {
  return [
    o.panel === false && t('options.sites.panelOff'),
    o.panel === true && t('options.sites.panelOn'),
    o.startCollapsed === true && t('options.sites.pillOn'),
    o.startCollapsed === false && t('options.sites.pillOff'),
    o.alwaysExpanded === true && t('options.sites.fullOn'),
    o.alwaysExpanded === false && t('options.sites.fullOff'),
    o.pasteNudge === false && t('options.sites.pasteOff'),
    o.pasteNudge === true && t('options.sites.pasteOn'),
  ]
    .filter(Boolean)
    .join(', ');
}

/** Sites that differ from the defaults; resetting them all asks first. */
export function SitesSection({ sites, onTurnPanelOn, onReset, onResetAll }: SitesSectionProps) {
  const { t } = useWords();
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <section className="card" aria-labelledby="sites">
      <h2 id="sites">{t('options.sites.heading')}</h2>
      {sites.length === 0 ? (
        <p className="muted">{t('options.sites.empty')}</p>
      ) : (
        <>
          <ul className="overrides">
            {sites.map((site) => (
              <li key={site.id}>
                <span>
                  <strong translate="no">{site.name}</strong>{' '}
                  <span className="muted">
                    {describe(site, t)}
                    {/* The user turned it off, but the policy holds it on: say so beside the override. */}
                    {site.override.panel === false && site.keptOnBy !== undefined && (
                      <>
                        {' '}
                        <RichMessage k="options.sites.keptOnBy" params={{ org: site.keptOnBy }} />
                      </>
                    )}
                  </span>
                </span>
                <span className="field">
                  {site.override.panel === false && (
                    <button type="button" className="secondary" onClick={() => onTurnPanelOn(site)}>
                      {t('options.sites.turnOn')}
                    </button>
                  )}
                  <button type="button" className="secondary" onClick={() => onReset(site)}>
                    {t('options.sites.reset')}
                    <span className="visually-hidden">
                      {' '}
                      <Name>{site.name}</Name>
                    </span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {confirmAll ? (
            <div className="field" role="group" aria-label={t('options.sites.confirmLabel')}>
              <span>{t('options.sites.confirm', { count: sites.length })}</span>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirmAll(false);
                  onResetAll();
                }}
              >
                {t('options.sites.yes')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmAll(false)}>
                {t('options.sites.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmAll(true)}>
              {t('options.sites.resetAll')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
