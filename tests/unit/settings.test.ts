// The storage layer with WXT's fake browser: per-key fallback, sync → local fallback, live updates.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportSettings, importSettings, loadSettings, resetAllSites, resetSite, updateGlobal, updateSite, watchSettings } from '@/utils/settings/storage';
import { DEFAULTS } from '@/utils/settings/model';

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
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ unknownFuture: 7, theme: 'dark', corner: 'bottom-left' });
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
});
