import { useState } from 'react';
import { browser } from 'wxt/browser';
import { datasetDate, getTool, MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { AboutSection } from '@/components/options/AboutSection';
import { BackupSection } from '@/components/options/BackupSection';
import { DefaultsSection } from '@/components/options/DefaultsSection';
import { PolicyProblems, PolicySection } from '@/components/options/PolicySection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { SitesSection, type SiteRow } from '@/components/options/SitesSection';
import { StatusLine, type StatusMessage } from '@/components/options/StatusLine';
import { usePolicy } from '@/hooks/usePolicy';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { useShortcuts } from '@/hooks/useShortcuts';
import { openShortcutSettings } from '@/utils/commands/open-shortcuts';
import { SHORTCUT_PAGES } from '@/utils/commands/shortcuts';
import { downloadText } from '@/utils/pages/download';
import { heldSettings, isPanelLocked, orgLabel } from '@/utils/policy/model';
import { hasPanel } from '@/utils/policy/org-match';
import { exportSettings, importSettings, resetAllSites, resetSite, updateGlobal, updateSite } from '@/utils/settings/storage';

const EXPORT_NAME = 'caveat-lens-settings.json';
// BROWSER, not FIREFOX: vitest turns define'd env booleans into strings, and "false" is truthy.
const BROWSER_KIND = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

/** The options page: each section is a view; this wires them to the settings storage and the organisation's policy. */
export function App() {
  const settings = useSettings();
  const parsedPolicy = usePolicy();
  const shortcuts = useShortcuts();
  usePageTheme(settings?.global.theme);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // The policy is read too (it never takes long: utils/policy/storage.ts), so a held setting is never shown as changeable.
  if (!settings || !parsedPolicy) return <p className="loading">Loading settings…</p>;
  const { policy, problems } = parsedPolicy;
  const by = orgLabel(policy);
  const findTool = (id: string) => getTool(id) ?? policy.tools.find((t) => t.id === id);
  const names = (ids: readonly string[]) => ids.map((id) => findTool(id)?.name ?? id);
  const keptOn = names(policy.lockedTools);

  /** A write's outcome: the storage layer's error, else the success text. */
  const report = (write: Promise<string | undefined>, success: string) =>
    void write.then((error) => setStatus(error ? { kind: 'error', text: error } : { kind: 'success', text: success }));
  // Overrides for tools neither in the dataset nor the policy stay stored (an older or newer version may know them) but are not listed.
  const sites: SiteRow[] = Object.entries(settings.sites).flatMap(([id, override]) => {
    const tool = findTool(id);
    return tool ? [{ id, name: tool.name, override, ...(isPanelLocked(policy, id) ? { keptOnBy: by } : {}) }] : [];
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
      <PolicyProblems problems={problems} />
      {policy.present && (
        <PolicySection
          by={by}
          notedTools={names(Object.keys(policy.notes))}
          keptOn={keptOn}
          hasDefaults={Object.keys(policy.defaults).length > 0}
          tools={policy.tools.map((t) => ({
            id: t.id,
            name: t.name,
            hasPanel: hasPanel(t, MATCH_INDEX),
            hosts: [...new Set(t.match.map((r) => r.host))],
          }))}
          pageUrl={(path) => browser.runtime.getURL(path)}
        />
      )}
      <DefaultsSection
        global={settings.global}
        onSave={(patch) => report(updateGlobal(patch), 'Saved.')}
        policy={policy.present ? { by, locked: heldSettings(policy), keptOn, pasteKeptOn: !policy.pasteNudge.allowDisable } : undefined}
      />
      <SitesSection
        sites={sites}
        onTurnPanelOn={(site) => report(updateSite(site.id, { panel: true }), `Panel turned on for ${site.name}.`)}
        onReset={(site) => report(resetSite(site.id), `${site.name} reset to the defaults.`)}
        onResetAll={() => report(resetAllSites(), 'All sites reset to the defaults.')}
      />
      <ShortcutsSection
        rows={shortcuts}
        browser={BROWSER_KIND}
        onOpenSettings={() =>
          void openShortcutSettings(browser, BROWSER_KIND).then(
            (opened) =>
              !opened && setStatus({ kind: 'error', text: `The browser did not open it: go to ${SHORTCUT_PAGES[BROWSER_KIND]}.` }),
          )
        }
        onCopyAddress={() =>
          // In a promise: a browser without the clipboard API throws before it could reject.
          void Promise.resolve()
            .then(() => navigator.clipboard.writeText(SHORTCUT_PAGES.chrome))
            .then(
              () => setStatus({ kind: 'success', text: `Copied ${SHORTCUT_PAGES.chrome}: paste it into the address bar.` }),
              () => setStatus({ kind: 'error', text: `Could not copy: type ${SHORTCUT_PAGES.chrome} into the address bar.` }),
            )
        }
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
            .then((r) =>
              setStatus(r.ok ? { kind: 'success', text: `Imported settings from ${file.name}.` } : { kind: 'error', text: r.error }),
            )
        }
      />
      <AboutSection
        tools={TOOLS}
        datasetDate={datasetDate()}
        pageUrl={(path) => browser.runtime.getURL(path)}
        orgTools={{ by, count: policy.tools.length }}
      />
    </main>
  );
}
