// Chrome answers storage.managed only once it has loaded policies (seconds after start): reads
// must not wait for it, and must not lose the policy meanwhile.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_COPY_KEY, readManaged } from '@/utils/policy/storage';

describe('readManaged', () => {
  it('reads the live policy and keeps a copy; no policy writes nothing', async () => {
    expect(await readManaged()).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.managed.set({ orgName: 'Acme' });
    expect(await readManaged()).toEqual({ orgName: 'Acme' });
    expect(await fakeBrowser.storage.local.get(POLICY_COPY_KEY)).toEqual({ [POLICY_COPY_KEY]: { orgName: 'Acme' } });
  });

  it('while the browser is still loading policies: the last copy at once, replaced when the live one arrives', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { orgName: 'Acme' } });
    let arrive: (v: Record<string, unknown>) => void = () => {};
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((r) => (arrive = r)) as never);
    const changed = vi.fn();
    fakeBrowser.storage.onChanged.addListener(changed);
    const started = Date.now();
    expect(await readManaged(50)).toEqual({ orgName: 'Acme' });
    expect(Date.now() - started).toBeLessThan(1000);
    arrive({ orgName: 'Acme Corp' });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({ orgName: 'Acme Corp' }),
    );
    expect(changed).toHaveBeenCalledWith({ [POLICY_COPY_KEY]: expect.objectContaining({ newValue: { orgName: 'Acme Corp' } }) }, 'local');
  });

  it('the panel pays the wait once: while the store has not answered, later reads take the copy at once', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_COPY_KEY]: { orgName: 'Acme' } });
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}) as never);
    let started = Date.now();
    expect(await readManaged(300)).toEqual({ orgName: 'Acme' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    started = Date.now();
    expect(await readManaged(300)).toEqual({ orgName: 'Acme' });
    expect(Date.now() - started).toBeLessThan(150);
    expect(get).toHaveBeenCalledOnce(); // one live read shared by every caller
  });

  it('a browser without managed storage (or Firefox without a policy) reads as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManaged()).toEqual({});
  });
});
