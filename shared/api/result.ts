/**
 * @file The result envelope every API call returns, on every host (IPC, HTTP, CLI).
 *
 * Errors travel as values with a stable `code` and a Russian `message` the UI can show as is.
 * [Note: envelope] Electron passes only `message` for thrown errors across IPC (electron#24427), and a stack
 * trace must never reach a clerk's screen, so handlers' exceptions are converted into this shape at the
 * boundary (electron/core/api/dispatch.ts) and never thrown across it.
 */

import type { ErrorCode } from './error-codes';

export interface ApiErrorBody {
  /** Stable machine code, e.g. 'VALIDATION', 'API.UNKNOWN_METHOD', 'INTERNAL'. */
  code: string;
  /** Russian text for the clerk. */
  message: string;
  /** Optional structured details (e.g. the invalid fields); never a stack trace. */
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): ApiResult<never> {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}
