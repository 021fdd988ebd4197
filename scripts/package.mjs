// `npm run package [-- --win | --linux]`: the installers (Windows NSIS, Linux AppImage) with electron-builder.
// Needs a machine that can download Electron's release zip (not ours: see README «Сборка установщика»).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['--win', '--linux'];

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Unit tests first: packaging rebuilds better-sqlite3 in place for Electron's ABI, after which
// Node can no longer load it.
run('npm', ['test']);
run('npx', ['vite', 'build']);
run(process.execPath, ['scripts/build-electron.mjs']);
const env = { ...process.env };
// [Note: nodedir trap] with nodedir=/usr from our npm config, @electron/rebuild compiles better-sqlite3 against
// Node's headers (ABI 115) while labelling it for Electron (ABI 139); Electron would refuse the module.
delete env.npm_config_nodedir;
delete env.NPM_CONFIG_NODEDIR;
run('npx', ['electron-builder', '--config', 'build/electron-builder.yml', ...targets, '--publish', 'never'], env);
console.error(
  'Готово: установщики в папке release/. Перед следующим «npm test» better-sqlite3 будет пересобран для Node автоматически.',
);
