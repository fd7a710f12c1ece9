/**
 * `npm run data:report`: validates every tool file (exit 1 naming the file, the
 * field and the reason) and prints what the dataset holds. `--json` for machines,
 * `--quiet` for the summary line only.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportRows, reportSummary, reportTotal } from '../data/report.ts';
import { checkTools, type Problem } from '../data/validate.ts';
import type { Tool } from '../data/schema.ts';
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
const rows = reportRows(tools);
const total = reportTotal(tools, rows);

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
    reportSummary(total),
  );
}
