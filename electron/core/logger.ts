/**
 * @file The application log: one line per event, appended to `<data dir>/logs/app.log` and echoed to stderr.
 * Full stacks of unexpected errors go here and nowhere else (never to the UI).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  /** Where the log is written, or null for a logger that writes to stderr only. */
  readonly filePath: string | null;
}

export function createLogger(logDir: string | null, echo: boolean = true): Logger {
  let filePath: string | null = null;
  if (logDir) {
    fs.mkdirSync(logDir, { recursive: true });
    filePath = path.join(logDir, 'app.log');
  }
  const write = (level: string, text: string): void => {
    const line = `${new Date().toISOString()} ${level} ${text}\n`;
    if (filePath) {
      try {
        fs.appendFileSync(filePath, line);
      } catch {
        // A log that cannot be written must not take the application down.
      }
    }
    if (echo) process.stderr.write(line);
  };
  return {
    filePath,
    info: (message) => write('INFO', message),
    error: (message, error) =>
      write(
        'ERROR',
        error instanceof Error ? `${message}: ${error.stack ?? error.message}` : `${message}: ${String(error)}`,
      ),
  };
}
