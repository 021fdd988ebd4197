/**
 * Start-up health on real files through openCore: a lost database (missing or 0 bytes while the folder holds imports
 * or backups) is refused and never replaced by a new empty one; a truly fresh folder still gets its database; garbage
 * written into the middle of the file is caught at start by `PRAGMA quick_check`, not by every later call.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore, DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { DatabaseStartupError } from '../../electron/core/db/prepare-database';
import { LOCK_FILE_NAME } from '../../electron/core/db/data-folder-lock';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';

const open = (dataDir: string) => openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });

function startupError(dataDir: string): DatabaseStartupError {
  try {
    open(dataDir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseStartupError);
    return error as DatabaseStartupError;
  }
  throw new Error('openCore started on a folder it had to refuse');
}

describe('a lost database is refused, not recreated', () => {
  it('0-byte database with import originals beside it: refused in Russian, the file stays 0 bytes, no lock left', () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'imports'));
    fs.writeFileSync(path.join(dir, 'imports', 'a1b2c3d4e5f6-начисления.csv'), 'л/с;сумма\n');
    fs.writeFileSync(path.join(dir, DATABASE_FILE_NAME), '');
    const error = startupError(dir);
    expect(error.message).toBe(
      `Файл базы данных ${path.join(dir, DATABASE_FILE_NAME)} пуст (0 байт), хотя в папке данных есть следы работы: ` +
        'загруженные файлы (imports). Новая пустая база не создана, ничего не изменено. Восстановите базу из резервной ' +
        `копии (папка ${path.join(dir, 'backups')} или папка для копий, выбранная в настройках) или обратитесь к администратору.`,
    );
    expect(fs.statSync(path.join(dir, DATABASE_FILE_NAME)).size).toBe(0);
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('missing database with a backup copy and documents: refused, nothing created', () => {
    const dir = makeTempDir();
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.writeFileSync(path.join(dir, 'backups', 'zhku-20261206-090000-v40.sqlite'), 'copy');
    fs.mkdirSync(path.join(dir, 'documents', 'claims'), { recursive: true });
    const error = startupError(dir);
    expect(error.message).toContain(
      'не найден, хотя в папке данных есть следы работы: документы (documents), резервные копии (backups).',
    );
    expect(fs.existsSync(path.join(dir, DATABASE_FILE_NAME))).toBe(false);
  });

  it('a fresh folder, and a 0-byte file in a folder with no traces, get a new database', async () => {
    const fresh = makeTempDir();
    const core = open(path.join(fresh, 'new'));
    expect((core.ctx.sqlite.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n).toBe(0);
    await core.close();

    const empty = makeTempDir();
    fs.writeFileSync(path.join(empty, DATABASE_FILE_NAME), '');
    fs.mkdirSync(path.join(empty, 'imports', '.pending'), { recursive: true });
    fs.mkdirSync(path.join(empty, 'logs'));
    const second = open(empty);
    expect(second.ctx.schema.pending).toEqual([]);
    await second.close();
  });
});

describe('a damaged database is refused at start', () => {
  it('1 MB of garbage in the middle of the file: DB.CORRUPT with the backups named, the file not touched', async () => {
    const dir = makeTempDir();
    const core = open(dir);
    // Some megabytes of real pages, so the middle of the file is a table's b-tree.
    core.ctx.sqlite.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, payload BLOB)');
    const insert = core.ctx.sqlite.prepare('INSERT INTO filler (payload) VALUES (randomblob(900))');
    core.ctx.sqlite.transaction(() => {
      for (let i = 0; i < 6000; i += 1) insert.run();
    })();
    await core.close();
    const file = path.join(dir, DATABASE_FILE_NAME);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(4 * 1024 * 1024);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(1024 * 1024), 0, 1024 * 1024, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(file);

    const error = startupError(dir);
    expect(error.code).toBe('DB.CORRUPT');
    expect(error.message).toMatch(
      new RegExp(
        `^Файл базы данных ${escape(file)} повреждён \\(проверка целостности: Tree \\d+ page \\d+: [^\n]+\\)\\. `,
      ),
    );
    expect(error.message).toContain(
      `Программа не запущена, ничего не изменено. Восстановите базу из резервной копии (папка ${path.join(dir, 'backups')}`,
    );
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('a file that is not a database at all (garbage header): DB.CORRUPT', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE_NAME), crypto.randomBytes(64 * 1024));
    const error = startupError(dir);
    expect(error.code).toBe('DB.CORRUPT');
    expect(error.message).toContain('повреждён');
  });

  it('a sound database passes the check and opens', async () => {
    const dir = makeTempDir();
    await open(dir).close();
    const core = open(dir);
    const db = new Database(path.join(dir, DATABASE_FILE_NAME), { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
    await core.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
