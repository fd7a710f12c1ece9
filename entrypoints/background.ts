import { browser } from 'wxt/browser';
import { getTool, matchTool } from '@/data/catalogue';
import { panelReply } from '@/utils/background/answer';
import { badgeFor } from '@/utils/background/badge';
import { openChecklist } from '@/utils/background/open-checklist';
import { isRequest, type Messages, type Request } from '@/utils/panel/messages';
import { loadSettings, updateSite } from '@/utils/settings/storage';

async function showBadge(tabId: number, url: string | undefined) {
  const { text, title, color } = badgeFor(url ? matchTool(url) : null);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}

async function answer(req: Request): Promise<Messages[Request['type']]['response']> {
  if (!getTool(req.toolId)) return null;
  switch (req.type) {
    case 'panel':
      return panelReply(req.toolId, await loadSettings());
    case 'update-site':
      await updateSite(req.toolId, req.patch);
      return null;
    case 'open-checklist':
      await openChecklist(browser, req.toolId);
      return null;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => (isRequest(message) ? answer(message) : undefined));

  // Host permissions give the URL of exactly the dataset's tabs; every other tab has none.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading')
      showBadge(tabId, change.url ?? tab.url).catch(() => {}); // the tab may already be gone
  });
});
