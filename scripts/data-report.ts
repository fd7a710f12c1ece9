/**
 * `npm run data:report`: validates every tool file (exit 1 naming the file, the
 * field and the reason) and prints what the dataset holds. `--json` for machines,
 * `--quiet` for the summary line only.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { oldestChecked, sourcesOf } from '../data/catalogue.ts';
import { checkTools, type Problem } from '../data/validate.ts';
import { ROW_IDS, type Tool } from '../data/schema.ts';
import { TOOL_DATA } from '../data/tools/index.ts';

const dir = resolve('data/tools');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
const entries = await Promise.all(
  files.map(async (f) => ({ file: `data/tools/${f}`, data: (await import(pathToFileURL(join(dir, f)).href)).default as unknown })),
);
const problems: Problem[] = checkTools(entries);
// The registry (data/tools/index.ts) must list exactly the files, each under its own id.
const registered = new Set(TOOL_DATA.map((t) => t.id));
for (const { file, data } of entries) {
  const id = (data as { id?: unknown } | undefined)?.id;
  if (id !== basename(file, '.ts')) problems.push({ file, path: 'id', message: `id must equal the file name (${basename(file, '.ts')})` });
  if (typeof id === 'string' && !registered.has(id)) problems.push({ file, path: '', message: 'not registered in data/tools/index.ts' });
}

if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.path || '(tool)'}: ${p.message}`);
  console.error(`\n${problems.length} problem(s): the dataset is invalid.`);
  process.exit(1);
}

const tools = entries.map((e) => e.data as Tool);
const rows = tools.map((t) => {
  const sources = sourcesOf(t);
  const urls = new Set(sources.map((s) => s.url));
  const officialUrls = new Set(sources.filter((s) => s.kind === 'official').map((s) => s.url));
  const published = sources.map((s) => s.published).filter((d): d is string => !!d).sort();
  return {
    tool: t.id,
    category: t.category,
    rowsFilled: ROW_IDS.filter((r) => t.checklist[r].status !== 'unknown').length,
    sources: urls.size,
    officialShare: urls.size ? Math.round((officialUrls.size / urls.size) * 100) : 0,
    oldestChecked: oldestChecked(t),
    newestSourceDate: published.at(-1) ?? 'none shown',
  };
});
const total = {
  tools: rows.length,
  rows: rows.length * 12,
  rowsFilled: rows.reduce((n, r) => n + r.rowsFilled, 0),
  sources: new Set(tools.flatMap((t) => sourcesOf(t).map((s) => s.url))).size,
  officialShare: Math.round(rows.reduce((n, r) => n + r.officialShare, 0) / rows.length),
  oldestChecked: rows.map((r) => r.oldestChecked).sort()[0],
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ tools: rows, total }, null, 2));
} else {
  if (!process.argv.includes('--quiet')) {
    const head = ['tool', 'category', 'rows filled', 'sources', 'official', 'oldest checked', 'newest source date'];
    const body = rows.map((r) => [r.tool, r.category, `${r.rowsFilled}/12`, String(r.sources), `${r.officialShare}%`, r.oldestChecked, r.newestSourceDate]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const b of body) console.log(line(b));
    console.log();
  }
  console.log(
    `${total.tools} tools valid; ${total.rowsFilled}/${total.rows} checklist rows filled (rest honestly unknown); ${total.sources} distinct sources, ${total.officialShare}% official on average; oldest check ${total.oldestChecked}.`,
  );
}
