// The first slice: the panel on the real provider URLs, not elsewhere; the popup deep link.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearStorage, contentScriptSeen, launch, PANEL, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

describe('panel on provider pages', () => {
  it.each([
    ['https://chatgpt.com/', 'chatgpt', 'ChatGPT'],
    ['https://claude.ai/new', 'claude', 'Claude'],
  ])('appears on %s with the tool name', async (url, id, name) => {
    const page = await h.open(url);
    await waitForPanel(page);
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(await page.locator(PANEL).getAttribute('data-tool-id')).toBe(id);
    const root = page.locator(`${PANEL} [role="complementary"]`);
    expect(await root.getAttribute('aria-label')).toBe(`Caveat Lens: ${name}`);
    await expect.poll(() => root.getByRole('heading', { level: 2 }).textContent()).toBe(name);
    // The shadow root is open: reachable from the page as the DOM contract says.
    expect(await page.evaluate(() => document.querySelector('caveat-lens')?.shadowRoot?.mode)).toBe('open');
    await page.close();
  });

  it('does not appear on https://example.org/', async () => {
    const page = await h.open('https://example.org/');
    // Content scripts that match run by the time the page's load event is over ("document_idle").
    await page.waitForLoadState('load');
    expect(await page.title()).toContain('example.org'); // the fixture really loaded
    expect(await contentScriptSeen(page)).toEqual({ started: 0, locationChanges: 0 }); // not even injected
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });
});

describe('popup', () => {
  it('popup.html?tool=chatgpt shows the tool and its twelve rows', async () => {
    const page = await h.open(h.extensionUrl('popup.html?tool=chatgpt'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ChatGPT');
    expect(await page.locator('.checklist-row').count()).toBe(12);
    await page.close();
  });
});
