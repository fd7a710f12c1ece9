/**
 * The only module that touches browser.storage. Settings live in `storage.sync`
 * (they follow the user between browsers); when sync is missing or refuses a
 * write (quota), the value goes to `storage.local` instead and the key is listed
 * in local `syncFailed`, so the newer local copy wins until sync accepts it.
 * The organisation's policy (managed storage) supplies defaults for unset fields and may hold
 * fields at a value; it is applied on read and never written into the user's own settings.
 */
import { browser } from 'wxt/browser';
import { managedSettingsOf, type ManagedSettings } from '@/utils/policy/model';
import { isPolicyChange, readManaged } from '@/utils/policy/storage';
import {
  exportFile,
  migrate,
  parseImport,
  patchGlobal,
  patchSite,
  readGlobal,
  readSites,
  isRecord,
  type GlobalSettings,
  type SiteOverride,
  type SiteOverrides,
  type StoredSettings,
} from './model';

const KEYS = ['settings', 'sites'] as const;
type Key = (typeof KEYS)[number];
const FAILED = 'syncFailed';

export interface LoadedSettings {
  global: GlobalSettings;
  sites: SiteOverrides;
  /** Values that were unreadable and fell back to defaults. */
  problems: string[];
  /** Set when sync storage refused the last write; the value is kept locally. */
  syncError?: string;
}

type Area = { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

function syncArea(): Area | undefined {
  return browser.storage.sync as Area | undefined;
}
function localArea(): Area {
  return browser.storage.local as Area;
}

async function readRaw(): Promise<StoredSettings & { failed: Key[]; managed: ManagedSettings }> {
  // All areas at once: this sits on the panel's path to the screen.
  const [local, sync, managed] = await Promise.all([
    localArea().get([...KEYS, FAILED]),
    (async () => (await syncArea()?.get([...KEYS])) ?? {})().catch(() => ({}) as Record<string, unknown>), // no sync: local is all there is
    readManaged(),
  ]);
  const failedRaw = local[FAILED];
  const failed = Array.isArray(failedRaw) ? KEYS.filter((k) => failedRaw.includes(k)) : [];
  const pick = (k: Key) => (failed.includes(k) || !(k in sync) ? local[k] : sync[k]);
  return { ...migrate({ settings: pick('settings'), sites: pick('sites') }), failed, managed: managedSettingsOf(managed) };
}

/** Global settings with the organisation's defaults under the user's values and its locked values over them. */
function resolveGlobal(raw: { settings?: unknown; managed: ManagedSettings }) {
  const g = readGlobal(raw.settings, raw.managed.defaults);
  return { ...g, value: { ...g.value, ...raw.managed.locked } };
}

/** Per-site overrides without the fields the policy holds (kept in storage for when the policy goes). */
function withoutLocked(sites: SiteOverrides, locked: Partial<GlobalSettings>): SiteOverrides {
  const out: SiteOverrides = {};
  for (const [id, o] of Object.entries(sites)) {
    const kept = Object.fromEntries(Object.entries(o).filter(([k]) => !(k in locked)));
    if (Object.keys(kept).length) out[id] = kept;
  }
  return out;
}

export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const raw = await readRaw();
    const g = resolveGlobal(raw);
    const s = readSites(raw.sites);
    return {
      global: g.value,
      sites: withoutLocked(s.value, raw.managed.locked),
      problems: [...g.problems, ...s.problems],
      ...(raw.failed.length ? { syncError: 'Sync storage is full or unavailable; settings are saved on this device only.' } : {}),
    };
  } catch (e) {
    // Reading never throws into the UI.
    return { global: readGlobal(undefined).value, sites: {}, problems: [`storage unreadable: ${String(e)}`] };
  }
}

/** Writes one key to sync, falling back to local. Returns an error message when sync refused. */
async function write(key: Key, value: unknown): Promise<string | undefined> {
  const local = localArea();
  const failedRaw = (await local.get([FAILED]))[FAILED];
  const failed = new Set(Array.isArray(failedRaw) ? (failedRaw as unknown[]).filter((k) => typeof k === 'string') : []);
  const sync = syncArea();
  try {
    if (!sync) throw new Error('storage.sync is not available');
    await sync.set({ [key]: value });
    if (failed.delete(key)) await local.set({ [FAILED]: [...failed] });
    return undefined;
  } catch (e) {
    failed.add(key);
    await local.set({ [key]: value, [FAILED]: [...failed] });
    return `Could not save to sync storage (${e instanceof Error ? e.message : String(e)}); saved on this device instead.`;
  }
}

export async function updateGlobal(patch: Partial<GlobalSettings>): Promise<string | undefined> {
  const raw = await readRaw();
  return write('settings', patchGlobal(raw.settings, patch));
}

export async function updateSite(
  toolId: string,
  patch: Partial<Record<keyof SiteOverride, boolean | undefined>>,
): Promise<string | undefined> {
  const raw = await readRaw();
  // Compared with what the user sees (the organisation's defaults included), so a choice is never lost as "same as default".
  const global = resolveGlobal(raw).value;
  return write('sites', patchSite(raw.sites, global, toolId, patch));
}

export async function resetSite(toolId: string): Promise<string | undefined> {
  const raw = await readRaw();
  const { [toolId]: _removed, ...rest } = isRecord(raw.sites) ? raw.sites : {};
  return write('sites', rest);
}

export async function resetAllSites(): Promise<string | undefined> {
  return write('sites', {});
}

export async function exportSettings(now = new Date()): Promise<string> {
  return exportFile(await readRaw(), now);
}

/** Replaces settings with a validated file's; on any error nothing changes. */
export async function importSettings(text: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const raw = await readRaw();
  const e1 = await write('settings', patchGlobal(raw.settings, parsed.settings));
  const e2 = await write('sites', parsed.sites);
  return e1 || e2 ? { ok: false, error: (e1 ?? e2)! } : { ok: true };
}

/** Calls `cb` with fresh settings whenever they change in any context. Returns unsubscribe. */
export function watchSettings(cb: (s: LoadedSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (isPolicyChange(changes, area) || [...KEYS, FAILED].some((k) => k in changes)) void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
