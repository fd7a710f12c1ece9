/**
 * Keeps the page's panel in step with the URL and the settings:
 * URL → tool id (compact index) → background reply (data + settings) → decide() → <PanelContainer/>.
 *
 * Mounting uses the small host helper rather than WXT's createShadowRootUi, which puts the CSS in a
 * <style> element (inline or fetched from a web-accessible file) that a page CSP `style-src` can
 * block: the panel needs a constructable stylesheet (its text arrives with the background's reply,
 * so the page does not parse it on every load), a host on <html> that survives the page
 * replacing <body>, and a "put it back once if the page removes it" rule with no mount loop.
 */
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import matchIndex from 'virtual:caveat-lens/match-index';
import { PanelContainer } from '@/components/PanelContainer';
import { matchUrl, type MatchIndex } from '@/data/match';
import { request } from './client';
import { ORG_MATCH_KEY, readOrgMatch } from './org-match';
import { decide, type Shown } from './decide';
import { detectSensitive, type SensitiveKind } from './detectors';
import { isTabMessage } from './messages';
import type { PanelAttention } from './panel-data';
import { isPromptTarget, transferredText } from './paste-watch';
import { createShadowHost, removeAllHosts, type ShadowHost } from './shadow-host';

/** How often a panel removed by the page is put back before giving up (no mount loop). */
const MAX_REMOUNTS = 1;
/** Storage keys that change what the panel shows: settings, and the organisation's policy (utils/policy/storage.ts). */
const WATCHED_KEYS = ['settings', 'sites', ORG_MATCH_KEY, 'managedCopy'];

export function startPanel(ctx: ContentScriptContext): void {
  const hiddenForVisit = new Set<string | null>();
  // Per tool, for this page load: why the visit opened the panel, and whether "Got it" was pressed.
  const visits = new Map<string, PanelAttention>();
  const changesSeen = new Set<string>();
  // The last sensitive paste's kinds (never its text), shown while the tool's nudge applies.
  let notice: { toolId: string; kinds: SensitiveKind[] } | null = null;
  let url = location.href;
  let css = '';
  let generation = 0;
  let remounts = 0;
  let mounted: (ShadowHost & { toolId: string; root: Root; shown: Shown }) | null = null;
  // The organisation's extra tools on these hosts (usually none): read once, after the dataset's rules.
  let orgIndex: Promise<MatchIndex> | undefined;
  // The keyboard shortcut asked for this tool's panel (decide.ts: in full, even where it is off);
  // `opened` starts the view afresh each time; focus goes back to `returnFocus` when it hides it.
  let asked: string | null = null;
  /** The tool of the URL, as the last update found it. */
  let here: string | null = null;
  let opened = 0;
  let returnFocus: Element | null = null;

  function unmount() {
    const m = mounted;
    mounted = null;
    m?.root.unmount();
    m?.host.remove();
  }

  function hide(toolId: string) {
    hiddenForVisit.add(toolId);
    unmount();
  }

  function render() {
    if (!mounted) return;
    const { host, shown } = mounted;
    const toolId = shown.data.id;
    mounted.root.render(
      <PanelContainer
        key={opened}
        decision={shown}
        host={host}
        notice={notice?.toolId === toolId && shown.nudge ? { kinds: notice.kinds, nudge: shown.nudge } : undefined}
        onCollapsedChange={(collapsed) => {
          // Quiet mode decides each visit afresh; "always expanded" remembers a collapse per site.
          if (shown.rememberCollapsed) void request({ type: 'update-site', toolId, patch: { startCollapsed: collapsed } });
        }}
        onChangesSeen={() => {
          changesSeen.add(toolId);
          if (mounted) mounted.shown = { ...mounted.shown, changes: [] };
          render();
          void request({ type: 'seen-changes', toolId });
        }}
        onDismissNotice={() => {
          notice = null;
          render();
        }}
        onMutePastes={() => {
          notice = null;
          render();
          void request({ type: 'update-site', toolId, patch: { pasteNudge: false } });
        }}
        onHideForVisit={() => hide(toolId)}
        onDisableSite={() => {
          // Hidden for the visit too: else a shortcut's `asked` would bring it back on the stored change.
          hide(toolId);
          void request({ type: 'update-site', toolId, patch: { panel: false } });
        }}
        onOpenChecklist={() => void request({ type: 'open-checklist', toolId })}
      />,
    );
  }

  function show(shown: Shown) {
    if (mounted?.toolId !== shown.data.id) {
      unmount();
      removeAllHosts(document); // also any left by an earlier, invalidated copy of this script
      const host = createShadowHost(document, shown.data.id, css);
      mounted = { ...host, toolId: shown.data.id, root: createRoot(host.container), shown };
      // On <html>, after <body>: survives the page swapping its body.
      document.documentElement.append(host.host);
    }
    mounted.shown = shown;
    render();
  }

  async function update() {
    const gen = ++generation;
    const toolId = (here = matchUrl([...matchIndex, ...(await (orgIndex ??= readOrgMatch()))], url));
    const hidden = !!toolId && hiddenForVisit.has(toolId);
    const reply = toolId && !hidden && !ctx.isInvalid ? await request({ type: 'panel', toolId }) : null;
    if (gen !== generation || ctx.isInvalid) return; // a newer update won the race
    if (reply) css = reply.css;
    const visitAttention = toolId ? visits.get(toolId) : undefined;
    if (toolId && reply && !visitAttention) visits.set(toolId, reply.attention);
    const decision = decide({
      toolId,
      hiddenForVisit: hidden,
      reply,
      viewportWidth: window.innerWidth,
      visitAttention,
      changesSeen: !!toolId && changesSeen.has(toolId),
      asked: asked === toolId, // no tool: no panel either way
    });
    if (decision.show) show(decision);
    else unmount();
  }

  // A paste or drop into the page's prompt, on a tool where it matters: look at the text here,
  // after the event has gone on its way, and keep only the kinds found (never the text).
  const onTransfer = (e: Event) => {
    const toolId = mounted?.toolId;
    if (!toolId || !mounted?.shown.nudge || !isPromptTarget(e)) return;
    const text = transferredText(e);
    if (!text) return;
    setTimeout(() => {
      const kinds = detectSensitive(text);
      if (!kinds.length || mounted?.toolId !== toolId || !mounted.shown.nudge) return;
      notice = { toolId, kinds };
      render();
    });
  };
  for (const type of ['paste', 'drop'] as const) ctx.addEventListener(window, type, onTransfer, { capture: true });

  // The keyboard shortcut: the card hides for the visit (focus back to where the user was, their
  // prompt); else (hidden, the pill) the card opens in full and takes focus, as the user asked.
  async function toggle() {
    if (mounted?.container.querySelector('.cl-card')) {
      const hadFocus = document.activeElement === mounted.host;
      hide(mounted.toolId);
      if (hadFocus) (returnFocus as HTMLElement | null)?.focus();
      return;
    }
    returnFocus = document.activeElement;
    hiddenForVisit.delete((asked = here));
    opened++;
    await update();
    // Rendered by now (Preact renders synchronously): the card's first control, "Collapse".
    mounted?.container.querySelector('button')?.focus();
  }
  const onMessage = (message: unknown) => (isTabMessage(message) ? toggle() : undefined);
  browser.runtime.onMessage.addListener(onMessage);

  // The page removed our element: put it back, once.
  const observer = new MutationObserver(() => {
    if (!mounted || mounted.host.isConnected) return;
    const { shown } = mounted;
    mounted.root.unmount();
    mounted = null;
    if (remounts++ < MAX_REMOUNTS) show(shown);
  });
  observer.observe(document.documentElement, { childList: true });

  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    url = e.newUrl.href; // location.href may still be the old URL here
    remounts = 0;
    void update();
  });
  // Choices made in the popup or options page apply to this open tab at once.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (ORG_MATCH_KEY in changes) orgIndex = undefined;
    if (area === 'managed' || WATCHED_KEYS.some((k) => k in changes)) void update();
  };
  browser.storage.onChanged.addListener(onStorage);
  // Each tick reads ctx.isValid, which notices an extension reload or update and
  // runs onInvalidated below: the orphaned panel leaves instead of throwing on use.
  ctx.setInterval(() => {}, 2000);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    observer.disconnect();
    unmount();
  });

  void update();
}
