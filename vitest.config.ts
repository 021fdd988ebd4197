/**
 * @file One vitest run for every kind of test: units beside the code (shared/, electron/core/), cross-layer tests
 * in test/ (real SQLite through the real migrations, the browser host over HTTP, the CLI, Chromium end to end).
 */
import { defineConfig } from 'vitest/config';

// Dates in rules are calendar strings; the clock-dependent bits assume the office's zone. Set before workers
// start: vitest's docs say TZ changes do not apply inside `threads` workers, and we keep the default `forks`.
process.env.TZ = 'Europe/Moscow';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/support/vitest-setup.ts'],
    // Measured when asked (`vitest run --coverage`, as `npm test` does): a map of what the tests exercise, with no
    // threshold. V8 counts the code run in the test process; the renderer inside Chromium and spawned servers are
    // outside it (their pages are covered by the Chromium tests, not counted here).
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}', '**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
