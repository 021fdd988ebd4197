// `npm start`: the application for a clerk.
// - Installs what is missing (first run) and builds the interface.
// - Where Electron's binary is present (a machine that could download it), opens the desktop window, with data in
//   Electron's userData folder.
// - Otherwise (our offline machines) starts the browser host on 127.0.0.1 with the per-user data folder and says,
//   in Russian, which address to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const passThrough = process.argv.slice(2);

function runOrExit(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) {
    console.error(`Не удалось: ${what}.`);
    process.exit(result.status ?? 1);
  }
}

runOrExit([path.join(root, 'scripts', 'ensure-install.mjs')], 'установить зависимости');

function electronBinary() {
  // electron/index.js resolves dist/ via path.txt, which exists only when the binary was downloaded.
  const pathTxt = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const binary = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const electron = process.env.ZHKU_BROWSER === '1' ? null : electronBinary();
if (electron) {
  console.error('Сборка приложения…');
  runOrExit(
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    'собрать интерфейс',
  );
  runOrExit([path.join(root, 'scripts', 'build-electron.mjs')], 'собрать оболочку Electron');
  // better-sqlite3 must match Electron's ABI inside Electron; `npm test` rebuilds it for Node again on its own.
  const probe = spawnSync(electron, ['-e', "require('better-sqlite3')"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
  });
  if (probe.status !== 0) {
    console.error('Пересборка better-sqlite3 для Electron…');
    const env = { ...process.env };
    // [Note: nodedir trap] our npm config sets nodedir=/usr (Node's headers); for Electron the headers must be
    // Electron's own, so the setting is removed for this one rebuild.
    delete env.npm_config_nodedir;
    delete env.NPM_CONFIG_NODEDIR;
    const rebuilt = spawnSync(
      path.join(root, 'node_modules', '.bin', 'electron-rebuild'),
      ['-f', '-o', 'better-sqlite3'],
      {
        cwd: root,
        env,
        stdio: ['ignore', process.stderr, process.stderr],
      },
    );
    if (rebuilt.status !== 0) process.exit(1);
  }
  const child = spawn(electron, [root, ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(
    'Оболочка Electron на этом компьютере не установлена — приложение откроется в браузере.\n' +
      'Данные хранятся в папке пользователя (см. строку «База данных» ниже); другая папка: npm start -- --data-dir ПАПКА.',
  );
  const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, path.join(root, 'electron', 'server', 'main.ts'), ...passThrough], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let first = true;
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString('utf8');
    process.stdout.write(text);
    if (first && text.includes('http://')) {
      first = false;
      console.error(
        `\nОткройте этот адрес в браузере (Chromium, Яндекс Браузер, Firefox):\n  ${text.split('\n')[0]}\n`,
      );
    }
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
