/**
 * @file Electron main process: the window, its security, the menu, and the IPC bridge to the core.
 * The only folder allowed to import `electron` (enforced by eslint.config.js).
 *
 * Data lives in `app.getPath('userData')`; the core is opened with the same start-up path as the other hosts
 * (backup before migrating, fail fast), and a failed start shows a blocking dialog instead of a half-working app.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { openCore, type Core } from '../core/open-core';
import { DatabaseStartupError } from '../core/db/prepare-database';
import { AppError } from '../core/app-error';
import { registerApiBridge } from './ipc-bridge';
import { receiveUpload, saveUpload } from '../core/billing/upload-store';
import { hardenWindow } from './window-security';
import { buildMenu } from './app-menu';

let core: Core | null = null;

function resourcePath(...parts: string[]): string {
  // Packaged: extraResources beside app.asar; from source: the repository root (app.getAppPath()).
  return app.isPackaged ? path.join(process.resourcesPath, ...parts) : path.join(app.getAppPath(), ...parts);
}

function createWindow(rendererIndex: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'АРМ «Долги ЖКУ»',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  hardenWindow(window, rendererIndex, (url) => void shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env.ZHKU_DATA_DIR ?? app.getPath('userData');
  try {
    core = openCore({
      dataDir,
      host: 'electron',
      migrationsFolder: resourcePath('migrations'),
      // Claims, notices and mailing lists open in the system's PDF viewer, which prints them.
      openInViewer: async (fullPath) => {
        const failure = await shell.openPath(fullPath);
        if (failure) throw new AppError('DOCUMENTS.NO_VIEWER', `Не удалось открыть ${fullPath}: ${failure}`);
      },
    });
  } catch (error) {
    const message =
      error instanceof DatabaseStartupError
        ? error.message
        : `Не удалось запустить приложение: ${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox(
      'АРМ «Долги ЖКУ» — ошибка запуска',
      `${message}\n\nЖурнал: ${path.join(dataDir, 'logs', 'app.log')}`,
    );
    app.exit(1);
    return;
  }
  const rendererIndex = path.join(app.getAppPath(), 'dist', 'renderer', 'index.html');
  const dataFolder = core.ctx.dataDir;
  registerApiBridge(
    core.dispatch,
    rendererIndex,
    (fileName, bytes) => (core ? receiveUpload(core.ctx, fileName, bytes) : saveUpload(dataFolder, fileName, bytes)),
    core.identify,
    (connection) => {
      if (connection.kind === 'session' && connection.token !== null) core?.ctx.sessions.destroy(connection.token);
    },
  );
  Menu.setApplicationMenu(buildMenu());
  createWindow(rendererIndex);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(rendererIndex);
  });
}

app.on('window-all-closed', () => {
  const closing = core?.close() ?? Promise.resolve();
  core = null;
  void closing.finally(() => app.quit());
});

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database file; focus the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void start();
}
