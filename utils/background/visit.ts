/** A tool page's visit as the background sees it: the panel reply, and the first visit remembered. */
import { dataVersion } from '@/data/changes';
import type { Tool } from '@/data/schema';
import type { PanelReply } from '@/utils/panel/panel-data';
import { loadSettings } from '@/utils/settings/storage';
import { recordSeen, seenVersion } from '@/utils/settings/visits';
import css from '@/components/panel.css?inline';
import { panelReply } from './answer';
import { i18nFor } from './locale';
import { currentPolicy, findTool } from './policy';

export async function visitReply(toolId: string): Promise<PanelReply | null> {
  // All three at once: at browser start the policy and the settings may each wait a moment for it.
  const [policy, settings, seen] = await Promise.all([currentPolicy(), loadSettings(), seenVersion(toolId)]);
  const found = panelReply(toolId, settings, undefined, policy, seen, i18nFor(settings.global));
  const reply = found && { ...found, css };
  // The first visit is the one that shows the card in full: from then on the tool is "visited" at
  // this data version. A panel switched off for the site shows nothing, so nothing is recorded.
  const tool = findTool(policy, toolId);
  if (tool && reply?.view.panel && seen === null) await recordSeen(toolId, dataVersion(tool));
  return reply;
}

/** "Got it" (or the popup's "Mark as seen"): the tool's bundled data is seen. */
export function markSeen(tool: Tool): Promise<void> {
  return recordSeen(tool.id, dataVersion(tool));
}
