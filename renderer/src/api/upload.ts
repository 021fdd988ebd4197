/**
 * @file Sends a file the clerk picked to the core: raw bytes to the browser host's `POST /upload`, or over the
 * Electron bridge. Answers an upload id that the import API calls refer to.
 */
import { BRIDGE_GLOBAL, type ZhkuBridge } from '../../../shared/api/bridge';
import { ErrorCodes, fallbackMessages } from '../../../shared/api/error-codes';
import type { UploadInfo } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { csrfHeaders, runToken } from './transport-http';

export async function uploadFile(file: File): Promise<ApiResult<UploadInfo>> {
  const bridge = (window as unknown as Record<string, ZhkuBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return (await bridge.upload(file.name, await file.arrayBuffer())) as ApiResult<UploadInfo>;
  try {
    const response = await fetch('./upload', {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        authorization: `Bearer ${runToken()}`,
        'x-file-name': encodeURIComponent(file.name),
        ...csrfHeaders(),
      },
      body: file,
    });
    return (await response.json()) as ApiResult<UploadInfo>;
  } catch {
    return { ok: false, error: { code: ErrorCodes.network, message: fallbackMessages.NETWORK } };
  }
}
