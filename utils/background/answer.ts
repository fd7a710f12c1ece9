/**
 * The background's answers to the panel: the tool's caveats with the user's settings for it,
 * resolved here so the content script carries no dataset, no settings parser and no schema library.
 */
import { getTool } from '@/data/catalogue';
import { panelFor } from './caveats';
import { attentionFor } from './attention';
import { nudgeFor } from './nudge';
import { isStale, todayUtc } from '@/utils/format/dates';
import type { PanelReply } from '@/utils/panel/panel-data';
import { effectiveFor } from '@/utils/settings/model';
import type { LoadedSettings } from '@/utils/settings/storage';

/** `seen`: the data version recorded for the tool on this device (null: never visited). */
export function panelReply(
  toolId: string,
  settings: Pick<LoadedSettings, 'global' | 'sites'>,
  today = todayUtc(),
  seen: string | null = null,
): PanelReply | null {
  const tool = getTool(toolId);
  if (!tool) return null;
  const data = panelFor(tool);
  const eff = effectiveFor(settings.global, settings.sites, tool.id);
  const nudge = eff.pasteNudge ? nudgeFor(tool) : undefined;
  return {
    data,
    view: {
      panel: eff.panel,
      startCollapsed: eff.startCollapsed,
      alwaysExpanded: eff.alwaysExpanded,
      corner: eff.corner,
      theme: eff.theme,
      stale: isStale(data.lastChecked, today, eff.staleDays),
    },
    attention: attentionFor(tool, seen),
    ...(nudge ? { nudge } : {}),
  };
}
