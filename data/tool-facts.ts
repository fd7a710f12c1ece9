/**
 * Facts derived from one tool, with no dataset attached: pages that load a single tool
 * (the popup's first paint) use these without pulling in the catalogue.
 */
import type { Source, Tool } from './schema.ts';

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

/**
 * A tool's "last checked": the newest date any of its claims was checked against a source
 * (the prices' read date included), derived, never typed. The one definition: the panel,
 * the popup, compare, options and the Markdown copy all show this date, and staleness is
 * measured from it.
 */
export function lastChecked(tool: Tool): string {
  return sourcesOf(tool).reduce((max, s) => (s.checked > max ? s.checked : max), tool.pricing.read);
}

/** Oldest `checked` date over a tool's claims. */
export function oldestChecked(tool: Tool): string {
  return sourcesOf(tool).reduce((min, s) => (s.checked < min ? s.checked : min), '9999-12-31');
}

/** How many of a tool's checklist rows are `risk` (the badge's number, the pill's count). */
export function riskCount(tool: Tool): number {
  return Object.values(tool.checklist).filter((r) => r.status === 'risk').length;
}
