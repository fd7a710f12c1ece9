/**
 * The background's answers to the panel: the tool's caveats with the user's settings for it,
 * resolved here so the content script carries no dataset, no settings parser and no schema library.
 */
import { getTool } from '@/data/catalogue';
import { panelFor } from './caveats';
import { attentionFor } from './attention';
import { nudgeFor } from './nudge';
import { isStale, todayUtc } from '@/utils/format/dates';
import { EN, type I18n } from '@/utils/i18n/i18n';
import { panelDates, panelStrings } from '@/utils/i18n/panel-strings';
import type { PanelReply } from '@/utils/panel/panel-data';
import { NO_POLICY, nudgeHoldFor, orgFor, type Policy } from '@/utils/policy/model';
import { effectiveFor } from '@/utils/settings/model';
import type { LoadedSettings } from '@/utils/settings/storage';

/**
 * `policy`: the organisation's (its extra tools are answered for too; its note and lock ride on
 * `data.org`, its hold on the paste notice on `nudge.hold`). `seen`: the data version recorded
 * for the tool on this device (null: never visited). `i18n`: the user's language, in which
 * every word of the reply is written (the page's own words travel in `words`).
 */
export function panelReply(
  toolId: string,
  settings: Pick<LoadedSettings, 'global' | 'sites'>,
  today = todayUtc(),
  policy: Policy = NO_POLICY,
  seen: string | null = null,
  i18n: I18n = EN,
): Omit<PanelReply, 'css'> | null {
  const tool = getTool(toolId) ?? policy.tools.find((t) => t.id === toolId);
  if (!tool) return null;
  const org = orgFor(policy, tool.id, i18n.t('org.yours'));
  const data = { ...panelFor(tool, i18n), ...(org ? { org } : {}) };
  const eff = effectiveFor(settings.global, settings.sites, tool.id);
  const found = eff.pasteNudge ? nudgeFor(tool, i18n) : undefined;
  const hold = nudgeHoldFor(policy, i18n.t('org.yours'));
  const nudge = found && hold ? { ...found, hold } : found;
  return {
    data,
    view: {
      panel: eff.panel || !!org?.locked,
      startCollapsed: eff.startCollapsed,
      alwaysExpanded: eff.alwaysExpanded,
      corner: eff.corner,
      theme: eff.theme,
      stale: isStale(data.lastChecked, today, eff.staleDays),
    },
    attention: attentionFor(tool, seen),
    words: { locale: i18n.locale, strings: panelStrings(i18n), dates: panelDates(i18n, data, tool.changelog) },
    ...(nudge ? { nudge } : {}),
  };
}
