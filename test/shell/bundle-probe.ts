/**
 * @file Run by test/shell/shell-bundle.test.ts in a child process (`tsx`): loads dist/electron/main.cjs with
 * `require('electron')` answered by the fake module, lets it start on a temporary data folder, exercises the page
 * handler and the IPC channel, closes the app and prints what it saw as one line of JSON. A child process, because
 * the bundle carries its own copy of the exceljs fix, which must load before any exceljs (vitest's setup file has
 * already loaded one in the test's process).
 */
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fakeElectron, recorded } from './fake-electron';

type Loader = (request: string, ...rest: unknown[]) => unknown;

async function main(): Promise<void> {
  const [projectRoot] = process.argv.slice(2);
  if (!projectRoot) throw new Error('usage: bundle-probe.ts <project root>');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-bundle-'));
  try {
    const appDir = path.join(root, 'app');
    fs.cpSync(path.join(projectRoot, 'migrations'), path.join(appDir, 'migrations'), { recursive: true });
    fs.mkdirSync(path.join(appDir, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>АРМ</title>');
    fakeElectron.app.appPath = appDir;
    fakeElectron.app.userData = path.join(root, 'data');
    delete process.env.ZHKU_DATA_DIR;
    const internals = Module as unknown as { _load: Loader };
    const load = internals._load;
    internals._load = (request, ...rest) => (request === 'electron' ? fakeElectron : load(request, ...rest));
    Module.createRequire(path.join(projectRoot, 'package.json'))(
      path.join(projectRoot, 'dist', 'electron', 'main.cjs'),
    );
    for (let i = 0; i < 300 && recorded.windows.length === 0 && recorded.errorBoxes.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const window = recorded.windows[0];
    const page = await recorded.protocolHandlers.get('app')?.(new Request('app://zhku/index.html'));
    const api = recorded.ipcHandlers.get('api');
    const answer = window
      ? await api?.(
          { sender: window.webContents, senderFrame: { url: 'app://zhku/index.html#/', parent: null } },
          'auth.status',
          {},
        )
      : null;
    fakeElectron.app.emit('window-all-closed');
    for (let i = 0; i < 100 && fakeElectron.app.quitCalls === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    process.stdout.write(
      JSON.stringify({
        errorBoxes: recorded.errorBoxes,
        windows: recorded.windows.length,
        loadedUrl: window?.loadedUrl ?? null,
        preload: (window?.options.webPreferences as { preload?: string } | undefined)?.preload ?? null,
        pageStatus: page?.status ?? null,
        ipcChannels: [...recorded.ipcHandlers.keys()].sort(),
        answerOk: (answer as { ok?: boolean } | null | undefined)?.ok ?? null,
        quitCalls: fakeElectron.app.quitCalls,
      }) + '\n',
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
