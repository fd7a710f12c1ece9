import { browser } from 'wxt/browser';
import { panelReply } from '@/utils/background/answer';
import { badgeFor } from '@/utils/background/badge';
import { openChecklist } from '@/utils/background/open-checklist';
import { currentPolicy, findTool, forgetPolicy, syncOrgMatch, toolForUrl } from '@/utils/background/policy';
import { isRequest, type Messages, type Request } from '@/utils/panel/messages';
import { isPolicyChange } from '@/utils/policy/storage';
import { loadSettings, updateSite } from '@/utils/settings/storage';

async function showBadge(tabId: number, url: string | undefined) {
  const { text, title, color } = badgeFor(url ? toolForUrl(await currentPolicy(), url) : null);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}

async function answer(req: Request): Promise<Messages[Request['type']]['response']> {
  if (req.type === 'panel') {
    // Both read the organisation's policy (at browser start each may wait a moment for it): side by side.
    const [policy, settings] = await Promise.all([currentPolicy(), loadSettings()]);
    return panelReply(req.toolId, settings, undefined, policy);
  }
  if (!findTool(await currentPolicy(), req.toolId)) return null;
  switch (req.type) {
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

  // The organisation's policy: its extra tools' rules for the content script, kept in step.
  void syncOrgMatch().catch(() => {});
  browser.storage.onChanged.addListener((changes, area) => {
    if (!isPolicyChange(changes, area)) return;
    forgetPolicy();
    void syncOrgMatch().catch(() => {});
  });

  // Host permissions give the URL of exactly the dataset's tabs; every other tab has none.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading')
      showBadge(tabId, change.url ?? tab.url).catch(() => {}); // the tab may already be gone
  });
});
