/**
 * @file Storage failures in the clerk's words: a busy, full, damaged or read-only database, and a disk with no
 * space, instead of «Внутренняя ошибка» or a stack trace.
 *
 * Used where INTERNAL used to be produced (the API's dispatch, electron/core/api/dispatch.ts) and where a long job
 * fails (electron/core/jobs/*). «Nothing was changed» holds for the API: a handler's transaction that fails is
 * rolled back by SQLite (better-sqlite3's `transaction()` and the hand-opened BEGIN … ROLLBACK of the import), so a
 * refused call leaves the database as it was. A job says what it kept (what-is-kept.ts).
 *
 * better-sqlite3 throws SqliteError with SQLite's extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_CORRUPT_VTAB,
 * SQLITE_READONLY_DBMOVED …) — matched by prefix; Node's fs errors carry errno names (ENOSPC, EACCES, EROFS).
 * An error wrapped as another's `cause` is looked through.
 */
import { AppError } from '../app-error';

export type StorageCode = 'DB.BUSY' | 'DB.FULL' | 'DB.CORRUPT' | 'DB.READONLY';

export interface StorageFailure {
  code: StorageCode;
  /** What happened, one sentence. */
  what: string;
  /** What the clerk can do, a sentence ending with a full stop (starts lower-case: it follows a dash). */
  advice: string;
}

const FAILURES: Record<StorageCode, Omit<StorageFailure, 'code'>> = {
  'DB.BUSY': {
    what: 'База данных занята другой операцией (длительным заданием или другой программой) и не ответила вовремя.',
    advice: 'повторите через минуту.',
  },
  'DB.FULL': {
    what: 'На диске с папкой данных закончилось место.',
    advice: 'освободите место на диске (или попросите администратора) и повторите.',
  },
  'DB.CORRUPT': {
    what: 'Файл базы данных повреждён.',
    advice:
      'закройте программу и восстановите базу из резервной копии (Настройки → Резервные копии) или обратитесь к администратору.',
  },
  'DB.READONLY': {
    what: 'Запись в папку данных невозможна: нет прав на файл базы данных или диск доступен только для чтения.',
    advice: 'проверьте права на папку данных (или обратитесь к администратору) и повторите.',
  },
};

/** The storage failure behind `error`, or null when it is something else (a bug stays INTERNAL). */
export function storageFailureOf(error: unknown): StorageFailure | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = codeOf(e);
    if (code) return { code, ...FAILURES[code] };
  }
  return null;
}

/** The AppError the API answers with: what happened, that nothing was changed, and what to do. */
export function storageAppError(error: unknown): AppError | null {
  const failure = storageFailureOf(error);
  if (!failure) return null;
  return new AppError(failure.code, `${failure.what} Ничего не изменено — ${failure.advice}`);
}

function codeOf(error: unknown): StorageCode | null {
  const raw = (error as { code?: unknown }).code;
  if (typeof raw !== 'string') return null;
  if (raw.startsWith('SQLITE_BUSY') || raw.startsWith('SQLITE_LOCKED')) return 'DB.BUSY';
  if (raw === 'SQLITE_FULL' || raw === 'ENOSPC' || raw === 'EDQUOT') return 'DB.FULL';
  if (raw.startsWith('SQLITE_CORRUPT') || raw === 'SQLITE_NOTADB') return 'DB.CORRUPT';
  if (
    raw.startsWith('SQLITE_READONLY') ||
    raw === 'SQLITE_CANTOPEN' ||
    raw === 'EACCES' ||
    raw === 'EROFS' ||
    raw === 'EPERM'
  ) {
    return 'DB.READONLY';
  }
  // SQLite reports «disk full» during some writes as an I/O error whose message says so.
  if (raw.startsWith('SQLITE_IOERR') && /disk is full|no space/i.test((error as Error).message ?? '')) return 'DB.FULL';
  return null;
}
