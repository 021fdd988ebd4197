/**
 * @file The bundle Electron actually runs (dist/electron/main.cjs, built by scripts/build-electron.mjs) loads and
 * starts against the fake `electron` module (test/shell/bundle-probe.ts, in a child process). A CJS bundle breaks in
 * ways the TypeScript sources do not: esbuild once turned the exceljs fix's `import.meta.url` into `undefined`, and
 * main.cjs threw while loading, before any window.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/core/default-paths';

/** A child's stderr without its stack lines (vitest would try to map them through the bundle's source map). */
const withoutStack = (stderr: string): string =>
  stderr
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');

describe('dist/electron/main.cjs against the fake electron module', () => {
  it('builds, opens the window on app://zhku with its preload, serves the page and answers over IPC', () => {
    const built = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build-electron.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(built.status, withoutStack(built.stderr)).toBe(0);
    const probe = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'test', 'shell', 'bundle-probe.ts'), PROJECT_ROOT],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(probe.status, withoutStack(probe.stderr)).toBe(0);
    expect(JSON.parse(probe.stdout.trim().split('\n').pop() ?? '{}')).toEqual({
      errorBoxes: [],
      windows: 1,
      loadedUrl: 'app://zhku/index.html',
      preload: path.join(PROJECT_ROOT, 'dist', 'electron', 'preload.cjs'),
      pageStatus: 200,
      ipcChannels: ['api', 'upload'],
      answerOk: true,
      quitCalls: 1,
    });
  }, 180_000);
});
