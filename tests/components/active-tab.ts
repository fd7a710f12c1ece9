// The tab the toolbar popup sees as active: a fake-browser tab at `url`, returned by tabs.query.
// Undone by vi.restoreAllMocks() (each file's afterEach).
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export async function activeTab(url: string): Promise<void> {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never); // fake-browser's query is typed loosely
}
