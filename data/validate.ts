/**
 * Validation of tool files: the schema per tool, then the rules that need the
 * whole set (ids, alternatives, overlapping rules). Build-time and test-time only.
 */
import { sourcesOf } from './catalogue.ts';
import { Tool } from './schema.ts';
import { canonicalUrl, officialProblem, spellingProblem, truncatedSlug } from './source-rules.ts';

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
      if (owner && owner !== tool.id) problems.push({ file, path: `match.${i}`, message: `"${key}" is already claimed by ${owner}` });
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

/**
 * Editorial rules over sources — official means the provider's domain; one spelling and one
 * document date per page across the dataset. The data tests and `npm run data:report` enforce them;
 * the build checks only what would break the extension (checkTools).
 */
export function checkSources(valid: ReadonlyArray<{ file: string; tool: Tool }>): Problem[] {
  const problems: Problem[] = [];
  const spellings = new Map<string, { url: string; published?: string; file: string }>();
  for (const { file, tool } of valid) {
    // Each distinct source once: shared sources are cited by several claims.
    for (const s of new Map(sourcesOf(tool).map((x) => [`${x.url} ${x.published ?? ''}`, x])).values()) {
      const where = `source ${s.url}`;
      if (s.kind === 'official') {
        const why = officialProblem(s.url, tool.officialDomains);
        if (why) problems.push({ file, path: where, message: `marked official, but ${why}` });
      }
      const spelling = spellingProblem(s.url);
      if (spelling) problems.push({ file, path: where, message: spelling });
      if (truncatedSlug(s.url)) problems.push({ file, path: where, message: 'the slug looks cut off mid-word' });
      const key = canonicalUrl(s.url);
      const seen = spellings.get(key);
      if (!seen) spellings.set(key, { url: s.url, published: s.published, file });
      else if (seen.url !== s.url)
        problems.push({ file, path: where, message: `the same page is spelled ${seen.url} in ${seen.file}: use one spelling` });
      else if (s.published && seen.published && s.published !== seen.published)
        problems.push({ file, path: where, message: `document date ${s.published} here, ${seen.published} in ${seen.file}` });
    }
  }
  return problems;
}
