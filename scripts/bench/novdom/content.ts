// Route B content script (bench only): the same match, message, shadow host, stylesheet and
// <Panel/> component as the real one, rendered once with JSX-to-DOM instead of Preact.
import matchIndex from 'virtual:caveat-lens/match-index';
import { Panel } from '@/components/Panel';
import { matchUrl } from '@/data/match';
import { fill } from '@/utils/i18n/format';
import { request } from '@/utils/panel/client';
import { decide } from '@/utils/panel/decide';
import { createShadowHost } from '@/utils/panel/shadow-host';
import { provide } from './react';

export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  async main() {
    const toolId = matchUrl(matchIndex, location.href);
    const reply = toolId ? await request({ type: 'panel', toolId }) : null;
    const d = decide({ toolId, hiddenForVisit: false, reply, viewportWidth: window.innerWidth });
    if (!d.show || !reply) return;
    const { locale, strings } = d.words;
    provide({ locale, t: (key: string, params?: Record<string, string | number>) => fill(strings[key] ?? key, params) });
    const host = createShadowHost(document, d.data.id, reply.css);
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
