/**
 * @file Entry point of the browser host: `npm run serve -- [--data-dir DIR] [--port N]`, and of the office server:
 * `npm run serve -- --lan [--port N] [--address IP] [--cert FILE --key FILE]`.
 *
 * The FIRST line of standard output is the full URL to open, token included (scripts and tests read it);
 * everything else (progress, hints in Russian) goes to stderr. With --lan the first line is this PC's own
 * https://127.0.0.1:<port>/ (no token: everybody signs in); then, also on stdout, the addresses colleagues open
 * and the certificate's SHA-256 fingerprint, which they compare with the browser's warning.
 */
import { parseArgs } from 'node:util';
import { openReopenableCore, type ReopenableCore } from '../core/reopenable-core';
import { defaultDataDir, RENDERER_DIST_FOLDER, SOURCE_MIGRATIONS_FOLDER } from '../core/default-paths';
import { DatabaseStartupError } from '../core/db/prepare-database';
import { createLogger } from '../core/logger';
import { ensureRendererBuilt } from './ensure-renderer-built';
import { startBrowserHost } from './http-host';
import { receiveUpload } from '../core/billing/upload-store';
import { clockFromEnv } from '../core/contacts/clock-from-env';
import { startOfficeServer } from './office-server';
import { AppError } from '../core/app-error';

const USAGE = `Использование: npm run serve -- [--data-dir ПАПКА] [--port ПОРТ]
       npm run serve -- --lan [--port ПОРТ] [--address IP] [--cert ФАЙЛ --key ФАЙЛ]

  --data-dir ПАПКА  папка с базой данных (по умолчанию ${defaultDataDir()}, или переменная ZHKU_DATA_DIR)
  --port ПОРТ       порт (по умолчанию 5180 на 127.0.0.1, с --lan — из настройки, 5443; 0 — любой свободный)
  --lan             сервер офиса: HTTPS в локальной сети, вход по логину и паролю для всех
  --address IP      с --lan: слушать только этот адрес компьютера (по умолчанию 0.0.0.0 — все адреса)
  --cert, --key     с --lan: сертификат и ключ офиса в формате PEM (иначе создаётся свой при первом запуске)

Первая строка вывода — адрес для браузера (без --lan — вместе с ключом доступа).`;

async function main(): Promise<number> {
  let values: {
    'data-dir'?: string | undefined;
    port?: string | undefined;
    help?: boolean | undefined;
    lan?: boolean | undefined;
    address?: string | undefined;
    cert?: string | undefined;
    key?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        lan: { type: 'boolean' },
        address: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
      },
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
  if (!values.lan && (values.address ?? values.cert ?? values.key) !== undefined) {
    process.stderr.write(`--address, --cert и --key действуют только вместе с --lan.\n\n${USAGE}\n`);
    return 2;
  }
  if ((values.cert === undefined) !== (values.key === undefined)) {
    process.stderr.write('Укажите и сертификат (--cert), и ключ (--key) офиса — или ни того, ни другого.\n');
    return 2;
  }
  if (values.lan) return serveOffice(values);
  const port = Number(values.port ?? process.env.ZHKU_PORT ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Неверный порт: ${values.port ?? ''}\n`);
    return 2;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const logger = createLogger(null);
  ensureRendererBuilt();
  const core = openServeCore(dataDir);
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
      process.stderr.write(
        `Порт ${port} занят другой программой. Укажите другой: --port ПОРТ (0 — любой свободный).\n`,
      );
      return 1;
    }
    logger.info(`Порт ${port} занят — выбираю свободный.`);
    host = await start(0);
  }
  process.stdout.write(`${host.url}\n`);
  logger.info(`Откройте в браузере: ${host.url}`);
  logger.info(`База данных: ${core.ctx.databasePath}. Остановить сервер: Ctrl+C.`);
  return stopOnSignal(host, core);
}

/** The core both modes serve. */
function openServeCore(dataDir: string): ReopenableCore {
  // Reopenable: a restore from a backup replaces the database under the running server (reopenable-core.ts).
  return openReopenableCore({
    dataDir,
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: clockFromEnv(),
    housekeeping: true,
    // ZHKU_BACKUPS=off: no daily copy and no copy at exit (the end-to-end tests' servers; README «Резервные копии»).
    backups: { schedule: process.env.ZHKU_BACKUPS !== 'off' },
  });
}

/** `--lan`: the office server on this PC's network addresses over HTTPS. */
async function serveOffice(values: {
  'data-dir'?: string | undefined;
  port?: string | undefined;
  address?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
}): Promise<number> {
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    process.stderr.write(`Неверный порт: ${values.port ?? ''}\n`);
    return 2;
  }
  const dataDir = values['data-dir'] ?? defaultDataDir();
  ensureRendererBuilt();
  const core = openServeCore(dataDir);
  let server;
  try {
    server = await startOfficeServer(core, {
      rendererDir: RENDERER_DIST_FOLDER,
      port,
      bindAddress: values.address,
      certFile: values.cert,
      keyFile: values.key,
      upload: (fileName, body, declaredBytes) => receiveUpload(core.ctx, fileName, body, declaredBytes),
    });
  } catch (error) {
    await core.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') process.stderr.write('Порт занят другой программой. Укажите другой: --port ПОРТ.\n');
    else if (code === 'EADDRNOTAVAIL') process.stderr.write(`У этого компьютера нет адреса ${values.address ?? ''}.\n`);
    else if (error instanceof AppError) process.stderr.write(`${error.message}\n`);
    else throw error;
    return 1;
  }
  const lines = [
    server.host.url,
    'Сервер офиса. Коллеги открывают в браузере:',
    ...(server.urls.length > 0
      ? server.urls.map((u) => `  ${u}`)
      : ['  (сетевых адресов не найдено — проверьте подключение к сети)']),
    `Отпечаток сертификата (SHA-256): ${server.tls.fingerprint}`,
    server.tls.origin === 'own'
      ? `Сертификат офиса: ${server.tls.certPath}`
      : `Сертификат ${server.tls.origin === 'generated' ? 'создан' : 'из'} ${server.tls.certPath}; браузер предупредит о нём — сверьте отпечаток и продолжите.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  createLogger(null).info(
    `База данных: ${core.ctx.databasePath}. Откройте порт ${server.host.port}/TCP в брандмауэре для локальной сети. Остановить сервер: Ctrl+C.`,
  );
  return stopOnSignal(server, core);
}

/** Ctrl+C or a service stop: the server closes, then the core (its copy at exit, the lock), then the process. */
function stopOnSignal(server: { close(): Promise<void> }, core: { close(): Promise<void> }): -1 {
  const stop = (): void => {
    void server
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
