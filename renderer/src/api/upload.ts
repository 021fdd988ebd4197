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
  if (bridge) {
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      // A file of gigabytes cannot even be read into the window's memory: the core would refuse it anyway.
      return { ok: false, error: { code: 'UPLOAD.TOO_LARGE', message: fallbackMessages['UPLOAD.TOO_LARGE'] } };
    }
    return (await bridge.upload(file.name, bytes)) as ApiResult<UploadInfo>;
  }
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
    if (response.status === 413 && !(response.headers.get('content-type') ?? '').includes('json')) {
      return { ok: false, error: { code: 'UPLOAD.TOO_LARGE', message: fallbackMessages['UPLOAD.TOO_LARGE'] } };
    }
    return (await response.json()) as ApiResult<UploadInfo>;
  } catch {
    // The host cuts a body over its limit after answering 413; a browser that missed that answer sees a network error.
    if (file.size > 100 * 1024 * 1024) {
      return {
        ok: false,
        error: {
          code: ErrorCodes.network,
          message:
            'Файл не передан: связь прервалась. Возможно, файл больше допустимого размера — ничего не сохранено.',
        },
      };
    }
    return { ok: false, error: { code: ErrorCodes.network, message: fallbackMessages.NETWORK } };
  }
}
