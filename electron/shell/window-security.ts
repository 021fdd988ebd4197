/**
 * @file Window security defaults (Electron's security checklist; Actual's security.ts): no navigation away
 * from the app, no new windows (external http(s) links open in the system browser), no permission grants.
 */
import { pathToFileURL } from 'node:url';
import type { BrowserWindow } from 'electron';

export function hardenWindow(window: BrowserWindow, rendererIndex: string, openExternal: (url: string) => void): void {
  const appUrl = pathToFileURL(rendererIndex).toString();
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://') || url.startsWith('http://')) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    // In-app routes change only the #fragment of the same file.
    if (url.split('#')[0] !== appUrl) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
