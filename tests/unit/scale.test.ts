// Scale checks ahead of the data (issue "coverage to 80+ tools"): the dataset's checks, the report
// and the content script's match index, run over 90 tools — today's plus copies of them on
// hosts of their own — so growth is measured before it happens, not after.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MATCH_INDEX, TOOLS } from '@/data/catalogue';
import { buildIndex, matchUrl } from '@/data/match';
import { reportRows, reportTotal } from '@/data/report';
import type { Tool } from '@/data/schema';
import { checkSources, checkTools } from '@/data/validate';

const TARGET = 90;

/** Today's tools and, up to TARGET, copies with their own ids and hosts (`<host>.scale<n>.test`). */
function scaled(): Tool[] {
  const out: Tool[] = [...TOOLS];
  for (let n = 0; out.length < TARGET; n++) {
    const t = TOOLS[n % TOOLS.length]!;
    out.push({
      ...t,
      id: `${t.id}-scale${n}`,
      name: `${t.name} ${n}`,
      match: t.match.map((r) => ({ ...r, host: `${r.host.replace(/\./g, '-')}.scale${n}.test` })),
    });
  }
  return out;
}

const gz = (v: unknown) => gzipSync(JSON.stringify(v), { level: 9 }).length;

describe(`with ${TARGET} tools`, () => {
  const tools = scaled();

  it('the dataset’s checks and the report take well under 10 s', () => {
    const start = performance.now();
    const problems = [
      ...checkTools(tools.map((t) => ({ file: t.id, data: t }))),
      ...checkSources(tools.map((t) => ({ file: t.id, tool: t }))),
    ];
    const rows = reportRows(tools);
    const total = reportTotal(tools, rows);
    const ms = performance.now() - start;
    // Copies share their originals' sources and names: only "same claim in two tools"-type findings may appear.
    expect(rows).toHaveLength(TARGET);
    expect(total).toBeTruthy();
    expect(ms, `${Math.round(ms)} ms for ${TARGET} tools (${problems.length} cross-tool notes on the copies)`).toBeLessThan(10_000);
  });

  it('the match index the content script carries stays small (≤ 1.6 KB gzip) and matching stays instant', () => {
    const index = buildIndex(tools);
    const perTool = (gz(index) - gz(MATCH_INDEX)) / (TARGET - TOOLS.length);
    expect(
      gz(index),
      `index: ${gz(MATCH_INDEX)} B gzip now, ${gz(index)} B at ${TARGET} tools (~${perTool.toFixed(0)} B a tool)`,
    ).toBeLessThanOrEqual(1_600);
    const urls = tools.flatMap((t) => t.match.map((r) => `https://${r.host}${r.path ?? '/'}x`));
    const start = performance.now();
    for (const url of urls) matchUrl(index, url);
    const perUrl = (performance.now() - start) / urls.length;
    expect(perUrl, `${perUrl.toFixed(3)} ms a URL`).toBeLessThan(1);
    // Every tool is still found at its own address.
    for (const t of tools) expect(matchUrl(index, `https://${t.match[0]!.host}${t.match[0]!.path ?? ''}/`), t.id).toBe(t.id);
  });
});
