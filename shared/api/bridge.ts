/**
 * @file What the Electron preload exposes to the renderer as `window.zhkuApi` (contextBridge).
 * Functions only, never ipcRenderer itself (Electron's IPC security guidance).
 */
import type { ApiResult } from './result';

export interface ZhkuBridge {
  /** Calls one API method; always resolves with an envelope. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Hands a file the clerk chose to the core (kept in the data folder's incoming/); answers its upload id. */
  upload(fileName: string, bytes: ArrayBuffer): Promise<ApiResult<unknown>>;
}

export const BRIDGE_GLOBAL = 'zhkuApi';
export const IPC_API_CHANNEL = 'api';
export const IPC_UPLOAD_CHANNEL = 'upload';
