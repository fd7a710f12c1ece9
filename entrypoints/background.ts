import { browser } from 'wxt/browser';
import { getTool, matchTool } from '../data/catalogue';
import { badgeFor } from '../utils/badge';
import { panelFor } from '../utils/caveats';
import { Request } from '../utils/messages';
import { openChecklist } from '../utils/open-checklist';

async function showBadge(tabId: number, url: string | undefined) {
  const { text, title } = badgeFor(url ? matchTool(url) : null);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: text === '•' ? '#5f6368' : '#a4161a' });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const req = Request.safeParse(message);
    if (!req.success) return undefined;
    const tool = getTool(req.data.toolId);
    if (req.data.type === 'panel') return Promise.resolve(tool ? panelFor(tool) : null);
    if (tool) return openChecklist(browser, tool.id).then(() => null);
    return undefined;
  });

  // Host permissions give the URL of exactly the dataset's tabs; every other tab has none.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading')
      showBadge(tabId, change.url ?? tab.url).catch(() => {}); // the tab may already be gone
  });
});
