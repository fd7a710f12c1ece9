// Unit and component tests. Two projects: the extension pages run React; the in-page panel's
// components run on Preact's core and hooks, as the shipped content script does, so what is
// tested is what ships.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { leanReactForOwnCode, PREACT_ALIASES } from './modules/preact-panel';
import { matchIndexPlugin } from './modules/dataset';

const PANEL_TESTS = ['tests/components/panel/**/*.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest(), matchIndexPlugin()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit + pages', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'], exclude: PANEL_TESTS },
      },
      {
        extends: true,
        // The panel's own files get Preact's core and hooks, as shipped; the testing library's ESM
        // build, inlined, gets preact/compat for its `react` and `react-dom` imports.
        plugins: [leanReactForOwnCode()],
        resolve: {
          alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' }, ...PREACT_ALIASES],
        },
        test: { name: 'panel (preact)', include: PANEL_TESTS, server: { deps: { inline: [/@testing-library/] } } },
      },
    ],
  },
});
