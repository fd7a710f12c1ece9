// The storage layer with WXT's fake browser: per-key fallback, sync → local fallback, live updates.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOOLS } from '@/data/catalogue';
import {
  exportSettings,
  importSettings,
  loadSettings,
  resetAllSites,
  resetSite,
  updateGlobal,
  updateSite,
  watchSettings,
} from '@/utils/settings/storage';
import { DEFAULTS, patchSite, SETTINGS_VERSION, type StoredSettings } from '@/utils/settings/model';

// chrome.storage.sync's limits (developer.chrome.com/docs/extensions/reference/api/storage).
const QUOTA_BYTES_PER_ITEM = 8192;
const MAX_WRITE_OPERATIONS_PER_MINUTE = 120;

describe('settings storage', () => {
  it('reads defaults from empty storage', async () => {
    expect(await loadSettings()).toMatchObject({ global: DEFAULTS, sites: {}, problems: [] });
  });

  it('corrupt values fall back per key without losing the rest', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { version: 1, panel: 'off', theme: 'dark', unknownFuture: 7 },
      sites: { chatgpt: { panel: false }, claude: 42 },
      otherExtensionJunk: 'x'.repeat(1000),
    });
    const s = await loadSettings();
    expect(s.global).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(s.sites).toEqual({ chatgpt: { panel: false } });
    expect(s.problems.length).toBe(2);
    // Writing keeps what this version does not understand.
    await updateGlobal({ corner: 'bottom-left' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      unknownFuture: 7,
      theme: 'dark',
      corner: 'bottom-left',
    });
  });

  it('per-site updates, reset one, reset all', async () => {
    await updateSite('chatgpt', { panel: false });
    await updateSite('claude', { startCollapsed: true });
    expect((await loadSettings()).sites).toEqual({ chatgpt: { panel: false }, claude: { startCollapsed: true } });
    await resetSite('chatgpt');
    expect((await loadSettings()).sites).toEqual({ claude: { startCollapsed: true } });
    await resetAllSites();
    expect((await loadSettings()).sites).toEqual({});
  });

  it('falls back to local storage when sync refuses a write, and says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const error = await updateSite('chatgpt', { panel: false });
    expect(error).toMatch(/quota exceeded.*saved on this device/);
    const s = await loadSettings();
    expect(s.sites).toEqual({ chatgpt: { panel: false } }); // nothing lost
    expect(s.syncError).toMatch(/this device only/);
    // Sync accepts the next write: it becomes the source again.
    expect(await updateSite('claude', { panel: false })).toBeUndefined();
    expect((await loadSettings()).sites).toEqual({ chatgpt: { panel: false }, claude: { panel: false } });
  });

  it('works from local storage alone when sync is switched off', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(() => {
      throw new Error('sync is disabled by policy');
    });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is disabled by policy'));
    expect(await updateGlobal({ theme: 'dark' })).toMatch(/saved on this device/);
    expect((await loadSettings()).global.theme).toBe('dark');
    vi.restoreAllMocks();
  });

  it('a burst of writes past sync’s per-minute limit loses nothing', async () => {
    // Holding the arrow key on the staleness field: one write per change event.
    let writes = 0;
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation((items) =>
      ++writes > MAX_WRITE_OPERATIONS_PER_MINUTE
        ? Promise.reject(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'))
        : set(items),
    );
    const errors: Array<string | undefined> = [];
    for (let days = 30; days < 30 + MAX_WRITE_OPERATIONS_PER_MINUTE + 20; days++) errors.push(await updateGlobal({ staleDays: days }));
    expect(errors.at(-1)).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE.*saved on this device/);
    const s = await loadSettings();
    expect(s.global.staleDays).toBe(30 + MAX_WRITE_OPERATIONS_PER_MINUTE + 19); // the last value, not the last one sync took
    expect(s.syncError).toMatch(/this device only/);
  });

  it('the dataset’s every site overridden fits one sync item, so size alone never fails over', () => {
    let sites = {};
    for (const t of TOOLS) sites = patchSite(sites, DEFAULTS, t.id, { panel: false, startCollapsed: true });
    // Chrome counts an item as its key plus its value's JSON.
    expect('sites'.length + JSON.stringify(sites).length).toBeLessThan(QUOTA_BYTES_PER_ITEM);
  });

  it('tells watchers about every change', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.global.panel));
    await updateGlobal({ panel: false });
    await vi.waitFor(() => expect(seen).toContain(false));
    stop();
  });

  it('export then import restores the same settings; a bad import changes nothing', async () => {
    await updateGlobal({ theme: 'dark', staleDays: 30 });
    await updateSite('poe', { panel: false });
    const file = await exportSettings(new Date('2026-11-28T00:00:00Z'));
    await resetAllSites();
    await updateGlobal({ theme: 'light' });
    expect(await importSettings(file)).toEqual({ ok: true });
    expect(await loadSettings()).toMatchObject({ global: { theme: 'dark', staleDays: 30 }, sites: { poe: { panel: false } } });
    const before = await loadSettings();
    expect(await importSettings('{"format":"caveat-lens-settings","version":99}')).toMatchObject({ ok: false });
    expect(await loadSettings()).toEqual(before);
  });

  // The storage items carry WXT's version record (`<key>$`) and run model.ts's steps on load.
  const fixtures = import.meta.glob<StoredSettings>('./fixtures/settings-v*.json', { eager: true, import: 'default' });
  it.each(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1))('settings stored by version %i load as the same user', async (v) => {
    const fixture = fixtures[`./fixtures/settings-v${v}.json`]!;
    await fakeBrowser.storage.sync.set({ ...fixture, settings$: { v }, sites$: { v } });
    vi.resetModules(); // migrations run when the module loads, as in a freshly updated extension
    const fresh = await import('@/utils/settings/storage');
    expect(await fresh.loadSettings()).toEqual({
      global: { ...DEFAULTS, corner: 'bottom-left', staleDays: 90, theme: 'dark' },
      sites: { chatgpt: { panel: false }, claude: { startCollapsed: true } },
      problems: [],
    });
  });

  it('settings synced from a newer version: known fields read, unknown ones kept on write', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', sparkles: 1 }, settings$: { v: SETTINGS_VERSION + 1 } });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // WXT reports the downgrade
    vi.resetModules();
    const fresh = await import('@/utils/settings/storage');
    expect((await fresh.loadSettings()).global.theme).toBe('dark');
    await fresh.updateGlobal({ corner: 'top-left' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ theme: 'dark', sparkles: 1, corner: 'top-left' });
  });
});
