/**
 * The in-page panel runs inside other people's pages, where React's runtime (~67 KB gzip) is
 * too heavy: the content-script build resolves React to Preact — its core and hooks through
 * two small files (utils/panel/preact-react.ts, preact-root.ts), the JSX runtime directly. React
 * stays the runtime of the extension's own pages and the authoring API of every component.
 */
import { fileURLToPath } from 'node:url';
import { Features } from 'lightningcss';
import type { InlineConfig, Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { BENCH_VARIANT, NOVDOM_ALIASES } from './bench-variants';
import { panelPalette } from './panel-palette';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** What the panel's own code gets for React's entry points. */
export const LEAN_REACT: Record<string, string> = {
  react: file('../utils/panel/preact-react.ts'),
  'react-dom/client': file('../utils/panel/preact-root.ts'),
};

/** React entry points → their preact/compat equivalents (the testing library needs all of React's API). */
export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * For the panel's component tests: the project's own files get LEAN_REACT, as shipped, while
 * the testing library (in node_modules) keeps preact/compat through PREACT_ALIASES.
 */
export function leanReactForOwnCode(): Plugin {
  return {
    name: 'caveat-lens:lean-react',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || importer.includes('/node_modules/')) return null;
      return LEAN_REACT[source] ?? null;
    },
  };
}

/**
 * The content script talks to the extension through `browser.runtime.sendMessage` and
 * `browser.storage.onChanged` only; both are promise-based natively in every MV3 browser we
 * ship to, so WXT's plain `browser` (globalThis.browser ?? chrome) replaces the polyfill here
 * and saves ~3 KB gzip per page load. Extension pages and the background keep the polyfill.
 */
const NATIVE_BROWSER = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };

/**
 * The panel's copy of the palette, per data-theme (modules/panel-palette.ts): no light-dark()
 * is left, so the minifier's fallback variables for it would be dead weight.
 */
function panelCss(config: InlineConfig) {
  const postcss = typeof config.css?.postcss === 'object' ? config.css.postcss : {};
  const lightningcss = config.css?.lightningcss ?? {};
  config.css = {
    ...config.css,
    postcss: { ...postcss, plugins: [...(postcss.plugins ?? []), panelPalette()] },
    lightningcss: { ...lightningcss, exclude: (lightningcss.exclude ?? 0) | Features.LightDark },
  };
}

export default defineWxtModule({
  name: 'caveat-lens:preact-panel',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      // Content scripts are built one per Vite build, so a build holding one holds nothing else.
      const panel = entrypoints.some((e) => e.type === 'content-script');
      // The background sends the panel its stylesheet (utils/background/visit.ts): the same CSS pipeline there.
      if (!panel && entrypoints.some((e) => e.type === 'background')) return void panelCss(config);
      if (!panel) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      const lean = Object.entries(LEAN_REACT).map(([name, replacement]) => ({ find: new RegExp(`^${name}$`), replacement }));
      // The bench's route B (modules/bench-variants.ts) swaps React for its JSX-to-DOM runtime instead.
      const react = BENCH_VARIANT === 'novdom' ? NOVDOM_ALIASES : [...lean, ...PREACT_ALIASES];
      config.resolve = {
        ...config.resolve,
        alias: [...react, NATIVE_BROWSER, ...existing.filter((a) => String(a.find) !== 'wxt/browser')],
      };
      panelCss(config);
    });
  },
});
