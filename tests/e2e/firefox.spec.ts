// Firefox (Debian's firefox-esr, web-ext run, headless): the panel on the fixture chatgpt.com,
// with and without a strict CSP, nothing on a non-tool page, and no connections from the
// extension's own pages (the manifest's connect-src 'none').
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../../scripts/harness/firefox';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox();
}, 120_000);
afterAll(async () => {
  await ff?.close();
});

// Quiet by default: after the first visit the panel starts as the pill, so it is opened as a user would.
const PANEL_STATE = `(() => {
  const host = document.querySelector('caveat-lens');
  const root = host?.shadowRoot;
  root?.querySelector('.cl-pill')?.click();
  const region = root?.querySelector('[role="complementary"]');
  const card = root?.querySelector('.cl-card');
  return {
    count: document.querySelectorAll('caveat-lens').length,
    tool: host?.getAttribute('data-tool-id') ?? null,
    label: region?.getAttribute('aria-label') ?? null,
    heading: root?.querySelector('h2')?.textContent ?? null,
    width: card ? getComputedStyle(card).width : null,
    radius: card ? getComputedStyle(card).borderTopLeftRadius : null,
    position: host ? getComputedStyle(host).position : null,
  };
})()`;

const panelState = () => ff.evaluate<Record<string, unknown>>(PANEL_STATE);

describe('Firefox', () => {
  it.each(['https://chatgpt.com/', 'https://chatgpt.com/?cl=csp', 'https://chatgpt.com/?cl=csp+hostile'])(
    'shows the styled panel on %s',
    async (url) => {
      await ff.goto(url);
      expect(await ff.evaluate<string>('document.title')).toContain('chatgpt.com'); // the fixture, trusted over HTTPS
      await expect.poll(panelState, { timeout: 10_000 }).toEqual({
        count: 1,
        tool: 'chatgpt',
        label: 'Caveat Lens: ChatGPT',
        heading: 'ChatGPT',
        // Styles survived the page's CSP and CSS:
        width: '320px',
        radius: '12px',
        position: 'fixed',
      });
      expect((await ff.contentScriptSeen()).started).toBe(1); // what the example.org check below relies on
    },
  );

  it('shows nothing on https://example.org/', async () => {
    await ff.goto('https://example.org/'); // waits for the load event: content scripts that match have run by then
    expect(await ff.evaluate<string>('document.title')).toContain('example.org');
    expect(await ff.contentScriptSeen()).toEqual({ started: 0, locationChanges: 0 }); // not even injected
    expect(await ff.evaluate<number>(`document.querySelectorAll('caveat-lens').length`)).toBe(0);
  });
});

/** What a fetch from the current page comes to: 'connected <status>' or 'refused <error name>'. */
const probe = (url: string) => `fetch(${JSON.stringify(url)}).then((r) => 'connected ' + r.status, (e) => 'refused ' + e.name)`;

describe('Firefox: the extension pages cannot connect anywhere', () => {
  it('control: the same fetch from the tool’s own page reaches the server', async () => {
    await ff.goto('https://chatgpt.com/');
    expect(await ff.evaluate<string>(probe('https://chatgpt.com/__probe/control'))).toBe('connected 200');
    expect(ff.server.requests).toContain('chatgpt.com/__probe/control');
  });

  it.each(['popup.html?tool=chatgpt', 'options.html', 'compare.html?tools=chatgpt,claude'])('%s: fetch is refused', async (path) => {
    const name = path.replace(/\W.*/, '');
    await ff.goto(ff.extensionUrl(path));
    expect(await ff.evaluate<string>('document.title')).toContain('Caveat Lens'); // the page itself loaded
    expect(await ff.evaluate<string>(probe(`https://chatgpt.com/__probe/${name}`))).toBe('refused TypeError');
    expect(ff.server.requests).not.toContain(`chatgpt.com/__probe/${name}`);
  });
});
