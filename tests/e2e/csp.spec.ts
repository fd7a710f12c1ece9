// The privacy statement, enforced by the browser: the manifest's `connect-src 'none'` refuses any
// connection from the popup, options and compare pages and from the service worker — even to a
// host the extension has permission for, which answers when a web page asks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** What a fetch from this context comes to: 'connected <status>' or 'refused <error>'. */
const probe = (url: string) =>
  fetch(url).then(
    (r) => `connected ${r.status}`,
    (e: Error) => `refused ${e.name}`,
  );

/** Fetches `url` in the page and records the CSP violations the page reports meanwhile. */
async function fetchFromPage(page: Page, url: string) {
  return page.evaluate(
    async ([u, probeSource]) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      // eslint-disable-next-line no-eval -- runs the probe in the page's realm, under the page's CSP
      const result = await (0, eval)(probeSource)(u);
      await new Promise((r) => setTimeout(r, 50)); // violation events are queued as tasks
      return { result, violations };
    },
    [url, probe.toString()] as const,
  );
}

const seen = (path: string) => h.server.requests.filter((r) => r === `chatgpt.com${path}`).length;

describe('extension pages and the service worker cannot connect anywhere', () => {
  it('control: the same fetch from the tool’s own web page reaches the server', async () => {
    const page = await h.open('https://chatgpt.com/');
    const { result } = await fetchFromPage(page, 'https://chatgpt.com/__probe/control');
    expect(result).toBe('connected 200');
    expect(seen('/__probe/control')).toBe(1);
    await page.close();
  });

  it.each(['popup.html?tool=chatgpt', 'options.html', 'compare.html?tools=chatgpt,claude'])(
    '%s: fetch is refused by connect-src',
    async (path) => {
      const page = await h.open(h.extensionUrl(path));
      await page.waitForLoadState('load');
      const name = path.replace(/\W.*/, '');
      const { result, violations } = await fetchFromPage(page, `https://chatgpt.com/__probe/${name}`);
      expect(result).toBe('refused TypeError');
      expect(violations).toEqual(['connect-src']);
      expect(seen(`/__probe/${name}`)).toBe(0);
      await page.close();
    },
  );

  it('the service worker: fetch is refused', async () => {
    // eslint-disable-next-line no-eval -- as above, in the service worker's realm
    const result = await h.worker.evaluate(async ([u, probeSource]) => (0, eval)(probeSource)(u), [
      'https://chatgpt.com/__probe/worker',
      probe.toString(),
    ] as const);
    expect(result).toBe('refused TypeError');
    expect(seen('/__probe/worker')).toBe(0);
  });
});
