import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { MATCH_INDEX, TOOLS } from './data/catalogue';
import { checkTools } from './data/validate';
import { matchPatterns } from './data/manifest';
import { matchIndexPlugin } from './scripts/match-index-plugin';
import { zodJitlessPlugin } from './scripts/zod-jitless-plugin';
import { FLOOR } from './modules/bench-floor';

// A bad dataset must not build: validate every tool before anything is bundled.
const problems = checkTools(TOOLS.map((t) => ({ file: `data/tools/${t.id}.ts`, data: t })));
if (problems.length) {
  throw new Error(`Invalid dataset:\n${problems.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n')}`);
}
/** The only host list: derived from the dataset's match rules. */
const HOST_PATTERNS = matchPatterns(MATCH_INDEX);

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
  // The bench's floor extension builds beside the real one (modules/bench-floor.ts).
  ...(FLOOR ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-floor' } : {}),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too: one manifest shape, and host permissions are granted at install from Firefox 127.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Caveat Lens',
    description: 'The fine print of generative-AI tools — privacy, pricing, copyright and limits — right where you use them.',
    permissions: ['storage'],
    host_permissions: HOST_PATTERNS,
    action: { default_title: 'Caveat Lens' },
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
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.options.matches = HOST_PATTERNS;
    },
  },
  vite: () => ({ plugins: [matchIndexPlugin(), zodJitlessPlugin()] }),
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
