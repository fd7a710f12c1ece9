/**
 * All tools, indexed by id. The dataset is validated at build time (wxt.config.ts,
 * through validate.ts) and in tests, so runtime code reads it without zod.
 */
import type { Source, Tool } from './schema.ts';
import { buildIndex, matchUrl } from './match.ts';
import { TOOL_DATA } from './tools/index.ts';

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

/** Every source cited anywhere in a tool. */
export function sourcesOf(tool: Tool): Source[] {
  const { privacy, pricing, copyright, security, availability, checklist } = tool;
  return [
    ...privacy.sources,
    ...pricing.sources,
    ...copyright.sources,
    ...security.sources,
    ...security.incidents.flatMap((i) => i.sources),
    ...availability.sources,
    ...Object.values(checklist).flatMap((row) => row.sources),
  ];
}

/** Newest `checked` date over a tool's claims: its "last checked", derived, never typed. */
export function lastChecked(tool: Tool): string {
  return sourcesOf(tool).reduce((max, s) => (s.checked > max ? s.checked : max), '0000-00-00');
}

/** How many of a tool's checklist rows are `risk` (the badge's number, the pill's count). */
export function riskCount(tool: Tool): number {
  return Object.values(tool.checklist).filter((r) => r.status === 'risk').length;
}

/** The dataset's date: the newest check over every tool. */
export function datasetDate(tools: readonly Tool[] = TOOLS): string {
  return tools.reduce((max, t) => (lastChecked(t) > max ? lastChecked(t) : max), '');
}

/** Oldest `checked` date over a tool's claims. */
export function oldestChecked(tool: Tool): string {
  return sourcesOf(tool).reduce((min, s) => (s.checked < min ? s.checked : min), '9999-12-31');
}
