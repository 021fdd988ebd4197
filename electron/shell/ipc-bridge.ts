/**
 * @file Carries the API table over IPC: one channel, `invoke('api', method, input)` → envelope.
 * Calls from any frame other than the app's own page are refused (conventions §10.2, step 1).
 */
import { pathToFileURL } from 'node:url';
import { ipcMain } from 'electron';
import type { Dispatch } from '../core/api/dispatch';
import { IPC_API_CHANNEL, IPC_UPLOAD_CHANNEL } from '../../shared/api/bridge';
import type { UploadInfo } from '../../shared/import/import-types';
import { ErrorCodes, fallbackMessages } from '../../shared/api/error-codes';
import { fail, ok } from '../../shared/api/result';

export function registerApiBridge(
  dispatch: Dispatch,
  rendererIndex: string,
  upload: (fileName: string, bytes: Buffer) => Promise<UploadInfo>,
): void {
  const appUrl = pathToFileURL(rendererIndex).toString();
  ipcMain.handle(IPC_UPLOAD_CHANNEL, async (event, fileName: unknown, bytes: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (frameUrl.split('#')[0] !== appUrl) return fail(ErrorCodes.forbidden, fallbackMessages['API.FORBIDDEN']);
    if (typeof fileName !== 'string' || !(bytes instanceof ArrayBuffer || ArrayBuffer.isView(bytes))) {
      return fail(ErrorCodes.badRequest, fallbackMessages['API.BAD_REQUEST']);
    }
    const buffer = bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return ok(await upload(fileName, buffer));
  });
  ipcMain.handle(IPC_API_CHANNEL, async (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (frameUrl.split('#')[0] !== appUrl) return fail(ErrorCodes.forbidden, fallbackMessages['API.FORBIDDEN']);
    if (typeof method !== 'string') return fail(ErrorCodes.badRequest, fallbackMessages['API.BAD_REQUEST']);
    return dispatch(method, input);
  });
}
