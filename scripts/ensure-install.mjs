// Makes node_modules match package-lock.json on this machine, with no help from a person:
// - runs `npm ci` when node_modules is missing or was installed from another lockfile or Node version;
// - makes sure better-sqlite3 is built for this Node (after Electron packaging it may hold Electron's ABI).
// Plain Node, no dependencies: it runs before anything is installed. Progress goes to stderr.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampPath = path.join(root, 'node_modules', '.zhku-install-stamp');
const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
const wanted = crypto.createHash('sha256').update(lock).update(process.version).digest('hex');

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, ...extraEnv },
  });
  return result.status === 0;
}

function betterSqliteLoads() {
  const probe = "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get();";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

const current = fs.existsSync(stampPath) ? fs.readFileSync(stampPath, 'utf8').trim() : '';
if (current !== wanted) {
  console.error(
    'Установка зависимостей (npm ci)… Первая установка занимает 2–3 минуты: better-sqlite3 собирается из исходников.',
  );
  // Electron's own binary comes from GitHub, unreachable here: package.json's allowScripts skips its install
  // script on npm 11; the variable does the same on older npm.
  if (
    !run('npm', ['ci', '--loglevel=warn', '--no-audit', '--no-fund'], {
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      JOBS: 'max',
    })
  ) {
    console.error('Не удалось установить зависимости (npm ci). Подробности выше.');
    process.exit(1);
  }
}
if (!betterSqliteLoads()) {
  console.error('better-sqlite3 собран не для этой версии Node (например, после сборки для Electron) — пересобираю…');
  if (!run('npm', ['rebuild', 'better-sqlite3', '--loglevel=warn'], { JOBS: 'max' }) || !betterSqliteLoads()) {
    console.error('Не удалось пересобрать better-sqlite3 для Node ' + process.version + '.');
    process.exit(1);
  }
}
fs.writeFileSync(stampPath, wanted + '\n');
