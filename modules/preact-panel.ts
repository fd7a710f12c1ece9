/**
 * The in-page panel runs inside other people's pages, where React's runtime (~67 KB gzip) is
 * too heavy: the content-script build resolves React to preact/compat (~4 KB). React stays
 * the runtime of the extension's own pages and the authoring API of every component.
 */
import { defineWxtModule } from 'wxt/modules';
import { BENCH_VARIANT, NOVDOM_ALIASES } from './bench-variants';

/** React entry points → their preact/compat equivalents (also used by the panel's component tests). */
export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * The content script talks to the extension through `browser.runtime.sendMessage` and
 * `browser.storage.onChanged` only; both are promise-based natively in every MV3 browser we
 * ship to, so WXT's plain `browser` (globalThis.browser ?? chrome) replaces the polyfill here
 * and saves ~3 KB gzip per page load. Extension pages and the background keep the polyfill.
 */
const NATIVE_BROWSER = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };

export default defineWxtModule({
  name: 'caveat-lens:preact-panel',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      // Content scripts are built one per Vite build, so a build holding one holds nothing else.
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      const react = BENCH_VARIANT === 'novdom' ? NOVDOM_ALIASES : PREACT_ALIASES;
      config.resolve = { ...config.resolve, alias: [...react, NATIVE_BROWSER, ...existing.filter((a) => String(a.find) !== 'wxt/browser')] };
    });
  },
});
