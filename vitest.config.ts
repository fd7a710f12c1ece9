// Unit and component tests. Three projects: pure logic in Node; the extension pages on React in
// jsdom; the in-page panel's components on Preact's core and hooks, as the shipped content script
// does, so what is tested is what ships.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { leanReactForOwnCode, PREACT_ALIASES } from './modules/preact-panel.ts';
import { matchIndexPlugin } from './modules/dataset.ts';

const PANEL_TESTS = ['tests/components/panel/**/*.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest(), matchIndexPlugin()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Component tests take 1–2 s; 5 s (the default) is missed when other work loads a 2-core machine.
    testTimeout: 20_000,
    projects: [
      // Pure logic needs no DOM: Node is much quicker to start per file than jsdom.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'pages', include: ['tests/components/**/*.test.tsx'], exclude: PANEL_TESTS } },
      {
        extends: true,
        // The panel's own files get Preact's core and hooks, as shipped; the testing library's ESM
        // build, inlined, gets preact/compat for its `react` and `react-dom` imports.
        plugins: [leanReactForOwnCode()],
        resolve: {
          alias: [
            { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
            ...PREACT_ALIASES,
          ],
        },
        test: { name: 'panel (preact)', include: PANEL_TESTS, server: { deps: { inline: [/@testing-library/] } } },
      },
    ],
  },
});
