/**
 * A claim's four statuses, drawn once: the panel, the checklist, the compare table, the Markdown
 * copy and the schema all read them here (their words are the catalog's `status.*`). Free of zod
 * and of the dataset, so the content script can use it.
 */
export const STATUSES = ['good', 'caution', 'risk', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

/** Shapes differ as well as colours, so a status never rests on colour alone. */
export const STATUS_ICON: Record<Status, string> = { good: '✓', caution: '!', risk: '✕', unknown: '?' };
