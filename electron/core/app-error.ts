/**
 * @file Expected business failures thrown by services and turned into the error envelope at the API boundary.
 *
 * Only an AppError's message reaches the clerk; any other exception is treated as a bug, logged in full and
 * shown as the generic INTERNAL message (conventions §10.7).
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
