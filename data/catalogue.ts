/**
 * All tools, indexed by id. The dataset is validated at build time (modules/dataset.ts,
 * through validate.ts) and in tests, so runtime code reads it without zod.
 */
import type { Tool } from './schema.ts';
import { lastChecked } from './tool-facts.ts';
import { buildIndex, matchUrl } from './match.ts';
import { TOOL_DATA } from './tools/index.ts';

export { lastChecked, oldestChecked, riskCount, sourcesOf } from './tool-facts.ts';

export const TOOLS: readonly Tool[] = TOOL_DATA;
export const TOOLS_BY_ID: ReadonlyMap<string, Tool> = new Map(TOOLS.map((t) => [t.id, t]));
export const MATCH_INDEX = buildIndex(TOOLS);

export function getTool(id: string): Tool | undefined {
  return TOOLS_BY_ID.get(id);
}

/** The tool the URL belongs to, or null. */
export function matchTool(url: string): Tool | null {
  const id = matchUrl(MATCH_INDEX, url);
  return id ? (TOOLS_BY_ID.get(id) ?? null) : null;
}

/** The dataset's date: the newest check over every tool. */
export function datasetDate(tools: readonly Tool[] = TOOLS): string {
  return tools.reduce((max, t) => (lastChecked(t) > max ? lastChecked(t) : max), '');
}
