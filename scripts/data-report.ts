/**
 * `npm run data:report`: validates every tool file (exit 1 naming the file, the
 * field and the reason) and prints what the dataset holds: per tool and overall, the
 * share of unknown rows, the official share, sources read via copies, the oldest check,
 * and the dataset's size as shipped. `--json` for machines, `--quiet` for the summary line only.
 */
import { kb, reportRows, reportSummary, reportTotal } from '../data/report.ts';
import { TOOL_DATA } from '../data/tools/index.ts';
import { loadToolFiles, printProblems } from './load-tools.ts';

const { problems } = await loadToolFiles();
if (problems.length) {
  printProblems(problems);
  process.exit(1);
}

// The files are exactly the registry (checked above): report on the dataset as the bundles hold it.
const tools = TOOL_DATA;
const rows = reportRows(tools);
const total = reportTotal(tools, rows);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ tools: rows, total }, null, 2));
} else {
  if (!process.argv.includes('--quiet')) {
    const head = [
      'tool',
      'category',
      'rows filled',
      'unknown',
      'sources',
      'official',
      'via copies',
      'oldest checked',
      'newest source date',
    ];
    const cells = (r: Pick<typeof total, 'unknownShare' | 'sources' | 'officialShare' | 'viaCopies' | 'oldestChecked'>) => [
      `${r.unknownShare}%`,
      String(r.sources),
      `${r.officialShare}%`,
      String(r.viaCopies),
      r.oldestChecked,
    ];
    const body = rows.map((r) => [r.tool, r.category, `${r.rowsFilled}/12`, ...cells(r), r.newestSourceDate]);
    const foot = ['all tools', '', `${total.rowsFilled}/${total.rows}`, ...cells(total), ''];
    const widths = head.map((h, i) => Math.max(h.length, ...[...body, foot].map((b) => b[i]!.length)));
    const line = (c: string[]) =>
      c
        .map((x, i) => x.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    console.log(line(head));
    console.log(rule);
    for (const b of body) console.log(line(b));
    console.log(rule);
    console.log(line(foot));
    console.log();
    console.log(
      `Official: ${total.officialShare}% on average per tool, ${total.officialShareOfSources}% of the ${total.sources} distinct sources.`,
    );
    console.log(
      `Dataset as shipped (the JSON the background and popup bundle): ${total.shipped.json} bytes (${kb(total.shipped.json)} KB), ${total.shipped.gzip} bytes gzip (${kb(total.shipped.gzip)} KB).`,
    );
    console.log();
  }
  console.log(reportSummary(total));
}
