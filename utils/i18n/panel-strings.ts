/**
 * The in-page panel's own words in the user's language, sent with each panel reply so the content
 * script ships no catalog: every `panel.*` and `status.*` message, placeholders left for the page.
 */
import type { I18n, MessageKey } from './i18n';
import { CATALOGS } from './i18n';

export type PanelKey = Extract<MessageKey, `panel.${string}` | `status.${string}`>;
export const PANEL_KEYS = (Object.keys(CATALOGS.en) as MessageKey[]).filter((k): k is PanelKey => /^(panel|status)\./.test(k));

export function panelStrings(i18n: I18n): Record<string, string> {
  return Object.fromEntries(PANEL_KEYS.map((k) => [k, i18n.t(k)]));
}
