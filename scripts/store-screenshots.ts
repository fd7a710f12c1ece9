/**
 * Store screenshots, 1280×800, from the real built extension in Chromium (the browser tests'
 * harness: fixture pages at the real tool addresses): the panel, the pill, the popup, compare and
 * options, light and dark. `npm run store:screenshots` builds first; then
 *   node scripts/store-screenshots.ts [--lang=en] [--out=docs/store/screenshots]
 * writes <out>/<lang>/<view>-<light|dark>.png. --lang is Chromium's UI language (LANGUAGE and --lang;
 * Debian's chromium-l10n has the translations), which the extension follows unless its options say otherwise.
 * Tests never run this: it rewrites tracked files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launch, waitForPanel, type Harness } from './harness/browser.ts';

const SIZE = { width: 1280, height: 800 };
/** The popup's own size in Chrome (the page sizes itself; 800 px is Chrome's height limit). */
const POPUP = { width: 400, height: 600 };

const { values } = parseArgs({
  options: { lang: { type: 'string', default: 'en' }, out: { type: 'string', default: 'docs/store/screenshots' } },
});
const lang = values.lang;
if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(lang)) throw new Error(`--lang=${lang}: expected a language tag such as en, es or pt-BR`);
const dir = join(values.out, lang);

/** Lets the panel's entry animation and the pages' first paints settle. */
const settle = (page: Page) => page.waitForTimeout(600);

/**
 * The fixture page stands in for the tool's own page: without the test links, and dark in the dark
 * shots (the panel follows the system; a light page behind a dark panel would show no one's setup).
 */
const STAND_IN = {
  light: '.topbar nav { display: none; }',
  dark: `.topbar nav { display: none; } :root { color-scheme: dark; }
    body { background: #212121; color: #ececec; } .topbar { background: #171717; border-color: #333; }
    .msg.user { background: #303030; } .msg.bot { background: #212121; border-color: #3a3a3a; }
    #composer { background: #303030; border-color: #4a4a4a; } #prompt { background: transparent; color: #ececec; }
    #send { background: #ececec; color: #111; }`,
};

/** A tool's page (the fixture at its real address) with the panel shown and settled. */
async function toolPage(h: Harness, scheme: 'light' | 'dark', url: string): Promise<Page> {
  const page = await h.open(url);
  await page.addStyleTag({ content: STAND_IN[scheme] });
  await waitForPanel(page);
  await settle(page);
  return page;
}

/**
 * The popup as the user sees it: open over the tool's page, under the toolbar button. The popup is
 * the real popup.html at its own size; the page behind is the real page with the panel; only the
 * placement and the shadow are drawn here, in a blank page of the same browser. It covers the panel's
 * corner, as the real popup, anchored under the toolbar button, does.
 */
async function popupOverPage(h: Harness, scheme: 'light' | 'dark', tool: string, host: string): Promise<Buffer> {
  const behind = await toolPage(h, scheme, `https://${host}/`);
  const back = await behind.screenshot();
  await behind.close();
  const popup = await h.open(h.extensionUrl(`popup.html?tool=${tool}`), { viewport: POPUP });
  await popup.locator('.checklist-row').first().waitFor();
  await settle(popup);
  const front = await popup.screenshot();
  await popup.close();

  const stage = await h.context.newPage();
  await stage.setViewportSize(SIZE);
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  const border = scheme === 'dark' ? '#5f6368' : '#c4c7c5';
  await stage.setContent(`<!doctype html><html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;position:relative">
    <img src="${img(back)}" style="position:absolute;inset:0" alt="">
    <img src="${img(front)}" alt="" style="position:absolute;top:8px;right:11px;width:${POPUP.width}px;height:${POPUP.height}px;
      border:1px solid ${border};border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.35)">
  </body></html>`);
  await stage.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  const shot = await stage.screenshot();
  await stage.close();
  return shot;
}

async function shoot(scheme: 'light' | 'dark'): Promise<string[]> {
  const h = await launch({ colorScheme: scheme, viewport: SIZE, language: lang, args: [`--lang=${lang}`] });
  const written: string[] = [];
  const save = async (name: string, take: () => Promise<Buffer>) => {
    const path = join(dir, `${name}-${scheme}.png`);
    writeFileSync(path, await take());
    written.push(path);
  };
  try {
    await save('panel', async () => (await toolPage(h, scheme, 'https://chatgpt.com/')).screenshot());
    await save('pill', async () => {
      const page = await toolPage(h, scheme, 'https://chat.deepseek.com/');
      await page.locator('caveat-lens .cl-icon-button').click(); // Collapse, in any language
      await page.locator('caveat-lens .cl-pill').waitFor();
      await page.locator('#prompt').fill('Summarise the attached contract and list the termination clauses.');
      await settle(page);
      return page.screenshot();
    });
    await save('popup', () => popupOverPage(h, scheme, 'gemini', 'gemini.google.com'));
    await save('compare', async () => {
      const page = await h.open(h.extensionUrl('compare.html?tools=chatgpt,claude,gemini'));
      await page.locator('table.compare tbody tr').first().waitFor();
      await settle(page);
      return page.screenshot();
    });
    await save('options', async () => {
      const page = await h.open(h.extensionUrl('options.html'));
      await page.waitForLoadState('load');
      await settle(page);
      return page.screenshot();
    });
  } finally {
    await h.close();
  }
  return written;
}

mkdirSync(dir, { recursive: true });
for (const scheme of ['light', 'dark'] as const) for (const path of await shoot(scheme)) console.log(path);
