/**
 * URL → tool id. Pure and dependency-free: the content script bundles this with
 * a compact index (no catalogue, no zod), so it must stay tiny.
 */
import type { MatchRule } from './schema.ts';

/** One rule flattened: [toolId, host, includeSubdomains, pathPrefix ('' = whole host)]. */
export type IndexEntry = readonly [toolId: string, host: string, subdomains: boolean, path: string];
export type MatchIndex = readonly IndexEntry[];

export function indexEntry(toolId: string, rule: MatchRule): IndexEntry {
  return [toolId, rule.host, rule.subdomains === true, rule.path === '/' ? '' : (rule.path ?? '')];
}

export function buildIndex(tools: ReadonlyArray<{ id: string; match: readonly MatchRule[] }>): MatchIndex {
  return tools.flatMap((t) => t.match.map((r) => indexEntry(t.id, r)));
}

/** Host and path of an http(s) URL on its default port, or null for anything else. */
export function siteOf(url: string): { host: string; path: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  // URL drops default ports, so any port left is a different server.
  if (u.port !== '') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return null;
  return { host, path: u.pathname || '/' };
}

function hostMatches(host: string, ruleHost: string, subdomains: boolean): boolean {
  return host === ruleHost || (subdomains && host.endsWith(`.${ruleHost}`));
}

function pathMatches(path: string, prefix: string): boolean {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/** Specificity: an exact host beats a subdomain rule; then the longer path wins. */
function score(entry: IndexEntry, host: string): number {
  return (entry[1] === host ? 1_000_000 : 0) + entry[1].length * 1000 + entry[3].length;
}

/** The id of the tool whose most specific rule matches `url`, or null. */
export function matchUrl(index: MatchIndex, url: string): string | null {
  const site = siteOf(url);
  if (!site) return null;
  let best: IndexEntry | null = null;
  for (const entry of index) {
    if (!hostMatches(site.host, entry[1], entry[2]) || !pathMatches(site.path, entry[3])) continue;
    if (!best || score(entry, site.host) > score(best, site.host)) best = entry;
  }
  return best ? best[0] : null;
}
