// Zero network: during a visit with the panel, the popup, the options and compare pages, every
// request is either the visited page's own or an extension resource (chrome-extension://).
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { clearStorage, launch, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  // Report the service worker's own fetches too (Playwright keeps them behind this switch).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  h = await launch();
});
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

it('the extension makes no network request of its own', async () => {
  const seen: Array<{ url: string; from: string }> = [];
  h.context.on('request', (r) => {
    const frame = r.serviceWorker()
      ? `worker:${r.serviceWorker()!.url()}`
      : (() => {
          try {
            return r.frame().url();
          } catch {
            return 'unknown';
          }
        })();
    seen.push({ url: r.url(), from: frame });
  });

  const page = await h.open('https://chatgpt.com/');
  await waitForPanel(page);
  await page.locator('caveat-lens button:text("Full checklist")').click();
  // Headless Chromium opens the popup without exposing it as a page; the worker sees it.
  const popups = (): Promise<unknown[]> =>
    h.worker.evaluate(() => (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['POPUP'] }));
  await expect.poll(async () => (await popups()).length).toBe(1);
  for (const path of ['popup.html?tool=chatgpt', 'popup.html', 'options.html', 'compare.html?tools=chatgpt,claude']) {
    const p = await h.open(h.extensionUrl(path));
    await p.waitForLoadState('load');
    await p.locator('h1').first().waitFor(); // rendered: whatever it needed is loaded
    await p.close();
  }
  await page.close();

  const ext = `chrome-extension://${h.extensionId}/`;
  // The browser itself asks for the page's favicon.
  const own = ['/', '/__fixture/page.css', '/__fixture/app.js', '/favicon.ico'];
  const page1 = new Set(own.map((p) => `https://chatgpt.com${p}`));
  const foreign = seen.filter((r) => !r.url.startsWith(ext) && !page1.has(r.url));
  expect(foreign).toEqual([]);
  expect(seen.some((r) => r.url.startsWith(ext))).toBe(true); // the recording works
  // The fixture server saw only what the page itself loads.
  for (const r of h.server.requests) expect(own.map((p) => `chatgpt.com${p}`)).toContain(r);
});
