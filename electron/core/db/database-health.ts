/**
 * @file Start-up health of the database file: refuse a lost database instead of silently starting a new one, and
 * refuse a damaged file before the first clerk's call fails on it.
 *
 * - A missing or 0-byte `zhku.sqlite` in a folder that shows traces of work (kept import originals, documents,
 *   backups) means the database was lost — deleted, truncated by a crash, overwritten by a failed copy. SQLite would
 *   happily create an empty database there and the office would start from nothing; instead start-up stops and
 *   points at the backups. A truly fresh folder has no traces and gets its new database as before.
 * - `PRAGMA quick_check` runs at every start: garbage written into the middle of the file (a failing disk, a copy
 *   interrupted half-way) is found here, not by every later call failing with «Внутренняя ошибка».
 * Both stop start-up with a Russian message (DatabaseStartupError) and change nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { DatabaseStartupError } from './startup-error';

/** What counts as a trace of work beside the database file (each checked cheaply: one directory read). */
const TRACES: ReadonlyArray<{ dir: string; words: string; counts: (name: string) => boolean }> = [
  { dir: 'imports', words: 'загруженные файлы (imports)', counts: (name) => !name.startsWith('.') },
  { dir: 'documents', words: 'документы (documents)', counts: (name) => !name.startsWith('.') },
  { dir: 'backups', words: 'резервные копии (backups)', counts: (name) => name.endsWith('.sqlite') },
];

/**
 * Before opening: a missing or empty database file is refused when the folder holds traces of work.
 * ':memory:' and a file with content pass.
 */
export function refuseLostDatabase(databasePath: string): void {
  if (databasePath === ':memory:') return;
  const size = fs.existsSync(databasePath) ? fs.statSync(databasePath).size : null;
  if (size !== null && size > 0) return;
  const folder = path.dirname(databasePath);
  const found = TRACES.filter((t) => hasEntry(path.join(folder, t.dir), t.counts)).map((t) => t.words);
  if (found.length === 0) return;
  const state = size === null ? 'не найден' : 'пуст (0 байт)';
  throw new DatabaseStartupError(
    `Файл базы данных ${databasePath} ${state}, хотя в папке данных есть следы работы: ${found.join(', ')}. ` +
      'Новая пустая база не создана, ничего не изменено. ' +
      `Восстановите базу из резервной копии (${backupsWords(databasePath)}) или обратитесь к администратору.`,
  );
}

/** After opening: `PRAGMA quick_check` must answer «ok»; anything else (or a throw) is a damaged file. */
export function checkDatabaseIntegrity(sqlite: Database.Database, databasePath: string): void {
  if (databasePath === ':memory:') return;
  let problems: string[];
  try {
    const rows = sqlite.pragma('quick_check(5)') as Array<{ quick_check: string }>;
    problems = rows.map((r) => r.quick_check).filter((text) => text !== 'ok');
  } catch (error) {
    throw damagedDatabaseError(databasePath, error);
  }
  if (problems.length > 0) {
    // SQLite's lines («Tree 179 page 1097: btreeInitPage() returns error code 11»): the first one is enough here.
    const lines = problems
      .flatMap((p) => p.split('\n'))
      .filter((line) => line.trim() !== '' && !line.startsWith('***'));
    const more = lines.length > 1 ? ` и ещё ${lines.length - 1}` : '';
    throw damagedDatabaseError(databasePath, new Error(`${lines[0] ?? problems[0]}${more}`));
  }
}

/** SQLite's codes for a file that is not a sound database. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function damagedDatabaseError(databasePath: string, cause: unknown): DatabaseStartupError {
  const detail = (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, ' ').trim();
  return new DatabaseStartupError(
    `Файл базы данных ${databasePath} повреждён (проверка целостности: ${detail.slice(0, 300)}). ` +
      'Программа не запущена, ничего не изменено. ' +
      `Восстановите базу из резервной копии (${backupsWords(databasePath)}) или обратитесь к администратору.`,
    { cause, code: 'DB.CORRUPT' },
  );
}

function backupsWords(databasePath: string): string {
  const beside = path.join(path.dirname(databasePath), 'backups');
  return `папка ${beside} или папка для копий, выбранная в настройках`;
}

function hasEntry(dir: string, counts: (name: string) => boolean): boolean {
  try {
    return fs.readdirSync(dir).some(counts);
  } catch {
    return false;
  }
}
