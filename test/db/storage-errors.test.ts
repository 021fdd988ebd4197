/**
 * Storage failures reach the clerk in Russian, with their DB.* code, and change nothing: a database busy with another
 * connection's write transaction, a full database (PRAGMA max_page_count standing in for a full disk), a damaged
 * file, no space on the disk; and a job that fails on a busy database says so, with what it kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { createDispatch } from '../../electron/core/api/dispatch';
import type { ApiHandlers } from '../../electron/core/api/dispatch';
import { createLogger } from '../../electron/core/logger';
import { storageAppError } from '../../electron/core/db/sqlite-error-map';
import { callCore, callCoreError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import { writeSmallDistrict } from '../support/demo-files';
import type { Settings } from '../../shared/api/contract';

const BUSY =
  'База данных занята другой операцией (длительным заданием или другой программой) и не ответила вовремя. ' +
  'Ничего не изменено — повторите через минуту.';
const FULL =
  'На диске с папкой данных закончилось место. Ничего не изменено — освободите место на диске (или попросите ' +
  'администратора) и повторите.';
const CORRUPT =
  'Файл базы данных повреждён. Ничего не изменено — закройте программу и восстановите базу из резервной копии ' +
  '(Настройки → Резервные копии) или обратитесь к администратору.';

const settings = (organisationName: string): Settings => ({
  organisationName,
  districtName: 'Городской округ Красногорск Московской области',
  responsiblePerson: 'Орлова Т. И.',
});

let core: Core | null = null;
let other: Database.Database | null = null;
afterEach(async () => {
  other?.close();
  other = null;
  await core?.close();
  core = null;
});

function openTestCore(): Core {
  core = openCore({
    dataDir: makeTempDir(),
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
  });
  return core;
}

describe('storage failures through the API', () => {
  it('SQLITE_BUSY: another connection holds a write transaction → DB.BUSY, the settings unchanged', async () => {
    const c = openTestCore();
    await callCore(c, 'settings.update', settings('МКУ «Расчётный центр»'));
    c.ctx.sqlite.pragma('busy_timeout = 50');
    other = new Database(c.ctx.databasePath);
    other.exec("BEGIN IMMEDIATE; UPDATE app_settings SET updated_at_ms = updated_at_ms WHERE key = 'organisation'");
    expect(await callCoreError(c, 'settings.update', settings('Другое название'))).toEqual({
      code: 'DB.BUSY',
      message: BUSY,
    });
    other.exec('ROLLBACK');
    expect((await callCore<Settings>(c, 'settings.get', {})).organisationName).toBe('МКУ «Расчётный центр»');
  });

  it('SQLITE_FULL: the database may not grow (max_page_count) → DB.FULL, the failed change rolled back', async () => {
    const c = openTestCore();
    const pages = c.ctx.sqlite.pragma('page_count', { simple: true }) as number;
    c.ctx.sqlite.pragma(`max_page_count = ${pages}`);
    let refused: { code: string; message: string } | null = null;
    let lastSaved = '';
    for (let i = 0; i < 400 && !refused; i += 1) {
      const name = `Организация № ${i} ${'ж'.repeat(250)}`;
      const reply = await c.dispatch('settings.update', settings(name), {
        kind: 'session',
        token: c.ctx.sessions.create(adminId(c), c.ctx.clock()),
      });
      if (reply.ok) lastSaved = name;
      else refused = reply.error;
    }
    expect(refused).toEqual({ code: 'DB.FULL', message: FULL });
    expect(lastSaved).not.toBe('');
    c.ctx.sqlite.pragma('max_page_count = 1073741823');
    expect((await callCore<Settings>(c, 'settings.get', {})).organisationName).toBe(lastSaved);
  });

  it('SQLITE_CORRUPT, ENOSPC, EACCES from a handler: DB.CORRUPT, DB.FULL, DB.READONLY; a bug stays INTERNAL', async () => {
    const dir = makeTempDir();
    // A real SQLITE_CORRUPT: a table's page overwritten under a connection that has not read it yet.
    const file = path.join(dir, 'damaged.sqlite');
    const setup = new Database(file);
    setup.exec('CREATE TABLE t (x BLOB)');
    setup.transaction(() => {
      for (let i = 0; i < 200; i += 1) setup.prepare('INSERT INTO t VALUES (randomblob(3000))').run();
    })();
    setup.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 20, 0xa5), 0, 4096 * 20, 4096 * 10);
    fs.closeSync(fd);
    const damaged = new Database(file);
    let corrupt: unknown = null;
    try {
      damaged.prepare('SELECT sum(length(x)) FROM t').get();
    } catch (error) {
      corrupt = error;
    }
    damaged.close();
    expect((corrupt as { code?: string }).code).toMatch(/^SQLITE_CORRUPT/);

    const thrown: Record<string, unknown> = {
      'settings.get': corrupt,
      'app.info': Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
      'auth.status': new Error('Не удалось', {
        cause: Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }),
      }),
      'jobs.list': new TypeError('undefined is not a function'),
    };
    const handlers = new Proxy({} as ApiHandlers, {
      get: (_t, method: string) => () => {
        throw thrown[method];
      },
    });
    const dispatch = createDispatch({
      handlers,
      logger: createLogger(makeTempDir(), false),
      identify: () => ({ actor: null, refusal: 'AUTH.SIGN_IN_REQUIRED' }),
    });
    const ask = async (method: string) => {
      const reply = await dispatch(method, {}, { kind: 'session', token: null });
      return reply.ok ? null : reply.error;
    };
    // Public methods (no sign-in needed) carry the thrown errors here.
    expect(await ask('auth.status')).toEqual({
      code: 'DB.READONLY',
      message:
        'Запись в папку данных невозможна: нет прав на файл базы данных или диск доступен только для чтения. ' +
        'Ничего не изменено — проверьте права на папку данных (или обратитесь к администратору) и повторите.',
    });
    expect(storageAppError(corrupt)?.code).toBe('DB.CORRUPT');
    expect(storageAppError(corrupt)?.message).toBe(CORRUPT);
    expect(storageAppError(thrown['app.info'])?.message).toBe(FULL);
    expect(storageAppError(thrown['jobs.list'])).toBeNull();
  });
});

describe('storage failures of a job', () => {
  it('an import that finds the database busy fails with the Russian message and what it kept; its temp folder is gone', async () => {
    const c = openTestCore();
    const district = await writeSmallDistrict(5, ['csv']);
    const files = district.files
      .filter((f) => f.endsWith('.csv'))
      .map((f) => ({ path: f, fileName: path.basename(f) }));
    other = new Database(c.ctx.databasePath);
    other.exec("BEGIN IMMEDIATE; UPDATE app_settings SET updated_at_ms = updated_at_ms WHERE key = 'x'");
    const job = c.ctx.jobs.start('import', 'Загрузка', { task: 'import', files }, { userId: null, name: 'Проверка' });
    expect(fs.readdirSync(path.join(c.ctx.dataDir, 'tmp'))).toEqual([`job-${job.id}`]);
    // The worker waits its busy timeout (5 s), then gives up.
    const ended = await c.ctx.jobs.wait(job.id);
    other.exec('ROLLBACK');
    expect(ended.state).toBe('failed');
    expect(ended.error?.message).toBe(
      'База данных занята другой операцией (длительным заданием или другой программой) и не ответила вовремя. ' +
        'База данных не изменена. Что делать: повторите через минуту.',
    );
    expect((c.ctx.sqlite.prepare('SELECT count(*) AS n FROM imports').get() as { n: number }).n).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fs.readdirSync(path.join(c.ctx.dataDir, 'tmp'))).toEqual([]);
    fs.rmSync(district.dir, { recursive: true, force: true });
  }, 60_000);
});

function adminId(c: Core): number {
  const row = c.ctx.sqlite.prepare("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1").get() as
    { id: number } | undefined;
  if (row) return row.id;
  return Number(
    c.ctx.sqlite
      .prepare(
        "INSERT INTO users (login, full_name, role, daily_quota, active, created_at_ms) VALUES ('adm', 'Администратор', 'admin', 0, 1, 1)",
      )
      .run().lastInsertRowid,
  );
}
