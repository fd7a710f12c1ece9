/**
 * All tools, indexed by id, plus the checks that span tools (ids, alternatives,
 * overlapping rules). The dataset is validated at build time (wxt.config.ts) and
 * in tests, so runtime code reads it without parsing it again.
 */
import { Tool, type Source } from './schema.ts';
import { buildIndex, matchUrl } from './match.ts';
import { TOOL_DATA } from './tools/index.ts';

export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Validates each tool against the schema, then the rules that need the whole set. */
export function checkTools(entries: ReadonlyArray<{ file: string; data: unknown }>): Problem[] {
  const problems: Problem[] = [];
  const valid: Array<{ file: string; tool: Tool }> = [];
  for (const { file, data } of entries) {
    const r = Tool.safeParse(data);
    if (r.success) valid.push({ file, tool: r.data });
    else for (const i of r.error.issues) problems.push({ file, path: i.path.join('.'), message: i.message });
  }
  const ids = new Map<string, string>();
  const claims = new Map<string, string>();
  for (const { file, tool } of valid) {
    const seen = ids.get(tool.id);
    if (seen) problems.push({ file, path: 'id', message: `duplicate id "${tool.id}" (also in ${seen})` });
    ids.set(tool.id, file);
    tool.match.forEach((rule, i) => {
      // Two tools may nest (longest rule wins) but never claim the very same URLs.
      const key = `${rule.host}${rule.path && rule.path !== '/' ? rule.path : ''}`;
      const owner = claims.get(key);
      if (owner && owner !== tool.id)
        problems.push({ file, path: `match.${i}`, message: `"${key}" is already claimed by ${owner}` });
      claims.set(key, tool.id);
    });
  }
  // A subdomain rule must not swallow a host another tool claims on the same path.
  for (const { file, tool } of valid) {
    tool.match.forEach((rule, i) => {
      if (!rule.subdomains) return;
      for (const [key, owner] of claims) {
        if (owner !== tool.id && key.endsWith(`.${rule.host}${rule.path ?? ''}`))
          problems.push({ file, path: `match.${i}`, message: `*.${rule.host} also claims ${key} (${owner})` });
      }
    });
  }
  for (const { file, tool } of valid) {
    tool.alternatives.forEach((alt, i) => {
      if (alt === tool.id) problems.push({ file, path: `alternatives.${i}`, message: 'a tool is not its own alternative' });
      else if (!ids.has(alt)) problems.push({ file, path: `alternatives.${i}`, message: `no tool with id "${alt}"` });
    });
  }
  return problems;
}

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

/** Oldest `checked` date over a tool's claims. */
export function oldestChecked(tool: Tool): string {
  return sourcesOf(tool).reduce((min, s) => (s.checked < min ? s.checked : min), '9999-12-31');
}
