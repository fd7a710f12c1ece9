// Speaking up when it matters, in the real extension: a quiet panel after the first visit, the
// pill's words and the badge agreeing, "changed since your last visit", the sensitive-paste
// nudge, and the popup's checklist at a glance.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import { forgetVisits, launch, PANEL, setLocalStorage, setStorage, waitForPanel, type Harness } from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await forgetVisits(h);
  await setStorage(h, { settings: { version: 1 }, sites: {} });
});

const inPanel = (page: Page, selector: string) => page.locator(`${PANEL} ${selector}`);

/**
 * The content script looks at a paste in a task it queues during the paste event (and renders the
 * notice synchronously there): a task queued after the paste runs after it, so once it has run, a
 * notice that was coming is on the page. An ordering, not a guess at how long it takes.
 */
const pendingTasksRun = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const card = (page: Page) => inPanel(page, '.cl-card');
const pill = (page: Page) => inPanel(page, '.cl-pill');

type Tab = { id: number; url?: string };
const badge = async (urlStart: string): Promise<[string, string]> =>
  h.worker.evaluate(async (start) => {
    const c = (globalThis as any).chrome;
    const tab = ((await c.tabs.query({})) as Tab[]).find((t) => t.url?.startsWith(start));
    return [await c.action.getBadgeText({ tabId: tab!.id }), await c.action.getTitle({ tabId: tab!.id })] as [string, string];
  }, urlStart);

describe('quiet by default', () => {
  it('the first visit opens the card; the next starts as the pill, which says the main caveat on hover and focus', async () => {
    const page = await h.open('https://chatgpt.com/');
    await card(page).waitFor();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await pill(page).waitFor();
    expect(await card(page).count()).toBe(0);
    await expect.poll(() => pill(page).textContent()).toContain('6 cautions');

    const tip = inPanel(page, '[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await pill(page).hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('Trains on your inputs by default — you can switch it off in settings');
    // Screen readers get the same words: the tooltip is the pill's description.
    expect(await pill(page).getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.mouse.move(5, 400);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await pill(page).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab'); // keyboard focus: :focus-visible
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape'); // dismissible without moving focus
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('"always expanded" keeps the old behaviour, for every site or one', async () => {
    await setStorage(h, { settings: { version: 1, alwaysExpanded: true } });
    const page = await h.open('https://chatgpt.com/');
    await card(page).waitFor();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await card(page).waitFor();
    await setStorage(h, { settings: { version: 1 }, sites: { chatgpt: { alwaysExpanded: true } } });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await card(page).waitFor();
    await page.close();
  });

  it('the toolbar badge counts what the pill counts, in words', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await expect.poll(() => badge('https://chatgpt.com/')).toEqual(['6', 'Caveat Lens — ChatGPT: 6 cautions']);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await pill(page).waitFor();
    expect(await page.locator(PANEL).getByRole('button', { name: 'ChatGPT 6 cautions — show caveats' }).count()).toBe(1);
    await page.close();
  });
});

describe('what changed since your last visit', () => {
  it('an older recorded version: the card opens with the changes; "Got it" records them and the next visit is quiet', async () => {
    // Seen before the 2026-12-01 readings: the fourth pass changed training, retention and pricing.
    await setLocalStorage(h, { 'seen:chatgpt': '2026-11-28#3' });
    const page = await h.open('https://chatgpt.com/');
    const section = page.locator(PANEL).getByRole('region', { name: 'Changed since your last visit' });
    await section.waitFor();
    expect(await section.textContent()).toContain('Dec 1, 2026 · training, retention, pricing');
    expect(await section.getByRole('link').first().getAttribute('href')).toMatch(/^https:\/\//);
    await expect
      .poll(() => badge('https://chatgpt.com/'))
      .toEqual(['6•', 'Caveat Lens — ChatGPT: 6 cautions · changed since your last visit']);
    expect(await axeViolations(page, 'caveat-lens')).toEqual([]);

    await section.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => section.count()).toBe(0);
    expect(await card(page).count()).toBe(1); // it does not fold while being read
    await expect.poll(() => badge('https://chatgpt.com/')).toEqual(['6', 'Caveat Lens — ChatGPT: 6 cautions']);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await pill(page).waitFor();
    expect(await card(page).count()).toBe(0);
    await page.close();
  });

  it('the popup’s update log marks what was not seen, and "Mark as seen" records it', async () => {
    await setLocalStorage(h, { 'seen:chatgpt': '2026-11-28#3' });
    const popup = await h.open(h.extensionUrl('popup.html?tool=chatgpt'), { viewport: { width: 420, height: 600 } });
    const log = popup.getByRole('region', { name: 'Update log' });
    // The marks follow three reads (policy, the tool's data, the recorded visit): on a loaded machine
    // that took longer than the 1 s expect.poll once allowed. Wait for the sentence that says so.
    await log.getByText('2 entries are new since your last visit to ChatGPT.').waitFor();
    expect(await log.locator('.new-badge').count()).toBe(2);
    expect(await axeViolations(popup)).toEqual([]);
    await log.getByRole('button', { name: 'Mark as seen' }).click();
    await expect.poll(() => log.locator('.new-badge').count()).toBe(0);
    const tab = await h.open('https://chatgpt.com/');
    await pill(tab).waitFor(); // nothing left to tell
    await popup.close();
    await tab.close();
  });
});

describe('sensitive-paste nudge (nothing leaves the page)', () => {
  // A fake key in OpenAI's project-key shape, assembled here so no literal key sits in the repository.
  const fakeKey = `sk-proj-${'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7'.repeat(4)}`;
  const code = 'function add(a, b) {\n  return a + b;\n}\nconst id = "550e8400-e29b-41d4-a716-446655440000";';

  async function paste(page: Page, text: string, into = '#prompt') {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.locator(into).click();
    await page.keyboard.press('ControlOrMeta+V');
  }
  const notice = (page: Page) => page.locator(PANEL).getByRole('alert');

  it('a pasted key: the notice names "an API key" and the opt-out; the page’s handler got the paste and the text is in the box', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await paste(page, `here is my config: OPENAI_API_KEY=${fakeKey}`);
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('That paste seems to contain an API key.');
    expect(await notice(page).textContent()).toContain('ChatGPT uses what you send to train its models unless you opt out.');
    expect(await notice(page).textContent()).toContain('Opt out: Settings → Data Controls');
    expect(await page.locator('#prompt').inputValue()).toBe(`here is my config: OPENAI_API_KEY=${fakeKey}`);
    expect(await page.evaluate(() => (window as any).__pastes)).toEqual([`here is my config: OPENAI_API_KEY=${fakeKey}`]);
    // The key itself is nowhere in the panel.
    expect(await page.locator(PANEL).evaluate((host) => host.shadowRoot!.textContent)).not.toContain(fakeKey);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prompt'); // typing goes on
    expect(await axeViolations(page, 'caveat-lens')).toEqual([]);
    await page.locator(PANEL).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice(page).count()).toBe(0);
    await page.close();
  });

  it('ordinary code: nothing', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await paste(page, code);
    await expect.poll(() => page.locator('#prompt').inputValue()).toBe(code);
    await pendingTasksRun(page);
    expect(await notice(page).count()).toBe(0);
    // The same wait is enough for a notice that does come: so "nothing" above was not "not yet".
    await page.locator('#prompt').fill('');
    await paste(page, fakeKey);
    await pendingTasksRun(page);
    expect(await notice(page).count()).toBe(1);
    await page.close();
  });

  it('in a contenteditable editor inside an open shadow root, shown beside the pill', async () => {
    const first = await h.open('https://chatgpt.com/');
    await waitForPanel(first);
    await first.close(); // visited: the next page starts as the pill
    const page = await h.open('https://chatgpt.com/?cl=shadow');
    await pill(page).waitFor();
    await page.evaluate(
      (t) => navigator.clipboard.writeText(t),
      `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----`,
    );
    await page.locator('#shadow-editor [contenteditable]').click();
    await page.keyboard.press('ControlOrMeta+V');
    await notice(page).waitFor();
    expect(await notice(page).textContent()).toContain('a private key');
    expect(await pill(page).count()).toBe(1);
    expect(await page.locator('#shadow-editor [contenteditable]').textContent()).toContain('BEGIN OPENSSH PRIVATE KEY');
    await page.close();
  });

  it('switched off (here, or for the site from the notice): no notice, at once', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await paste(page, fakeKey);
    await notice(page).waitFor();
    await page.locator(PANEL).getByRole('button', { name: 'Don’t check pastes on this site' }).click();
    await expect.poll(() => notice(page).count()).toBe(0);
    await expect
      .poll(async () => (await h.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get('sites'))).sites)
      .toEqual({ chatgpt: { pasteNudge: false } });
    await page.locator('#prompt').fill('');
    await paste(page, fakeKey);
    await expect.poll(() => page.locator('#prompt').inputValue()).toBe(fakeKey);
    await pendingTasksRun(page);
    expect(await notice(page).count()).toBe(0);

    await setStorage(h, { sites: {}, settings: { version: 1, pasteNudge: false } });
    await page.locator('#prompt').fill('');
    await paste(page, fakeKey);
    await pendingTasksRun(page);
    expect(await notice(page).count()).toBe(0);
    await page.close();
  });

  it('a tool whose data does not call for it (Kagi Assistant: no training, short retention): no notice', async () => {
    const page = await h.open('https://kagi.com/assistant');
    await waitForPanel(page);
    await paste(page, fakeKey);
    await expect.poll(() => page.locator('#prompt').inputValue()).toBe(fakeKey);
    await pendingTasksRun(page);
    expect(await notice(page).count()).toBe(0);
    await page.close();
  });
});

describe('popup at a glance (420 × 600)', () => {
  it('the first screen holds all twelve rows — name, status, a line — and each opens by keyboard', async () => {
    const popup = await h.open(h.extensionUrl('popup.html?tool=chatgpt'), { viewport: { width: 420, height: 600 } });
    const rows = popup.locator('.checklist-row');
    await expect.poll(() => rows.count()).toBe(12);
    const bottoms = await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    for (const b of bottoms) expect(b).toBeLessThanOrEqual(600);
    for (const line of await popup.locator('.row-short').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(line).toBeLessThan(24); // one line each
    const first = popup.getByRole('button', { name: 'Content type Good' });
    await first.focus();
    await popup.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    const details = popup.locator(`#${await first.getAttribute('aria-controls')}`);
    expect(await details.isVisible()).toBe(true);
    expect(await details.getByRole('link').count()).toBeGreaterThan(0);
    await popup.keyboard.press('Space');
    expect(await first.getAttribute('aria-expanded')).toBe('false');
    expect(await details.isVisible()).toBe(false);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await popup.close();
  });
});
