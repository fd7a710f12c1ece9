/**
 * The background's answers to the panel: the tool's caveats with the user's settings for it,
 * resolved here so the content script carries no dataset, no settings parser and no schema library.
 */
import { getTool } from '@/data/catalogue';
import { panelFor } from './caveats';
import { isStale, todayUtc } from '@/utils/format/dates';
import type { PanelReply } from '@/utils/panel/panel-data';
import { effectiveFor } from '@/utils/settings/model';
import type { LoadedSettings } from '@/utils/settings/storage';

export function panelReply(toolId: string, settings: Pick<LoadedSettings, 'global' | 'sites'>, today = todayUtc()): PanelReply | null {
  const tool = getTool(toolId);
  if (!tool) return null;
  const data = panelFor(tool);
  const eff = effectiveFor(settings.global, settings.sites, tool.id);
  return {
    data,
    view: {
      panel: eff.panel,
      startCollapsed: eff.startCollapsed,
      corner: eff.corner,
      theme: eff.theme,
      stale: isStale(data.lastChecked, today, eff.staleDays),
    },
  };
}
