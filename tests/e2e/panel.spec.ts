// The in-page panel on hostile fixture pages: isolation, CSP, SPA navigation, removal,
// placement, focus, keyboard, per-site choices, theme, motion, accessibility.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/harness/axe';
import {
  clearStorage,
  contentScriptRan,
  launch,
  PANEL,
  panelAnswered,
  panelRect,
  panelSettled,
  setStorage,
  waitForPanel,
  type Harness,
} from '../../scripts/harness/browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
// Clean storage also forgets visits: each test's first page of a tool is a first visit, where the card opens in full.
beforeEach(() => clearStorage(h));
afterAll(async () => {
  await h?.close();
});

const inPanel = (page: Page, selector: string) => page.locator(`${PANEL} ${selector}`);
const count = (page: Page) => page.locator(PANEL).count();
async function rectOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}
type R = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: R, b: R) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('isolation', () => {
  it.each(['', '?cl=csp', '?cl=hostile', '?cl=csp+hostile'])('styles hold on https://chatgpt.com/%s', async (query) => {
    const page = await h.open(`https://chatgpt.com/${query}`);
    await waitForPanel(page);
    const style = await page.evaluate(() => {
      const root = document.querySelector('caveat-lens')!.shadowRoot!;
      const card = getComputedStyle(root.querySelector('.cl-card')!);
      const text = getComputedStyle(root.querySelector('.cl-text')!);
      const host = getComputedStyle(document.querySelector('caveat-lens')!);
      return {
        width: card.width,
        radius: card.borderTopLeftRadius,
        font: text.fontSize,
        position: host.position,
        bg: card.backgroundColor,
      };
    });
    // Sized in px: neither `html { font-size: 8px }` nor `all: unset` reaches it; CSP did not strip it.
    expect(style).toEqual({ width: '320px', radius: '12px', font: '13px', position: 'fixed', bg: 'rgb(255, 255, 255)' });
    await page.close();
  });

  it('its CSS does not reach the page, and nothing on the page moves', async () => {
    const bare = await h.open('https://example.org/');
    const expected = await bare.evaluate(() => {
      const b = getComputedStyle(document.getElementById('send')!);
      return { font: b.fontFamily, bg: b.backgroundColor, body: getComputedStyle(document.body).fontSize };
    });
    const before = await rectOf(bare, '#transcript');
    await bare.close();
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    const actual = await page.evaluate(() => {
      const b = getComputedStyle(document.getElementById('send')!);
      return { font: b.fontFamily, bg: b.backgroundColor, body: getComputedStyle(document.body).fontSize };
    });
    expect(actual).toEqual(expected);
    expect(await rectOf(page, '#transcript')).toEqual(before); // no layout shift
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('x.com: appears on /i/grok without a page load, leaves on the way back', async () => {
    const page = await h.open('https://x.com/home');
    await contentScriptRan(page); // no tool at /home: decided in the script's first task
    expect(await count(page)).toBe(0);
    await page.getByRole('link', { name: 'Grok' }).click();
    await waitForPanel(page);
    expect(await page.locator(PANEL).getAttribute('data-tool-id')).toBe('grok');
    await page.goBack();
    await expect.poll(() => count(page)).toBe(0);
    await page.goForward();
    await waitForPanel(page);
    await page.close();
  });

  it('github.com → /copilot by pushState shows GitHub Copilot', async () => {
    const page = await h.open('https://github.com/?cl=csp');
    await contentScriptRan(page);
    expect(await count(page)).toBe(0);
    await page.evaluate(() => history.pushState({}, '', '/copilot'));
    await waitForPanel(page);
    expect(await inPanel(page, 'h2').textContent()).toBe('GitHub Copilot');
    await page.close();
  });

  it('moving within a tool keeps one panel', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await page.evaluate(() => ((document.querySelector('caveat-lens') as any).firstMount = true));
    await page.getByRole('link', { name: 'Chat', exact: true }).click();
    await contentScriptRan(page, 1); // the script saw the move…
    await panelAnswered(h, page, 'chatgpt'); // …and has the background's answer for the new URL
    expect(await count(page)).toBe(1);
    expect(await page.evaluate(() => (document.querySelector('caveat-lens') as any).firstMount)).toBe(true); // not mounted again
    await page.close();
  });
});

describe('the page fights back', () => {
  it('removed by the page: comes back once, then stays gone (no mount loop)', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await page.evaluate(() => document.querySelector('caveat-lens')!.remove());
    await waitForPanel(page);
    expect(await count(page)).toBe(1);
    // The script's MutationObserver answers within the removing task (microtask), so this is not early.
    await page.evaluate(() => document.querySelector('caveat-lens')!.remove());
    expect(await count(page)).toBe(0);
    await page.close();
  });

  it('the page replaces <body>: the panel stays, exactly once', async () => {
    const page = await h.open('https://claude.ai/new');
    await waitForPanel(page);
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = '<main><textarea id="prompt2"></textarea></main>';
      document.body.replaceWith(body);
    });
    expect(await count(page)).toBe(1); // (a re-mount would have happened within that task)
    await waitForPanel(page);
    await page.close();
  });
});

describe('placement and focus', () => {
  const sizes = [
    { name: '1280×800', viewport: { width: 1280, height: 800 }, mobile: false },
    { name: '1440×900', viewport: { width: 1440, height: 900 }, mobile: false },
    { name: '390×844 phone emulation', viewport: { width: 390, height: 844 }, mobile: true },
  ];
  it.each(sizes)('never covers the prompt box or send button at $name, from any corner', async ({ viewport, mobile }) => {
    const b = mobile ? await launch({ mobile: true, viewport }) : h;
    try {
      for (const corner of ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const) {
        await setStorage(b, { settings: { version: 1, corner, alwaysExpanded: true } });
        const page = await b.open('https://chatgpt.com/', { viewport });
        await waitForPanel(page);
        await panelSettled(page); // placement measures after the first frame
        const panel = (await panelRect(page))!;
        expect(overlaps(panel, await rectOf(page, '#prompt')), `${corner}: prompt`).toBe(false);
        expect(overlaps(panel, await rectOf(page, '#send')), `${corner}: send`).toBe(false);
        await page.close();
      }
    } finally {
      if (b !== h) await b.close();
    }
  });

  // Every visible control of the fixture page: header links, Share, the account menu (and its items when open), prompt, send.
  const pageControls = (page: Page): Promise<Array<R & { what: string }>> =>
    page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, textarea, [role="menu"], [role="menuitem"]')]
        .map((el) => ({ what: el.id || el.textContent!.trim(), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .map(({ what, r }) => ({ what, left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
    );
  const settled = async (page: Page) => {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = JSON.stringify(await panelRect(page));
          const same = now === last;
          last = now;
          return same;
        },
        { interval: 250 },
      )
      .toBe(true);
  };

  it.each(sizes)(
    'stays clear of the page’s header controls (Share, account menu, links) at $name: card and pill, every corner',
    async ({ viewport, mobile }) => {
      const b = mobile ? await launch({ mobile: true, viewport }) : h;
      try {
        for (const [mode, start] of [
          ['card', { alwaysExpanded: true }],
          ['pill', { startCollapsed: true }],
        ] as const)
          for (const corner of ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const) {
            await setStorage(b, { settings: { version: 1, corner, ...start } });
            const page = await b.open('https://chatgpt.com/', { viewport });
            await waitForPanel(page);
            // Phones start with the pill: open the card the way a user would.
            if (mode === 'card' && mobile) await inPanel(page, '.cl-pill').click();
            if (mode === 'card') await inPanel(page, '.cl-card').waitFor();
            await settled(page);
            const panel = (await panelRect(page))!;
            for (const c of await pageControls(page)) expect(overlaps(panel, c), `${mode} from ${corner} covers ${c.what}`).toBe(false);
            expect(panel.top).toBeGreaterThanOrEqual(0);
            expect(panel.bottom).toBeLessThanOrEqual(viewport.height);
            await page.close();
          }
      } finally {
        await setStorage(b, { settings: { version: 1 } });
        if (b !== h) await b.close();
      }
    },
  );

  it('moves clear of the account menu once it opens', async () => {
    await setStorage(h, { settings: { version: 1, startCollapsed: true } });
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await settled(page);
    await page.locator('#account').click();
    await page.locator('#account-menu').waitFor();
    await settled(page);
    const panel = (await panelRect(page))!;
    for (const c of await pageControls(page)) expect(overlaps(panel, c), `covers ${c.what}`).toBe(false);
    await setStorage(h, { settings: { version: 1 } });
    await page.close();
  });

  it('does not steal focus from the prompt the user is typing in', async () => {
    const page = await h.open('https://chatgpt.com/');
    await page.locator('#prompt').focus();
    await page.keyboard.type('secret draft');
    await waitForPanel(page);
    await page.keyboard.type(' continues');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prompt');
    expect(await page.locator('#prompt').inputValue()).toBe('secret draft continues');
    await page.close();
  });
});

describe('keyboard and choices', () => {
  it('Esc collapses to a pill, Enter expands; focus ring visible; with "always expanded", collapsed state remembered per site', async () => {
    await setStorage(h, { settings: { version: 1, alwaysExpanded: true }, sites: {} });
    const page = await h.open('https://claude.ai/new');
    await waitForPanel(page);
    await inPanel(page, 'button[aria-label="Collapse Caveat Lens"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab'); // keyboard focus → :focus-visible
    const outline = await page.evaluate(() => {
      const el = document.querySelector('caveat-lens')!.shadowRoot!.activeElement!;
      return getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth;
    });
    expect(outline).toBe('solid 3px');
    await page.keyboard.press('Escape');
    await expect.poll(() => inPanel(page, '.cl-pill').count()).toBe(1);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForPanel(page);
    expect(await inPanel(page, '.cl-pill').count()).toBe(1); // remembered
    await inPanel(page, '.cl-pill').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inPanel(page, '.cl-card').count()).toBe(1);
    await page.close();
  });

  it('"Hide for this visit" hides it until the page is loaded again', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await inPanel(page, 'button:text("Hide for this visit")').click();
    expect(await count(page)).toBe(0);
    await page.getByRole('link', { name: 'Chat', exact: true }).click();
    await contentScriptRan(page, 1); // hidden for the visit: decided without the background
    expect(await count(page)).toBe(0);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForPanel(page);
    await page.close();
  });

  it('"Don’t show on this site" sticks across reloads and other tabs of the site', async () => {
    await setStorage(h, { settings: { version: 1, alwaysExpanded: true }, sites: {} }); // the card in both tabs
    const other = await h.open('https://chatgpt.com/c/9');
    await waitForPanel(other);
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    await inPanel(page, 'button:text("Don’t show on this site")').click();
    expect(await count(page)).toBe(0);
    await expect.poll(() => count(other), { timeout: 1000 }).toBe(0); // live in the other tab
    await page.reload({ waitUntil: 'load' });
    await panelAnswered(h, page, 'chatgpt');
    expect(await count(page)).toBe(0);
    await setStorage(h, { sites: {} });
    await waitForPanel(page);
    await other.close();
    await page.close();
  });

  it('"Full checklist" opens the popup over the tab (action.openPopup)', async () => {
    const page = await h.open('https://claude.ai/new');
    await waitForPanel(page);
    await inPanel(page, 'button:text("Full checklist")').click();
    // Headless Chromium shows the popup without exposing it as a page; the worker can see it.
    const popups = (): Promise<Array<{ documentUrl: string }>> =>
      h.worker.evaluate(() => (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['POPUP'] }));
    await expect.poll(async () => (await popups()).map((c) => new URL(c.documentUrl).pathname)).toEqual(['/popup.html']);
    await page.close();
  });
});

describe('theme, motion, accessibility', () => {
  it('follows prefers-color-scheme, and the theme setting overrides it', async () => {
    const page = await h.open('https://chatgpt.com/');
    await waitForPanel(page);
    const theme = () => inPanel(page, '[role="complementary"]').getAttribute('data-theme');
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    await setStorage(h, { settings: { version: 1, theme: 'light' } });
    await expect.poll(theme).toBe('light');
    await page.close();
  });

  it('respects prefers-reduced-motion', async () => {
    const page = await h.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('https://chatgpt.com/');
    await waitForPanel(page);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('caveat-lens')!.shadowRoot!.querySelector('.cl-card')!).animationName,
      ),
    ).toBe('none');
    await page.close();
  });

  it.each([
    ['light', false],
    ['dark', false],
    ['light', true],
    ['dark', true],
  ] as const)('axe-core: no serious or critical violation (%s, collapsed: %s)', async (scheme, collapsed) => {
    await setStorage(h, { settings: { version: 1, startCollapsed: collapsed } });
    const page = await h.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('https://chatgpt.com/?cl=csp');
    await waitForPanel(page);
    await panelSettled(page); // colours are read after the entry animation
    expect(await inPanel(page, collapsed ? '.cl-pill' : '.cl-card').count()).toBe(1);
    expect(await axeViolations(page, 'caveat-lens')).toEqual([]);
    await page.close();
  });
});

describe('phones', () => {
  it('starts as the pill on a narrow screen, and expands on request without covering the prompt', async () => {
    const phone = await launch({ mobile: true, viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.open('https://chatgpt.com/');
      await waitForPanel(page);
      expect(await inPanel(page, '.cl-pill').count()).toBe(1);
      await inPanel(page, '.cl-pill').click();
      await expect.poll(() => inPanel(page, '.cl-card').count()).toBe(1);
      await panelSettled(page);
      expect(overlaps((await panelRect(page))!, await rectOf(page, '#prompt'))).toBe(false);
      await page.close();
    } finally {
      await phone.close();
    }
  });
});
