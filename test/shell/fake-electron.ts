/**
 * @file A small stand-in for the `electron` module (its binary cannot run on our machines), for
 * test/shell/*.test.ts: `vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron)`.
 *
 * It records what the main process and the preload ask of Electron — window options, the privileged scheme and
 * its handler, the session's permission handlers, web-contents listeners, IPC handlers, what the shell opens — and
 * behaves as Electron does where the code depends on it: `new BrowserWindow` emits the app's
 * `web-contents-created` with the window's contents, `app.whenReady()` resolves, events have `preventDefault`.
 * Only what electron/shell/* uses is here.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

/** The event object Electron passes to `will-navigate`, `will-redirect`, …: records `preventDefault`. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeSession {
  permissionCheckHandler: Handler | null = null;
  permissionRequestHandler: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  setPermissionCheckHandler(handler: Handler | null): void {
    this.permissionCheckHandler = handler;
  }
  setPermissionRequestHandler(handler: Handler | null): void {
    this.permissionRequestHandler = handler;
  }
  setDevicePermissionHandler(handler: Handler | null): void {
    this.devicePermissionHandler = handler;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly session: FakeSession;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(session: FakeSession) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event the way Electron does (the event object first) and says whether it was prevented. */
  fire(name: string, url: string): boolean {
    const event = new FakeEvent(url);
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

const defaultSession = new FakeSession();
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  appPath: '',
  userData: '',
  exitCode: null as number | null,
  quitCalls: 0,
  getAppPath(): string {
    return app.appPath;
  },
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`fake electron: getPath(${name})`);
    return app.userData;
  },
  whenReady: (): Promise<void> => Promise.resolve(),
  requestSingleInstanceLock: (): boolean => true,
  quit(): void {
    app.quitCalls += 1;
  },
  exit(code: number): void {
    app.exitCode = code;
  },
});

const windows: FakeBrowserWindow[] = [];

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents(defaultSession);
  loadedUrl: string | null = null;
  loadedFile: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    windows.push(this);
    // Electron announces every new web contents on the app (the shell hardens them there).
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return [...windows];
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
}

/** Everything the fake saw, for the assertions. */
export const recorded = {
  windows,
  defaultSession,
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, unknown> }[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  openedPaths: [] as string[],
  openedExternal: [] as string[],
  errorBoxes: [] as { title: string; content: string }[],
  exposedInMainWorld: new Map<string, unknown>(),
  rendererInvokes: [] as { channel: string; args: unknown[] }[],
  applicationMenu: null as unknown,
};

export const fakeElectron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession },
  protocol: {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, unknown> }[]): void {
      recorded.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      recorded.protocolHandlers.set(scheme, handler);
    },
  },
  ipcMain: {
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
      if (recorded.ipcHandlers.has(channel)) throw new Error(`fake electron: a second handler for «${channel}»`);
      recorded.ipcHandlers.set(channel, handler);
    },
  },
  shell: {
    openPath(fullPath: string): Promise<string> {
      recorded.openedPaths.push(fullPath);
      return Promise.resolve('');
    },
    openExternal(url: string): Promise<void> {
      recorded.openedExternal.push(url);
      return Promise.resolve();
    },
  },
  dialog: {
    showErrorBox(title: string, content: string): void {
      recorded.errorBoxes.push({ title, content });
    },
  },
  Menu: {
    buildFromTemplate: (template: unknown): unknown => ({ template }),
    setApplicationMenu(menu: unknown): void {
      recorded.applicationMenu = menu;
    },
  },
  /** A reversible stand-in (not encryption): lets a `secrets` option built on safeStorage start under the fake. */
  safeStorage: {
    isEncryptionAvailable: (): boolean => true,
    encryptString: (text: string): Buffer => Buffer.from(`fake-safe-storage:${text}`, 'utf8'),
    decryptString(bytes: Buffer): string {
      const text = bytes.toString('utf8');
      if (!text.startsWith('fake-safe-storage:')) throw new Error('fake electron: not encrypted by safeStorage');
      return text.slice('fake-safe-storage:'.length);
    },
  },
  contextBridge: {
    exposeInMainWorld(name: string, api: unknown): void {
      recorded.exposedInMainWorld.set(name, api);
    },
  },
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      recorded.rendererInvokes.push({ channel, args });
      return Promise.resolve({ ok: true, value: null });
    },
  },
};
