/** "Full checklist": the popup where the browser allows it, else the same view in a tab. */
import type { browser } from 'wxt/browser';
import { checklistPath } from '@/utils/pages/page-params';

export async function openChecklist(api: Pick<typeof browser, 'action' | 'tabs' | 'runtime'>, toolId: string): Promise<'popup' | 'tab'> {
  try {
    // The popup shows the active tab's tool, which is the one the panel was on.
    await api.action.openPopup();
    return 'popup';
  } catch {
    // Refused (no user gesture in Firefox, no focused window, older browsers): a tab instead.
    await api.tabs.create({ url: api.runtime.getURL(checklistPath(toolId)) });
    return 'tab';
  }
}
