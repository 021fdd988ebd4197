/**
 * @file The error that stops a host's start-up with a Russian message (every host prints it as it is: the shell's
 * dialog, the server's and the CLI's stderr). Its code says why, for a caller that must tell the cases apart.
 */

/** Why start-up stopped: a generic start-up failure, a damaged file, or the folder held by another copy. */
export type StartupErrorCode = 'DB.STARTUP' | 'DB.CORRUPT' | 'DB.LOCKED_BY_OTHER';

export class DatabaseStartupError extends Error {
  readonly code: StartupErrorCode;
  constructor(message: string, options?: { cause?: unknown; code?: StartupErrorCode }) {
    super(message, options);
    this.name = 'DatabaseStartupError';
    this.code = options?.code ?? 'DB.STARTUP';
  }
}
