/** What the dataset holds, per tool and in total: the data report's figures. Pure. */
import { gzipSync } from 'node:zlib';
import { oldestChecked, sourcesOf } from './catalogue.ts';
import { ROW_IDS } from './rows.ts';
import type { Source, Tool } from './schema.ts';

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** Each distinct source once (by URL): a source cited by several claims counts once. */
function distinct(sources: readonly Source[]): Map<string, Source[]> {
  const byUrl = new Map<string, Source[]>();
  for (const s of sources) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);
  return byUrl;
}
/** Distinct sources, how many of them are official, and how many were read through a copy (`via`). */
function sourceCounts(sources: readonly Source[]) {
  const byUrl = [...distinct(sources).values()];
  return {
    sources: byUrl.length,
    official: byUrl.filter((xs) => xs.some((s) => s.kind === 'official')).length,
    viaCopies: byUrl.filter((xs) => xs.some((s) => s.via)).length,
  };
}

export function reportRows(tools: readonly Tool[]) {
  return tools.map((t) => {
    const sources = sourcesOf(t);
    const counts = sourceCounts(sources);
    const published = sources
      .map((s) => s.published)
      .filter((d): d is string => !!d)
      .sort();
    const rowsFilled = ROW_IDS.filter((r) => t.checklist[r].status !== 'unknown').length;
    return {
      tool: t.id,
      category: t.category,
      rowsFilled,
      /** Share of the twelve checklist rows that are `unknown`, in percent. */
      unknownShare: percent(ROW_IDS.length - rowsFilled, ROW_IDS.length),
      sources: counts.sources,
      /** Share of the distinct sources that are official, in percent. */
      officialShare: percent(counts.official, counts.sources),
      /** Distinct sources whose text was read through a copy (`via`). */
      viaCopies: counts.viaCopies,
      oldestChecked: oldestChecked(t),
      newestSourceDate: published.at(-1) ?? 'none shown',
    };
  });
}
export type ReportRow = ReturnType<typeof reportRows>[number];

/**
 * The dataset as the background and popup bundle it: bytes of its JSON (UTF-8) and of that JSON
 * gzipped. The gzip figure depends on the zlib build, so the README's summary quotes only the JSON.
 */
export function shippedSize(tools: readonly Tool[]): { json: number; gzip: number } {
  const json = JSON.stringify(tools);
  return { json: Buffer.byteLength(json, 'utf8'), gzip: gzipSync(json).length };
}

export function reportTotal(tools: readonly Tool[], rows: ReportRow[]) {
  const rowCount = rows.length * ROW_IDS.length;
  const rowsFilled = rows.reduce((n, r) => n + r.rowsFilled, 0);
  const counts = sourceCounts(tools.flatMap((t) => sourcesOf(t)));
  return {
    tools: rows.length,
    rows: rowCount,
    rowsFilled,
    unknownShare: percent(rowCount - rowsFilled, rowCount),
    sources: counts.sources,
    /** Mean of the tools' official shares. */
    officialShare: rows.length ? Math.round(rows.reduce((n, r) => n + r.officialShare, 0) / rows.length) : 0,
    /** Share of the dataset's distinct sources that are official. */
    officialShareOfSources: percent(counts.official, counts.sources),
    viaCopies: counts.viaCopies,
    oldestChecked: rows.map((r) => r.oldestChecked).sort()[0] ?? 'none',
    shipped: shippedSize(tools),
  };
}
export type ReportTotal = ReturnType<typeof reportTotal>;

/** Bytes as KB (1024), one decimal, as the bench reports sizes. */
export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** The one-line summary the README quotes. */
export function reportSummary(total: ReportTotal): string {
  return `${total.tools} tools valid; ${total.rowsFilled}/${total.rows} checklist rows filled, ${total.unknownShare}% honestly unknown; ${total.sources} distinct sources, ${total.officialShare}% official on average, ${total.viaCopies} read via copies; oldest check ${total.oldestChecked}; ${kb(total.shipped.json)} KB of JSON as shipped.`;
}
