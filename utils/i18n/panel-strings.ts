/**
 * The in-page panel's own words in the user's language, sent with each panel reply so the content
 * script ships no catalog: every `panel.*` and `status.*` message, placeholders left for the page,
 * and the days it shows, already worded.
 */
import type { PanelData } from '@/utils/panel/panel-data';
import type { I18n, MessageKey } from './i18n';
import { CATALOGS } from './i18n';

export type PanelKey = Extract<MessageKey, `panel.${string}` | `status.${string}`>;
export const PANEL_KEYS = (Object.keys(CATALOGS.en) as MessageKey[]).filter((k): k is PanelKey => /^(panel|status)\./.test(k));

export function panelStrings(i18n: I18n): Record<string, string> {
  return Object.fromEntries(PANEL_KEYS.map((k) => [k, i18n.t(k)]));
}

/**
 * The days the panel shows — the tool's last check, each caveat's, and every update-log entry's (a
 * visit keeps the changes of its first reply, so all of them, not only this reply's) — worded for the locale.
 */
export function panelDates(
  i18n: I18n,
  data: Pick<PanelData, 'lastChecked' | 'caveats'>,
  changelog: ReadonlyArray<{ date: string }>,
): Record<string, string> {
  const days = [data.lastChecked, ...data.caveats.map((c) => c.checked), ...changelog.map((c) => c.date)];
  return Object.fromEntries(days.map((d) => [d, i18n.date(d)]));
}
