/** Calendar days as YYYY-MM-DD strings, in UTC: one "today" for the panel, popup and dataset. */

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isStale(lastChecked: string, today: string, thresholdDays: number): boolean {
  return daysBetween(lastChecked, today) > thresholdDays;
}
