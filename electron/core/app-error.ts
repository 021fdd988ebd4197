/**
 * @file Expected business failures thrown by services and turned into the error envelope at the API boundary.
 *
 * Only an AppError's message reaches the clerk; any other exception is treated as a bug, logged in full and
 * shown as the generic INTERNAL message (stack traces and internals never reach the screen). The code is one of
 * shared/api/error-codes.ts, which also fixes its HTTP status.
 */
import type { ErrorCode } from '../../shared/api/error-codes';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
