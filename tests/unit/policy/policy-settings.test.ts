// The organisation's defaults and locks as the settings layer applies them (fake browser storage):
// under and over the user's values, never written into them.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportSettings, loadSettings, updateGlobal, updateSite } from '@/utils/settings/storage';
import { DEFAULTS } from '@/utils/settings/model';

const managed = (items: Record<string, unknown>) => fakeBrowser.storage.managed.set(items);

describe('settings under a policy', () => {
  it('no policy: the built-in defaults', async () => {
    expect((await loadSettings()).global).toEqual(DEFAULTS);
  });

  it('the organisation’s defaults fill what the user has not set; the user’s own values win', async () => {
    await updateGlobal({ corner: 'top-left' });
    await managed({ defaults: { corner: 'bottom-left', staleDays: 30, theme: 'dark' } });
    const s = await loadSettings();
    expect(s.global).toEqual({ ...DEFAULTS, corner: 'top-left', staleDays: 30, theme: 'dark' });
  });

  it('a locked setting holds the organisation’s value over the user’s, without losing the user’s', async () => {
    await updateGlobal({ staleDays: 400 });
    await updateSite('chatgpt', { startCollapsed: true, panel: false });
    await managed({ defaults: { staleDays: 60, startCollapsed: false }, lockedSettings: ['staleDays', 'startCollapsed'] });
    const s = await loadSettings();
    expect(s.global.staleDays).toBe(60);
    // The site's own startCollapsed is held too; its panel choice is still the user's.
    expect(s.sites).toEqual({ chatgpt: { panel: false } });
    // Stored values are untouched: the policy goes, the user's settings come back.
    await fakeBrowser.storage.managed.clear();
    const after = await loadSettings();
    expect(after.global.staleDays).toBe(400);
    expect(after.sites).toEqual({ chatgpt: { panel: false, startCollapsed: true } });
    expect(JSON.parse(await exportSettings()).settings.staleDays).toBe(400);
  });

  it('a site choice against the organisation’s default is kept (not dropped as “same as default”)', async () => {
    await managed({ defaults: { panel: false } });
    await updateSite('claude', { panel: true });
    expect((await loadSettings()).sites).toEqual({ claude: { panel: true } });
  });

  it('pasteNudge.allowDisable false holds the paste check on, everywhere, without losing the user’s choice', async () => {
    await updateSite('chatgpt', { pasteNudge: false, panel: false });
    await updateGlobal({ pasteNudge: false });
    await managed({ pasteNudge: { allowDisable: false } });
    const s = await loadSettings();
    expect(s.global.pasteNudge).toBe(true);
    expect(s.sites).toEqual({ chatgpt: { panel: false } });
    // Even an organisation default of "off" cannot turn a check it keeps on off.
    await managed({ pasteNudge: { allowDisable: false }, defaults: { pasteNudge: false } });
    expect((await loadSettings()).global.pasteNudge).toBe(true);
    await fakeBrowser.storage.managed.clear();
    const after = await loadSettings();
    expect(after.global.pasteNudge).toBe(false);
    expect(after.sites).toEqual({ chatgpt: { panel: false, pasteNudge: false } });
  });

  it('pasteNudge.allowDismiss false alone holds no setting', async () => {
    await updateGlobal({ pasteNudge: false });
    await managed({ pasteNudge: { allowDismiss: false } });
    expect((await loadSettings()).global.pasteNudge).toBe(false);
  });

  it('an invalid policy changes nothing it cannot read', async () => {
    await updateGlobal({ theme: 'light' });
    await managed({ defaults: 'dark', lockedSettings: { theme: true } });
    expect((await loadSettings()).global).toEqual({ ...DEFAULTS, theme: 'light' });
  });
});
