/**
 * @file Window security (Electron's security checklist; Actual's security.ts). Every web contents the app creates
 * (`app.on('web-contents-created')`) gets: no navigation or redirect away from `app://zhku`, no new windows
 * (an `https:` link opens in the system browser, nothing else), no <webview>. The session grants no permission
 * at all — the interface needs no camera, microphone, notifications, clipboard API, geolocation or devices
 * (copying uses the menu's editing commands, which need no permission).
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';

/** Only `https:` leaves for the system browser; `http:`, `file:`, `javascript:` and the rest are dropped. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) openExternal(url);
    return { action: 'deny' };
  });
  // In-app routes change only the #fragment, which fires none of these; anything else leaving the app is stopped.
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionCheckHandler(() => false);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setDevicePermissionHandler(() => false);
}
