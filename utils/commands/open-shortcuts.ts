/** The browser's own page for extension shortcuts, opened from the options page. */
import type { browser } from 'wxt/browser';
import { SHORTCUT_PAGES } from './shortcuts';

export type BrowserKind = keyof typeof SHORTCUT_PAGES;
/** Firefox 137+ (the Firefox build needs 140); not in the Chrome-shaped types. */
type FirefoxCommands = { openShortcutSettings?(): Promise<void> };

/** Opens it; false when the browser refused, so the page can say where to find it instead. */
export async function openShortcutSettings(api: Pick<typeof browser, 'commands' | 'tabs'>, kind: BrowserKind): Promise<boolean> {
  try {
    if (kind === 'firefox') {
      const commands = api.commands as FirefoxCommands;
      if (!commands.openShortcutSettings) return false;
      await commands.openShortcutSettings();
    } else {
      // Web pages cannot link to chrome:// pages; a tab the extension opens may show it.
      await api.tabs.create({ url: SHORTCUT_PAGES.chrome });
    }
    return true;
  } catch {
    return false;
  }
}
