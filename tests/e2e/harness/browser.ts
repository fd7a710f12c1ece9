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
