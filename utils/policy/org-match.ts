/**
 * Which of the organisation's tools can have an in-page panel. The content script runs only on the
 * hosts the extension was built with (the dataset's: host permissions are fixed at build time), so
 * an extra tool gets a panel only on those hosts; anywhere else it lives in the popup, compare and
 * search. Pure.
 */
import { indexEntry, type MatchIndex } from '@/data/match';
import type { MatchRule, Tool } from '@/data/schema';

/** The extension may read pages on the rule's host: the dataset has that host, or a parent with subdomains. */
export function reachable(rule: Pick<MatchRule, 'host'>, datasetIndex: MatchIndex): boolean {
  return datasetIndex.some(([, host, subdomains]) => rule.host === host || (subdomains && rule.host.endsWith(`.${host}`)));
}

export function hasPanel(tool: Pick<Tool, 'match'>, datasetIndex: MatchIndex): boolean {
  return tool.match.some((r) => reachable(r, datasetIndex));
}

/** The match index of the organisation's reachable rules (for the content script, after the dataset's own). */
export function orgMatchIndex(tools: readonly Tool[], datasetIndex: MatchIndex): MatchIndex {
  return tools.flatMap((t) => t.match.filter((r) => reachable(r, datasetIndex)).map((r) => indexEntry(t.id, r)));
}
