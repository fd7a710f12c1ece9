// Configuration only. Build-time work lives in local modules (modules/*.ts, loaded by WXT):
// dataset.ts validates the dataset, serves the match index and writes the manifest's hosts;
// preact-panel.ts builds the content script on Preact; bench-variants.ts builds the bench's floor and
// no-VDOM variants; icons.ts renders the icon.
import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { BENCH_VARIANT } from './modules/bench-variants';
import { iconManifest } from './modules/icons';
import { COMMANDS } from './utils/commands/manifest';
import { zodJitlessPlugin } from './scripts/zod-jitless-plugin';

/**
 * The MV3 default for scripts (no wasm, no eval, nothing remote), plus no connections at all:
 * the popup, options and compare pages and the service worker cannot fetch, XHR, WebSocket or
 * beacon anywhere — the privacy statement, enforced by the browser. Firefox accepts it as is.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'none';";

/** Browser for `npm run dev`: $CHROME_PATH, else the first Chromium/Chrome found. */
function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROME_PATH,
    process.env.CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
const chromium = findChromium();

export default defineConfig({
  // The bench's comparison builds go beside the real one (modules/bench-variants.ts).
  ...(BENCH_VARIANT ? { outDirTemplate: `{{browser}}-mv{{manifestVersion}}-${BENCH_VARIANT}` } : {}),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too: one manifest shape, and host permissions are granted at install from Firefox 127.
  manifestVersion: 3,
  manifest: ({ browser, command }) => ({
    // In the browser's language, from _locales (modules/locales.ts writes them from locales/*/manifest.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // host_permissions: the dataset's patterns, added by modules/dataset.ts.
    icons: iconManifest(),
    action: { default_title: 'Caveat Lens', default_icon: iconManifest() },
    // Keyboard shortcuts (suggested keys; the user changes them in the browser): both browsers read the same shape.
    commands: COMMANDS,
    // `npm run dev` pages talk to WXT's dev server (scripts, reload socket): WXT's own dev CSP there.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    // The organisation's policy (README, "For administrators"). Chrome checks it against this schema;
    // Firefox reads policies.json without one, so the key is Chrome's only.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: '{e9872e2e-9118-4fb2-b94f-0351432ab9ce}',
              // 140: first release (and ESR) that reads data_collection_permissions.
              strict_min_version: '140.0',
              // AMO requires the declaration; Caveat Lens collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // Zod ships (the organisation's extra tools are checked against the dataset schema) without its eval probe.
  vite: () => ({ plugins: [zodJitlessPlugin()] }),
  // AMO's sources zip: everything needed to rebuild, not the README's screenshots.
  zip: { excludeSources: ['docs/**', '.tmp/**', 'test-results/**'] },
  webExt: {
    ...(chromium ? { binaries: { chrome: chromium } } : {}),
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to start sandboxed as root (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    startUrls: ['https://chatgpt.com/'],
  },
});
