/**
 * The only module that reads browser.storage.managed: the policy an administrator set for the
 * extension (Chrome: 3rdparty extension policy checked against public/managed_schema.json;
 * Firefox: policies.json `3rdparty.Extensions.<id>`). Reading never throws: no policy is `{}`.
 *
 * Chrome answers storage.managed only once it has loaded policies, seconds after the browser
 * starts (measured: 2.5 s in headless Chromium, with or without a policy). So the panel's path
 * does not wait for it: after a short wait it uses the last copy seen, kept in storage.local;
 * when the live policy differs, the copy is replaced and every listener (panel, pages) reloads.
 */
import { browser } from 'wxt/browser';
import { isRecord } from '@/utils/settings/model';
import { parsePolicy, type ParsedPolicy } from './model';

/** The last policy seen (raw, re-validated on every read like the live one). */
export const POLICY_COPY_KEY = 'managedCopy';
/**
 * How long a read waits for the browser's policy store before using the copy. Short: measured on
 * 2026-12-01 in Chromium 156 (headless, with and without a policy), the store answers a restarted
 * service worker only after ~2 s, and the worker started with the browser not within 8 s, so a
 * longer wait never caught it and cost every cold panel its length (bench: 150 ms → cold panel
 * +84 ms over the floor instead of +225). Firefox ESR without a policy rejects within 1–8 ms
 * (measured the same day); with one it reads the policies loaded at start-up (not measured).
 */
const LIVE_WAIT_MS = 25;

type Area = { get(keys?: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

async function readLive(): Promise<Record<string, unknown>> {
  try {
    const area = (browser.storage as { managed?: Area }).managed;
    const raw = area ? await area.get(null) : {};
    return isRecord(raw) ? raw : {};
  } catch {
    // Firefox rejects when no policy names the extension; some browsers have no managed area.
    return {};
  }
}

async function readCopy(): Promise<Record<string, unknown>> {
  try {
    const copy = (await (browser.storage.local as Area).get(POLICY_COPY_KEY))[POLICY_COPY_KEY];
    return isRecord(copy) ? copy : {};
  } catch {
    return {};
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One live read shared by every caller, so the panel's path pays the wait at most once per
 * service-worker start: while the browser's policy store has not answered after the first wait,
 * later reads take the copy at once. A change of the managed area starts a fresh read.
 */
interface LiveRead {
  promise: Promise<Record<string, unknown>>;
  value?: Record<string, unknown>;
  waited: boolean;
}
let live: LiveRead | null = null;
let watching = false;

function liveRead(): LiveRead {
  if (!watching) {
    watching = true;
    try {
      browser.storage.onChanged.addListener((_changes, area) => {
        if (area === 'managed') live = null;
      });
    } catch {
      /* no storage events here (tests): reads stay fresh per service-worker start */
    }
  }
  if (!live) {
    const entry: LiveRead = { waited: false, promise: readLive() };
    entry.promise = entry.promise.then(async (raw) => {
      entry.value = raw;
      // Keep the copy in step (written only on change: no churn without a policy).
      if (!same(raw, await readCopy())) await (browser.storage.local as Area).set({ [POLICY_COPY_KEY]: raw }).catch(() => {});
      return raw;
    });
    live = entry;
  }
  return live;
}

/** The raw policy: the live one, or while the browser is still loading policies, the last copy. */
export async function readManaged(waitMs = LIVE_WAIT_MS): Promise<Record<string, unknown>> {
  const read = liveRead();
  if (read.value) return read.value;
  if (read.waited) return readCopy();
  const timer = new Promise<undefined>((resolve) => setTimeout(resolve, waitMs));
  const first = await Promise.race([read.promise, timer]);
  read.waited = true;
  return first ?? readCopy();
}

/** Forgets the shared live read and its listener (tests reset the fake browser between cases). */
export function forgetLiveRead(): void {
  live = null;
  watching = false;
}

/** The parsed policy; the extra tools' validator (full zod) is fetched only when the policy has some. */
export async function loadPolicy(datasetIds: ReadonlySet<string>): Promise<ParsedPolicy> {
  const raw = await readManaged();
  const parseTools = raw.extraTools !== undefined ? (await import('./org-tools')).parseOrgTools : undefined;
  return parsePolicy(raw, datasetIds, parseTools);
}

/** The policy may have changed: the administrator changed it, or the live one replaced the copy. */
export function isPolicyChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && POLICY_COPY_KEY in changes);
}

/** Calls `cb` when the policy may have changed. Returns unsubscribe. */
export function watchPolicy(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (isPolicyChange(changes, area)) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
