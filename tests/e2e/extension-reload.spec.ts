// The extension is reloaded (or updated) while a tool's tab is open: the old content script
// stops cleanly: its panel leaves and nothing is thrown into the page's console.
// (A command-line-loaded extension does not come back from runtime.reload() in this harness,
// so the new script's arrival on the next page load is not part of this test.)
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { clearStorage, launch, PANEL, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

it('stops cleanly after an extension reload, with no console errors', async () => {
  const page = await h.open('https://chatgpt.com/');
  await waitForPanel(page);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // The worker dies mid-call, so the evaluation itself may reject.
  await h.worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {});
  await expect.poll(() => page.locator(PANEL).count(), { timeout: 6000 }).toBe(0);
  // Typing and in-page navigation after the reload stay quiet too. The panel left through the
  // script's onInvalidated, which runs after WXT has cleared the script's timers and listeners, so
  // whatever goes wrong now goes wrong during these events; console messages reach us in order,
  // before the answer to the evaluate below.
  await page.locator('#prompt').fill('still typing');
  await page.getByRole('link', { name: 'Chat', exact: true }).click();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/c/123');
  expect(errors).toEqual([]);
  await page.close();
});
