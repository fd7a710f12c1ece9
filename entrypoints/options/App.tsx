import { useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { datasetDate, getTool, MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { Name, RichMessage } from '@/components/RichMessage';
import { AboutSection } from '@/components/options/AboutSection';
import { BackupSection, ImportFailure } from '@/components/options/BackupSection';
import { DefaultsSection } from '@/components/options/DefaultsSection';
import { PolicyProblems, PolicySection } from '@/components/options/PolicySection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { SitesSection, type SiteRow } from '@/components/options/SitesSection';
import { StatusLine, type StatusMessage } from '@/components/options/StatusLine';
import { useI18n } from '@/hooks/useI18n';
import { usePolicy } from '@/hooks/usePolicy';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { useShortcuts } from '@/hooks/useShortcuts';
import { openShortcutSettings } from '@/utils/commands/open-shortcuts';
import { SHORTCUT_PAGES } from '@/utils/commands/shortcuts';
import { resolveLocale } from '@/utils/i18n/locales';
import { uiLanguage } from '@/utils/i18n/ui-language';
import { downloadText } from '@/utils/pages/download';
import { heldSettings, isPanelLocked } from '@/utils/policy/model';
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
  const { t } = useI18n();
  usePageTheme(settings?.global.theme);
  // The tab's title in the user's language too (the HTML's is English, for the moment before this runs).
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // The policy is read too (it never takes long: utils/policy/storage.ts), so a held setting is never shown as changeable.
  if (!settings || !parsedPolicy) return <p className="loading">{t('options.loading')}</p>;
  const { policy, problems } = parsedPolicy;
  // The organisation's own name is a name; without one it is "your organisation" in the user's language.
  const by: ReactNode = policy.orgName ? <Name>{policy.orgName}</Name> : t('org.yours');
  const findTool = (id: string) => getTool(id) ?? policy.tools.find((tool) => tool.id === id);
  const names = (ids: readonly string[]) => ids.map((id) => findTool(id)?.name ?? id);
  const keptOn = names(policy.lockedTools);

  /** A write's outcome: sync refused (the value is kept on this device), else the success text. Statuses are elements, worded as they render. */
  const report = (write: Promise<string | undefined>, success: ReactNode) =>
    void write.then((error) =>
      setStatus(error ? { kind: 'error', text: <RichMessage k="options.status.syncRefused" /> } : { kind: 'success', text: success }),
    );
  // Overrides for tools neither in the dataset nor the policy stay stored (an older or newer version may know them) but are not listed.
  const sites: SiteRow[] = Object.entries(settings.sites).flatMap(([id, override]) => {
    const tool = findTool(id);
    return tool ? [{ id, name: tool.name, override, ...(isPanelLocked(policy, id) ? { keptOnBy: by } : {}) }] : [];
  });

  return (
    <main>
      <h1>{t('options.title')}</h1>
      <StatusLine status={status} />
      {(settings.problems.length > 0 || settings.syncError) && (
        <p className="error" role="alert">
          {settings.syncError ? t('options.syncError') : t('options.storedProblems')}
        </p>
      )}
      <PolicyProblems problems={problems} />
      {policy.present && (
        <PolicySection
          by={by}
          notedTools={names(Object.keys(policy.notes))}
          keptOn={keptOn}
          hasDefaults={Object.keys(policy.defaults).length > 0}
          tools={policy.tools.map((tool) => ({
            id: tool.id,
            name: tool.name,
            hasPanel: hasPanel(tool, MATCH_INDEX),
            hosts: [...new Set(tool.match.map((r) => r.host))],
          }))}
          pageUrl={(path) => browser.runtime.getURL(path)}
        />
      )}
      <DefaultsSection
        global={settings.global}
        onSave={(patch) => report(updateGlobal(patch), <RichMessage k="options.status.saved" />)}
        policy={policy.present ? { by, locked: heldSettings(policy), keptOn, pasteKeptOn: !policy.pasteNudge.allowDisable } : undefined}
        browserLocale={resolveLocale('auto', uiLanguage())}
      />
      <SitesSection
        sites={sites}
        onTurnPanelOn={(site) =>
          report(
            updateSite(site.id, { panel: true }),
            <RichMessage k="options.status.panelOn" params={{ name: <Name>{site.name}</Name> }} />,
          )
        }
        onReset={(site) =>
          report(resetSite(site.id), <RichMessage k="options.status.siteReset" params={{ name: <Name>{site.name}</Name> }} />)
        }
        onResetAll={() => report(resetAllSites(), <RichMessage k="options.status.allReset" />)}
      />
      <ShortcutsSection
        rows={shortcuts}
        browser={BROWSER_KIND}
        onOpenSettings={() =>
          void openShortcutSettings(browser, BROWSER_KIND).then(
            (opened) =>
              !opened &&
              setStatus({
                kind: 'error',
                text: (
                  <RichMessage
                    k="shortcuts.notOpened"
                    params={{ page: BROWSER_KIND === 'firefox' ? <RichMessage k="shortcuts.firefoxPathText" /> : SHORTCUT_PAGES.chrome }}
                  />
                ),
              }),
          )
        }
        onCopyAddress={() =>
          // In a promise: a browser without the clipboard API throws before it could reject.
          void Promise.resolve()
            .then(() => navigator.clipboard.writeText(SHORTCUT_PAGES.chrome))
            .then(
              () => setStatus({ kind: 'success', text: <RichMessage k="shortcuts.copied" params={{ address: SHORTCUT_PAGES.chrome }} /> }),
              () =>
                setStatus({ kind: 'error', text: <RichMessage k="shortcuts.copyFailed" params={{ address: SHORTCUT_PAGES.chrome }} /> }),
            )
        }
      />
      <BackupSection
        onExport={() =>
          void exportSettings().then((text) => {
            downloadText(EXPORT_NAME, text);
            setStatus({
              kind: 'success',
              text: <RichMessage k="options.status.exported" params={{ file: <Name>{EXPORT_NAME}</Name> }} />,
            });
          })
        }
        onImport={(file) =>
          void file
            .text()
            .then(importSettings)
            .then((r) =>
              setStatus(
                r.ok
                  ? { kind: 'success', text: <RichMessage k="options.status.imported" params={{ file: <Name>{file.name}</Name> }} /> }
                  : { kind: 'error', text: <ImportFailure error={r.error} /> },
              ),
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
