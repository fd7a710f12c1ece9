// Browser tests: the built extension in real Chromium. One file at a time (2-core machines).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests wait on conditions; 1 s (the default) is too short for a first page on a loaded 2-core
    // machine. A test that promises a time ("within a second") passes its own timeout.
    expect: { poll: { timeout: 10_000 } },
  },
});
