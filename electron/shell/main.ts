/**
 * @file Electron main process: the window, its security, the menu, and the IPC bridge to the core.
 * The only folder allowed to import `electron` (enforced by eslint.config.js).
 *
 * Data lives in `app.getPath('userData')`; the core is opened with the same start-up path as the other hosts
 * (backup before migrating, fail fast), and a failed start shows a blocking dialog instead of a half-working app.
 * The page is served from `app://zhku/` (app-protocol.ts), never from `file://`; every web contents is hardened
 * (window-security.ts); `shell.openPath` opens only the data folder's documents and exports (open-path-guard.ts).
 * test/shell/shell-main.test.ts imports this file against a fake `electron` module and checks all of it.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, session, shell } from 'electron';
import type { Core } from '../core/open-core';
import { openReopenableCore } from '../core/reopenable-core';
import { DatabaseStartupError } from '../core/db/prepare-database';
import { AppError } from '../core/app-error';
import { registerApiBridge } from './ipc-bridge';
import { receiveUpload, saveUpload } from '../core/billing/upload-store';
import { hardenContents, hardenSession } from './window-security';
import { buildMenu } from './app-menu';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveRenderer } from './app-protocol';
import { openablePath } from './open-path-guard';
import { startOfficeServerIfEnabled, type OfficeServer } from '../server/office-server';

let core: Core | null = null;
/** The office server on the LAN, when the administrator switched it on (Настройки → Сервер офиса). */
let officeServer: Promise<OfficeServer | null> = Promise.resolve(null);

// Before `ready`: app:// gets an origin of its own (relative URLs, fetch), secure, without bypassing the CSP.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Whatever code creates a web contents (a window, a devtools page), it gets the navigation and window guards.
app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => void shell.openExternal(url)));

function resourcePath(...parts: string[]): string {
  // Packaged: extraResources beside app.asar; from source: the repository root (app.getAppPath()).
  return app.isPackaged ? path.join(process.resourcesPath, ...parts) : path.join(app.getAppPath(), ...parts);
}

/** Claims, notices, lists open in the system's viewer (which prints them) — only files the guard lets through. */
async function openInSystemViewer(dataDir: string, fullPath: string): Promise<void> {
  const allowed = openablePath(dataDir, fullPath);
  const failure = await shell.openPath(allowed);
  if (failure)
    throw new AppError(
      'DOCUMENTS.NO_VIEWER',
      `Файл «${path.basename(allowed)}» не открылся в программе просмотра: ${failure}.`,
    );
}

function createWindow(): BrowserWindow {
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
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_INDEX_URL);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => serveRenderer(rendererDir, request));
  const dataDir = process.env.ZHKU_DATA_DIR ?? app.getPath('userData');
  try {
    // Reopenable: a restore from a backup replaces the database under the open window (reopenable-core.ts).
    core = openReopenableCore({
      dataDir,
      host: 'electron',
      backups: { schedule: process.env.ZHKU_BACKUPS !== 'off' },
      migrationsFolder: resourcePath('migrations'),
      housekeeping: true,
      openInViewer: (fullPath) => openInSystemViewer(dataDir, fullPath),
      // The SMS gateway's key sealed at rest (DPAPI on Windows). Linux without a keyring falls back to a fixed
      // password ('basic_text'): that is no protection, so it counts as unavailable.
      secrets: {
        get available() {
          return (
            safeStorage.isEncryptionAvailable() &&
            !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
          );
        },
        encrypt: (text) => safeStorage.encryptString(text).toString('base64'),
        decrypt: (base64) => safeStorage.decryptString(Buffer.from(base64, 'base64')),
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
  const dataFolder = core.ctx.dataDir;
  registerApiBridge(
    core.dispatch,
    // Within the administrator's upload limit (the core refuses more with UPLOAD.TOO_LARGE).
    (fileName, bytes) => (core ? receiveUpload(core.ctx, fileName, bytes) : saveUpload(dataFolder, fileName, bytes)),
    core.identify,
    (connection) => {
      if (connection.kind === 'session' && connection.token !== null) core?.ctx.sessions.destroy(connection.token);
    },
  );
  Menu.setApplicationMenu(buildMenu());
  createWindow();
  officeServer = startOfficeServerIfEnabled(core, rendererDir);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  const opened = core;
  const closing = officeServer.then((server) => server?.close()).then(() => opened?.close());
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
