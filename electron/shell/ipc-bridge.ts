/**
 * @file Carries the API table over IPC: one channel, `invoke('api', method, input)` → envelope.
 * Calls from any frame other than the app's own page are refused (conventions §10.2, step 1).
 */
import { pathToFileURL } from 'node:url';
import { ipcMain } from 'electron';
import type { Dispatch } from '../core/api/dispatch';
import { IPC_API_CHANNEL } from '../../shared/api/bridge';
import { ErrorCodes, fallbackMessages } from '../../shared/api/error-codes';
import { fail } from '../../shared/api/result';

export function registerApiBridge(dispatch: Dispatch, rendererIndex: string): void {
  const appUrl = pathToFileURL(rendererIndex).toString();
  ipcMain.handle(IPC_API_CHANNEL, async (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (frameUrl.split('#')[0] !== appUrl) return fail(ErrorCodes.forbidden, fallbackMessages['API.FORBIDDEN']);
    if (typeof method !== 'string') return fail(ErrorCodes.badRequest, fallbackMessages['API.BAD_REQUEST']);
    return dispatch(method, input);
  });
}
