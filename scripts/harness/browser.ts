/**
 * One launcher for every Chromium test: the real built extension in Debian's
 * Chromium, with the real provider hosts resolved to the local fixture server.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { makeCertificates } from './cert.ts';
import { fixtureHosts } from './hosts.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

/** The extension APIs inside the service worker, where `inWorker` callbacks run. */
declare const chrome: any;

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: FixtureServer;
  /** A new tab at `url` (waits for DOMContentLoaded). */
  open(url: string, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Extra Chromium flags. */
  args?: string[];
  /**
   * The browser's UI language ("es"): Chromium on Linux takes it from LANGUAGE, not --lang
   * (its translations are Debian's chromium-l10n); pages get it as navigator.language too.
   */
  language?: string;
  /** Phone emulation (touch, mobile viewport meta honoured). */
  mobile?: boolean;
  /** Load the extension (false: the same browser without it, for A/B measurements). */
  withExtension?: boolean;
  /** Another build to load instead of .output/chrome-mv3 (the bench's floor extension). */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.withExtension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM).`);
  const hosts = fixtureHosts();
  const certs = makeCertificates(hosts);
  const server = await startFixtureServer(certs);
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  const profile = mkdtempSync(join(tmpdir(), 'caveat-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    ...(options.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    ...(options.language
      ? { locale: options.language, env: { ...process.env, LANGUAGE: options.language, LANG: `${options.language}.UTF-8` } }
      : {}),
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  // The persistent context opens with one blank tab; close it so tests own every page.
  for (const p of context.pages()) await p.close().catch(() => {});
  // What the content script does, seen from the page, so tests wait on it instead of sleeping.
  if (withExtension) await context.addInitScript(recordContentScript, extensionId);

  return {
    context,
    extensionId,
    worker: worker!,
    server,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async open(url, opts) {
      const page = await context.newPage();
      if (opts?.viewport) await page.setViewportSize(opts.viewport);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(certs.dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in every page before its own scripts: counts the events WXT's content-script runtime
 * dispatches on the page's document and window — `content-script-started` (the script's context
 * is created, and `main()` runs in the same task) and `locationchange` (an in-page navigation the
 * script reacts to). DOM events cross from the script's isolated world to the page's.
 */
export function recordContentScript(extensionId: string) {
  const seen = { started: 0, locationChanges: 0 };
  Object.defineProperty(window, '__caveatLensSeen', { value: seen });
  const name = (event: string) => `${extensionId}:content:wxt:${event}`;
  document.addEventListener(name('content-script-started'), () => seen.started++);
  window.addEventListener(name('locationchange'), () => seen.locationChanges++);
}
type Seen = { started: number; locationChanges: number };
const seen = (page: Page): Promise<Seen | undefined> =>
  page.evaluate(() => (window as unknown as { __caveatLensSeen?: Seen }).__caveatLensSeen);

/**
 * Resolves once the content script has started in `page` and has taken in-page navigations into
 * account (`locationChanges` of them). A decision that needs no answer from the background — no
 * tool at this URL, or the tool hidden for this visit — is made in that same task, so a check
 * after this is not early.
 */
export async function contentScriptRan(page: Page, locationChanges = 0): Promise<void> {
  await waitUntil(`the content script to start${locationChanges ? ` and see ${locationChanges} in-page navigation(s)` : ''}`, async () => {
    const s = await seen(page);
    return !!s && s.started > 0 && s.locationChanges >= locationChanges;
  });
}

/** The counts so far: zero before the content script starts, and where it never runs. */
export async function contentScriptSeen(page: Page): Promise<Seen> {
  return (await seen(page)) ?? { started: 0, locationChanges: 0 };
}

/**
 * Resolves once the content script of `page` holds the background's answer to every panel request
 * it has sent so far: a request of our own from the script's world (same tab, same channel) comes
 * back after those. For checks that the panel stays away when showing it would need that answer
 * (the site switched off, say), which nothing on the page reveals.
 */
export async function panelAnswered(h: Harness, page: Page, toolId: string): Promise<void> {
  await contentScriptRan(page);
  const cdp = await h.context.newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
      if (context.origin === `chrome-extension://${h.extensionId}` && context.auxData?.type === 'isolated') worlds.push(context.id);
    });
    await cdp.send('Runtime.enable'); // reports the page's existing worlds first
    if (!worlds.length) throw new Error('panelAnswered: the content script has no world in this page');
    const r = await cdp.send('Runtime.evaluate', {
      contextId: worlds.at(-1),
      expression: `chrome.runtime.sendMessage(${JSON.stringify({ type: 'panel', toolId })}).then(() => true)`,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`panelAnswered: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Empties the extension's storage (sync, local, session) through its worker: each test starts from the defaults. */
export async function clearStorage(h: Harness): Promise<void> {
  await h.worker.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.storage.session?.clear()]));
}

/**
 * Polls `check` (a few times a second) until it holds; throws naming `what` after `timeout` ms.
 * For the harness and scripts, which run outside vitest too (tests use `expect.poll`).
 */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pause));
  }
}

/**
 * Waits until the panel has stopped moving: its entry animation over and its box the same across
 * two frames (placement measures after the first frame and may move or shorten the card once).
 */
export async function panelSettled(page: Page): Promise<void> {
  await waitUntil('the panel to settle', () =>
    page.evaluate(
      () =>
        new Promise<boolean>((done) => {
          const root = document.querySelector('caveat-lens')?.shadowRoot;
          const el = root?.querySelector('.cl-card, .cl-pill');
          if (!root || !el) return done(false);
          const box = () => JSON.stringify(el.getBoundingClientRect());
          const before = box();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done(box() === before && root.getAnimations().every((a) => a.playState !== 'running'))),
          );
        }),
    ),
  );
}

/** The panel host element of a page, if any. */
export const PANEL = 'caveat-lens';

/** Waits for the panel and returns its accessible root's label. */
export async function waitForPanel(page: Page, timeout = 10_000): Promise<void> {
  await page.locator(`${PANEL} [role="complementary"]`).waitFor({ state: 'visible', timeout });
}

/** Writes raw values into the extension's sync storage, as another context or version would. */
export async function setStorage(h: Harness, items: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate((i) => chrome.storage.sync.set(i), items);
}

/** The panel card's (or pill's) rectangle in the page's viewport. */
export async function panelRect(page: Page): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('caveat-lens')?.shadowRoot?.querySelector('[role="complementary"]');
    const box = (root?.querySelector('.cl-card, .cl-pill') ?? root)?.getBoundingClientRect();
    return box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
  });
}

/** Writes raw values into the extension's local storage (visits: `seen:<toolId>`). */
export async function setLocalStorage(h: Harness, items: Record<string, unknown>): Promise<void> {
  await h.worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** Forgets every recorded visit, so the next page of each tool is a first visit (the panel opens in full). */
export async function forgetVisits(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('seen:'));
    await chrome.storage.local.remove(keys);
  });
}
