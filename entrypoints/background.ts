import { browser } from 'wxt/browser';
import { watchedChanges } from '@/data/changes';
import { badgeFor } from '@/utils/background/badge';
import { runCommand } from '@/utils/background/commands';
import { i18nFor } from '@/utils/background/locale';
import { openChecklist } from '@/utils/background/open-checklist';
import { currentPolicy, findTool, forgetPolicy, syncOrgMatch, toolForUrl } from '@/utils/background/policy';
import { markSeen, visitReply } from '@/utils/background/visit';
import { isRequest, type Messages, type Request } from '@/utils/panel/messages';
import { isPolicyChange } from '@/utils/policy/storage';
import { loadSettings, updateSite } from '@/utils/settings/storage';
import { seenChanges, seenVersion } from '@/utils/settings/visits';

async function showBadge(tabId: number, url: string | undefined) {
  const tool = url ? toolForUrl(await currentPolicy(), url) : null;
  const seen = tool ? await seenVersion(tool.id) : null;
  const i18n = i18nFor((await loadSettings()).global);
  const { text, title, color } = badgeFor(tool, !!tool && watchedChanges(tool, seen).length > 0, i18n);
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}

async function answer(req: Request): Promise<Messages[Request['type']]['response']> {
  if (req.type === 'panel') return visitReply(req.toolId);
  const tool = findTool(await currentPolicy(), req.toolId);
  if (!tool) return null;
  switch (req.type) {
    case 'update-site':
      await updateSite(req.toolId, req.patch);
      return null;
    case 'open-checklist':
      await openChecklist(browser, req.toolId);
      return null;
    case 'seen-changes':
      await markSeen(tool);
      return null;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => (isRequest(message) ? answer(message) : undefined));
  // The keyboard shortcuts (README, "Keyboard shortcuts"): utils/background/commands.ts.
  // No commands API on Firefox for Android: nothing to listen to there.
  (browser.commands as typeof browser.commands | undefined)?.onCommand.addListener((command, tab) => {
    void runCommand(browser, command, tab, async (url) => toolForUrl(await currentPolicy(), url)?.id ?? null);
  });

  // The organisation's policy: its extra tools' rules for the content script, kept in step.
  void syncOrgMatch().catch(() => {});
  browser.storage.onChanged.addListener((changes, area) => {
    if (!isPolicyChange(changes, area)) return;
    forgetPolicy();
    void syncOrgMatch().catch(() => {});
  });

  // Host permissions give the URL of exactly the dataset's tabs; every other tab has none.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') showBadge(tabId, change.url ?? tab.url).catch(() => {}); // the tab may already be gone
  });
  // "Got it" in a panel or "Mark as seen" in the popup: the dot leaves that tool's tabs. A change of
  // settings (the language) rewords every tool tab's title.
  browser.storage.onChanged.addListener((changes, area) => {
    if (!(area === 'local' && seenChanges(changes).length) && !('settings' in changes)) return;
    void browser.tabs
      .query({})
      .then((tabs) => Promise.all(tabs.map((t) => (t.id !== undefined && t.url ? showBadge(t.id, t.url).catch(() => {}) : undefined))))
      .catch(() => {});
  });
});
