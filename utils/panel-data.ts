/**
 * The panel's data contract. The background builds it from the catalogue and
 * sends it to the content script, which parses it here — with zod/mini, because
 * this schema ships in the content script.
 */
import * as z from 'zod/mini';

export const STATUSES = ['good', 'caution', 'risk', 'unknown'] as const;
export const TOPICS = ['privacy', 'retention', 'pricing', 'limits', 'copyright', 'security'] as const;

export const PanelCaveat = z.object({
  topic: z.enum(TOPICS),
  status: z.enum(STATUSES),
  text: z.string(),
  source: z.object({ url: z.string(), title: z.string() }),
  checked: z.string(),
});
export type PanelCaveat = z.infer<typeof PanelCaveat>;

export const PanelData = z.object({
  id: z.string(),
  name: z.string(),
  vendor: z.string(),
  category: z.string(),
  caveats: z.array(PanelCaveat),
  /** Newest check over the shown claims. */
  lastChecked: z.string(),
  riskCount: z.number(),
});
export type PanelData = z.infer<typeof PanelData>;

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isStale(lastChecked: string, today: string, thresholdDays: number): boolean {
  return daysBetween(lastChecked, today) > thresholdDays;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
