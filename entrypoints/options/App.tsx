import { useRef, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { datasetDate, getTool, lastChecked, MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { usePolicy } from '@/hooks/usePolicy';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { isPanelLocked, NO_POLICY, orgLabel } from '@/utils/policy/model';
import { hasPanel } from '@/utils/policy/org-match';
import {
  exportSettings,
  importSettings,
  resetAllSites,
  resetSite,
  updateGlobal,
  updateSite,
} from '@/utils/settings/storage';
import type { GlobalSettings } from '@/utils/settings/model';
import { CORNERS, THEMES } from '@/utils/settings/values';

const CORNER_LABEL: Record<(typeof CORNERS)[number], string> = {
  'top-right': 'Top right',
  'top-left': 'Top left',
  'bottom-right': 'Bottom right',
  'bottom-left': 'Bottom left',
};

export function App() {
  const settings = useSettings();
  const parsedPolicy = usePolicy();
  usePageTheme(settings?.global.theme);
  const [status, setStatus] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  if (!settings) return <p className="loading">Loading settings…</p>;
  const { global, sites } = settings;
  const policy = parsedPolicy?.policy ?? NO_POLICY;
  const by = orgLabel(policy);
  const findTool = (id: string) => getTool(id) ?? policy.tools.find((t) => t.id === id);

  const report = (error: string | undefined, ok: string) => setStatus(error ?? ok);
  const save = (patch: Partial<GlobalSettings>) => void updateGlobal(patch).then((e) => report(e, 'Saved.'));
  const overrides = Object.entries(sites).filter(([id]) => findTool(id));
  /** A setting the organisation holds: disabled, with the reason beside it. */
  const managed = (key: keyof GlobalSettings) =>
    policy.lockedSettings.includes(key) ? { disabled: true, 'aria-describedby': `managed-${key}` } : {};
  const managedNote = (key: keyof GlobalSettings) =>
    policy.lockedSettings.includes(key) && (
      <p id={`managed-${key}`} className="managed-note">
        Set by {by}’s policy; it cannot be changed here.
      </p>
    );
  const keptOn = policy.lockedTools.map((id) => findTool(id)?.name).filter(Boolean);

  const onExport = async () => {
    const url = URL.createObjectURL(new Blob([await exportSettings()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'caveat-lens-settings.json';
    a.click();
    URL.revokeObjectURL(url);
    setStatus('Settings exported to caveat-lens-settings.json.');
  };
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    const result = await importSettings(await file.text());
    setStatus(result.ok ? `Imported settings from ${file.name}.` : result.error);
  };

  return (
    <main>
      <h1>Caveat Lens settings</h1>
      <p role="status" aria-live="polite" className={status && !status.startsWith('Saved') && !status.startsWith('Imported') && !status.startsWith('Settings exported') ? 'error' : 'status-line'}>
        {status}
      </p>
      {(settings.problems.length > 0 || settings.syncError) && (
        <p className="error" role="alert">
          {settings.syncError ?? 'Some stored settings were unreadable and were reset to their defaults; everything else was kept.'}
        </p>
      )}
      {parsedPolicy && parsedPolicy.problems.length > 0 && (
        <div className="card policy-problems" role="alert">
          <ul>
            {parsedPolicy.problems.map((p, i) => (
              <li key={i}>Your organisation’s policy has an invalid entry: {p}</li>
            ))}
          </ul>
          <p className="muted">Caveat Lens ignores these entries and applies the rest of the policy. Your own settings are unchanged.</p>
        </div>
      )}

      {policy.present && (
        <section className="card" aria-labelledby="org">
          <h2 id="org">Managed by {by}</h2>
          <p className="muted">{by} has set a policy for Caveat Lens. Settings it holds are marked below; the rest are yours to change.</p>
          <ul className="bullets">
            {Object.keys(policy.notes).length > 0 && (
              <li>
                Notes on {Object.keys(policy.notes).length} {Object.keys(policy.notes).length === 1 ? 'tool' : 'tools'}, shown first in the panel and the
                checklist: {Object.keys(policy.notes).map((id) => findTool(id)?.name ?? id).join(', ')}.
              </li>
            )}
            {keptOn.length > 0 && <li>The panel stays on for {keptOn.join(', ')}.</li>}
            {Object.keys(policy.defaults).length > 0 && <li>Its defaults apply to the settings you have not changed.</li>}
          </ul>
          {policy.tools.length > 0 && (
            <>
              <h3>Tools added by {by}</h3>
              <ul className="bullets">
                {policy.tools.map((t) => (
                  <li key={t.id}>
                    <a href={browser.runtime.getURL(`/popup.html?tool=${t.id}`)} target="_blank" rel="noopener noreferrer">
                      {t.name}
                    </a>{' '}
                    <span className="muted">
                      {hasPanel(t, MATCH_INDEX)
                        ? '— in-page panel on its site, and in the popup, compare and search'
                        : `— popup, compare and search only: Caveat Lens has no access to ${t.match.map((r) => r.host).join(', ')}, so no in-page panel there`}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <section className="card" aria-labelledby="defaults">
        <h2 id="defaults">Defaults for every site</h2>
        <label className="field">
          <input type="checkbox" checked={global.panel} {...managed('panel')} onChange={(e) => save({ panel: e.currentTarget.checked })} />
          Show the in-page panel on AI tool sites
        </label>
        {managedNote('panel')}
        {keptOn.length > 0 && !policy.lockedSettings.includes('panel') && (
          <p className="managed-note">
            {by} keeps the panel on for {keptOn.join(', ')}, whatever this setting.
          </p>
        )}
        <label className="field">
          <input type="checkbox" checked={global.startCollapsed} {...managed('startCollapsed')} onChange={(e) => save({ startCollapsed: e.currentTarget.checked })} />
          Start collapsed (as a small pill)
        </label>
        {managedNote('startCollapsed')}
        <label className="field">
          Panel corner
          <select value={global.corner} {...managed('corner')} onChange={(e) => save({ corner: e.currentTarget.value as GlobalSettings['corner'] })}>
            {CORNERS.map((c) => (
              <option key={c} value={c}>
                {CORNER_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        {managedNote('corner')}
        <label className="field">
          Warn when facts are older than
          <input
            type="number"
            min={1}
            max={3650}
            value={global.staleDays}
            {...managed('staleDays')}
            onChange={(e) => {
              const n = e.currentTarget.valueAsNumber;
              if (Number.isInteger(n) && n >= 1 && n <= 3650) save({ staleDays: n });
            }}
            style={{ width: '6em' }}
          />
          days
        </label>
        {managedNote('staleDays')}
        <label className="field">
          Theme
          <select value={global.theme} {...managed('theme')} onChange={(e) => save({ theme: e.currentTarget.value as GlobalSettings['theme'] })}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {t === 'auto' ? 'Match the system' : t === 'light' ? 'Light' : 'Dark'}
              </option>
            ))}
          </select>
        </label>
        {managedNote('theme')}
      </section>

      <section className="card" aria-labelledby="sites">
        <h2 id="sites">Per-site settings</h2>
        {overrides.length === 0 ? (
          <p className="muted">No site differs from the defaults. Change a site from the toolbar popup while you are on it.</p>
        ) : (
          <>
            <ul className="overrides">
              {overrides.map(([id, o]) => {
                const tool = findTool(id)!;
                return (
                  <li key={id}>
                    <span>
                      <strong>{tool.name}</strong>{' '}
                      <span className="muted">
                        {[o.panel === false && 'panel off', o.panel === true && 'panel on', o.startCollapsed === true && 'starts collapsed', o.startCollapsed === false && 'starts expanded']
                          .filter(Boolean)
                          .join(', ')}
                        {o.panel === false && isPanelLocked(policy, id) && ` (${by} keeps it on)`}
                      </span>
                    </span>
                    <span className="field">
                      {o.panel === false && (
                        <button type="button" className="secondary" onClick={() => void updateSite(id, { panel: true }).then((e) => report(e, `Panel turned on for ${tool.name}.`))}>
                          Turn panel on
                        </button>
                      )}
                      <button type="button" className="secondary" onClick={() => void resetSite(id).then((e) => report(e, `${tool.name} reset to the defaults.`))}>
                        Reset<span className="visually-hidden"> {tool.name}</span>
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
            {confirmAll ? (
              <div className="field" role="group" aria-label="Confirm reset">
                <span>Reset all {overrides.length} sites to the defaults?</span>
                <button type="button" className="danger" onClick={() => void resetAllSites().then((e) => { setConfirmAll(false); report(e, 'All sites reset to the defaults.'); })}>
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

      <section className="card" aria-labelledby="backup">
        <h2 id="backup">Export and import</h2>
        <div className="field">
          <button type="button" onClick={() => void onExport()}>
            Export settings
          </button>
          <button type="button" className="secondary" onClick={() => fileRef.current?.click()}>
            Import settings…
          </button>
          <input ref={fileRef} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} aria-label="Settings file to import" onChange={(e) => void onImport(e)} />
        </div>
        <p className="muted">An import is checked first; a malformed or foreign file changes nothing.</p>
      </section>

      <section className="card" aria-labelledby="about">
        <h2 id="about">About the data</h2>
        <p>
          Dataset date: <strong>{datasetDate()}</strong> · Tools indexed: <strong>{TOOLS.length}</strong>
        </p>
        {policy.tools.length > 0 && (
          <p className="muted">
            Plus {policy.tools.length} {policy.tools.length === 1 ? 'tool' : 'tools'} added by {by}, listed above: their facts come from {by}, not from this dataset.
          </p>
        )}
        <p className="muted">
          Every claim links to its source and the date it was checked. Nothing is fetched from the network: the data ships with the extension.
        </p>
        <p className="muted">
          The data is open: <code>npm run data:export</code> in the extension’s source code writes it as one JSON file, <code>caveat-lens-dataset.json</code>, described by
          a JSON Schema, <code>caveat-lens-dataset.schema.json</code>.
        </p>
        <p>
          <a href={browser.runtime.getURL('/compare.html')} target="_blank" rel="noopener noreferrer">
            Compare tools side by side
          </a>
        </p>
        <ul className="bullets">
          {[...TOOLS].sort((a, b) => a.name.localeCompare(b.name)).map((t) => (
            <li key={t.id}>
              <a href={browser.runtime.getURL(`/popup.html?tool=${t.id}`)} target="_blank" rel="noopener noreferrer">
                {t.name}
              </a>{' '}
              <span className="muted">checked {lastChecked(t)}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
