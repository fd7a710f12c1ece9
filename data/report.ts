/** What the dataset holds, per tool and in total: the data report's figures. Pure. */
import { oldestChecked, sourcesOf } from './catalogue.ts';
import { ROW_IDS } from './rows.ts';
import type { Tool } from './schema.ts';

export function reportRows(tools: readonly Tool[]) {
  return tools.map((t) => {
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
}
export type ReportRow = ReturnType<typeof reportRows>[number];

export function reportTotal(tools: readonly Tool[], rows: ReportRow[]) {
  return {
    tools: rows.length,
    rows: rows.length * ROW_IDS.length,
    rowsFilled: rows.reduce((n, r) => n + r.rowsFilled, 0),
    sources: new Set(tools.flatMap((t) => sourcesOf(t).map((s) => s.url))).size,
    officialShare: Math.round(rows.reduce((n, r) => n + r.officialShare, 0) / rows.length),
    oldestChecked: rows.map((r) => r.oldestChecked).sort()[0],
  };
}

/** The one-line summary the README quotes. */
export function reportSummary(total: ReturnType<typeof reportTotal>): string {
  return `${total.tools} tools valid; ${total.rowsFilled}/${total.rows} checklist rows filled (rest honestly unknown); ${total.sources} distinct sources, ${total.officialShare}% official on average; oldest check ${total.oldestChecked}.`;
}
