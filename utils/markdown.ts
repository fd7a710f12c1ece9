/** A tool's checklist as the seed's Markdown table, ready to paste into a review. Pure. */
import { CHECKLIST_ROWS } from '../data/rows';
import type { Tool } from '../data/schema';
import { lastChecked } from '../data/tool-facts';

const STATUS_WORD = { good: 'Good', caution: 'Caution', risk: 'Risk', unknown: 'Unknown' } as const;

/** Table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

export function checklistMarkdown(tool: Tool): string {
  const lines = [
    `## ${cell(tool.name)} (${cell(tool.vendor)}) — Caveat Lens checklist`,
    '',
    `Last checked: ${lastChecked(tool)}`,
    '',
    '| Feature/Consideration | Status | Notes |',
    '| --- | --- | --- |',
  ];
  for (const [id, label] of CHECKLIST_ROWS) {
    const row = tool.checklist[id];
    const sources = row.sources.map((s) => `[${cell(s.title)}](${s.url}) (checked ${s.checked})`).join('; ');
    lines.push(`| ${label} | ${STATUS_WORD[row.status]} | ${cell(row.note)}${sources ? ` Sources: ${sources}` : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
