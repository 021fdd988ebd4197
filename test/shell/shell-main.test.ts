/**
 * @file The Electron main process, run against a fake `electron` module (test/shell/fake-electron.ts): Electron's
 * binary cannot run on our machines, so this is what checks electron/shell/main.ts and its modules — the window's
 * options, the app:// scheme and what it serves, the permission handlers, navigation/redirect/new-window guards, the
 * IPC channels the preload uses and the refusal of a foreign frame, and `shell.openPath` confined to the data
 * folder's documents. The core behind it is real (SQLite through the real migrations in a temporary data folder).
 *
 * Not checked here (needs the real binary): that Chromium honours these settings, that the page renders under
 * app://, the fuses of a packaged build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeEvent, recorded, fakeElectron, type FakeBrowserWindow } from './fake-electron';
import { PROJECT_ROOT } from '../../electron/core/default-paths';
import { BRIDGE_GLOBAL, IPC_API_CHANNEL, IPC_UPLOAD_CHANNEL } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/result';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const INDEX_HTML =
  '<!doctype html><html lang="ru"><head><title>АРМ</title></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("app");';

let root = '';
let appDir = '';
let dataDir = '';
let window: FakeBrowserWindow;
const savedDataDirEnv = process.env.ZHKU_DATA_DIR;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-shell-'));
  // What app.getAppPath() holds from source: migrations/ and the built interface (a small stand-in of it).
  appDir = path.join(root, 'app');
  fs.cpSync(path.join(PROJECT_ROOT, 'migrations'), path.join(appDir, 'migrations'), { recursive: true });
  fs.mkdirSync(path.join(appDir, 'dist', 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'assets', 'index-abc.js'), APP_JS);
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(appDir, 'dist', 'secret.txt'), 'не для страницы');
  dataDir = path.join(root, 'data');
  fakeElectron.app.appPath = appDir;
  fakeElectron.app.userData = dataDir;
  delete process.env.ZHKU_DATA_DIR;
  await import('../../electron/shell/main');
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 30_000 });
  window = recorded.windows[0] as FakeBrowserWindow;
});

afterAll(async () => {
  // Closing the last window closes the core (jobs, database) and quits.
  fakeElectron.app.emit('window-all-closed');
  await vi.waitFor(() => expect(fakeElectron.app.quitCalls).toBe(1));
  if (savedDataDirEnv !== undefined) process.env.ZHKU_DATA_DIR = savedDataDirEnv;
  fs.rmSync(root, { recursive: true, force: true });
});

const protocolHandler = () => {
  const handler = recorded.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// has no handler');
  return handler;
};
const fetchApp = async (url: string, method = 'GET') => protocolHandler()(new Request(url, { method }));

/** An IPC event as Electron builds it: the window's contents and the frame that sent it. */
const ipcEvent = (frameUrl: string | null, parent: unknown = null) => ({
  sender: window.webContents,
  senderFrame: frameUrl === null ? null : { url: frameUrl, parent },
});
const callApi = async (frameUrl: string | null, method: string, input: unknown, parent: unknown = null) => {
  const handler = recorded.ipcHandlers.get(IPC_API_CHANNEL);
  if (!handler) throw new Error('no api channel');
  return (await handler(ipcEvent(frameUrl, parent), method, input)) as ApiResult<unknown>;
};
const APP_PAGE = 'app://zhku/index.html#/registry';

describe('Electron main process (fake electron module)', () => {
  it('starts without an error dialog and opens the data folder given by userData', () => {
    expect(recorded.errorBoxes).toEqual([]);
    expect(fakeElectron.app.exitCode).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'zhku.sqlite'))).toBe(true);
    expect(recorded.applicationMenu).not.toBeNull();
  });

  it('creates the window isolated and sandboxed, with the preload beside main.cjs, loading app://zhku/index.html', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.webviewTag).not.toBe(true);
    expect(prefs.nodeIntegrationInSubFrames).not.toBe(true);
    expect(prefs.experimentalFeatures).not.toBe(true);
    expect(path.isAbsolute(prefs.preload as string)).toBe(true);
    expect(path.basename(prefs.preload as string)).toBe('preload.cjs');
    expect(window.loadedUrl).toBe('app://zhku/index.html');
    expect(window.loadedFile).toBeNull();
  });

  it('registers app:// as standard, secure and fetch-capable — and never as bypassing the CSP', () => {
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves index.html and the assets of dist/renderer with their types and the CSP header', async () => {
    const index = await fetchApp('app://zhku/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toBe(INDEX_HTML);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');

    const root = await fetchApp('app://zhku/');
    expect(root.status).toBe(200);
    expect(await root.text()).toBe(INDEX_HTML);

    const js = await fetchApp('app://zhku/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe(APP_JS);
    const css = await fetchApp('app://zhku/assets/index-abc.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://zhku/../../etc/passwd',
    'app://zhku/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://zhku/%2e%2e/secret.txt',
    'app://zhku/..%2Fsecret.txt',
    'app://zhku/assets/..%5C..%5Csecret.txt',
    'app://zhku/assets/nope.js',
    'app://zhku/index.html%00.js',
    'app://zhku/assets',
    'app://other/index.html',
  ])('answers 404 to %s', async (url) => {
    const response = await fetchApp(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Не найдено.');
  });

  it('answers 404 to a POST', async () => {
    expect((await fetchApp('app://zhku/index.html', 'POST')).status).toBe(404);
  });

  it('grants no permission: the check and request handlers say no', () => {
    const session = recorded.defaultSession;
    const check = session.permissionCheckHandler as unknown as (...args: unknown[]) => boolean;
    for (const permission of [
      'notifications',
      'media',
      'geolocation',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
    ]) {
      expect(check(window.webContents, permission, 'app://zhku', {})).toBe(false);
    }
    const request = session.permissionRequestHandler as unknown as (...args: unknown[]) => void;
    const answers: boolean[] = [];
    request(window.webContents, 'media', (granted: boolean) => answers.push(granted), {});
    request(window.webContents, 'notifications', (granted: boolean) => answers.push(granted), {});
    expect(answers).toEqual([false, false]);
    const device = session.devicePermissionHandler as unknown as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://zhku' })).toBe(false);
  });

  it('stops navigation and redirects away from the app, and lets in-app addresses through', () => {
    const contents = window.webContents;
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(contents.fire(event, 'https://evil.example/')).toBe(true);
      expect(contents.fire(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.fire(event, 'app://other/index.html')).toBe(true);
      expect(contents.fire(event, 'app://zhku/index.html#/registry')).toBe(false);
    }
  });

  it('refuses <webview>', () => {
    const event = new FakeEvent();
    window.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('opens no new window: https goes to the system browser, anything else nowhere', () => {
    const open = window.webContents.windowOpenHandler;
    if (!open) throw new Error('no window-open handler');
    const before = recorded.openedExternal.length;
    for (const url of [
      'https://evil.example/page',
      'http://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'blob:app://zhku/1',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.openedExternal.slice(before)).toEqual(['https://evil.example/page']);
  });

  it('registers the IPC channels the preload invokes', async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual([IPC_API_CHANNEL, IPC_UPLOAD_CHANNEL].sort());
    expect([IPC_API_CHANNEL, IPC_UPLOAD_CHANNEL]).toEqual(['api', 'upload']);
    await import('../../electron/shell/preload');
    const bridge = recorded.exposedInMainWorld.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'upload']);
    // Functions only: the page never receives ipcRenderer itself.
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    await (bridge.call as (m: string, i: unknown) => Promise<unknown>)('auth.status', {});
    await (bridge.upload as (n: string, b: ArrayBuffer) => Promise<unknown>)('a.csv', new ArrayBuffer(1));
    const channels = recorded.rendererInvokes.map((c) => c.channel);
    expect(channels).toEqual(['api', 'upload']);
    for (const channel of channels) expect(recorded.ipcHandlers.has(channel)).toBe(true);
  });

  it('answers a call from the app page and refuses one from any other frame', async () => {
    const fromApp = await callApi(APP_PAGE, 'auth.status', {});
    expect(fromApp.ok).toBe(true);
    const forbidden = {
      ok: false,
      error: { code: 'API.FORBIDDEN', message: 'Запрос отклонён: он пришёл не со страницы приложения.' },
    };
    expect(await callApi('https://evil.example/', 'auth.status', {})).toEqual(forbidden);
    expect(await callApi('file:///opt/app/dist/renderer/index.html', 'auth.status', {})).toEqual(forbidden);
    expect(await callApi('app://other/index.html', 'auth.status', {})).toEqual(forbidden);
    expect(await callApi(null, 'auth.status', {})).toEqual(forbidden);
    // An iframe, even one showing an app address, is not the page.
    expect(await callApi(APP_PAGE, 'auth.status', {}, { url: APP_PAGE })).toEqual(forbidden);
    const upload = recorded.ipcHandlers.get(IPC_UPLOAD_CHANNEL);
    if (!upload) throw new Error('no upload channel');
    expect(await upload(ipcEvent('https://evil.example/'), 'a.csv', new ArrayBuffer(4))).toEqual(forbidden);
  });

  it('opens in the system viewer only files under the data folder documents, of a printable kind', async () => {
    const setup = await callApi(APP_PAGE, 'auth.setupAdmin', {
      login: 'admin',
      fullName: 'Админов Админ Админович',
      password: 'секретный-пароль-1',
    });
    expect(setup.ok).toBe(true);
    // Files as a bug or a tampered registry row could name them.
    fs.mkdirSync(path.join(dataDir, 'documents', 'claims'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'documents', 'claims', 'pechat.pdf'), '%PDF-1.4');
    fs.writeFileSync(path.join(dataDir, 'documents', 'claims', 'run.exe'), 'MZ');
    fs.writeFileSync(path.join(root, 'outside.pdf'), '%PDF-1.4');
    fs.symlinkSync(path.join(root, 'outside.pdf'), path.join(dataDir, 'documents', 'claims', 'link.pdf'));
    fs.writeFileSync(path.join(dataDir, 'zhku-copy.pdf'), '%PDF-1.4');
    const sqlite = new Database(path.join(dataDir, 'zhku.sqlite'));
    const insert = sqlite.prepare(
      `INSERT INTO generated_documents (kind, template_version, issued_date, file_path, sha256, user_name, created_at_ms)
       VALUES ('claim', 'v1', '2026-01-15', ?, 'x', 'тест', 0)`,
    );
    const idOf = (filePath: string) => Number(insert.run(filePath).lastInsertRowid);
    const good = idOf('documents/claims/pechat.pdf');
    const bad = [
      idOf('../outside.pdf'),
      idOf('documents/claims/run.exe'),
      idOf('documents/claims/link.pdf'),
      idOf('zhku-copy.pdf'),
      idOf('documents/claims'),
    ];
    sqlite.close();

    const opened = await callApi(APP_PAGE, 'documents.openInViewer', { documentId: good });
    expect(opened.ok).toBe(true);
    expect(recorded.openedPaths).toEqual([fs.realpathSync(path.join(dataDir, 'documents', 'claims', 'pechat.pdf'))]);

    for (const documentId of bad) {
      const refused = await callApi(APP_PAGE, 'documents.openInViewer', { documentId });
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('DOCUMENTS.NO_VIEWER');
      expect(refused.error.message).toMatch(
        /^Файл «.+» не открыт: программа открывает для просмотра только документы и выгрузки из своей папки данных \(PDF, XLSX, CSV, ZIP\)\. Ничего не изменено\.$/,
      );
    }
    expect(recorded.openedPaths).toHaveLength(1);
  });
});
