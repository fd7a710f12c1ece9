/**
 * Reads every tool file in data/tools and checks them as the data scripts do: the schema and
 * the cross-tool rules (data/validate.ts), plus the registry (data/tools/index.ts lists
 * exactly the files, each under its own id). Shared by data-report.ts and data-export.ts.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkTools, type Problem } from '../data/validate.ts';
import { TOOL_DATA } from '../data/tools/index.ts';

export interface ToolFile {
  file: string;
  data: unknown;
}

export async function loadToolFiles(): Promise<{ entries: ToolFile[]; problems: Problem[] }> {
  const dir = resolve('data/tools');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort();
  const entries = await Promise.all(
    files.map(async (f) => ({ file: `data/tools/${f}`, data: (await import(pathToFileURL(join(dir, f)).href)).default as unknown })),
  );
  const problems: Problem[] = checkTools(entries);
  const registered = new Set(TOOL_DATA.map((t) => t.id));
  for (const { file, data } of entries) {
    const id = (data as { id?: unknown } | undefined)?.id;
    if (id !== basename(file, '.ts'))
      problems.push({ file, path: 'id', message: `id must equal the file name (${basename(file, '.ts')})` });
    if (typeof id === 'string' && !registered.has(id)) problems.push({ file, path: '', message: 'not registered in data/tools/index.ts' });
  }
  return { entries, problems };
}

/** Prints the problems the way every data script does, naming file, field and reason. */
export function printProblems(problems: readonly Problem[]): void {
  for (const p of problems) console.error(`${p.file}: ${p.path || '(tool)'}: ${p.message}`);
  console.error(`\n${problems.length} problem(s): the dataset is invalid.`);
}
