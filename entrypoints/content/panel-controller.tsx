/**
 * Keeps the page's panel in step with the URL and the settings:
 * URL → tool id (compact index) → settings → panel data (from the background) → view.
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import matchIndex from 'virtual:caveat-lens/match-index';
import { Panel } from '../../components/Panel';
import css from '../../components/panel.css?inline';
import { matchUrl } from '../../data/match';
import { PanelResponse, type Request } from '../../utils/messages';
import { findObstacles } from '../../utils/obstacles';
import { isStale, todayUtc, type PanelData } from '../../utils/panel-data';
import { CARD_MAX_HEIGHT, choosePlacement, type Placement } from '../../utils/placement';
import { loadSettings, updateSite, watchSettings, type LoadedSettings } from '../../utils/settings';
import { effectiveFor } from '../../utils/settings-model';
import { createShadowHost, removeAllHosts, type ShadowHost } from '../../utils/shadow-host';

/** How often a panel removed by the page is put back before giving up (no mount loop). */
const MAX_REMOUNTS = 1;
/** Below this width (phones) the panel starts as the pill: a card would cover most of the page. */
const NARROW = 640;

export function startPanel(ctx: ContentScriptContext): void {
  const doc = document;
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const panels = new Map<string, PanelData>();
  const hiddenForVisit = new Set<string>();
  let url = location.href;
  let settings: LoadedSettings | null = null;
  let mounted: (ShadowHost & { toolId: string; root: Root }) | null = null;
  let collapsed = false;
  let placement: Placement = { corner: 'top-right' };
  let remounts = 0;
  let generation = 0;

  async function send(req: Request): Promise<unknown> {
    if (ctx.isInvalid) return null;
    try {
      return await browser.runtime.sendMessage(req);
    } catch {
      return null; // Extension reloaded or background unavailable: show nothing.
    }
  }

  async function panelData(toolId: string): Promise<PanelData | null> {
    const cached = panels.get(toolId);
    if (cached) return cached;
    const parsed = PanelResponse.safeParse(await send({ type: 'panel', toolId }));
    if (!parsed.success || !parsed.data) return null;
    panels.set(toolId, parsed.data);
    return parsed.data;
  }

  function unmount() {
    if (!mounted) return;
    const m = mounted;
    mounted = null;
    m.root.unmount();
    m.host.remove();
  }

  function render() {
    if (!mounted || !settings) return;
    const data = panels.get(mounted.toolId);
    if (!data) return;
    const eff = effectiveFor(settings.global, settings.sites, data.id);
    const theme = eff.theme === 'auto' ? (darkQuery.matches ? 'dark' : 'light') : eff.theme;
    mounted.host.setAttribute('data-corner', placement.corner);
    mounted.root.render(
      <Panel
        data={data}
        collapsed={collapsed}
        stale={isStale(data.lastChecked, todayUtc(), eff.staleDays)}
        theme={theme}
        maxHeight={placement.maxHeight}
        onCollapsedChange={(next) => {
          collapsed = next;
          render();
          place();
          void updateSite(data.id, { startCollapsed: next }); // remembered per site
        }}
        onHideForVisit={() => {
          hiddenForVisit.add(data.id);
          unmount();
        }}
        onDisableSite={() => {
          unmount();
          void updateSite(data.id, { panel: false });
        }}
        onOpenChecklist={() => void send({ type: 'open-checklist', toolId: data.id })}
      />,
    );
  }

  /** Moves the panel clear of the prompt box once the view has its size. */
  function place() {
    ctx.requestAnimationFrame(() => {
      if (!mounted || !settings) return;
      const eff = effectiveFor(settings.global, settings.sites, mounted.toolId);
      const card = mounted.host.shadowRoot?.querySelector<HTMLElement>('.cl-card, .cl-pill');
      const box = card?.getBoundingClientRect();
      if (!box) return;
      const next = choosePlacement(
        eff.corner,
        { width: box.width, height: Math.min(card!.scrollHeight + 2, CARD_MAX_HEIGHT) },
        { width: window.innerWidth, height: window.innerHeight },
        findObstacles(doc),
      );
      if (next.corner !== placement.corner || next.maxHeight !== placement.maxHeight) {
        placement = next;
        render();
      }
    });
  }

  function mount(toolId: string) {
    removeAllHosts(doc);
    const shadow = createShadowHost(doc, toolId, css);
    mounted = { ...shadow, toolId, root: createRoot(shadow.container) };
    const eff = effectiveFor(settings!.global, settings!.sites, toolId);
    collapsed = eff.startCollapsed || window.innerWidth < NARROW;
    placement = { corner: eff.corner };
    // On <html>, after <body>: survives the page swapping its body.
    doc.documentElement.append(shadow.host);
    render();
    place();
    for (const ms of [400, 1500, 4000]) ctx.setTimeout(place, ms); // prompt boxes often render late
  }

  async function update() {
    const gen = ++generation;
    const toolId = matchUrl(matchIndex, url);
    // Ask for the panel data while the settings load: two round trips in parallel, not in a row.
    const dataPromise = toolId ? panelData(toolId) : null;
    settings ??= await loadSettings();
    if (gen !== generation || ctx.isInvalid) return; // a newer update won the race
    const show = toolId && !hiddenForVisit.has(toolId) && effectiveFor(settings.global, settings.sites, toolId).panel;
    if (!show) return unmount();
    const data = await dataPromise!;
    if (gen !== generation || ctx.isInvalid) return;
    if (!data) return unmount();
    if (mounted?.toolId !== toolId) {
      unmount();
      mount(toolId);
    } else render();
  }

  // The page removed our element: put it back, once.
  const observer = new MutationObserver(() => {
    if (mounted && !mounted.host.isConnected) {
      const toolId = mounted.toolId;
      mounted.root.unmount();
      mounted = null;
      if (remounts++ < MAX_REMOUNTS) mount(toolId);
    }
  });
  observer.observe(doc.documentElement, { childList: true });

  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    url = e.newUrl.href; // location.href may still be the old URL here
    remounts = 0;
    void update();
  });
  ctx.addEventListener(window, 'resize', () => place(), { passive: true });
  ctx.addEventListener(darkQuery, 'change', () => render());
  const unwatch = watchSettings((s) => {
    settings = s;
    // Choices made in the popup or options page apply to this open tab at once.
    if (mounted) collapsed = effectiveFor(s.global, s.sites, mounted.toolId).startCollapsed;
    void update();
  });
  // Each tick reads ctx.isValid, which notices an extension reload or update and
  // runs onInvalidated below: the orphaned panel leaves instead of throwing on use.
  ctx.setInterval(() => {}, 2000);
  ctx.onInvalidated(() => {
    unwatch();
    observer.disconnect();
    unmount();
  });

  void update();
}
