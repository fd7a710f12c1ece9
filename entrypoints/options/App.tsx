import { useState } from 'react';
import { browser } from 'wxt/browser';
import { datasetDate, getTool, TOOLS } from '@/data/catalogue';
import { AboutSection } from '@/components/options/AboutSection';
import { BackupSection } from '@/components/options/BackupSection';
import { DefaultsSection } from '@/components/options/DefaultsSection';
import { SitesSection, type SiteRow } from '@/components/options/SitesSection';
import { StatusLine, type StatusMessage } from '@/components/options/StatusLine';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { downloadText } from '@/utils/pages/download';
import { exportSettings, importSettings, resetAllSites, resetSite, updateGlobal, updateSite } from '@/utils/settings/storage';

const EXPORT_NAME = 'caveat-lens-settings.json';

/** The options page: each section is a view; this wires them to the settings storage. */
export function App() {
  const settings = useSettings();
  usePageTheme(settings?.global.theme);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  if (!settings) return <p className="loading">Loading settings…</p>;

  /** A write's outcome: the storage layer's error, else the success text. */
  const report = (write: Promise<string | undefined>, success: string) =>
    void write.then((error) => setStatus(error ? { kind: 'error', text: error } : { kind: 'success', text: success }));
  // Overrides for tools no longer in the dataset stay stored (an older or newer version may know them) but are not listed.
  const sites: SiteRow[] = Object.entries(settings.sites).flatMap(([id, override]) => {
    const tool = getTool(id);
    return tool ? [{ id, name: tool.name, override }] : [];
  });

  return (
    <main>
      <h1>Caveat Lens settings</h1>
      <StatusLine status={status} />
      {(settings.problems.length > 0 || settings.syncError) && (
        <p className="error" role="alert">
          {settings.syncError ?? 'Some stored settings were unreadable and were reset to their defaults; everything else was kept.'}
        </p>
      )}
      <DefaultsSection global={settings.global} onSave={(patch) => report(updateGlobal(patch), 'Saved.')} />
      <SitesSection
        sites={sites}
        onTurnPanelOn={(site) => report(updateSite(site.id, { panel: true }), `Panel turned on for ${site.name}.`)}
        onReset={(site) => report(resetSite(site.id), `${site.name} reset to the defaults.`)}
        onResetAll={() => report(resetAllSites(), 'All sites reset to the defaults.')}
      />
      <BackupSection
        onExport={() =>
          void exportSettings().then((text) => {
            downloadText(EXPORT_NAME, text);
            setStatus({ kind: 'success', text: `Settings exported to ${EXPORT_NAME}.` });
          })
        }
        onImport={(file) =>
          void file
            .text()
            .then(importSettings)
            .then((r) => setStatus(r.ok ? { kind: 'success', text: `Imported settings from ${file.name}.` } : { kind: 'error', text: r.error }))
        }
      />
      <AboutSection tools={TOOLS} datasetDate={datasetDate()} pageUrl={(path) => browser.runtime.getURL(path)} />
    </main>
  );
}
