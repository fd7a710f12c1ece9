// "Visited" and "seen" per tool, in local storage only, with WXT's fake browser.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataVersion } from '@/data/changes';
import { getTool } from '@/data/catalogue';
import { markSeen, visitReply } from '@/utils/background/visit';
import { readSeen, recordSeen, seenChanges, seenVersion } from '@/utils/settings/visits';

const chatgpt = getTool('chatgpt')!;

describe('visits', () => {
  it('the first panel reply is a first visit and records the data version; the next is not', async () => {
    expect((await visitReply(chatgpt.id))!.attention).toEqual({ firstVisit: true, changes: [] });
    expect(await seenVersion('chatgpt')).toBe(dataVersion(chatgpt));
    expect((await visitReply(chatgpt.id))!.attention).toEqual({ firstVisit: false, changes: [] });
  });

  it('is kept in local storage only, never in sync (it does not travel with settings)', async () => {
    await visitReply(chatgpt.id);
    expect(await fakeBrowser.storage.local.get('seen:chatgpt')).toEqual({ 'seen:chatgpt': dataVersion(chatgpt) });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('a panel switched off for the site records nothing', async () => {
    await fakeBrowser.storage.sync.set({ sites: { chatgpt: { panel: false } } });
    await visitReply(chatgpt.id);
    expect(await seenVersion('chatgpt')).toBeNull();
  });

  it('an old version brings the changes since; "Got it" records the current one', async () => {
    await recordSeen('chatgpt', '2026-11-28#3');
    const { attention } = (await visitReply(chatgpt.id))!;
    expect(attention.firstVisit).toBe(false);
    expect(attention.changes.map((c) => c.date)).toEqual(['2026-12-01']);
    await markSeen(chatgpt);
    expect((await visitReply(chatgpt.id))!.attention.changes).toEqual([]);
  });

  it('an unreadable record counts as none', async () => {
    await fakeBrowser.storage.local.set({ 'seen:chatgpt': { evil: true } });
    expect(await seenVersion('chatgpt')).toBeNull();
    expect(readSeen('2026-12-01#2')).toBe('2026-12-01#2');
    expect(readSeen('2026-12-01')).toBeNull();
    expect(readSeen(`2026-12-01#${'9'.repeat(100)}`)).toBeNull();
  });

  it('names the tools whose records changed', () => {
    expect(seenChanges({ 'seen:claude': {}, settings: {}, 'seen:gemini': {} })).toEqual(['claude', 'gemini']);
  });
});
