/**
 * @file Is a file a sound copy of our database? Two depths:
 * - `looksLikeOurCopy` for the list (cheap, every file every time): the SQLite header, a length that matches the
 *   header's page count (a truncated or padded file fails), it opens read-only and it holds our migrations table;
 * - `verifyCopy` before a copy gets its final name and before a restore: all of the above plus
 *   `PRAGMA integrity_check` = 'ok' and, with the migrations folder, not written by a newer version of the program.
 * Neither writes to the file: it is opened read-only (a copy made by VACUUM INTO has no WAL to replay).
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationJournal, readSchemaState } from '../db/migration-journal';
import { foldForSearch } from '../../../shared/text/fold-for-search';

export type CopyVerdict = { ok: true } | { ok: false; why: string };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function headerVerdict(filePath: string): CopyVerdict {
  let size: number;
  const header = Buffer.alloc(100);
  try {
    size = fs.statSync(filePath).size;
    const fd = fs.openSync(filePath, 'r');
    try {
      fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return { ok: false, why: 'файл не читается' };
  }
  if (size < 100 || !header.subarray(0, 16).equals(MAGIC)) return { ok: false, why: 'это не файл базы данных SQLite' };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countValid && pageCount * pageSize !== size) return { ok: false, why: 'файл обрезан или дописан' };
  return { ok: true };
}

function withReadOnly<T>(filePath: string, use: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(filePath, { readonly: true, fileMustExist: true });
  // As electron/core/db/connection.ts registers it: an index or view over fold_search() needs it to be checked.
  sqlite.function('fold_search', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : null,
  );
  try {
    return use(sqlite);
  } finally {
    sqlite.close();
  }
}

function hasMigrationsTable(sqlite: Database.Database): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get() !==
    undefined
  );
}

export function looksLikeOurCopy(filePath: string): CopyVerdict {
  const header = headerVerdict(filePath);
  if (!header.ok) return header;
  try {
    return withReadOnly(filePath, (sqlite) =>
      hasMigrationsTable(sqlite) ? { ok: true } : { ok: false, why: 'в файле нет базы данных программы' },
    );
  } catch {
    return { ok: false, why: 'файл не открывается как база данных' };
  }
}

export function verifyCopy(filePath: string, migrationsFolder?: string): CopyVerdict {
  const header = headerVerdict(filePath);
  if (!header.ok) return header;
  try {
    return withReadOnly(filePath, (sqlite): CopyVerdict => {
      const rows = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
      if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok')
        return { ok: false, why: 'проверка целостности не пройдена' };
      if (!hasMigrationsTable(sqlite)) return { ok: false, why: 'в файле нет базы данных программы' };
      if (migrationsFolder && readSchemaState(sqlite, readMigrationJournal(migrationsFolder)).newerThanApp) {
        return { ok: false, why: 'копия сделана более новой версией программы — сначала обновите программу' };
      }
      return { ok: true };
    });
  } catch {
    return { ok: false, why: 'файл повреждён или не открывается как база данных' };
  }
}
