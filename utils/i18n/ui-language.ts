/** The browser's UI language ("es-419", "en-US"), where the extension API gives it; else the page's. */
import { browser } from 'wxt/browser';

export function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
  } catch {
    return globalThis.navigator?.language; // no extension API (tests, plain pages)
  }
}
