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

/** How many checklist rows are `risk`, in words: the badge's title and the panel's pill say the same. */
export function riskWords(count: number): string {
  return `${count} ${count === 1 ? 'risk' : 'risks'}`;
}
