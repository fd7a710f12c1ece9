import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openChecklist } from '@/utils/background/open-checklist';

describe('openChecklist', () => {
  it('opens the popup when the browser allows it', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openChecklist({ ...fakeBrowser, action: { ...fakeBrowser.action, openPopup } } as never, 'claude')).toBe('popup');
    expect(create).not.toHaveBeenCalled();
  });

  it('falls back to popup.html?tool=<id> in a new tab when openPopup is refused', async () => {
    const openPopup = vi.fn().mockRejectedValue(new Error('openPopup requires a user gesture'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openChecklist({ ...fakeBrowser, action: { ...fakeBrowser.action, openPopup } } as never, 'claude')).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tool=claude$/) });
  });
});
