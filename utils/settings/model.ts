/**
 * Settings as data: schemas, defaults, per-key parsing, per-site overrides,
 * migrations and import/export. Pure — `storage.ts` does the storage I/O.
 *
 * Parsing never throws: each field is read through its own schema and falls back
 * to its default alone, so one bad value never costs the user the rest.
 * Fields this version does not know (written by a newer one) are kept on write.
 * zod/mini: the extension pages and the background ship no other zod build.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '@/utils/i18n/locales';
import { CORNERS, STALE_DAYS_MAX, STALE_DAYS_MIN, THEMES, type StartMode } from './values';

export const SETTINGS_VERSION = 1;

const globalFields = {
  /** Show the in-page panel at all. */
  panel: z.boolean(),
  /** Start as the small pill instead of the card (it still opens by itself when the tool's facts changed). */
  startCollapsed: z.boolean(),
  /** The card on every visit, not only the first and after changes; collapsing it is then remembered per site. */
  alwaysExpanded: z.boolean(),
  /** Look at text pasted or dropped into the tool's prompt (on the page, never sent) and warn when it seems sensitive. */
  pasteNudge: z.boolean(),
  corner: z.enum(CORNERS),
  /** Show the staleness notice when the newest check is older than this. */
  staleDays: z.number().check(z.int(), z.minimum(STALE_DAYS_MIN), z.maximum(STALE_DAYS_MAX)),
  theme: z.enum(THEMES),
  /** The interface language: the browser's (auto) or one the user picked. */
  language: z.enum(LANGUAGES),
};
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a schema for its inferred type: fields are parsed one by one
const GlobalSettings = z.object(globalFields);
export type GlobalSettings = z.infer<typeof GlobalSettings>;

export const DEFAULTS: GlobalSettings = {
  panel: true,
  startCollapsed: false,
  alwaysExpanded: false,
  pasteNudge: true,
  corner: 'top-right',
  staleDays: 180,
  theme: 'auto',
  language: 'auto',
};

/** Per-site override: only the fields that differ from the global settings. */
const siteFields = {
  panel: globalFields.panel,
  startCollapsed: globalFields.startCollapsed,
  alwaysExpanded: globalFields.alwaysExpanded,
  pasteNudge: globalFields.pasteNudge,
};
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- as SiteOverride: the type is inferred from it
const SiteOverride = z.partial(z.object(siteFields));
export type SiteOverride = z.infer<typeof SiteOverride>;
export type SiteOverrides = Record<string, SiteOverride>;

/** What a tab's panel runs with: globals with the site's overrides applied. */
export type EffectiveSettings = GlobalSettings;

type Raw = Record<string, unknown>;
export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readFields<S extends Record<string, z.ZodMiniType>>(
  fields: S,
  raw: Raw,
  where: string,
  problems: string[],
): Partial<{ [K in keyof S]: z.infer<S[K]> }> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    if (!(key in raw)) continue;
    const r = schema.safeParse(raw[key]);
    if (r.success) out[key] = r.data;
    else problems.push(`${where}.${key}: invalid value, using the default`);
  }
  return out as Partial<{ [K in keyof S]: z.infer<S[K]> }>;
}

export interface Parsed<T> {
  value: T;
  problems: string[];
}

/**
 * Stored global settings → complete settings; each bad field falls back alone.
 * `defaults`: what an unset field takes (the organisation's policy may change the built-in ones).
 */
export function readGlobal(raw: unknown, defaults: GlobalSettings = DEFAULTS): Parsed<GlobalSettings> {
  const problems: string[] = [];
  if (raw === undefined) return { value: { ...defaults }, problems };
  if (!isRecord(raw)) return { value: { ...defaults }, problems: ['settings: not an object, using defaults'] };
  return { value: { ...defaults, ...readFields(globalFields, raw, 'settings', problems) }, problems };
}

/** The valid global fields of any object (the organisation's defaults), each checked alone; `where` names it in problems. */
export function readGlobalFields(raw: Raw, where: string, problems: string[]): Partial<GlobalSettings> {
  return readFields(globalFields, raw, where, problems);
}
export const GLOBAL_KEYS = Object.keys(globalFields) as Array<keyof GlobalSettings>;

/** Stored per-site overrides → valid overrides; a bad site or field is dropped alone. */
export function readSites(raw: unknown): Parsed<SiteOverrides> {
  const problems: string[] = [];
  if (raw === undefined) return { value: {}, problems };
  if (!isRecord(raw)) return { value: {}, problems: ['sites: not an object, ignored'] };
  const value: SiteOverrides = {};
  for (const [id, entry] of Object.entries(raw)) {
    if (!isRecord(entry)) {
      problems.push(`sites.${id}: not an object, ignored`);
      continue;
    }
    const fields = readFields(siteFields, entry, `sites.${id}`, problems);
    if (Object.keys(fields).length) value[id] = fields;
  }
  return { value, problems };
}

export function effectiveFor(global: GlobalSettings, sites: SiteOverrides, toolId: string): EffectiveSettings {
  return { ...global, ...sites[toolId] };
}

/** The start mode the two stored switches make (values.ts START_MODES); files and browsers with the first settings format read it unchanged. */
export function startMode(s: Pick<GlobalSettings, 'startCollapsed' | 'alwaysExpanded'>): StartMode {
  return s.startCollapsed ? 'collapsed' : s.alwaysExpanded ? 'expanded' : 'quiet';
}

export function startPatch(mode: StartMode): Pick<GlobalSettings, 'startCollapsed' | 'alwaysExpanded'> {
  return { startCollapsed: mode === 'collapsed', alwaysExpanded: mode === 'expanded' };
}

/**
 * New stored global object: `patch` applied, unknown fields kept. Only what the user
 * chose is stored, so a default changed by a later version reaches everyone who never
 * touched that field. (The format's version is WXT's item metadata, not a field here.)
 */
export function patchGlobal(raw: unknown, patch: Partial<GlobalSettings>): Raw {
  return { ...(isRecord(raw) ? raw : {}), ...patch };
}

/**
 * New stored sites object with `patch` applied to one site. A field equal to the
 * global value is removed (overrides hold only differences); an empty site is removed.
 * `undefined` in the patch clears that field.
 */
export function patchSite(
  raw: unknown,
  global: GlobalSettings,
  toolId: string,
  patch: Partial<Record<keyof SiteOverride, boolean | undefined>>,
): Raw {
  const all: Raw = isRecord(raw) ? { ...raw } : {};
  const site: Raw = isRecord(all[toolId]) ? { ...(all[toolId] as Raw) } : {};
  for (const [key, v] of Object.entries(patch) as Array<[keyof SiteOverride, boolean | undefined]>) {
    if (v === undefined || v === global[key]) delete site[key];
    else site[key] = v;
  }
  if (Object.keys(site).length) all[toolId] = site;
  else delete all[toolId];
  return all;
}

// ---- migrations ----

/** The stored items: each is its own storage key, versioned and migrated on its own (storage.ts). */
export const STORED_KEYS = ['settings', 'sites'] as const;
export type StoredKey = (typeof STORED_KEYS)[number];
export type StoredSettings = Partial<Record<StoredKey, unknown>>;

type Step = (raw: unknown) => unknown;

/**
 * The step to version N (N ≥ 2) for each stored item, applied in order from the stored
 * version. Pure: WXT's storage items run them on what is stored, `parseImport` on files.
 * Bump SETTINGS_VERSION with a step here and a fixture tests/unit/fixtures/settings-vN.json
 * holding what version N stores for the same user as the other fixtures
 * (tests/unit/settings-model.test.ts fails while either is missing).
 */
export const MIGRATIONS: Record<number, Record<StoredKey, Step>> = {};

/** Stored items written by version `from` → version `to` (the current one unless a test says otherwise). */
export function migrate(stored: StoredSettings, from: number, steps = MIGRATIONS, to = SETTINGS_VERSION): StoredSettings {
  const out = { ...stored };
  for (let v = from + 1; v <= to; v++) {
    const step = steps[v];
    if (!step) continue;
    for (const key of STORED_KEYS) if (out[key] !== undefined) out[key] = step[key](out[key]);
  }
  return out;
}

/** One item's steps in WXT's `migrations` shape ({ [toVersion]: fn }). */
export function migrationsFor(key: StoredKey, steps = MIGRATIONS): Record<number, Step> {
  return Object.fromEntries(Object.entries(steps).map(([to, step]) => [Number(to), step[key]]));
}

// ---- export / import ----

export const EXPORT_FORMAT = 'caveat-lens-settings';

export function exportFile(stored: StoredSettings, now: Date): string {
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      exported: now.toISOString(),
      settings: readGlobal(stored.settings).value,
      sites: readSites(stored.sites).value,
    },
    null,
    2,
  )}\n`;
}

/**
 * Why a settings file was refused, as a code the views word in the user's language.
 * `values` carries the fields' problems, technical English (key paths) shown as such.
 */
export type ImportError =
  { code: 'json' | 'format' | 'version' | 'shape' } | { code: 'newer'; version: number } | { code: 'values'; problems: string[] };

export type ImportResult =
  { ok: true; settings: GlobalSettings; sites: SiteOverrides; problems: string[] } | { ok: false; error: ImportError };

/** Validates a settings file; on any error nothing is to be changed. */
export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'json' } };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return { ok: false, error: { code: 'format' } };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { code: 'version' } };
  if (version > SETTINGS_VERSION) return { ok: false, error: { code: 'newer', version } };
  if ((data.settings !== undefined && !isRecord(data.settings)) || (data.sites !== undefined && !isRecord(data.sites)))
    return { ok: false, error: { code: 'shape' } };
  const migrated = migrate({ settings: data.settings ?? {}, sites: data.sites ?? {} }, version);
  const g = readGlobal(migrated.settings);
  const s = readSites(migrated.sites);
  const problems = [...g.problems, ...s.problems];
  if (problems.length) return { ok: false, error: { code: 'values', problems } };
  return { ok: true, settings: g.value, sites: s.value, problems };
}
