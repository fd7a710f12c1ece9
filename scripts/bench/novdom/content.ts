// Route B content script (bench only): the same match, message, shadow host, stylesheet and
// <Panel/> component as the real one, rendered once with JSX-to-DOM instead of Preact.
import matchIndex from 'virtual:caveat-lens/match-index';
import { Panel } from '@/components/Panel';
import css from '@/components/panel.css?inline';
import { matchUrl } from '@/data/match';
import { request } from '@/utils/panel/client';
import { decide } from '@/utils/panel/decide';
import { createShadowHost } from '@/utils/panel/shadow-host';

export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  async main() {
    const toolId = matchUrl(matchIndex, location.href);
    const reply = toolId ? await request({ type: 'panel', toolId }) : null;
    const d = decide({ toolId, hiddenForVisit: false, reply, viewportWidth: window.innerWidth });
    if (!d.show) return;
    const host = createShadowHost(document, d.data.id, css);
    host.host.setAttribute('data-corner', d.corner);
    const noop = () => {};
    const node = Panel({
      data: d.data,
      collapsed: d.collapsed,
      stale: d.stale,
      theme: d.theme === 'dark' ? 'dark' : 'light',
      onCollapsedChange: noop,
      onHideForVisit: noop,
      onDisableSite: noop,
      onOpenChecklist: noop,
    }) as unknown as Node;
    host.container.append(node);
    document.documentElement.append(host.host);
  },
});
