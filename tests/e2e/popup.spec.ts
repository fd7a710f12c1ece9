// The popup, compare and options pages in the real extension; the toolbar badge; live settings.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { clearStorage, launch, PANEL, panelAnswered, setStorage, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

const popupSize = { width: 420, height: 600 };

describe('popup deep links', () => {
  it.each(['chatgpt', 'claude', 'midjourney', 'github-copilot', 'elevenlabs', 'notebooklm'])(
    'popup.html?tool=%s shows twelve rows',
    async (id) => {
      const page = await h.open(h.extensionUrl(`popup.html?tool=${id}`), { viewport: popupSize });
      await expect.poll(() => page.locator('.checklist-row').count()).toBe(12);
      // Status by icon and word on every row.
      expect(await page.locator('.checklist-row .cl-status').allTextContents()).toHaveLength(12);
      for (const t of await page.locator('.checklist-row .cl-status').allTextContents())
        expect(t).toMatch(/^.(Good|Caution|Risk|Unknown)$/);
      // Nothing overflows the popup's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(popupSize.width);
      await page.close();
    },
  );

  it('an unknown id shows a clear unknown-tool state', async () => {
    const page = await h.open(h.extensionUrl('popup.html?tool=not-a-tool'), { viewport: popupSize });
    await expect.poll(() => page.getByRole('heading', { name: 'Unknown tool' }).count()).toBe(1);
    await page.close();
  });

  it('every external link is https, new tab, no opener', async () => {
    const page = await h.open(h.extensionUrl('popup.html?tool=chatgpt'), { viewport: popupSize });
    await expect.poll(() => page.locator('.checklist-row').count()).toBe(12);
    const links = await page
      .locator('a[href^="http"]')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
    expect(links.length).toBeGreaterThan(5);
    for (const [href, target, rel] of links) {
      expect(href).toMatch(/^https:\/\//);
      expect(target).toBe('_blank');
      expect(rel).toBe('noopener noreferrer');
    }
    await page.close();
  });
});

describe('accessibility (axe-core: no serious or critical violation)', () => {
  it.each([
    ['popup tool view, light', 'popup.html?tool=claude', 'light'],
    ['popup tool view, dark', 'popup.html?tool=claude', 'dark'],
    ['popup empty view', 'popup.html', 'light'],
    ['compare page', 'compare.html?tools=chatgpt,claude,gemini', 'light'],
    ['compare page, dark', 'compare.html?tools=chatgpt,claude', 'dark'],
    ['options page', 'options.html', 'light'],
    ['options page, dark', 'options.html', 'dark'],
  ] as const)('%s', async (_name, path, scheme) => {
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(h.extensionUrl(path));
    await page.locator('h1').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('compare', () => {
  it('shows training and the twelve rows side by side for the chosen tools', async () => {
    const page = await h.open(h.extensionUrl('compare.html?tools=chatgpt,claude,gemini'), { viewport: { width: 1280, height: 800 } });
    await expect.poll(() => page.locator('table.compare tbody tr[data-row]:not([data-row="training"])').count()).toBe(12);
    await expect.poll(() => page.locator('table.compare tbody tr[data-row="training"]').count()).toBe(1);
    expect(await page.locator('table.compare thead th').allTextContents()).toEqual([
      'Feature/Consideration',
      expect.stringContaining('ChatGPT'),
      expect.stringContaining('Claude'),
      expect.stringContaining('Gemini'),
    ]);
    await page.getByRole('button', { name: 'Remove Gemini' }).click();
    await expect.poll(() => page.locator('table.compare thead th').count()).toBe(3);
    expect(page.url()).toContain('tools=chatgpt,claude');
    await page.close();
  });
});

describe('toolbar badge', () => {
  type TabInfo = { id: number; url?: string };
  const tabs = (): Promise<TabInfo[]> => h.worker.evaluate(() => (globalThis as any).chrome.tabs.query({}));
  const badge = (tabId: number): Promise<[string, string]> =>
    h.worker.evaluate(async (id) => {
      const c = (globalThis as any).chrome;
      return [await c.action.getBadgeText({ tabId: id }), await c.action.getTitle({ tabId: id })] as [string, string];
    }, tabId);

  it('counts what the panel counts on the tool’s tab, in words; clears on other tabs; follows SPA navigation', async () => {
    const tool = await h.open('https://chatgpt.com/');
    await waitForPanel(tool);
    const chat = (await tabs()).find((t) => t.url?.startsWith('https://chatgpt.com/'))!;
    expect(await badge(chat.id)).toEqual(['6', 'Caveat Lens — ChatGPT: 6 cautions']);

    const other = await h.open('https://example.org/');
    await other.waitForLoadState('load');
    // Without the tabs permission the extension cannot even see this tab's URL.
    const hidden = (await tabs()).filter((t) => !t.url);
    expect(hidden).toHaveLength(1);
    await expect.poll(() => badge(hidden[0]!.id)).toEqual(['', 'Caveat Lens']);

    const x = await h.open('https://x.com/home');
    await x.waitForLoadState('load');
    const xTab = (await tabs()).find((t) => t.url?.startsWith('https://x.com/'))!;
    await expect.poll(() => badge(xTab.id)).toEqual(['', 'Caveat Lens']);
    await x.getByRole('link', { name: 'Grok', exact: true }).click();
    await expect.poll(async () => (await badge(xTab.id))[1]).toMatch(/^Caveat Lens — Grok: (\d+ risks?(, )?)?(\d+ cautions?)?$/);
    for (const p of [tool, other, x]) await p.close();
  });
});

describe('live settings', () => {
  it('turning a site off in the popup removes its panel from an open tab within a second; on brings it back', async () => {
    const tab = await h.open('https://chatgpt.com/');
    await waitForPanel(tab);
    const popup = await h.open(h.extensionUrl('popup.html?tool=chatgpt'), { viewport: popupSize });
    const toggle = popup.getByRole('checkbox', { name: 'Show the panel' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click(); // controlled by storage: it flips once the write lands
    const t0 = Date.now();
    await tab.locator(PANEL).waitFor({ state: 'detached', timeout: 1000 });
    expect(Date.now() - t0).toBeLessThan(1000);
    await tab.reload({ waitUntil: 'load' });
    await panelAnswered(h, tab, 'chatgpt');
    expect(await tab.locator(PANEL).count()).toBe(0); // still off after a reload
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await waitForPanel(tab, 1000);
    await popup.close();
    await tab.close();
  });

  it('options page: defaults apply to open tabs; per-site overrides list and reset', async () => {
    await setStorage(h, { sites: { claude: { panel: false } } });
    const tab = await h.open('https://chatgpt.com/');
    await waitForPanel(tab);
    const options = await h.open(h.extensionUrl('options.html'));
    await options.getByRole('radio', { name: 'Always in full' }).click();
    await expect.poll(() => tab.locator(`${PANEL} .cl-card`).count(), { timeout: 1000 }).toBe(1);
    const collapsed = options.getByRole('radio', { name: 'As a pill, except after changes' });
    await collapsed.click();
    await expect.poll(() => tab.locator(`${PANEL} .cl-pill`).count(), { timeout: 1000 }).toBe(1);
    await options.getByRole('radio', { name: /^In full on the first visit/ }).click();
    await expect.poll(() => collapsed.isChecked()).toBe(false);
    await expect.poll(() => options.locator('.overrides li').allTextContents()).toEqual([expect.stringMatching(/^Claude panel off/)]);
    await options.getByRole('button', { name: 'Reset all sites…' }).click();
    await options.getByRole('button', { name: 'Yes, reset all' }).click();
    await expect.poll(() => options.getByText('No site differs from the defaults', { exact: false }).count()).toBe(1);
    expect(await h.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get('sites'))).toEqual({ sites: {} });
    await options.close();
    await tab.close();
  });
});
