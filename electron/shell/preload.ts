/**
 * @file Preload (sandboxed): exposes `window.zhkuApi` with functions only — never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_API_CHANNEL, IPC_UPLOAD_CHANNEL, type ZhkuBridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/result';

const bridge = {
  call: (method: string, input: unknown) =>
    ipcRenderer.invoke(IPC_API_CHANNEL, method, input) as Promise<ApiResult<unknown>>,
  upload: (fileName: string, bytes: ArrayBuffer) =>
    ipcRenderer.invoke(IPC_UPLOAD_CHANNEL, fileName, bytes) as Promise<ApiResult<unknown>>,
} satisfies ZhkuBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
