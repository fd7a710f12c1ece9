/**
 * Which data version of each tool the user has seen, one `seen:<toolId>` key per tool in
 * `storage.local` only: it is a record of this device's visits, so it neither syncs nor goes
 * into settings files. A key exists once the panel was shown for the tool (its first visit).
 * Read by the background (panel replies, badge) and the popup (update log); written by the
 * background on a first visit and on "Got it", and by the popup's "Mark as seen".
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { VERSION_PATTERN } from '@/data/changes';

const PREFIX = 'seen:';
const Version = z.string().check(z.regex(VERSION_PATTERN), z.maxLength(40));

export const seenKey = (toolId: string) => `${PREFIX}${toolId}`;

/** The recorded version, or null for none (or an unreadable value, treated as none). */
export function readSeen(raw: unknown): string | null {
  const r = Version.safeParse(raw);
  return r.success ? r.data : null;
}

export async function seenVersion(toolId: string): Promise<string | null> {
  try {
    return readSeen((await browser.storage.local.get(seenKey(toolId)))[seenKey(toolId)]);
  } catch {
    return null;
  }
}

export async function recordSeen(toolId: string, version: string): Promise<void> {
  await browser.storage.local.set({ [seenKey(toolId)]: version });
}

/** The tool ids whose records changed, from a storage.onChanged event. */
export function seenChanges(changes: Record<string, unknown>): string[] {
  return Object.keys(changes)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => k.slice(PREFIX.length));
}
