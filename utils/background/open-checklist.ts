/** "Full checklist": the popup where the browser allows it, else the same view in a tab. */
import type { browser } from 'wxt/browser';
import { checklistPath } from '@/utils/pages/page-params';

/**
 * `toolId`: the tool of the tab the user is on, for the fallback tab; null (or a lookup that
 * resolves to null) opens the popup page on its own "No AI tool detected" view, with search.
 * The popup itself finds the active tab's tool.
 */
export async function openChecklist(
  api: Pick<typeof browser, 'action' | 'tabs' | 'runtime'>,
  toolId: string | null | Promise<string | null>,
): Promise<'popup' | 'tab'> {
  try {
    // The popup shows the active tab's tool, which is the one the panel was on.
    await api.action.openPopup();
    return 'popup';
  } catch {
    // Refused (no user gesture in Firefox, no focused window, older browsers): a tab instead.
    const id = await toolId;
    await api.tabs.create({ url: api.runtime.getURL(id ? checklistPath(id) : '/popup.html') });
    return 'tab';
  }
}
