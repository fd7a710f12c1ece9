import { useRef, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { datasetDate, getTool, lastChecked, TOOLS } from '@/data/catalogue';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import {
  exportSettings,
  importSettings,
  resetAllSites,
  resetSite,
  updateGlobal,
  updateSite,
} from '@/utils/settings/storage';
import { START_LABEL } from '@/components/SiteControls';
import { START_MODES, startMode, startPatch, type GlobalSettings } from '@/utils/settings/model';
import { CORNERS, THEMES } from '@/utils/settings/values';

const CORNER_LABEL: Record<(typeof CORNERS)[number], string> = {
  'top-right': 'Top right',
  'top-left': 'Top left',
  'bottom-right': 'Bottom right',
  'bottom-left': 'Bottom left',
};

export function App() {
  const settings = useSettings();
  usePageTheme(settings?.global.theme);
  const [status, setStatus] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  if (!settings) return <p className="loading">Loading settings…</p>;
  const { global, sites } = settings;

  const report = (error: string | undefined, ok: string) => setStatus(error ?? ok);
  const save = (patch: Partial<GlobalSettings>) => void updateGlobal(patch).then((e) => report(e, 'Saved.'));
  const overrides = Object.entries(sites).filter(([id]) => getTool(id));

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

      <section className="card" aria-labelledby="defaults">
        <h2 id="defaults">Defaults for every site</h2>
        <label className="field">
          <input type="checkbox" checked={global.panel} onChange={(e) => save({ panel: e.currentTarget.checked })} />
          Show the in-page panel on AI tool sites
        </label>
        <fieldset className="field-group">
          <legend>When the panel opens on a page</legend>
          {START_MODES.map((mode) => (
            <label key={mode} className="field">
              <input type="radio" name="start" value={mode} checked={startMode(global) === mode} onChange={() => save(startPatch(mode))} />
              {START_LABEL[mode]}
              {mode === 'quiet' && <span className="muted"> (recommended: a card you see on every visit soon goes unread)</span>}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <input type="checkbox" checked={global.pasteNudge} onChange={(e) => save({ pasteNudge: e.currentTarget.checked })} />
          Warn when something I paste into a tool that trains on it, keeps it long or lets people read it looks sensitive (API keys, passwords, card
          numbers, many e-mail addresses…)
        </label>
        <p className="muted">The paste check runs on the page only; what you paste is never stored or sent anywhere.</p>
        <label className="field">
          Panel corner
          <select value={global.corner} onChange={(e) => save({ corner: e.currentTarget.value as GlobalSettings['corner'] })}>
            {CORNERS.map((c) => (
              <option key={c} value={c}>
                {CORNER_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Warn when facts are older than
          <input
            type="number"
            min={1}
            max={3650}
            value={global.staleDays}
            onChange={(e) => {
              const n = e.currentTarget.valueAsNumber;
              if (Number.isInteger(n) && n >= 1 && n <= 3650) save({ staleDays: n });
            }}
            style={{ width: '6em' }}
          />
          days
        </label>
        <label className="field">
          Theme
          <select value={global.theme} onChange={(e) => save({ theme: e.currentTarget.value as GlobalSettings['theme'] })}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {t === 'auto' ? 'Match the system' : t === 'light' ? 'Light' : 'Dark'}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section className="card" aria-labelledby="sites">
        <h2 id="sites">Per-site settings</h2>
        {overrides.length === 0 ? (
          <p className="muted">No site differs from the defaults. Change a site from the toolbar popup while you are on it.</p>
        ) : (
          <>
            <ul className="overrides">
              {overrides.map(([id, o]) => {
                const tool = getTool(id)!;
                return (
                  <li key={id}>
                    <span>
                      <strong>{tool.name}</strong>{' '}
                      <span className="muted">
                        {[
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
                          .join(', ')}
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
