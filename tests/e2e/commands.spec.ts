// The keyboard commands in Chromium. A real key press does not reach extension commands in headless
// Chromium, so each test fires the command's own event in the service worker
// (chrome.commands.onCommand.dispatch): the background's real listener runs, with the tab the browser
// would pass, and everything after it is real (message to the tab, content script, popup).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import {
  clearStorage,
  contentScriptRan,
  launch,
  PANEL,
  panelAnswered,
  setStorage,
  waitForPanel,
  type Harness,
} from '../../scripts/harness/browser';

/** The extension APIs inside the service worker, where `evaluate` callbacks run. */
declare const chrome: any;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

/** Fires `command` as the browser does when its key is pressed on `page` (brought to the front first). */
async function press(page: Page, command: string): Promise<void> {
  await page.bringToFront();
  await h.worker.evaluate(async (name) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.commands.onCommand.dispatch(name, tab);
  }, command);
}

/** What the page shows: the card, the pill, or nothing. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('caveat-lens')?.shadowRoot;
    return root?.querySelector('.cl-card') ? 'card' : root?.querySelector('.cl-pill') ? 'pill' : 'nothing';
  });
/** Where keyboard focus is: the page's prompt, a control in the panel (by its name), or elsewhere. */
const focus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.localName === 'caveat-lens')
      return `panel: ${el.shadowRoot?.activeElement?.getAttribute('aria-label') ?? el.shadowRoot?.activeElement?.textContent}`;
    return el?.id || el?.localName || null;
  });

describe('Show or hide the panel (toggle-panel)', () => {
  it('the card hides for the visit; pressed again it comes back in full with focus, and focus returns to the prompt on hiding', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await page.locator('#prompt').focus();
    expect(await shown(page)).toBe('card'); // a first visit opens in full

    await press(page, 'toggle-panel');
    await expect.poll(() => shown(page)).toBe('nothing');
    expect(await focus(page)).toBe('prompt'); // focus was never taken

    await press(page, 'toggle-panel');
    await expect.poll(() => shown(page)).toBe('card');
    await expect.poll(() => focus(page)).toBe('panel: Collapse Caveat Lens'); // the user asked for it: keyboard access

    await press(page, 'toggle-panel');
    await expect.poll(() => shown(page)).toBe('nothing');
    await expect.poll(() => focus(page)).toBe('prompt'); // back where the user was typing
    await page.close();
  });

  it('from the pill (a quiet later visit): opens the card', async () => {
    const first = await h.open('https://chatgpt.com/');
    await waitForPanel(first);
    await first.close();
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await expect.poll(() => shown(page)).toBe('pill');
    await press(page, 'toggle-panel');
    await expect.poll(() => shown(page)).toBe('card');
    // Esc still folds the card to the pill, and the shortcut opens it again.
    await page.keyboard.press('Escape');
    await expect.poll(() => shown(page)).toBe('pill');
    await press(page, 'toggle-panel');
    await expect.poll(() => shown(page)).toBe('card');
    await page.close();
  });

  it('on a site where the panel is switched off: shown for this visit, the setting left as it is', async () => {
    await setStorage(h, { sites: { chatgpt: { panel: false } } });
    const page = await h.open('https://chatgpt.com/');
    await panelAnswered(h, page, 'chatgpt');
    expect(await shown(page)).toBe('nothing');
    await press(page, 'toggle-panel');
    await expect.poll(() => shown(page)).toBe('card');
    expect(await h.worker.evaluate(async () => (await chrome.storage.sync.get('sites')).sites)).toEqual({ chatgpt: { panel: false } });
    await page.close();
  });

  it('on a page with no tool: nothing appears, nothing breaks', async () => {
    const page = await h.open('https://example.org/');
    await page.waitForLoadState('load');
    const tabs = h.context.pages().length;
    await press(page, 'toggle-panel');
    await new Promise((r) => setTimeout(r, 500)); // the message finds no content script: nothing to wait for
    expect(await page.locator(PANEL).count()).toBe(0);
    expect(h.context.pages().length).toBe(tabs);
    // The background is none the worse: a tool's page answers the next press.
    const tool = await h.open('https://chatgpt.com/');
    await contentScriptRan(tool);
    await waitForPanel(tool);
    await press(tool, 'toggle-panel');
    await expect.poll(() => shown(tool)).toBe('nothing');
    await page.close();
    await tool.close();
  });
});

describe('Open the full checklist (open-checklist)', () => {
  it('opens the toolbar popup (which shows the active tab’s tool), no extra tab', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    const tabs = h.context.pages().length;
    await press(page, 'open-checklist');
    // The popup is no page Playwright sees; the worker sees its context.
    const popups = () =>
      h.worker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map(
          (c: { documentUrl: string }) => new URL(c.documentUrl).pathname,
        ),
      );
    await expect.poll(popups).toEqual(['/popup.html']);
    expect(h.context.pages().length).toBe(tabs);
    await page.close();
  });
});

describe('options page', () => {
  it('lists both commands with the keys Chromium accepted, and how to change them', async () => {
    const page = await h.open(h.extensionUrl('options.html'));
    const section = page.getByRole('region', { name: 'Keyboard shortcuts' });
    await section.getByRole('table').waitFor();
    const rows = await section
      .getByRole('row')
      .evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.children].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['Show or hide the panel on this page', 'Alt+Shift+L'],
      ['Open the full checklist for this page’s tool', 'Alt+Shift+K'],
    ]);
    await expect.poll(() => section.textContent()).toContain('chrome://extensions/shortcuts');
    expect(await axeViolations(page, 'section[aria-labelledby="shortcuts"]')).toEqual([]);

    const opened = h.context.waitForEvent('page', { timeout: 10_000 });
    await section.getByRole('button', { name: 'Open the shortcuts page' }).click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
    await page.close();
  });
});
