import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import matchIndex from 'virtual:caveat-lens/match-index';
import { dataVersion } from '@/data/changes';
import { loadCatalogue, loadTool } from '@/data/load-tool';
import { matchUrl } from '@/data/match';
import type { Tool } from '@/data/schema';
import { SiteControls } from '@/components/SiteControls';
import { ToolSearch } from '@/components/ToolSearch';
import { ToolView } from '@/components/ToolView';
import { useSeen } from '@/hooks/useSeen';
import { usePageTheme, useSettings } from '@/hooks/useSettings';
import { compareSearch, toolParam } from '@/utils/pages/page-params';
import { updateSite } from '@/utils/settings/storage';
import { effectiveFor, DEFAULTS } from '@/utils/settings/model';
import { recordSeen } from '@/utils/settings/visits';

type View = { kind: 'loading' } | { kind: 'browse' } | { kind: 'tool'; tool: Tool; tabToolId: string | null } | { kind: 'unknown'; id: string };
type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;

/** The tool on the active tab: its URL is visible to us only for the dataset's hosts. */
async function activeTabToolId(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ? matchUrl(matchIndex, tab.url) : null;
  } catch {
    return null;
  }
}

/** What the popup opens on: `?tool=` first, else the active tab's tool, else browsing. Only that tool's data is loaded. */
async function firstView(): Promise<View> {
  const param = toolParam(location.search);
  const id = param ?? (await activeTabToolId());
  const tool = id ? await loadTool(id) : undefined;
  if (tool) return { kind: 'tool', tool, tabToolId: param === null ? tool.id : null };
  return param === null ? { kind: 'browse' } : { kind: 'unknown', id: param };
}

export function App() {
  const settings = useSettings();
  usePageTheme(settings?.global.theme);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabToolId, setTabToolId] = useState<string | null>(null);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [saveError, setSaveError] = useState<string>();
  const seen = useSeen(view.kind === 'tool' ? view.tool.id : undefined);

  useEffect(() => {
    void firstView().then((v) => {
      setView(v);
      if (v.kind === 'tool') setTabToolId(v.tabToolId);
      // Search, alternatives and compare need every tool: fetched once the first view is up.
      requestAnimationFrame(() => void loadCatalogue().then(setCatalogue));
    });
  }, []);

  const select = (id: string) => {
    const tool = catalogue?.getTool(id);
    if (!tool) return;
    setView({ kind: 'tool', tool, tabToolId });
    window.scrollTo(0, 0);
  };
  const optionsLink = (
    <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
      Settings
    </button>
  );
  const compareLink = (
    <a href={browser.runtime.getURL('/compare.html')} target="_blank" rel="noopener noreferrer">
      Compare tools
    </a>
  );

  if (view.kind === 'loading') return <p className="loading">Loading…</p>;

  if (view.kind === 'unknown' || view.kind === 'browse') {
    return (
      <main className="popup">
        <nav className="popup-nav">
          <span className="brand">Caveat Lens</span>
          {compareLink}
          {optionsLink}
        </nav>
        {view.kind === 'unknown' ? (
          <div className="empty-state" role="alert">
            <h1>Unknown tool</h1>
            <p>
              There is no tool with the id “{view.id}” in the dataset. Pick one below.
            </p>
          </div>
        ) : (
          <div className="empty-state">
            <h1>No AI tool detected on this page</h1>
            <p>Look up any tool in the dataset before you sign up or paste data.</p>
          </div>
        )}
        {catalogue ? <ToolSearch tools={catalogue.TOOLS} onSelect={select} /> : <p className="loading">Loading tools…</p>}
      </main>
    );
  }

  const { tool } = view;
  const global = settings?.global ?? DEFAULTS;
  const onThisTab = view.tabToolId === tool.id;
  return (
    <main className="popup">
      <nav className="popup-nav">
        <button type="button" className="link-button" onClick={() => setView({ kind: 'browse' })}>
          All tools
        </button>
        {compareLink}
        {optionsLink}
      </nav>
      <ToolView
        tool={tool}
        staleDays={global.staleDays}
        alternatives={catalogue ? tool.alternatives.map((id) => catalogue.getTool(id)).filter((t) => t !== undefined) : []}
        onSelectTool={select}
        compareHref={(ids) => browser.runtime.getURL(`/compare.html${compareSearch(ids)}`)}
        copy={(text) => navigator.clipboard.writeText(text)}
        seen={seen}
        onMarkSeen={() => void recordSeen(tool.id, dataVersion(tool))}
        siteControls={
          settings ? (
            <SiteControls
              toolName={tool.name}
              onThisTab={onThisTab}
              settings={effectiveFor(settings.global, settings.sites, tool.id)}
              error={saveError ?? settings.syncError}
              onChange={(patch) => void updateSite(tool.id, patch).then(setSaveError)}
            />
          ) : undefined
        }
      />
    </main>
  );
}
