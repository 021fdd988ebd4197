/**
 * @file Builds the renderer when dist/renderer is missing or older than its sources, so `npm run serve` works
 * on a fresh checkout. Vite's output goes to stderr: the first line of stdout is reserved for the URL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, RENDERER_DIST_FOLDER } from '../core/default-paths';

export function ensureRendererBuilt(): void {
  const index = path.join(RENDERER_DIST_FOLDER, 'index.html');
  const sourceRoots = ['renderer', 'shared'].map((dir) => path.join(PROJECT_ROOT, dir));
  if (!fs.existsSync(sourceRoots[0] ?? '')) return; // packaged: no sources, the build ships as is
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (builtAt > 0 && newestMtime(sourceRoots) <= builtAt) return;
  process.stderr.write('Сборка интерфейса (vite build)…\n');
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error('Не удалось собрать интерфейс (vite build). Подробности выше.');
}

function newestMtime(roots: string[]): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const root of roots) if (fs.existsSync(root)) walk(root);
  return newest;
}
