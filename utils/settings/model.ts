/**
 * Settings as data: schemas, defaults, per-key parsing, per-site overrides,
 * migrations and import/export. Pure — `settings.ts` does the storage I/O.
 *
 * Parsing never throws: each field is read through its own schema and falls back
 * to its default alone, so one bad value never costs the user the rest.
 * Fields this version does not know (written by a newer one) are kept on write.
 * Uses zod/mini because the content script bundles it.
 */
import * as z from 'zod/mini';
import { CORNERS, THEMES } from './values';

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
  staleDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
  theme: z.enum(THEMES),
};
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
};

/** Per-site override: only the fields that differ from the global settings. */
const siteFields = {
  panel: globalFields.panel,
  startCollapsed: globalFields.startCollapsed,
  alwaysExpanded: globalFields.alwaysExpanded,
  pasteNudge: globalFields.pasteNudge,
};
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

/** Stored global settings → complete settings; each bad field falls back alone. */
export function readGlobal(raw: unknown): Parsed<GlobalSettings> {
  const problems: string[] = [];
  if (raw === undefined) return { value: { ...DEFAULTS }, problems };
  if (!isRecord(raw)) return { value: { ...DEFAULTS }, problems: ['settings: not an object, using defaults'] };
  return { value: { ...DEFAULTS, ...readFields(globalFields, raw, 'settings', problems) }, problems };
}

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

/**
 * How the panel starts, as the views offer it; stored as the two switches above so that files
 * and browsers with the first settings format read it unchanged.
 *   quiet     in full on the first visit and after changes, otherwise the pill (the default)
 *   expanded  in full on every visit (the behaviour before "quiet")
 *   collapsed the pill, except after changes
 */
export const START_MODES = ['quiet', 'expanded', 'collapsed'] as const;
export type StartMode = (typeof START_MODES)[number];

export function startMode(s: Pick<GlobalSettings, 'startCollapsed' | 'alwaysExpanded'>): StartMode {
  return s.startCollapsed ? 'collapsed' : s.alwaysExpanded ? 'expanded' : 'quiet';
}

export function startPatch(mode: StartMode): Pick<GlobalSettings, 'startCollapsed' | 'alwaysExpanded'> {
  return { startCollapsed: mode === 'collapsed', alwaysExpanded: mode === 'expanded' };
}

/** New stored global object: `patch` applied, unknown fields kept. */
export function patchGlobal(raw: unknown, patch: Partial<GlobalSettings>): Raw {
  return { ...(isRecord(raw) ? raw : {}), ...patch, version: Math.max(storedVersion(raw), SETTINGS_VERSION) };
}

/**
 * New stored sites object with `patch` applied to one site. A field equal to the
 * global value is removed (overrides hold only differences); an empty site is removed.
 * `undefined` in the patch clears that field.
 */
export function patchSite(raw: unknown, global: GlobalSettings, toolId: string, patch: Partial<Record<keyof SiteOverride, boolean | undefined>>): Raw {
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

export function storedVersion(raw: unknown): number {
  const v = isRecord(raw) ? raw.version : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
}

/**
 * Steps from version N to N+1, applied to the stored { settings, sites } in order.
 * Version 1 is the first stored format, so there are no steps yet; add `2: (s) => …`
 * with a fixture in tests/unit/fixtures/settings-v1.json when the format changes.
 */
export type StoredSettings = { settings?: unknown; sites?: unknown };
export const MIGRATIONS: Record<number, (s: StoredSettings) => StoredSettings> = {};

export function migrate(stored: StoredSettings): StoredSettings {
  let out = stored;
  for (let v = storedVersion(stored.settings) + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) out = step(out);
  }
  return out;
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

export type ImportResult =
  | { ok: true; settings: GlobalSettings; sites: SiteOverrides; problems: string[] }
  | { ok: false; error: string };

/** Validates a settings file; on any error nothing is to be changed. */
export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT)
    return { ok: false, error: 'This is not a Caveat Lens settings file, so nothing was imported.' };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: 'The file has no valid version number, so nothing was imported.' };
  if (version > SETTINGS_VERSION)
    return {
      ok: false,
      error: `The file was made by a newer version of Caveat Lens (settings v${version}); update the extension, then import it again.`,
    };
  const migrated = migrate({ settings: { ...(isRecord(data.settings) ? data.settings : {}), version }, sites: data.sites });
  if (!isRecord(migrated.settings) || (data.sites !== undefined && !isRecord(data.sites)))
    return { ok: false, error: 'The file’s settings are not in the expected shape, so nothing was imported.' };
  const g = readGlobal(migrated.settings);
  const s = readSites(migrated.sites);
  const problems = [...g.problems, ...s.problems];
  if (problems.length)
    return { ok: false, error: `The file has invalid values (${problems.join('; ')}), so nothing was imported.` };
  return { ok: true, settings: g.value, sites: s.value, problems };
}
