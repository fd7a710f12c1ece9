import { useState } from 'react';
import type { SiteOverride } from '@/utils/settings/model';

export interface SiteRow {
  id: string;
  name: string;
  override: SiteOverride;
  /** The organisation that keeps this site's panel on whatever the override (utils/policy isPanelLocked). */
  keptOnBy?: string;
}

export interface SitesSectionProps {
  sites: SiteRow[];
  onTurnPanelOn(site: SiteRow): void;
  onReset(site: SiteRow): void;
  onResetAll(): void;
}

function describe({ override: o, keptOnBy }: SiteRow): string {
  const text = [
    o.panel === false && 'panel off',
    o.panel === true && 'panel on',
    o.startCollapsed === true && 'starts as a pill',
    o.startCollapsed === false && 'does not start as a pill',
    o.alwaysExpanded === true && 'always in full',
    o.alwaysExpanded === false && 'quiet',
    o.pasteNudge === false && 'paste check off',
    o.pasteNudge === true && 'paste check on',
  ]
    .filter(Boolean)
    .join(', ');
  // The user turned it off, but the policy holds it on: say so beside the override.
  return o.panel === false && keptOnBy ? `${text} (${keptOnBy} keeps it on)` : text;
}

/** Sites that differ from the defaults; resetting them all asks first. */
export function SitesSection({ sites, onTurnPanelOn, onReset, onResetAll }: SitesSectionProps) {
  const [confirmAll, setConfirmAll] = useState(false);
  return (
    <section className="card" aria-labelledby="sites">
      <h2 id="sites">Per-site settings</h2>
      {sites.length === 0 ? (
        <p className="muted">No site differs from the defaults. Change a site from the toolbar popup while you are on it.</p>
      ) : (
        <>
          <ul className="overrides">
            {sites.map((site) => (
              <li key={site.id}>
                <span>
                  <strong>{site.name}</strong> <span className="muted">{describe(site)}</span>
                </span>
                <span className="field">
                  {site.override.panel === false && (
                    <button type="button" className="secondary" onClick={() => onTurnPanelOn(site)}>
                      Turn panel on
                    </button>
                  )}
                  <button type="button" className="secondary" onClick={() => onReset(site)}>
                    Reset<span className="visually-hidden"> {site.name}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {confirmAll ? (
            <div className="field" role="group" aria-label="Confirm reset">
              <span>Reset all {sites.length} sites to the defaults?</span>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirmAll(false);
                  onResetAll();
                }}
              >
                Yes, reset all
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmAll(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmAll(true)}>
              Reset all sites…
            </button>
          )}
        </>
      )}
    </section>
  );
}
