/**
 * A claim's four statuses, worded and drawn once: the panel, the checklist, the compare table,
 * the Markdown copy and the schema all read them here. Free of zod and of the dataset, so the
 * content script can use it.
 */
export const STATUSES = ['good', 'caution', 'risk', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_WORD: Record<Status, string> = { good: 'Good', caution: 'Caution', risk: 'Risk', unknown: 'Unknown' };
/** Shapes differ as well as colours, so a status never rests on colour alone. */
export const STATUS_ICON: Record<Status, string> = { good: '✓', caution: '!', risk: '✕', unknown: '?' };

/** How many caveats have one status, in words: "1 risk", "4 cautions". */
export function statusWords(count: number, status: Status): string {
  return `${count} ${STATUS_WORD[status].toLowerCase()}${count === 1 ? '' : 's'}`;
}

/** The caveats' count in words: the panel's pill and the badge's title say the same ("1 risk, 4 cautions", "no risks or cautions"). */
export function countWords({ risk, caution }: { risk: number; caution: number }): string {
  if (!risk && !caution) return 'no risks or cautions';
  return [risk && statusWords(risk, 'risk'), caution && statusWords(caution, 'caution')].filter(Boolean).join(', ');
}
