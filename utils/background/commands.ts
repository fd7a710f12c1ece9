/**
 * The keyboard commands (utils/commands/manifest.ts), as the background runs them on the tab
 * they were pressed on. No permission beyond `storage`: a message to the tab's own content script
 * needs none, and the tab's URL is visible exactly on the dataset's hosts, where the tool is.
 */
import type { browser } from 'wxt/browser';
import { isCommandName } from '@/utils/commands/manifest';
import { TOGGLE_PANEL } from '@/utils/panel/messages';
import { openChecklist } from './open-checklist';

type Api = Pick<typeof browser, 'action' | 'tabs' | 'runtime'>;
/** The part of a tab the commands read; the browser passes it with the command (Chrome, Firefox). */
export interface CommandTab {
  id?: number;
  url?: string;
}
/**
 * What a command did: the panel asked to toggle; no panel there (a page that is not a tool's, or
 * a tab the content script has not reached yet); the checklist in the popup or in a tab; an
 * unknown command ignored.
 */
export type CommandOutcome = 'toggled' | 'no-panel' | 'popup' | 'tab' | 'ignored';

export async function runCommand(
  api: Api,
  command: string,
  tab: CommandTab | undefined,
  toolAt: (url: string) => Promise<string | null>,
): Promise<CommandOutcome> {
  if (!isCommandName(command)) return 'ignored';
  if (command === 'open-checklist') {
    // The popup first, synchronously: Firefox opens it only while the key press still counts as
    // the user's gesture, so the tab's tool is looked up beside it, for the fallback tab only.
    const toolId = (tab ? Promise.resolve(tab) : activeTab(api)).then((t) => (t?.url ? toolAt(t.url) : null)).catch(() => null);
    return openChecklist(api, toolId);
  }
  const id = (tab ?? (await activeTab(api)))?.id;
  if (id === undefined) return 'no-panel';
  try {
    await api.tabs.sendMessage(id, TOGGLE_PANEL);
    return 'toggled';
  } catch {
    // No content script in that tab: not a tool's page (or still loading). Nothing to show.
    return 'no-panel';
  }
}

async function activeTab(api: Api): Promise<CommandTab | undefined> {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}
