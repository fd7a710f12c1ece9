import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { checkTools, MATCH_INDEX, TOOLS } from './data/catalogue';
import { matchPatterns } from './data/manifest';
import { matchIndexPlugin } from './scripts/match-index-plugin';

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
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Caveat Lens',
    description: 'The fine print of generative-AI tools — privacy, pricing, copyright and limits — right where you use them.',
    permissions: ['storage'],
    host_permissions: HOST_PATTERNS,
    action: { default_title: 'Caveat Lens' },
  },
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints) if (e.type === 'content-script') e.options.matches = HOST_PATTERNS;
    },
  },
  vite: () => ({ plugins: [matchIndexPlugin()] }),
  webExt: {
    ...(chromium ? { binaries: { chrome: chromium } } : {}),
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    startUrls: ['https://chatgpt.com/'],
  },
});
