/**
 * @file Entry point of the browser host: `npm run serve -- [--data-dir DIR] [--port N]`.
 *
 * The FIRST line of standard output is the full URL to open, token included (scripts and tests read it);
 * everything else (progress, hints in Russian) goes to stderr.
 */
import { parseArgs } from 'node:util';
import { openReopenableCore } from '../core/reopenable-core';
import { defaultDataDir, RENDERER_DIST_FOLDER, SOURCE_MIGRATIONS_FOLDER } from '../core/default-paths';
import { DatabaseStartupError } from '../core/db/prepare-database';
import { createLogger } from '../core/logger';
import { ensureRendererBuilt } from './ensure-renderer-built';
import { startBrowserHost } from './http-host';
import { receiveUpload } from '../core/billing/upload-store';
import { clockFromEnv } from '../core/contacts/clock-from-env';

const USAGE = `Использование: npm run serve -- [--data-dir ПАПКА] [--port ПОРТ]

  --data-dir ПАПКА  папка с базой данных (по умолчанию ${defaultDataDir()}, или переменная ZHKU_DATA_DIR)
  --port ПОРТ       порт на 127.0.0.1 (по умолчанию 5180; 0 — любой свободный)

Первая строка вывода — адрес для браузера вместе с ключом доступа.`;

async function main(): Promise<number> {
  let values: { 'data-dir'?: string | undefined; port?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = Number(values.port ?? process.env.ZHKU_PORT ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Неверный порт: ${values.port ?? ''}\n`);
    return 2;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const logger = createLogger(null);
  ensureRendererBuilt();
  // Reopenable: a restore from a backup replaces the database under the running server (reopenable-core.ts).
  const core = openReopenableCore({
    dataDir,
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: clockFromEnv(),
    housekeeping: true,
    // ZHKU_BACKUPS=off: no daily copy and no copy at exit (the end-to-end tests' servers; README «Резервные копии»).
    backups: { schedule: process.env.ZHKU_BACKUPS !== 'off' },
  });
  const start = (onPort: number) =>
    startBrowserHost({
      dispatch: core.dispatch,
      identify: core.identify,
      upload: (fileName, body, declaredBytes) => receiveUpload(core.ctx, fileName, body, declaredBytes),
      rendererDir: RENDERER_DIST_FOLDER,
      logger: core.ctx.logger,
      port: onPort,
    });
  let host;
  try {
    host = await start(port);
  } catch (error) {
    // The default port may be taken (a second copy, another program): any free port will do then. A port the
    // user asked for explicitly is not silently replaced.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (values.port !== undefined) {
      await core.close();
      process.stderr.write(`Порт ${port} занят другой программой. Укажите другой: --port ПОРТ (0 — любой свободный).\n`);
      return 1;
    }
    logger.info(`Порт ${port} занят — выбираю свободный.`);
    host = await start(0);
  }
  process.stdout.write(`${host.url}\n`);
  logger.info(`Откройте в браузере: ${host.url}`);
  logger.info(`База данных: ${core.ctx.databasePath}. Остановить сервер: Ctrl+C.`);
  const stop = (): void => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof DatabaseStartupError) process.stderr.write(`${error.message}\n`);
    else
      process.stderr.write(
        `Не удалось запустить сервер: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exit(1);
  },
);
