/**
 * `npm run data:export`: validates the dataset (exit 1 naming every problem, writing nothing)
 * and writes it as open data: caveat-lens-dataset.json ({ version, date, tools }) and its JSON
 * Schema, caveat-lens-dataset.schema.json, into .output/open-data/ (`--out=DIR` to change).
 * Prints the path of every file written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDataset, DEFAULT_OUT_DIR, exportFiles } from '../data/export.ts';
import { loadToolFiles, printProblems } from './load-tools.ts';

const outArg = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
if (outArg === '') {
  console.error('--out= needs a directory');
  process.exit(2);
}
const outDir = resolve(outArg ?? DEFAULT_OUT_DIR);

const { entries, problems } = await loadToolFiles();
const result = problems.length ? { ok: false as const, problems } : buildDataset(entries, packageVersion());
if (!result.ok) {
  printProblems(result.problems);
  console.error('Nothing exported.');
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(exportFiles(result.dataset))) {
  const path = join(outDir, name);
  writeFileSync(path, text);
  const shown = relative(process.cwd(), path);
  console.log(`wrote ${shown.startsWith('..') ? path : shown} (${Buffer.byteLength(text)} bytes)`);
}
console.log(`${result.dataset.tools.length} tools, dataset ${result.dataset.version}.`);

function packageVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}
