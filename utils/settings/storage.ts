/**
 * The only module that touches browser.storage, through WXT's storage items
 * (`storage.defineItem`: version, migrations, fallback, watch). What the values mean
 * is model.ts's job; this module chooses where they live.
 *
 * Settings live in `storage.sync` (they follow the user between browsers). When sync is
 * missing or refuses a write, the value goes to `storage.local` instead and the key is
 * listed in local `syncFailed`, so the newer local copy wins until sync accepts a write.
 *
 * Is that failover still needed? chrome.storage.sync allows QUOTA_BYTES 102400,
 * QUOTA_BYTES_PER_ITEM 8192, MAX_ITEMS 512, MAX_WRITE_OPERATIONS_PER_HOUR 1800 and
 * MAX_WRITE_OPERATIONS_PER_MINUTE 120 (Firefox enforces the same size limits).
 * - Size, no: with every tool overridden (both switches) `sites` is 2.7 KB for today's
 *   53 tools, ~52 bytes a tool, so ~3.1 KB at 60 and ~7.3 KB at 140: the 8 KB item limit
 *   is ~155 tools away (tests/unit/settings.test.ts measures it against the dataset).
 *   Four keys (two values, two WXT version records) are far from 512 items and 100 KB.
 * - Writes, yes: every change is a write, and the options page saves the staleness
 *   field on each change event — holding its arrow key fires ~30 a second, past 120 a
 *   minute within five seconds. Sync can also be switched off (Firefox's
 *   `webextensions.storage.sync.enabled`, enterprise policy), and then every call throws.
 * A refused write must not lose the user's choice, so the failover stays.
 *
 * The organisation's policy (managed storage) supplies defaults for unset fields and may hold
 * fields at a value; it is applied on read and never written into the user's own settings.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { managedSettingsOf, type ManagedSettings } from '@/utils/policy/model';
import { readManaged, watchPolicy } from '@/utils/policy/storage';
import {
  exportFile,
  migrationsFor,
  parseImport,
  patchGlobal,
  patchSite,
  readGlobal,
  readSites,
  isRecord,
  SETTINGS_VERSION,
  STORED_KEYS,
  type GlobalSettings,
  type ImportError,
  type SiteOverride,
  type SiteOverrides,
  type StoredKey,
  type StoredSettings,
} from './model';

export interface LoadedSettings {
  global: GlobalSettings;
  sites: SiteOverrides;
  /** Values that were unreadable and fell back to defaults. */
  problems: string[];
  /** Set when sync storage refused the last write; the value is kept locally. */
  syncError?: string;
}

type Item = WxtStorageItem<unknown, Record<string, unknown>>;

/**
 * One storage item per key and area. Stored values stay `unknown`: model.ts reads them
 * field by field. A missing local copy falls back to `{}` — nothing chosen, every field at
 * its default — not to the defaults themselves, which would freeze today's defaults into
 * storage. The sync copy has no fallback: "absent" (null) sends the read to the local copy.
 * Migrations run when this module loads. A value with no version record (`<key>$`, written
 * before these items existed) is version 1, which is what it is. A value from a newer version
 * (synced from another browser) is left as it is — WXT logs the downgrade, as it logs a sync
 * area that is switched off — and read field by field like any other.
 */
function item(area: 'sync' | 'local', key: StoredKey): Item {
  const versioned = { version: SETTINGS_VERSION, migrations: migrationsFor(key) };
  return area === 'local'
    ? storage.defineItem<unknown>(`local:${key}`, { ...versioned, fallback: {} })
    : storage.defineItem<unknown>(`sync:${key}`, versioned);
}
const ITEMS = {
  sync: { settings: item('sync', 'settings'), sites: item('sync', 'sites') },
  local: { settings: item('local', 'settings'), sites: item('local', 'sites') },
} satisfies Record<'sync' | 'local', Record<StoredKey, Item>>;
/** Keys whose newest value is the local copy because sync refused it. */
const syncFailed = storage.defineItem<unknown>('local:syncFailed', { fallback: [] });

function failedKeys(raw: unknown): StoredKey[] {
  return Array.isArray(raw) ? STORED_KEYS.filter((k) => raw.includes(k)) : [];
}

async function readRaw(): Promise<StoredSettings & { failed: StoredKey[]; managed: ManagedSettings }> {
  // Every item at once: this sits on the panel's path to the screen (the background's reply).
  const [failedRaw, syncSettings, syncSites, localSettings, localSites, managed] = await Promise.all([
    syncFailed.getValue(),
    // No sync at all (switched off, unsupported): local is all there is.
    ITEMS.sync.settings.getValue().catch(() => null),
    ITEMS.sync.sites.getValue().catch(() => null),
    ITEMS.local.settings.getValue(),
    ITEMS.local.sites.getValue(),
    readManaged(),
  ]);
  const failed = failedKeys(failedRaw);
  const pick = (key: StoredKey, sync: unknown, local: unknown) => (failed.includes(key) || sync == null ? local : sync);
  return {
    settings: pick('settings', syncSettings, localSettings),
    sites: pick('sites', syncSites, localSites),
    failed,
    managed: managedSettingsOf(managed),
  };
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
async function write(key: StoredKey, value: unknown): Promise<string | undefined> {
  const failed = new Set(failedKeys(await syncFailed.getValue()));
  try {
    await ITEMS.sync[key].setValue(value);
    if (failed.delete(key)) await syncFailed.setValue([...failed]);
    return undefined;
  } catch (e) {
    failed.add(key);
    // The value first: a reader that sees the key listed finds the new local copy.
    await ITEMS.local[key].setValue(value);
    await syncFailed.setValue([...failed]);
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

/** Why an import failed: the file's problem (nothing changed), or sync refused the write (kept on this device). */
export type ImportProblem = ImportError | { code: 'syncRefused' };

/** Replaces settings with a validated file's; on any error in the file nothing changes. */
export async function importSettings(text: string): Promise<{ ok: true } | { ok: false; error: ImportProblem }> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const raw = await readRaw();
  const e1 = await write('settings', patchGlobal(raw.settings, parsed.settings));
  const e2 = await write('sites', parsed.sites);
  return e1 || e2 ? { ok: false, error: { code: 'syncRefused' } } : { ok: true };
}

/** Calls `cb` with fresh settings whenever they change in any context. Returns unsubscribe. */
export function watchSettings(cb: (s: LoadedSettings) => void): () => void {
  // One write can touch two items (a local copy, then syncFailed): only the newest read reports.
  let latest = 0;
  const reload = () => {
    const n = ++latest;
    void loadSettings().then((s) => n === latest && cb(s));
  };
  // The organisation's policy changes what the settings resolve to, too.
  const stops: Array<() => void> = [watchPolicy(reload)];
  for (const watched of [ITEMS.sync.settings, ITEMS.sync.sites, ITEMS.local.settings, ITEMS.local.sites, syncFailed]) {
    try {
      stops.push(watched.watch(reload));
    } catch {
      // storage.sync missing altogether: its items cannot be watched, the local ones still are.
    }
  }
  return () => stops.forEach((stop) => stop());
}
