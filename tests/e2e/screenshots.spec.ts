// README screenshots, taken from the real extension on the fixture pages (light and dark).
import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, waitForPanel, type Harness } from '../../scripts/harness/browser';

const DIR = 'docs/screenshots';
const open: Harness[] = [];
afterAll(async () => {
  for (const h of open) await h.close();
});

describe('README screenshots', () => {
  it.each(['light', 'dark'] as const)('panel and popup, %s', async (scheme) => {
    mkdirSync(DIR, { recursive: true });
    const h = await launch({ colorScheme: scheme });
    open.push(h);
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await page.waitForTimeout(500); // let the entry animation finish
    await page.screenshot({ path: `${DIR}/panel-${scheme}.png` });
    const popup = await h.open(h.extensionUrl('popup.html?tool=claude'), { viewport: { width: 420, height: 600 } });
    await expect.poll(() => popup.locator('.checklist-row').count()).toBe(12);
    await popup.screenshot({ path: `${DIR}/popup-${scheme}.png` });
  });
});
