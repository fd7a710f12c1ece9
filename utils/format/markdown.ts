/** A tool's checklist as the seed's Markdown table, ready to paste into a review. Pure. */
import { CHECKLIST_ROWS } from '@/data/rows';
import type { Source, Tool } from '@/data/schema';
import { STATUS_WORD } from '@/data/statuses';
import { lastChecked } from '@/data/tool-facts';
import { trainingWords } from '@/data/training';

/** Table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A Markdown link for https addresses only; anything else stays plain text. */
function link(title: string, url: string): string {
  let https = false;
  try {
    https = new URL(url).protocol === 'https:';
  } catch {
    /* not a URL */
  }
  return https ? `[${cell(title)}](${url})` : cell(title);
}

/** "[Title](url) (checked …)"; text read through a copy adds "official text, read via [Copy](url)". */
function sourceMarkdown(s: Source): string {
  const via = s.via ? `${s.kind === 'official' ? 'official text' : 'third-party'}, read via ${link(s.via.title, s.via.url)}; ` : '';
  return `${link(s.title, s.url)} (${via}checked ${s.checked})`;
}

export function checklistMarkdown(tool: Tool): string {
  const lines = [
    `## ${cell(tool.name)} (${cell(tool.vendor)}) — Caveat Lens checklist`,
    '',
    `Last checked: ${lastChecked(tool)}`,
    '',
    `Trains on your inputs: ${trainingWords(tool.privacy.training).sentence}`,
    '',
    '| Feature/Consideration | Status | Notes |',
    '| --- | --- | --- |',
  ];
  for (const [id, label] of CHECKLIST_ROWS) {
    const row = tool.checklist[id];
    const sources = row.sources.map(sourceMarkdown).join('; ');
    lines.push(`| ${label} | ${STATUS_WORD[row.status]} | ${cell(row.note)}${sources ? ` Sources: ${sources}` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
