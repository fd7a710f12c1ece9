// Speaking up when it matters, in Firefox (Debian's firefox-esr, web-ext run, WebDriver BiDi): the
// quiet panel after the first visit, "changed since your last visit", the sensitive-paste nudge, and
// axe on the new sections. The Chromium side, with the badge and the popup, is attention.spec.ts.
// Firefox gives WebDriver no way into the background, so storage is seeded and read from the
// add-on's options page (harness.inExtension); keys, clicks and the clipboard are the real ones.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolationsVia } from '../../scripts/harness/axe';
import { KEY, launchFirefox, type FirefoxHarness } from '../../scripts/harness/firefox';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox();
}, 120_000);
afterAll(async () => {
  await ff?.close();
});
// Every test starts from a first visit and the default settings.
beforeEach(async () => {
  await ff.inExtension(`(async () => {
    const visits = Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith('seen:'));
    await browser.storage.local.remove(visits);
    await browser.storage.sync.set({ settings: { version: 1 }, sites: {} });
  })()`);
});

/** An expression for the panel's shadow root in the page (open: the page, like a screen reader, sees into it). */
const ROOT = `document.querySelector('caveat-lens')?.shadowRoot`;

/** What a user sees of the panel: the card or the pill, the pill's words, the open sections. */
interface PanelView {
  card: boolean;
  pill: string | null;
  changes: string | null;
  notice: string | null;
}
const panelView = () =>
  ff.evaluate<PanelView>(`(() => {
    const root = ${ROOT};
    const text = (sel) => root?.querySelector(sel)?.textContent ?? null;
    return {
      card: !!root?.querySelector('.cl-card'),
      pill: text('.cl-pill'),
      changes: text('section[aria-labelledby="cl-changes"]'),
      notice: text('[role="alert"]'),
    };
  })()`);

/** The centre of an element in the panel, in viewport coordinates (for real pointer moves and clicks). */
async function centreOf(selector: string): Promise<{ x: number; y: number }> {
  const c = await ff.evaluate<{ x: number; y: number } | null>(`(() => {
    const r = ${ROOT}?.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  })()`);
  if (!c) throw new Error(`no ${selector} in the panel`);
  return c;
}

/**
 * The panel has stopped moving: its entry animation over and its box the same across two frames
 * (placement measures after the first frame and may move it once), so a pointer aimed at it stays on it.
 */
const settled = () =>
  ff.evaluate<boolean>(`new Promise((done) => {
    const root = ${ROOT};
    const el = root?.querySelector('.cl-card, .cl-pill');
    if (!el) return done(false);
    const box = () => JSON.stringify(el.getBoundingClientRect());
    const before = box();
    requestAnimationFrame(() => requestAnimationFrame(() => done(box() === before && root.getAnimations().every((a) => a.playState !== 'running'))));
  })`);

const tipShown = () => ff.evaluate<boolean>(`${ROOT}.querySelector('[role="tooltip"]').checkVisibility()`);

describe('Firefox: quiet by default', () => {
  it('the first visit opens the card; the next starts as the pill, which says the main caveat on hover and focus', async () => {
    await ff.goto('https://chatgpt.com/');
    await expect.poll(panelView).toMatchObject({ card: true, pill: null });
    await ff.goto('https://chatgpt.com/'); // the next visit
    await expect.poll(panelView).toMatchObject({ card: false, pill: expect.stringContaining('ChatGPT 6 cautions') });

    expect(await tipShown()).toBe(false);
    await expect.poll(settled).toBe(true);
    const pill = await centreOf('.cl-pill');
    await ff.pointer(pill.x, pill.y);
    await expect.poll(tipShown).toBe(true);
    expect(await ff.evaluate<string>(`${ROOT}.querySelector('[role="tooltip"]').textContent`)).toBe(
      'Trains on your inputs by default — you can switch it off in settings',
    );
    // Screen readers get the same words: the tooltip is the pill's description.
    expect(
      await ff.evaluate<boolean>(
        `${ROOT}.querySelector('.cl-pill').getAttribute('aria-describedby') === ${ROOT}.querySelector('[role="tooltip"]').id`,
      ),
    ).toBe(true);
    await ff.pointer(5, 400);
    await expect.poll(tipShown).toBe(false);

    // Keyboard focus (:focus-visible): away and back with the keys.
    await ff.evaluate(`${ROOT}.querySelector('.cl-pill').focus()`);
    await ff.keys(KEY.Shift, KEY.Tab);
    await ff.keys(KEY.Tab);
    await expect.poll(() => ff.evaluate<boolean>(`${ROOT}.activeElement?.className === 'cl-pill'`)).toBe(true);
    await expect.poll(tipShown).toBe(true);
    await ff.keys(KEY.Escape); // dismissible without moving focus
    await expect.poll(tipShown).toBe(false);
    expect(await ff.evaluate<boolean>(`${ROOT}.activeElement?.className === 'cl-pill'`)).toBe(true);
  });
});

describe('Firefox: what changed since your last visit', () => {
  const OLD = '2026-11-28#3'; // seen before the 2026-12-01 readings: the fourth pass changed training, retention and pricing
  const seen = () => ff.inExtension<string | null>(`browser.storage.local.get('seen:chatgpt').then((r) => r['seen:chatgpt'] ?? null)`);

  it('an older recorded version: the card opens with dated, sourced changes; "Got it" records them and the next visit is the pill', async () => {
    await ff.inExtension(`browser.storage.local.set({ 'seen:chatgpt': ${JSON.stringify(OLD)} })`);
    await ff.goto('https://chatgpt.com/');
    await expect.poll(panelView).toMatchObject({ card: true, changes: expect.stringContaining('Changed since your last visit') });
    const section = `${ROOT}.querySelector('section[aria-labelledby="cl-changes"]')`;
    expect((await panelView()).changes).toContain('Dec 1, 2026 · training, retention, pricing');
    expect(await ff.evaluate<string[]>(`[...${section}.querySelectorAll('time')].map((t) => t.dateTime)`)).toContain('2026-12-01');
    const links = await ff.evaluate<{ href: string; target: string; rel: string }[]>(
      `[...${section}.querySelectorAll('a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel }))`,
    );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toEqual({ href: expect.stringMatching(/^https:\/\//), target: '_blank', rel: 'noopener noreferrer' });
    expect(await axeViolationsVia(ff.evaluate, 'caveat-lens')).toEqual([]);

    await expect.poll(settled).toBe(true);
    const gotIt = await ff.evaluate<{ x: number; y: number }>(`(() => {
      const b = [...${section}.querySelectorAll('button')].find((b) => b.textContent === 'Got it');
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    await ff.pointer(gotIt.x, gotIt.y, { click: true });
    await expect.poll(panelView).toMatchObject({ card: true, changes: null }); // gone, and the card does not fold while being read

    // The background records it (the click does not wait for that): read it where it is kept.
    await expect.poll(seen).not.toBe(OLD);
    expect(await seen()).toMatch(/^\d{4}-\d{2}-\d{2}#\d+$/);
    await ff.goto('https://chatgpt.com/');
    await expect.poll(panelView).toMatchObject({ card: false, pill: expect.stringContaining('ChatGPT 6 cautions'), changes: null });
  });
});

describe('Firefox: sensitive-paste nudge (nothing leaves the page)', () => {
  // A fake key in OpenAI's project-key shape, assembled here so no literal key sits in the repository.
  const fakeKey = `sk-proj-${'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7'.repeat(4)}`;
  const code = 'function add(a, b) {\n  return a + b;\n}\nconst id = "550e8400-e29b-41d4-a716-446655440000";';
  const prompt = () => ff.evaluate<string>(`document.querySelector('#prompt').value`);

  /**
   * A real paste of `text` into the fixture's prompt box: the text goes to the clipboard by a cut
   * (Ctrl+X) from the box, which leaves it empty, and comes back with Ctrl+V, so the page and the
   * extension get a trusted paste event with the text in its clipboardData.
   */
  async function paste(text: string) {
    await ff.evaluate(`(() => {
      const box = document.querySelector('#prompt');
      box.value = ${JSON.stringify(text)};
      box.focus();
      box.select();
    })()`);
    await ff.keys(KEY.Control, 'x');
    await expect.poll(prompt).toBe('');
    await ff.keys(KEY.Control, 'v');
    await expect.poll(prompt).toBe(text);
  }

  /** Opens the tool page and waits for the panel (the card: a first visit). */
  async function openTool() {
    await ff.goto('https://chatgpt.com/');
    await expect.poll(panelView).toMatchObject({ card: true });
  }

  it('a pasted key: the notice names "an API key" and the opt-out; the page’s handler got the paste and the text is in the box', async () => {
    await openTool();
    const pasted = `here is my config: OPENAI_API_KEY=${fakeKey}`;
    await paste(pasted);
    await expect.poll(panelView).toMatchObject({ notice: expect.stringContaining('That paste seems to contain an API key.') });
    const notice = (await panelView()).notice;
    expect(notice).toContain('ChatGPT uses what you send to train its models unless you opt out.');
    expect(notice).toContain('Opt out: Settings → Data Controls');
    expect(await prompt()).toBe(pasted);
    expect(await ff.evaluate<string[]>('window.__pastes')).toEqual([pasted]); // the page's own paste handler
    expect(await ff.evaluate<string>(`${ROOT}.textContent`)).not.toContain(fakeKey); // the key itself is nowhere in the panel
    expect(await ff.evaluate<string | null>('document.activeElement?.id ?? null')).toBe('prompt'); // typing goes on
    expect(await axeViolationsVia(ff.evaluate, 'caveat-lens')).toEqual([]);
  });

  it('ordinary code: nothing (a key pasted after it is the first thing noticed)', async () => {
    await openTool();
    // How many pastes the page had seen when a notice first appeared: no sleep decides "nothing".
    await ff.evaluate(`(() => {
      window.__noticeAfterPastes = null;
      const root = ${ROOT};
      new MutationObserver(() => {
        if (window.__noticeAfterPastes === null && root.querySelector('[role="alert"]')) window.__noticeAfterPastes = window.__pastes.length;
      }).observe(root, { childList: true, subtree: true });
    })()`);
    await paste(code);
    expect(await ff.evaluate<string[]>('window.__pastes')).toEqual([code]);
    // The check of each paste runs right after it, in turn: once the key's notice is up, the code's check has run too.
    await paste(fakeKey);
    await expect.poll(panelView).toMatchObject({ notice: expect.stringContaining('an API key') });
    expect(await ff.evaluate<number | null>('window.__noticeAfterPastes')).toBe(2);
  });
});
