// The open-data export: the validated dataset as one JSON file plus its generated JSON Schema.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDate, TOOLS } from '@/data/catalogue';
import { buildDataset, Dataset, DATASET_FILE, datasetJsonSchema, DEFAULT_OUT_DIR, exportFiles, SCHEMA_FILE } from '@/data/export';
import { ROW_IDS, Tool } from '@/data/schema';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const entries = TOOLS.map((t) => ({ file: `data/tools/${t.id}.ts`, data: t }));

type Json = Record<string, any>;
/** Follows local "#/$defs/…" references, as a JSON Schema validator would. */
function deref(root: Json, node: Json): Json {
  let n = node;
  while (typeof n.$ref === 'string') {
    const path = n.$ref.replace(/^#\//, '').split('/');
    n = path.reduce<Json>((at, key) => at[key], root);
  }
  return n;
}

describe('the export document', () => {
  const result = buildDataset(entries, pkg.version);
  if (!result.ok) throw new Error(`the dataset is invalid: ${result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('; ')}`);
  const { dataset } = result;

  it('is { version, date, tools }: package version plus dataset date, newest check, every tool', () => {
    expect(Object.keys(dataset)).toEqual(['version', 'date', 'tools']);
    expect(dataset.date).toBe(datasetDate(TOOLS));
    expect(dataset.version).toBe(`${pkg.version}+${dataset.date}`);
    expect(dataset.tools.map((t) => t.id)).toEqual(TOOLS.map((t) => t.id));
  });

  it('round-trips through JSON and the zod schema unchanged', () => {
    const parsed = JSON.parse(exportFiles(dataset)[DATASET_FILE]) as unknown;
    const again = Dataset.parse(parsed);
    expect(again).toEqual(dataset);
    again.tools.forEach((t, i) => expect(Tool.parse(t)).toEqual(TOOLS[i]));
  });

  it('is refused for an invalid dataset, naming the problems', () => {
    const broken = structuredClone(TOOLS[0]) as Json;
    broken.checklist.outputQuality = { status: 'good', note: 'fine', sources: [] };
    const refused = buildDataset([{ file: 'data/tools/broken.ts', data: broken }, ...entries.slice(1)], pkg.version);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems).toContainEqual(
        expect.objectContaining({ file: 'data/tools/broken.ts', path: 'checklist.outputQuality.sources' }),
      );
  });
});

describe('the JSON Schema', () => {
  const schema = datasetJsonSchema() as Json;

  it('is generated from the zod schema and describes the wrapper', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['version', 'date', 'tools']);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.parse(exportFiles({ version: '0.0.0+2026-01-01', date: '2026-01-01', tools: [] })[SCHEMA_FILE])).toEqual(schema);
  });

  it('describes each tool with the checklist’s twelve rows and the training parts', () => {
    const tool = deref(schema, schema.properties.tools.items);
    expect(tool.type).toBe('object');
    expect(tool.additionalProperties).toBe(false);
    const checklist = deref(schema, tool.properties.checklist);
    expect(checklist.required).toEqual(ROW_IDS);
    expect(Object.keys(checklist.properties)).toHaveLength(ROW_IDS.length);
    expect(ROW_IDS).toHaveLength(12);
    for (const id of ROW_IDS) {
      const row = deref(schema, checklist.properties[id]);
      expect(row.properties.status.enum).toEqual(['good', 'caution', 'risk', 'unknown']);
      expect(row.required).toEqual(['status', 'note', 'sources']);
    }
    const training = deref(schema, deref(schema, tool.properties.privacy).properties.training);
    expect(training.required).toEqual(['default', 'optOut', 'never', 'scope']);
    expect(training.properties.default.enum).toEqual(['on', 'off', 'unknown']);
    expect(training.properties.optOut.enum).toEqual(['setting', 'form', 'none', 'unknown']);
    expect(training.properties.never.type).toBe('boolean');
  });

  it('describes sources with their optional copy (via) and https-only addresses', () => {
    const source = deref(schema, schema.$defs.Source);
    expect(source.required).toEqual(['url', 'title', 'kind', 'checked']);
    expect(source.properties.via.required).toEqual(['url', 'title']);
    expect(source.properties.url).toMatchObject({ format: 'uri', pattern: '^https://' });
    expect(source.properties.checked).toMatchObject({ format: 'date' });
  });
});

describe('npm run data:export', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/data-export.ts', ...args], { encoding: 'utf8' });
  const written = (stdout: string) => [...stdout.matchAll(/^wrote (.+) \(\d+ bytes\)$/gm)].map((m) => resolve(m[1]!));

  it('writes the two files into the git-ignored default directory, and nothing tracked', () => {
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    const files = written(r.stdout);
    expect(files).toEqual([resolve(DEFAULT_OUT_DIR, DATASET_FILE), resolve(DEFAULT_OUT_DIR, SCHEMA_FILE)]);
    for (const f of files) {
      expect(existsSync(f)).toBe(true);
      const rel = relative(process.cwd(), f);
      if (existsSync('.git')) {
        // Read-only git queries: the path is ignored, and not tracked.
        expect(spawnSync('git', ['check-ignore', '-q', rel]).status, `${rel} is git-ignored`).toBe(0);
        expect(spawnSync('git', ['ls-files', '--error-unmatch', rel], { stdio: 'ignore' }).status, `${rel} is not tracked`).not.toBe(0);
      } else {
        expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain(`${rel.split('/')[0]}/`);
      }
    }
    expect(Dataset.parse(JSON.parse(readFileSync(files[0]!, 'utf8'))).tools).toHaveLength(TOOLS.length);
  }, 60_000);

  it('--out=DIR writes exactly the two files there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caveat-lens-export-'));
    try {
      const r = run(`--out=${dir}`);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(dir).sort()).toEqual([DATASET_FILE, SCHEMA_FILE].sort());
      expect(JSON.parse(readFileSync(join(dir, SCHEMA_FILE), 'utf8'))).toEqual(datasetJsonSchema());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
