// Points git at the repository's hooks (.githooks/: Prettier on staged files before a commit). Runs from npm's
// `prepare` after `npm ci`/`npm install`; does nothing outside a git checkout (an unpacked archive, a CI cache).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (fs.existsSync(path.join(root, '.git'))) {
  const result = spawnSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd: root, stdio: 'ignore' });
  if (result.status !== 0)
    console.error('Не удалось подключить .githooks (git config core.hooksPath): продолжаю без них.');
}
