/**
 * @file What the Electron preload exposes to the renderer as `window.zhkuApi` (contextBridge).
 * Functions only, never ipcRenderer itself (Electron's IPC security guidance).
 */
import type { ApiResult } from './result';

export interface ZhkuBridge {
  /** Calls one API method; always resolves with an envelope. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to a main-process event (job progress); returns the unsubscribe function. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

export const BRIDGE_GLOBAL = 'zhkuApi';
export const IPC_API_CHANNEL = 'api';
export const IPC_EVENT_CHANNEL = 'api-event';
