import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import matchIndex from 'virtual:caveat-lens/match-index';
import { dataVersion } from '@/data/changes';
import { loadCatalogue, loadTool } from '@/data/load-tool';
import { matchUrl } from '@/data/match';
import type { Tool } from '@/data/schema';
import { SiteControls, type SiteLocks } from '@/components/SiteControls';
import { ToolSearch } from '@/components/ToolSearch';
import { ToolView } from '@/components/ToolView';
import { useI18n } from '@/hooks/useI18n';
import { usePolicy } from '@/hooks/usePolicy';
import { useSeen } from '@/hooks/useSeen';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import type { I18n } from '@/utils/i18n/i18n';
import { comparePath, toolParam } from '@/utils/pages/page-params';
import { heldSettings, isPanelLocked, orgFor, orgLabel, type Policy } from '@/utils/policy/model';
import { orgMatchIndex } from '@/utils/policy/org-match';
import { updateSite } from '@/utils/settings/storage';
import { effectiveFor, DEFAULTS } from '@/utils/settings/model';
import { recordSeen } from '@/utils/settings/visits';

type View =
  { kind: 'loading' } | { kind: 'browse' } | { kind: 'tool'; tool: Tool; tabToolId: string | null } | { kind: 'unknown'; id: string };
type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;

/** The tool on the active tab: its URL is visible to us only for the dataset's hosts (where the organisation's tools may also be). */
async function activeTabToolId(policy: Policy): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const index = policy.tools.length ? [...matchIndex, ...orgMatchIndex(policy.tools, matchIndex)] : matchIndex;
    return tab?.url ? matchUrl(index, tab.url) : null;
  } catch {
    return null;
  }
}

/** What the popup opens on: `?tool=` first, else the active tab's tool, else browsing. Only that tool's data is loaded. */
async function firstView(policy: Policy): Promise<View> {
  const param = toolParam(location.search);
  const id = param ?? (await activeTabToolId(policy));
  const tool = id ? ((await loadTool(id)) ?? policy.tools.find((t) => t.id === id)) : undefined;
  if (tool) return { kind: 'tool', tool, tabToolId: param === null ? tool.id : null };
  return param === null ? { kind: 'browse' } : { kind: 'unknown', id: param };
}

export function App() {
  const i18n = useI18n();
  const { t } = i18n;
  const settings = useSettings();
  usePageTheme(settings?.global.theme);
  const policy = usePolicy()?.policy;
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabToolId, setTabToolId] = useState<string | null>(null);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [saveError, setSaveError] = useState<string>();
  const started = useRef(false);
  const seen = useSeen(view.kind === 'tool' ? view.tool.id : undefined);

  useEffect(() => {
    // The policy first (a quick local read): the organisation's tools and notes are part of the first view.
    if (!policy || started.current) return;
    started.current = true;
    void firstView(policy).then((v) => {
      setView(v);
      if (v.kind === 'tool') setTabToolId(v.tabToolId);
      // Search, alternatives and compare need every tool: fetched once the first view is up.
      requestAnimationFrame(() => void loadCatalogue().then(setCatalogue));
    });
  }, [policy]);

  const orgTools = policy?.tools ?? [];
  const getAny = (id: string) => catalogue?.getTool(id) ?? orgTools.find((t) => t.id === id);
  const allTools = catalogue ? (orgTools.length ? [...catalogue.TOOLS, ...orgTools] : catalogue.TOOLS) : null;
  const select = (id: string) => {
    const tool = getAny(id);
    if (!tool) return;
    setView({ kind: 'tool', tool, tabToolId });
    window.scrollTo(0, 0);
  };
  const optionsLink = (
    <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
      {t('popup.nav.settings')}
    </button>
  );
  const compareLink = (
    <a href={browser.runtime.getURL(comparePath())} target="_blank" rel="noopener noreferrer">
      {t('popup.nav.compare')}
    </a>
  );

  if (view.kind === 'loading') return <p className="loading">{t('popup.loading')}</p>;

  if (view.kind === 'unknown' || view.kind === 'browse') {
    return (
      <main className="popup">
        <nav className="popup-nav">
          <span className="brand" translate="no">
            {t('app.name')}
          </span>
          {compareLink}
          {optionsLink}
        </nav>
        {view.kind === 'unknown' ? (
          <div className="empty-state" role="alert">
            <h1>{t('popup.unknown.title')}</h1>
            <p>{t('popup.unknown.text', { id: view.id })}</p>
          </div>
        ) : (
          <div className="empty-state">
            <h1>{t('popup.none.title')}</h1>
            <p>{t('popup.none.text')}</p>
          </div>
        )}
        {allTools ? <ToolSearch tools={allTools} onSelect={select} /> : <p className="loading">{t('popup.loadingTools')}</p>}
      </main>
    );
  }

  const { tool } = view;
  const global = settings?.global ?? DEFAULTS;
  const onThisTab = view.tabToolId === tool.id;
  const org = policy ? orgFor(policy, tool.id, t('org.yours')) : undefined;
  const locked = settings && policy ? lockReasons(policy, settings.global, tool, i18n) : {};
  return (
    <main className="popup">
      <nav className="popup-nav">
        <button type="button" className="link-button" onClick={() => setView({ kind: 'browse' })}>
          {t('popup.nav.allTools')}
        </button>
        {compareLink}
        {optionsLink}
      </nav>
      <ToolView
        tool={tool}
        staleDays={global.staleDays}
        alternatives={catalogue ? tool.alternatives.map(getAny).filter((t) => t !== undefined) : []}
        org={org}
        listedBy={policy && orgTools.some((t) => t.id === tool.id) ? orgLabel(policy, t('org.yours')) : undefined}
        onSelectTool={select}
        compareHref={(ids) => browser.runtime.getURL(comparePath(ids))}
        copy={(text) => navigator.clipboard.writeText(text)}
        seen={seen}
        onMarkSeen={() => void recordSeen(tool.id, dataVersion(tool))}
        siteControls={
          settings ? (
            <SiteControls
              toolName={tool.name}
              onThisTab={onThisTab}
              settings={effectiveFor(settings.global, settings.sites, tool.id)}
              // The storage layer's reasons are technical English; the user reads what happened, in their language.
              error={saveError ? t('options.status.syncRefused') : settings.syncError ? t('options.syncError') : undefined}
              managed={locked}
              onChange={(patch) => void updateSite(tool.id, patch).then(setSaveError)}
            />
          ) : undefined
        }
      />
    </main>
  );
}

/** Why a site switch is held by the organisation's policy, per switch. */
function lockReasons(policy: Policy, global: { panel: boolean }, tool: Tool, { t }: I18n): SiteLocks {
  const org = orgLabel(policy, t('org.yours'));
  const held = heldSettings(policy);
  const out: SiteLocks = {};
  if (isPanelLocked(policy, tool.id)) out.panel = t('popup.lock.panelTool', { org, tool: tool.name });
  else if (held.includes('panel')) out.panel = t(global.panel ? 'popup.lock.panelOn' : 'popup.lock.panelOff', { org });
  if (held.includes('startCollapsed') || held.includes('alwaysExpanded')) out.start = t('popup.lock.everySite', { org });
  if (!policy.pasteNudge.allowDisable) out.pasteNudge = t('popup.lock.paste', { org });
  else if (held.includes('pasteNudge')) out.pasteNudge = t('popup.lock.everySite', { org });
  return out;
}
