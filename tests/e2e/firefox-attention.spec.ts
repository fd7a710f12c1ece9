// Speaking up when it matters, in Firefox (Debian's firefox-esr, web-ext run, WebDriver BiDi): the
// quiet panel after the first visit, the toolbar badge, "changed since your last visit" in the panel,
// the badge and the popup's update log, the sensitive-paste nudge, and axe on the new sections. The
// Chromium side is attention.spec.ts. Firefox gives WebDriver no way into the background, so storage
// is seeded and read, and the toolbar button read, from the add-on's options page: in the test's tab
// (harness.inExtension) or in a background tab while the test's page stays open (harness.aside).
// Keys, clicks and the clipboard are the real ones.
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

/** Scrolls the element of `expression` (in the tab's page) into view and clicks its centre with the real mouse. */
async function clickOn(expression: string) {
  const c = await ff.evaluate<{ x: number; y: number } | null>(`(() => {
    const el = ${expression};
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  })()`);
  if (!c) throw new Error(`nothing to click: ${expression}`);
  await ff.pointer(c.x, c.y, { click: true });
}
/** An expression for the button named `name` under `scope` (an expression for an element or shadow root). */
const button = (scope: string, name: string) =>
  `[...${scope}.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(name)})`;

/**
 * The toolbar button on the chatgpt.com tab, as its badge text and title, read from the add-on's page
 * aside (the URL filter needs no "tabs" permission: host permissions cover the site). Exactly one such tab.
 */
const badge = () =>
  ff.aside<[string, string] | string>(`(async () => {
    const tabs = await browser.tabs.query({ url: 'https://chatgpt.com/*' });
    if (tabs.length !== 1) return tabs.length + ' chatgpt.com tabs';
    const tabId = tabs[0].id;
    return [await browser.action.getBadgeText({ tabId }), await browser.action.getTitle({ tabId })];
  })()`);

/**
 * The content script looks at a paste in a task it queues during the paste event (and renders the
 * notice synchronously there): a task queued after the paste runs after it, so once it has run, a
 * notice that was coming is on the page. An ordering, not a guess at how long it takes.
 */
const pendingTasksRun = () => ff.evaluate<null>('new Promise((done) => setTimeout(done, 0))');

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

  it('the toolbar badge counts what the panel counts, in words', async () => {
    await ff.goto('https://chatgpt.com/');
    await expect.poll(panelView).toMatchObject({ card: true });
    await expect.poll(badge).toEqual(['6', 'Caveat Lens — ChatGPT: 6 cautions']);
    await ff.goto('https://chatgpt.com/'); // the pill says the same count
    await expect.poll(panelView).toMatchObject({ card: false, pill: expect.stringContaining('ChatGPT 6 cautions') });
    await expect.poll(badge).toEqual(['6', 'Caveat Lens — ChatGPT: 6 cautions']);
  });
});

describe('Firefox: what changed since your last visit', () => {
  const OLD = '2026-11-28#3'; // seen before the 2026-12-01 readings: the fourth pass changed training, retention and pricing
  const seen = () => ff.inExtension<string | null>(`browser.storage.local.get('seen:chatgpt').then((r) => r['seen:chatgpt'] ?? null)`);

  it('an older recorded version: the card opens with dated, sourced changes and the badge has its dot; "Got it" records them, the dot goes and the next visit is the pill', async () => {
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
    await expect.poll(badge).toEqual(['6•', 'Caveat Lens — ChatGPT: 6 cautions · changed since your last visit']);
    expect(await axeViolationsVia(ff.evaluate, 'caveat-lens')).toEqual([]);

    await expect.poll(settled).toBe(true);
    await clickOn(button(section, 'Got it'));
    await expect.poll(panelView).toMatchObject({ card: true, changes: null }); // gone, and the card does not fold while being read
    await expect.poll(badge).toEqual(['6', 'Caveat Lens — ChatGPT: 6 cautions']); // the same tab, not reloaded

    // The background records it (the click does not wait for that): read it where it is kept.
    await expect.poll(seen).not.toBe(OLD);
    expect(await seen()).toMatch(/^\d{4}-\d{2}-\d{2}#\d+$/);
    await ff.goto('https://chatgpt.com/');
    await expect.poll(panelView).toMatchObject({ card: false, pill: expect.stringContaining('ChatGPT 6 cautions'), changes: null });
  });

  it('the popup’s update log marks what was not seen, and "Mark as seen" records it', async () => {
    await ff.inExtension(`browser.storage.local.set({ 'seen:chatgpt': ${JSON.stringify(OLD)} })`);
    await ff.goto(ff.extensionUrl('popup.html?tool=chatgpt')); // the toolbar popup's page, as a tab
    const log = `document.querySelector('section[aria-labelledby="log"]')`;
    const view = () =>
      ff.evaluate<{ heading: string | null; sentence: string | null; marks: string[]; unseen: number }>(`(() => {
        const log = ${log};
        return {
          heading: log?.querySelector('h2')?.textContent ?? null,
          sentence: log?.querySelector('p.field span')?.textContent ?? null,
          marks: [...(log?.querySelectorAll('.new-badge') ?? [])].map((m) => m.textContent),
          unseen: log?.querySelectorAll('li.unseen').length ?? 0,
        };
      })()`);
    // The marks follow three reads (policy, the tool's data, the recorded visit): wait for the sentence.
    await expect.poll(view).toMatchObject({ sentence: '2 entries are new since your last visit to ChatGPT.' });
    expect(await view()).toEqual({
      heading: 'Update log',
      sentence: '2 entries are new since your last visit to ChatGPT.',
      marks: ['New', 'New'],
      unseen: 2,
    });
    // The newest entries are the ones marked: the first two of the log.
    expect(
      await ff.evaluate<boolean[]>(`[...${log}.querySelectorAll('li')].slice(0, 3).map((li) => li.classList.contains('unseen'))`),
    ).toEqual([true, true, false]);
    expect(await axeViolationsVia(ff.evaluate)).toEqual([]);

    await clickOn(button(log, 'Mark as seen'));
    await expect.poll(view).toMatchObject({ sentence: null, marks: [], unseen: 0 });
    // Recorded where the panel reads it: the next visit has nothing to tell.
    await expect.poll(seen).not.toBe(OLD);
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

  /** The panel's theme, as it shows it. */
  const theme = () => ff.evaluate<string | null>(`${ROOT}.querySelector('.cl-root')?.dataset.theme ?? null`);

  it('switched off, from the notice for the site or in the settings: no notice, at once', async () => {
    await openTool();
    await paste(fakeKey);
    await pendingTasksRun();
    // The wait that decides "no notice" below is enough for a notice that does come.
    expect(await panelView()).toMatchObject({ notice: expect.stringContaining('an API key') });

    await clickOn(button(ROOT, 'Don’t check pastes on this site'));
    await expect.poll(panelView).toMatchObject({ card: true, notice: null });
    await expect.poll(() => ff.aside(`browser.storage.sync.get('sites').then((r) => r.sites)`)).toEqual({ chatgpt: { pasteNudge: false } });
    // A barrier, not a wait: a change the panel shows, stored after the mute. The panel reads its
    // settings afresh on each change, so once it shows the dark theme it has the mute too.
    await ff.aside(`browser.storage.sync.set({ settings: { version: 1, theme: 'dark' } })`);
    await expect.poll(theme).toBe('dark');
    await paste(fakeKey);
    await pendingTasksRun();
    expect(await panelView()).toMatchObject({ card: true, notice: null });
    expect(await ff.evaluate<number>('window.__pastes.length')).toBe(2); // the page got both pastes

    // Back on for the site (behind the same kind of barrier): the notice comes again, without a reload.
    await ff.aside(`browser.storage.sync.set({ sites: {}, settings: { version: 1, theme: 'light' } })`);
    await expect.poll(theme).toBe('light');
    await paste(fakeKey);
    await pendingTasksRun();
    expect(await panelView()).toMatchObject({ notice: expect.stringContaining('an API key') });
    // Off in the settings, for every site: the notice that is up goes at once, and the next paste gets none.
    await ff.aside(`browser.storage.sync.set({ settings: { version: 1, pasteNudge: false } })`);
    await expect.poll(panelView).toMatchObject({ card: true, notice: null });
    const pastes = await ff.evaluate<number>('window.__pastes.length');
    await paste(fakeKey);
    await pendingTasksRun();
    expect(await panelView()).toMatchObject({ card: true, notice: null });
    expect(await ff.evaluate<number>('window.__pastes.length')).toBe(pastes + 1);
  });

  it('a tool whose data does not call for it (Kagi Assistant: no training, short retention): no notice', async () => {
    await ff.goto('https://kagi.com/assistant');
    await expect.poll(panelView).toMatchObject({ card: true, pill: null });
    expect(await ff.evaluate<string>(`${ROOT}.querySelector('.cl-card').textContent`)).toContain('Kagi');
    await paste(fakeKey);
    await pendingTasksRun();
    expect(await panelView()).toMatchObject({ card: true, notice: null });
    expect(await ff.evaluate<string[]>('window.__pastes')).toEqual([fakeKey]);
  });

  it('in a contenteditable editor inside an open shadow root (a web-component editor): the notice, beside the pill', async () => {
    await openTool(); // visited: the next page starts as the pill
    await ff.goto('https://chatgpt.com/?cl=shadow');
    await expect.poll(panelView).toMatchObject({ card: false, pill: expect.stringContaining('ChatGPT 6 cautions') });
    const editor = `document.querySelector('#shadow-editor').shadowRoot.querySelector('[contenteditable]')`;
    const privateKey = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
    // To the clipboard by a cut from a box of the test's own, gone before the paste.
    await ff.evaluate(`(() => {
      const box = document.createElement('textarea');
      box.id = 'clipboard-source';
      box.value = ${JSON.stringify(privateKey)};
      document.body.append(box);
      box.focus();
      box.select();
    })()`);
    await ff.keys(KEY.Control, 'x');
    await expect.poll(() => ff.evaluate<string>(`document.querySelector('#clipboard-source').value`)).toBe('');
    await ff.evaluate(`document.querySelector('#clipboard-source').remove()`);
    await clickOn(editor);
    await ff.keys(KEY.Control, 'v');
    await expect.poll(() => ff.evaluate<string>(`${editor}.textContent`)).toContain('BEGIN OPENSSH PRIVATE KEY');
    await expect
      .poll(panelView)
      .toMatchObject({ card: false, pill: expect.stringContaining('ChatGPT'), notice: expect.stringContaining('a private key') });
    expect(await ff.evaluate<string[]>('window.__pastes')).toEqual([privateKey]); // the page's own handler
    expect(
      await ff.evaluate<boolean>(
        `document.activeElement?.id === 'shadow-editor' && document.querySelector('#shadow-editor').shadowRoot.activeElement === ${editor}`,
      ),
    ).toBe(true);
    // Beside the pill, and over none of the editor the user types in.
    const overlaps = await ff.evaluate<boolean>(`(() => {
      const a = ${ROOT}.querySelector('[role="alert"]').getBoundingClientRect();
      const b = ${editor}.getBoundingClientRect();
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    })()`);
    expect(overlaps).toBe(false);
    expect(await axeViolationsVia(ff.evaluate, 'caveat-lens')).toEqual([]);
  });
});
