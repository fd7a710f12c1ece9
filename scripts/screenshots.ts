/**
 * `npm run screenshots`: the README's pictures (docs/screenshots/), taken from the real extension in
 * Chromium on the fixture page for https://chatgpt.com/ and in the popup, light and dark. Not part of
 * `npm test`, which never rewrites tracked files: run it when the panel or the popup changes, look at
 * the pictures, and commit them. (`npm run screenshots` builds first; the browser harness is the tests'.)
 */
import { mkdirSync } from 'node:fs';
import { launch, panelSettled, waitForPanel, waitUntil } from './harness/browser.ts';

const DIR = 'docs/screenshots';
mkdirSync(DIR, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  const h = await launch({ colorScheme: scheme });
  try {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await panelSettled(page); // after the entry animation and placement
    await page.screenshot({ path: `${DIR}/panel-${scheme}.png` });
    const popup = await h.open(h.extensionUrl('popup.html?tool=claude'), { viewport: { width: 420, height: 600 } });
    await waitUntil('the popup’s twelve rows', async () => (await popup.locator('.checklist-row').count()) === 12);
    await popup.screenshot({ path: `${DIR}/popup-${scheme}.png` });
    console.log(`wrote ${DIR}/panel-${scheme}.png and ${DIR}/popup-${scheme}.png`);
  } finally {
    await h.close();
  }
}
