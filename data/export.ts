/**
 * The open-data export: the whole validated dataset as one JSON document, and its JSON Schema
 * generated from the zod schemas (never written by hand). Pure; scripts/data-export.ts writes
 * the files.
 */
import { z } from 'zod';
import { datasetDate } from './catalogue.ts';
import { ChecklistRow, HttpsUrl, IsoDate, Source, Tool, Training } from './schema.ts';
import { checkTools, type Problem } from './validate.ts';

export const DATASET_FILE = 'caveat-lens-dataset.json';
export const SCHEMA_FILE = 'caveat-lens-dataset.schema.json';
/** Git-ignored (.output/), so an export never shows up as a change to the repository. */
export const DEFAULT_OUT_DIR = '.output/open-data';

/** What the export file holds: `version` is the extension's version plus the dataset date as SemVer build metadata. */
export const Dataset = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+\d{4}-\d{2}-\d{2}$/, 'expected <package version>+<dataset date>'),
  date: IsoDate,
  tools: z.array(Tool),
});
export type Dataset = z.infer<typeof Dataset>;

/** "0.1.0" and "2026-11-28" → "0.1.0+2026-11-28". */
export function datasetVersion(packageVersion: string, date: string): string {
  return `${packageVersion}+${date}`;
}

export type ExportResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/**
 * The export document for tool files as read from disk, or the problems that make the dataset
 * invalid (then nothing may be exported). Tools keep the order given.
 */
export function buildDataset(entries: ReadonlyArray<{ file: string; data: unknown }>, packageVersion: string): ExportResult {
  const problems = checkTools(entries);
  if (problems.length) return { ok: false, problems };
  const tools = entries.map((e) => Tool.parse(e.data));
  const date = datasetDate(tools);
  return { ok: true, dataset: { version: datasetVersion(packageVersion, date), date, tools } };
}

/** The JSON Schema of the export document, generated from the zod schemas with z.toJSONSchema. */
export function datasetJsonSchema(): Record<string, unknown> {
  // Named parts become $defs; the rules JSON Schema cannot express are stated in their descriptions.
  const meta = z.registry<{ id?: string; title?: string; description?: string }>();
  meta.add(Dataset, {
    title: 'Caveat Lens dataset',
    description:
      'Facts about generative-AI tools (privacy, training on inputs, pricing, copyright, security, availability, a twelve-row checklist), each claim with its sources and the date it was checked. `version` is the extension version plus the dataset date; `date` is the newest `checked` date in the dataset.',
  });
  meta.add(Tool, {
    id: 'Tool',
    description:
      'One tool. A source is `official` only on one of `officialDomains` (or a subdomain); `alternatives` are ids of other tools in the dataset.',
  });
  meta.add(Source, {
    id: 'Source',
    description:
      'Where a claim comes from. `url` is the page the claim rests on (for text read through a copy, the provider’s own URL); `via` is the copy actually read (an archive, Open Terms Archive, a mirror). `published` is the document’s own date; `checked` the date the claim was checked against it.',
  });
  meta.add(ChecklistRow, { id: 'ChecklistRow', description: 'A status other than `unknown` needs at least one source.' });
  meta.add(Training, {
    id: 'Training',
    description:
      'Whether consumer inputs train the provider’s models, in parts. `never: true` (a written commitment) requires `default: "off"`.',
  });
  return z.toJSONSchema(Dataset, {
    metadata: meta,
    override: (ctx) => {
      const s = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === HttpsUrl) Object.assign(s, { format: 'uri', pattern: '^https://' });
      if (ctx.zodSchema === IsoDate) s.format = 'date';
    },
  }) as Record<string, unknown>;
}

/** Both files' text, by file name. */
export function exportFiles(dataset: Dataset): Record<typeof DATASET_FILE | typeof SCHEMA_FILE, string> {
  return {
    [DATASET_FILE]: `${JSON.stringify(dataset, null, 2)}\n`,
    [SCHEMA_FILE]: `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
  };
}
