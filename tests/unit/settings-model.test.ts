// Settings as data: every corrupt value falls back alone; imports are all-or-nothing.
import { describe, expect, it } from 'vitest';
import v1 from '@/tests/unit/fixtures/settings-v1.json';
import {
  DEFAULTS,
  effectiveFor,
  exportFile,
  MIGRATIONS,
  migrate,
  migrationsFor,
  parseImport,
  patchGlobal,
  patchSite,
  readGlobal,
  readSites,
  SETTINGS_VERSION,
  startMode,
  startPatch,
  STORED_KEYS,
  type StoredSettings,
} from '@/utils/settings/model';

describe('readGlobal', () => {
  it('missing storage gives the defaults, with no problem reported', () => {
    expect(readGlobal(undefined)).toEqual({ value: DEFAULTS, problems: [] });
  });

  it.each([
    ['wrong types', { panel: 'yes', staleDays: '30' }],
    ['null', { panel: null, corner: null }],
    ['arrays for values', { theme: ['dark'], staleDays: [1] }],
    ['a 1 MB string', { corner: 'x'.repeat(1_000_000) }],
    ['out-of-range numbers', { staleDays: -4 }],
    ['a fractional number', { staleDays: 1.5 }],
  ])('%s: the bad key falls back, the good ones stay', (_name, bad) => {
    const r = readGlobal({ version: 1, startCollapsed: true, ...bad });
    expect(r.value.startCollapsed).toBe(true); // kept
    for (const key of Object.keys(bad)) expect(r.value[key as keyof typeof DEFAULTS]).toEqual(DEFAULTS[key as keyof typeof DEFAULTS]);
    expect(r.problems.length).toBe(Object.keys(bad).length);
  });

  it.each([null, [], 'text', 42, [{ panel: false }]])('a non-object (%j) gives the defaults', (raw) => {
    expect(readGlobal(raw).value).toEqual(DEFAULTS);
  });

  it('a partial object fills the rest with defaults', () => {
    expect(readGlobal({ theme: 'dark' }).value).toEqual({ ...DEFAULTS, theme: 'dark' });
  });

  it('a value written by a future version: known keys read, unknown keys kept on write', () => {
    const future = { version: 9, theme: 'light', sparkles: { on: true }, staleDays: 30 };
    expect(readGlobal(future).value).toEqual({ ...DEFAULTS, theme: 'light', staleDays: 30 });
    const written = patchGlobal(future, { panel: false });
    expect(written).toMatchObject({ sparkles: { on: true }, version: 9, panel: false });
  });
});

describe('readSites', () => {
  it('keeps good sites when one is corrupt', () => {
    const r = readSites({
      chatgpt: { panel: false },
      claude: 'junk',
      gemini: { panel: 'nope', startCollapsed: true },
      poe: null,
      grok: [],
    });
    expect(r.value).toEqual({ chatgpt: { panel: false }, gemini: { startCollapsed: true } });
    expect(r.problems.length).toBe(4);
  });
  it.each([null, [], 'x'])('a non-object (%j) gives no overrides', (raw) => expect(readSites(raw).value).toEqual({}));
});

describe('per-site overrides', () => {
  it('hold only what differs from the defaults', () => {
    let sites = patchSite({}, DEFAULTS, 'chatgpt', { panel: false });
    expect(sites).toEqual({ chatgpt: { panel: false } });
    sites = patchSite(sites, DEFAULTS, 'chatgpt', { startCollapsed: true });
    expect(sites).toEqual({ chatgpt: { panel: false, startCollapsed: true } });
    sites = patchSite(sites, DEFAULTS, 'chatgpt', { panel: true, startCollapsed: false });
    expect(sites).toEqual({});
  });
  it('keep other sites and unknown fields', () => {
    const sites = patchSite({ claude: { panel: false }, chatgpt: { future: 1 } }, DEFAULTS, 'chatgpt', { panel: false });
    expect(sites).toEqual({ claude: { panel: false }, chatgpt: { future: 1, panel: false } });
  });
  it('apply over the globals', () => {
    expect(effectiveFor({ ...DEFAULTS, startCollapsed: true }, { chatgpt: { panel: false } }, 'chatgpt')).toMatchObject({
      panel: false,
      startCollapsed: true,
    });
    expect(effectiveFor(DEFAULTS, { chatgpt: { panel: false } }, 'claude').panel).toBe(true);
  });
});

describe('migrations', () => {
  // Every fixture is the same user's settings as that version stored them; each must
  // migrate to the same current settings. A version without its fixture fails here.
  const fixtures = import.meta.glob<StoredSettings>('./fixtures/settings-v*.json', { eager: true, import: 'default' });
  const SAME_USER = {
    settings: { ...DEFAULTS, corner: 'bottom-left', staleDays: 90, theme: 'dark' },
    sites: { chatgpt: { panel: false }, claude: { startCollapsed: true } },
  };

  it.each(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1))('version %i: its fixture migrates to the current settings', (v) => {
    const fixture = fixtures[`./fixtures/settings-v${v}.json`];
    expect(fixture, `tests/unit/fixtures/settings-v${v}.json is missing`).toBeDefined();
    const migrated = migrate(structuredClone(fixture!), v);
    const g = readGlobal(migrated.settings);
    const s = readSites(migrated.sites);
    expect([...g.problems, ...s.problems]).toEqual([]);
    expect({ settings: g.value, sites: s.value }).toEqual(SAME_USER);
  });

  it('has a step for every version after the first, and no fixture for a version that does not exist', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++)
      for (const key of STORED_KEYS) expect(MIGRATIONS[v]?.[key], `step ${v} for ${key}`).toBeTypeOf('function');
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .filter((v) => v < 2 || v > SETTINGS_VERSION),
    ).toEqual([]);
    const versions = Object.keys(fixtures).map((f) => Number(/settings-v(\d+)\.json$/.exec(f)![1]));
    expect(Math.max(...versions)).toBe(SETTINGS_VERSION);
  });

  it('steps run in order from the stored version, on each stored item, never twice', () => {
    const step = (to: number) => ({
      settings: (raw: unknown) => ({ ...(raw as object), [`to${to}`]: true }),
      sites: (raw: unknown) => ({ ...(raw as object), [`site${to}`]: {} }),
    });
    const steps = { 2: step(2), 3: step(3) };
    expect(migrate({ settings: {}, sites: {} }, 1, steps, 3)).toEqual({
      settings: { to2: true, to3: true },
      sites: { site2: {}, site3: {} },
    });
    expect(migrate({ settings: {} }, 2, steps, 3)).toEqual({ settings: { to3: true } }); // an absent item stays absent
    expect(migrate({ settings: {} }, 3, steps, 3)).toEqual({ settings: {} });
    // The same steps as WXT's storage items take them (storage.ts).
    const forSites = migrationsFor('sites', steps);
    expect(Object.keys(forSites)).toEqual(['2', '3']);
    expect(forSites[3]!({})).toEqual({ site3: {} });
  });
});

describe('import', () => {
  const good = exportFile(v1, new Date('2026-11-28T00:00:00Z'));

  it('round-trips an export', () => {
    const r = parseImport(good);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.sites).toEqual({ chatgpt: { panel: false }, claude: { startCollapsed: true } });
  });
  it('rejects malformed JSON', () => {
    expect(parseImport('{"format": ')).toEqual({ ok: false, error: { code: 'json' } });
  });
  it('rejects valid JSON of the wrong shape', () => {
    expect(parseImport('[1,2,3]')).toEqual({ ok: false, error: { code: 'format' } });
    expect(parseImport('{"settings": {}}')).toEqual({ ok: false, error: { code: 'format' } });
    expect(parseImport('{"format": "caveat-lens-settings", "version": "1"}')).toEqual({ ok: false, error: { code: 'version' } });
    const wrongValues = JSON.parse(good);
    wrongValues.settings.staleDays = 'soon';
    expect(parseImport(JSON.stringify(wrongValues))).toEqual({
      ok: false,
      error: { code: 'values', problems: ['settings.staleDays: invalid value, using the default'] },
    });
    const wrongSites = JSON.parse(good);
    wrongSites.sites = ['chatgpt'];
    expect(parseImport(JSON.stringify(wrongSites))).toEqual({ ok: false, error: { code: 'shape' } });
  });
  it('rejects a file from a newer version with a clear message', () => {
    const newer = JSON.parse(good);
    newer.version = SETTINGS_VERSION + 1;
    expect(parseImport(JSON.stringify(newer))).toEqual({ ok: false, error: { code: 'newer', version: SETTINGS_VERSION + 1 } });
  });
});

describe('how the panel starts, and the paste check', () => {
  it('are new fields with defaults: quiet start, paste check on', () => {
    expect(DEFAULTS).toMatchObject({ alwaysExpanded: false, startCollapsed: false, pasteNudge: true });
    expect(startMode(DEFAULTS)).toBe('quiet');
  });

  it('a first-format value without them reads with the defaults; a bad one falls back alone', () => {
    expect(readGlobal(v1.settings).value).toMatchObject({ alwaysExpanded: false, pasteNudge: true, theme: 'dark' });
    const r = readGlobal({ version: 1, alwaysExpanded: 'yes', pasteNudge: false });
    expect(r.value).toMatchObject({ alwaysExpanded: false, pasteNudge: false });
    expect(r.problems).toEqual(['settings.alwaysExpanded: invalid value, using the default']);
  });

  it('work per site, holding only what differs', () => {
    let sites = patchSite({}, DEFAULTS, 'chatgpt', { alwaysExpanded: true, pasteNudge: false });
    expect(sites).toEqual({ chatgpt: { alwaysExpanded: true, pasteNudge: false } });
    expect(effectiveFor(DEFAULTS, readSites(sites).value, 'chatgpt')).toMatchObject({ alwaysExpanded: true, pasteNudge: false });
    sites = patchSite(sites, DEFAULTS, 'chatgpt', { alwaysExpanded: false, pasteNudge: true });
    expect(sites).toEqual({});
  });

  it('travel through export and import; the format version stays 1 (older files import unchanged)', () => {
    const stored = {
      settings: { version: 1, alwaysExpanded: true, pasteNudge: false },
      sites: { claude: { pasteNudge: true, alwaysExpanded: false } },
    };
    const r = parseImport(exportFile(stored, new Date('2026-12-01T00:00:00Z')));
    expect(SETTINGS_VERSION).toBe(1);
    expect(r).toMatchObject({
      ok: true,
      settings: { alwaysExpanded: true, pasteNudge: false },
      sites: { claude: { pasteNudge: true, alwaysExpanded: false } },
    });
  });

  it.each([
    ['quiet', { startCollapsed: false, alwaysExpanded: false }],
    ['expanded', { startCollapsed: false, alwaysExpanded: true }],
    ['collapsed', { startCollapsed: true, alwaysExpanded: false }],
  ] as const)('start mode %s ↔ %o', (mode, fields) => {
    expect(startPatch(mode)).toEqual(fields);
    expect(startMode(fields)).toBe(mode);
  });
});
