/** A tool's checklist as the seed's Markdown table, ready to paste into a review, headed in the user's language. Pure. */
import { ROW_IDS } from '@/data/rows';
import type { Source, Tool } from '@/data/schema';
import { lastChecked } from '@/data/tool-facts';
import { trainingWords } from '@/data/training';
import { EN, plain, type I18n } from '@/utils/i18n/i18n';

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
function sourceMarkdown(s: Source, i18n: I18n): string {
  const via = s.via ? `${i18n.t(`source.via.${s.kind}`)} ${link(s.via.title, s.via.url)}; ` : '';
  return `${link(s.title, s.url)} (${via}${i18n.t('date.checked', { date: i18n.date(s.checked) })})`;
}

export function checklistMarkdown(tool: Tool, i18n: I18n = EN): string {
  const lines = [
    `## ${i18n.t('md.title', { tool: cell(tool.name), vendor: cell(tool.vendor) })}`,
    '',
    i18n.t('md.lastChecked', { date: i18n.date(lastChecked(tool)) }),
    '',
    i18n.t('md.trains', { sentence: plain(trainingWords(tool.privacy.training, i18n).sentence) }),
    '',
    `| ${i18n.t('md.feature')} | ${i18n.t('md.status')} | ${i18n.t('md.notes')} |`,
    '| --- | --- | --- |',
  ];
  for (const id of ROW_IDS) {
    const row = tool.checklist[id];
    const sources = row.sources.map((s) => sourceMarkdown(s, i18n)).join('; ');
    const cited = sources ? ` ${i18n.t('md.sources', { list: sources })}` : '';
    lines.push(`| ${i18n.t(`row.${id}`)} | ${i18n.t(`status.${row.status}`)} | ${cell(row.note)}${cited} |`);
  }
  return `${lines.join('\n')}\n`;
}
