/**
 * @file A core on a fresh data folder with a clock the test moves, and calls made on a connection the test holds
 * (as a host would): what the sign-in tests need besides test/support/api-calls.ts, which signs in behind the
 * scenes.
 */
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { newSessionConnection, type Connection } from '../../electron/core/auth/actor';
import type { ApiResult } from '../../shared/api/result';
import { makeTempDir } from '../support/temp-dir';

/** 06.12.2026 09:00 Moscow time. */
export const START_MS = Date.parse('2026-12-06T09:00:00+03:00');

export interface AuthCore {
  core: Core;
  /** Moves the clock on. */
  advance(ms: number): void;
  /** A new window / browser: no session yet. */
  connection(): Connection;
  call<T = unknown>(connection: Connection, method: string, input?: unknown): Promise<ApiResult<T>>;
  /** The value of a call that must succeed. */
  value<T = unknown>(connection: Connection, method: string, input?: unknown): Promise<T>;
  /** The error of a call that must fail. */
  error(connection: Connection, method: string, input?: unknown): Promise<{ code: string; message: string }>;
  journal(kind?: string): JournalRowRaw[];
}

export interface JournalRowRaw {
  kind: string;
  user_id: number | null;
  user_name: string;
  summary: string;
  object_type: string | null;
  object_id: string | null;
  details_json: string | null;
  before_json: string | null;
  after_json: string | null;
}

export function openAuthCore(): AuthCore {
  let now = START_MS;
  const core = openCore({
    dataDir: makeTempDir('zhku-auth-'),
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => now,
  });
  const call = <T>(connection: Connection, method: string, input: unknown = {}) =>
    core.dispatch(method, input, connection) as Promise<ApiResult<T>>;
  return {
    core,
    advance: (ms) => {
      now += ms;
    },
    connection: newSessionConnection,
    call,
    async value<T>(connection: Connection, method: string, input: unknown = {}) {
      const result = await call<T>(connection, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async error(connection, method, input = {}) {
      const result = await call(connection, method, input);
      if (result.ok) throw new Error(`${method} succeeded but should have been refused`);
      return result.error;
    },
    journal: (kind) =>
      core.ctx.sqlite
        .prepare(
          `SELECT kind, user_id, user_name, summary, object_type, object_id, details_json, before_json, after_json
             FROM actions ${kind ? 'WHERE kind = ?' : ''} ORDER BY id`,
        )
        .all(...(kind ? [kind] : [])) as JournalRowRaw[],
  };
}
