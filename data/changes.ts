/**
 * "What changed since your last visit", from a tool's update log. Pure and free of zod.
 *
 * A tool's data version is the date of its newest changelog entry with the number of entries
 * carrying that date: "2026-12-01#2". The date alone would not do: the dataset often gets
 * several entries on one day (a reading and a second reading), and a user who saw the first
 * must still be told about the second. Entries of one date count in the order the log lists
 * them (the log is append-only).
 */
import type { Tool } from './schema.ts';

type Entry = Tool['changelog'][number];
export type ChangeField = NonNullable<Entry['fields']>[number];

/** Fields worth waking the panel for; `sources` and `other` changes stay in the update log. */
export const WATCHED_FIELDS: readonly ChangeField[] = ['training', 'retention', 'pricing', 'ownership', 'availability'];

export const VERSION_PATTERN = /^(\d{4}-\d{2}-\d{2})#(\d+)$/;

/** Each entry with its ordinal among the entries of its date (1-based, in log order). */
function ordinals(tool: Pick<Tool, 'changelog'>): Array<{ entry: Entry; n: number }> {
  const perDate = new Map<string, number>();
  return tool.changelog.map((entry) => {
    const n = (perDate.get(entry.date) ?? 0) + 1;
    perDate.set(entry.date, n);
    return { entry, n };
  });
}

export function dataVersion(tool: Pick<Tool, 'changelog'>): string {
  let newest = { date: '', n: 0 };
  for (const { entry, n } of ordinals(tool))
    if (entry.date > newest.date || (entry.date === newest.date && n > newest.n)) newest = { date: entry.date, n };
  return `${newest.date}#${newest.n}`;
}

/**
 * Entries the user has not seen: newer than the recorded version. No record (or an unreadable
 * one): nothing is "unseen", because the first visit shows everything anyway.
 */
export function unseenEntries(tool: Pick<Tool, 'changelog'>, seen: string | null): Entry[] {
  const m = seen ? VERSION_PATTERN.exec(seen) : null;
  if (!m) return [];
  const [, date, count] = m as unknown as [string, string, string];
  const n0 = Number(count);
  return ordinals(tool)
    .filter(({ entry, n }) => entry.date > date || (entry.date === date && n > n0))
    .map(({ entry }) => entry);
}

/** Unseen entries that change a watched field, newest first: what wakes the panel. */
export function watchedChanges(tool: Pick<Tool, 'changelog'>, seen: string | null): Entry[] {
  return unseenEntries(tool, seen)
    .filter((e) => e.fields?.some((f) => WATCHED_FIELDS.includes(f)))
    .reverse() // later entries of one date first, kept by the stable sort
    .sort((a, b) => b.date.localeCompare(a.date));
}
