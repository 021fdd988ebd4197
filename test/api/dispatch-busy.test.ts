/**
 * A call that finds the database busy — a stale read snapshot (SQLite answers SQLITE_BUSY at once when another
 * connection committed meanwhile) or the write lock of a job's short transaction — is tried again after a pause
 * instead of reaching the clerk as «База данных занята»; the load test of the office server found 1,157 of 2,077
 * call recordings refused that way while imports ran. A call that stays busy is still answered DB.BUSY in the end.
 */
import { describe, expect, it } from 'vitest';
import { createDispatch, type ApiHandlers } from '../../electron/core/api/dispatch';
import { createLogger } from '../../electron/core/logger';
import { makeTempDir } from '../support/temp-dir';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' });

function dispatchWith(status: () => unknown) {
  const handlers = { 'auth.status': status } as unknown as ApiHandlers;
  return createDispatch({
    handlers,
    logger: createLogger(makeTempDir(), false),
    identify: () => ({ actor: null, refusal: 'AUTH.SIGN_IN_REQUIRED' }),
  });
}

describe('a busy database in dispatch', () => {
  it('tries the call again and answers it when the database is free', async () => {
    let calls = 0;
    const dispatch = dispatchWith(() => {
      calls += 1;
      if (calls <= 3) throw busy();
      return { answered: calls };
    });
    const reply = await dispatch('auth.status', {}, { kind: 'session', token: null });
    expect(reply).toEqual({ ok: true, value: { answered: 4 } });
    expect(calls).toBe(4);
  });

  it('does not try again a call that failed otherwise', async () => {
    let calls = 0;
    const dispatch = dispatchWith(() => {
      calls += 1;
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    const reply = await dispatch('auth.status', {}, { kind: 'session', token: null });
    expect(reply.ok ? null : reply.error.code).toBe('DB.FULL');
    expect(calls).toBe(1);
  });
});
