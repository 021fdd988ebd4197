/**
 * @file Carries the API table over IPC: one channel, `invoke('api', method, input)` → envelope.
 * Calls from any frame other than the app's own page (`app://zhku/…`, see app-protocol.ts) are refused
 * (the sender frame is checked before anything else): an iframe or a page navigated elsewhere gets API.FORBIDDEN. Each
 * window holds its own sign-in session (electron/core/auth/actor.ts Connection).
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { newSessionConnection, type Connection } from '../core/auth/actor';
import type { Dispatch } from '../core/api/dispatch';
import type { ActorLookup } from '../core/auth/resolve-actor';
import { uploadRefusal } from '../core/auth/upload-refusal';
import { AppError } from '../core/app-error';
import { IPC_API_CHANNEL, IPC_UPLOAD_CHANNEL } from '../../shared/api/bridge';
import type { UploadInfo } from '../../shared/import/import-types';
import { ErrorCodes, fallbackMessages } from '../../shared/api/error-codes';
import { fail, ok } from '../../shared/api/result';

/** Whether an IPC call came from the app's own top-level page. */
export function fromAppPage(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

export function registerApiBridge(
  dispatch: Dispatch,
  upload: (fileName: string, bytes: Buffer) => Promise<UploadInfo>,
  identify: (connection: Connection) => ActorLookup,
  /** Ends a window's session when the window closes (the core's session store forgets it at once). */
  endSession: (connection: Connection) => void,
): void {
  // One session per window: the token stays in the main process, the page never holds it.
  const connections = new Map<number, Connection>();
  const connectionOf = (sender: WebContents): Connection => {
    let connection = connections.get(sender.id);
    if (!connection) {
      connection = newSessionConnection();
      connections.set(sender.id, connection);
      sender.once('destroyed', () => {
        const closed = connections.get(sender.id);
        connections.delete(sender.id);
        if (closed) endSession(closed);
      });
    }
    return connection;
  };
  ipcMain.handle(IPC_UPLOAD_CHANNEL, async (event, fileName: unknown, bytes: unknown) => {
    if (!fromAppPage(event)) return fail(ErrorCodes.forbidden, fallbackMessages['API.FORBIDDEN']);
    if (typeof fileName !== 'string' || !(bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes))) {
      return fail(ErrorCodes.badRequest, fallbackMessages['API.BAD_REQUEST']);
    }
    // A file is taken only from a signed-in window, as the browser host's /upload.
    const refusal = uploadRefusal(identify(connectionOf(event.sender)));
    if (refusal !== null) return fail(refusal, fallbackMessages[refusal]);
    const buffer =
      bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    try {
      return ok(await upload(fileName, buffer));
    } catch (error) {
      // A refusal of the core (UPLOAD.TOO_LARGE) reaches the window in Russian, as over HTTP.
      if (error instanceof AppError) return fail(error.code, error.message);
      throw error;
    }
  });
  ipcMain.handle(IPC_API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!fromAppPage(event)) return fail(ErrorCodes.forbidden, fallbackMessages['API.FORBIDDEN']);
    if (typeof method !== 'string') return fail(ErrorCodes.badRequest, fallbackMessages['API.BAD_REQUEST']);
    return dispatch(method, input, connectionOf(event.sender));
  });
}
