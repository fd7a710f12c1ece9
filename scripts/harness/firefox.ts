/**
 * Firefox launcher: Debian's firefox-esr with the built extension via `web-ext run`
 * (headless), driven over WebDriver BiDi. Firefox has no host-resolver rules and no
 * flag to ignore certificate errors, so: `network.dns.forceResolve` sends every name
 * to 127.0.0.1, the fixture server listens on 443, and the test CA is imported into
 * the profile with certutil. The add-on gets a fixed moz-extension:// host so tests can open its pages.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordContentScript } from './browser.ts';
import { makeCertificates } from './cert.ts';
import { fixtureHosts } from './hosts.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

export const FIREFOX_DIR = resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** The add-on's moz-extension:// host, fixed through `extensions.webextensions.uuids` (Firefox picks a random one otherwise). */
export const FIREFOX_EXTENSION_UUID = '3c1e0a52-7d7b-4c43-9d3e-6a1f2b8c9e10';

const PREFS: Record<string, string | number | boolean> = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.dns.disablePrefetch': true,
  'network.proxy.type': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.newtabpage.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'security.OCSP.enabled': 0,
  'remote.prefs.recommended': true,
};

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** A minimal WebDriver BiDi client: commands and their results, nothing else. */
class Bidi {
  private next = 1;
  private pending = new Map<number, { ok: (v: any) => void; fail: (e: Error) => void }>();
  private constructor(private ws: WebSocket) {
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data));
      const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.fail(new Error(`${msg.error}: ${msg.message}`));
      else p.ok(msg.result);
    });
  }
  static async connect(url: string, timeoutMs: number): Promise<Bidi> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const ws = await new Promise<WebSocket>((ok, fail) => {
          const w = new WebSocket(url);
          w.addEventListener('open', () => ok(w));
          w.addEventListener('error', () => fail(new Error('no connection')));
        });
        return new Bidi(ws);
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }
  send(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const id = this.next++;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((ok, fail) => this.pending.set(id, { ok, fail }));
  }
  close() {
    this.ws.close();
  }
}

/** WebDriver key values for the keys tests press (https://w3c.github.io/webdriver/#keyboard-actions). */
export const KEY = { Control: '\uE009', Shift: '\uE008', Tab: '\uE004', Escape: '\uE00C' } as const;

export interface FirefoxHarness {
  server: FixtureServer;
  /** `moz-extension://<fixed uuid>/<path>`: an extension page the tab can be sent to. */
  extensionUrl(path: string): string;
  /** Navigates the tab to `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; returns its JSON-able value. */
  evaluate<T>(expression: string): Promise<T>;
  /** What the content script did in the current page (see recordContentScript in ./browser.ts). */
  contentScriptSeen(): Promise<{ started: number; locationChanges: number }>;
  /**
   * Real, trusted key presses: the keys go down in order and up in reverse (a chord, e.g.
   * `keys(KEY.Control, 'v')`); focus, copy, paste and :focus-visible behave as for a user.
   */
  keys(...chord: string[]): Promise<void>;
  /** Moves the mouse to viewport (x, y), and clicks there with `click`. */
  pointer(x: number, y: number, options?: { click?: boolean }): Promise<void>;
  /**
   * Evaluates `expression` in one of the add-on's own pages, where `browser.*` is at hand (WebDriver
   * has no way into Firefox's background): storage is seeded and read here. Leaves the tab on that page.
   */
  inExtension<T>(expression: string): Promise<T>;
  /**
   * As inExtension, in a second tab opened in the background for it (kept for later calls): the
   * test's tab stays on its page, with its focus, so storage can change and the toolbar button be
   * read while that page is open.
   */
  aside<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

function unwrap(v: any): unknown {
  if (!v || typeof v !== 'object') return v;
  switch (v.type) {
    case 'undefined':
    case 'null':
      return null;
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'array':
      return v.value.map(unwrap);
    case 'object':
      return Object.fromEntries(v.value.map(([k, x]: [string, unknown]) => [k, unwrap(x)]));
    default:
      return v.value;
  }
}

/**
 * `serverPort`: 443 by default, so pages load at https://host/ as in the field; 0 (any free port)
 * for a look without root, with the port in every URL (https://chatgpt.com:PORT/).
 */
export async function launchFirefox(options: { serverPort?: number } = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_DIR}: run \`wxt build -b firefox\`.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (set FIREFOX).`);
  const certs = makeCertificates(fixtureHosts());
  const server = await startFixtureServer(certs, options.serverPort ?? 443);
  const profile = mkdtempSync(join(tmpdir(), 'caveat-lens-firefox-'));
  execFileSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${profile}`, '-n', 'Caveat Lens test CA', '-t', 'C,,', '-i', certs.caCert]);
  const addonId: string = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const prefs = { ...PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }) };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    resolve('node_modules/.bin/web-ext'),
    [
      'run',
      '--source-dir',
      FIREFOX_DIR,
      '--firefox',
      FIREFOX,
      '--firefox-profile',
      profile,
      '--keep-profile-changes',
      '--no-reload',
      '--no-input',
      '--args=-headless',
      `--args=--remote-debugging-port=${port}`,
      // From Firefox 153, WebDriver may open moz-extension:// pages only with system access.
      '--args=--remote-allow-system-access',
    ],
    // Its own process group: closing kills web-ext and the Firefox it started together (web-ext
    // alone dies on SIGTERM without closing Firefox, which then lives on).
    { env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const group = child.pid!;
  const groupAlive = () => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const installed = new Promise<void>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`web-ext did not install the add-on:\n${log}`)), 60_000);
    const check = () => {
      if (/Installed .* as a temporary add-on/.test(log)) {
        clearTimeout(t);
        ok();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => fail(new Error(`web-ext exited ${code}:\n${log}`)));
  });
  let bidi: Bidi;
  let context: string;
  try {
    await installed;
    bidi = await Bidi.connect(`ws://127.0.0.1:${port}/session`, 30_000);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
    // The same page-side record of the content script's events as in Chromium. In Firefox,
    // runtime.id (which WXT puts in its event names) is the add-on id from the manifest.
    const addonId: string = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
    await bidi.send('script.addPreloadScript', { functionDeclaration: `() => (${recordContentScript})(${JSON.stringify(addonId)})` });
    const tree = await bidi.send('browsingContext.getTree', {});
    context = tree.contexts[0].context;
    // A new window's focus is in its address bar, so no page has focus and nothing in it matches
    // :focus or :focus-visible; a user's page has it once loaded (as after Enter in the address bar).
    const chrome = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    await bidi.send('script.evaluate', {
      expression: 'gBrowser.selectedBrowser.focus()',
      target: { context: chrome.contexts[0].context },
      awaitPromise: false,
    });
  } catch (e) {
    if (groupAlive()) process.kill(-group, 'SIGKILL'); // no Firefox left behind by a failed start
    await server.close();
    throw e;
  }

  async function evaluateIn<T>(target: string, expression: string): Promise<T> {
    const r = await bidi.send('script.evaluate', { expression, target: { context: target }, awaitPromise: true });
    if (r.type === 'exception') throw new Error(`page threw: ${JSON.stringify(r.exceptionDetails?.text)}`);
    return unwrap(r.result) as T;
  }
  const evaluate = <T>(expression: string) => evaluateIn<T>(context, expression);

  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  let asideContext: Promise<string> | undefined;
  const openAside = async () => {
    const { context: aside } = await bidi.send('browsingContext.create', { type: 'tab', background: true });
    await bidi.send('browsingContext.navigate', { context: aside, url: extensionUrl('options.html'), wait: 'complete' });
    return aside as string;
  };
  const goto = async (url: string) => {
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  };

  return {
    server,
    extensionUrl,
    goto,
    evaluate,
    async keys(...chord) {
      const actions = [
        ...chord.map((value) => ({ type: 'keyDown', value })),
        ...[...chord].reverse().map((value) => ({ type: 'keyUp', value })),
      ];
      await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    async pointer(x, y, options = {}) {
      const actions: Record<string, unknown>[] = [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' }];
      if (options.click) actions.push({ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 });
      await bidi.send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
      });
    },
    async inExtension<T>(expression: string) {
      // options.html: it only reads storage until the user changes something.
      if (!(await evaluate<string>('location.href')).startsWith(extensionUrl('options.html'))) await goto(extensionUrl('options.html'));
      return evaluate<T>(expression);
    },
    async aside<T>(expression: string) {
      return evaluateIn<T>(await (asideContext ??= openAside()), expression);
    },
    async contentScriptSeen() {
      return (
        (await evaluate<{ started: number; locationChanges: number } | null>('window.__caveatLensSeen ?? null')) ?? {
          started: 0,
          locationChanges: 0,
        }
      );
    },
    async close() {
      try {
        await bidi.send('session.end', {});
      } catch {
        /* browser already gone */
      }
      bidi.close();
      if (groupAlive()) process.kill(-group, 'SIGTERM');
      // Gone before the profile is removed (polled; SIGKILL if it takes more than 10 s).
      const deadline = Date.now() + 10_000;
      while (groupAlive()) {
        if (Date.now() > deadline) process.kill(-group, 'SIGKILL');
        await new Promise((r) => setTimeout(r, 50));
      }
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(certs.dir, { recursive: true, force: true });
    },
  };
}
