/**
 * One writer per data folder: `zhku.lock` names the process holding the folder; a second host or the CLI on the same
 * folder is refused with the holder named; a lock whose process is gone is taken over; the same process may close
 * and reopen (a restore reopens the core), and several cores of one process share the lock.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { DatabaseStartupError } from '../../electron/core/db/prepare-database';
import { LOCK_FILE_NAME, readLock } from '../../electron/core/db/data-folder-lock';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';
import { spawnServe } from '../support/spawn-serve';
import { cli } from '../cli/cli-support';

/** 06.12.2026 10:15 Moscow time. */
const STARTED_MS = Date.parse('2026-12-06T10:15:00+03:00');

const open = (dataDir: string, host: 'browser' | 'electron' | 'cli' = 'electron') =>
  openCore({ dataDir, host, migrationsFolder: SOURCE_MIGRATIONS_FOLDER });

function writeLock(dataDir: string, record: object): void {
  fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(record));
}

function refusal(dataDir: string): DatabaseStartupError {
  try {
    open(dataDir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseStartupError);
    return error as DatabaseStartupError;
  }
  throw new Error('openCore opened a folder another process holds');
}

describe('the data folder lock', () => {
  it('refuses while another live process on this computer holds the folder, naming it; takes over once it is gone', async () => {
    const dir = makeTempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const pid = sleeper.pid as number;
    try {
      writeLock(dir, { pid, hostName: os.hostname(), host: 'browser', startedAtMs: STARTED_MS, token: 'x' });
      const error = refusal(dir);
      expect(error.code).toBe('DB.LOCKED_BY_OTHER');
      expect(error.message).toBe(
        `Папку данных использует другая копия программы: сервер (PID ${pid}, компьютер ${os.hostname()}), ` +
          'запущена 06.12.2026 10:15. Закройте её и запустите программу снова. Ничего не изменено.',
      );
      // Nothing was created: the refusal comes before the database is opened.
      expect(fs.existsSync(path.join(dir, 'zhku.sqlite'))).toBe(false);
    } finally {
      const exited = new Promise((resolve) => sleeper.once('exit', resolve));
      sleeper.kill('SIGKILL');
      await exited;
    }
    const core = open(dir);
    expect(readLock(path.join(dir, LOCK_FILE_NAME))).toMatchObject({
      pid: process.pid,
      host: 'electron',
      hostName: os.hostname(),
    });
    await core.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('takes over a stale lock whose process does not exist (PID 999999)', async () => {
    const dir = makeTempDir();
    writeLock(dir, { pid: 999999, hostName: os.hostname(), host: 'cli', startedAtMs: STARTED_MS, token: 'old' });
    const core = open(dir, 'browser');
    expect(readLock(path.join(dir, LOCK_FILE_NAME))).toMatchObject({ pid: process.pid, host: 'browser' });
    await core.close();
  });

  it('takes over an unreadable lock older than a few seconds (a crash while it was written)', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, LOCK_FILE_NAME);
    fs.writeFileSync(file, '');
    fs.utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const core = open(dir);
    expect(readLock(file)?.pid).toBe(process.pid);
    await core.close();
  });

  it('respects a lock written by another computer and says how to release it', () => {
    const dir = makeTempDir();
    writeLock(dir, { pid: 4321, hostName: 'OFFICE-1', host: 'electron', startedAtMs: STARTED_MS, token: 'y' });
    expect(refusal(dir).message).toBe(
      'Папку данных использует другая копия программы: приложение на компьютере (PID 4321, компьютер OFFICE-1), ' +
        'запущена 06.12.2026 10:15. Закройте её и запустите программу снова. Если компьютер OFFICE-1 выключен, ' +
        `удалите файл ${path.join(dir, LOCK_FILE_NAME)}. Ничего не изменено.`,
    );
  });

  it('lets the same process close and reopen, and shares the lock between its cores until the last closes', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, LOCK_FILE_NAME);
    await open(dir).close();
    expect(fs.existsSync(file)).toBe(false);
    const first = open(dir);
    const second = open(dir, 'cli');
    await first.close();
    expect(readLock(file)?.pid).toBe(process.pid);
    await second.close();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a served host holds the folder: the CLI and another core are refused; after the server stops the CLI runs', async () => {
    const dir = makeTempDir();
    const served = await spawnServe(dir);
    try {
      const holder = readLock(path.join(dir, LOCK_FILE_NAME));
      expect(holder).toMatchObject({ host: 'browser', hostName: os.hostname() });
      expect(holder?.pid).not.toBe(process.pid);
      const run = await cli(['info', '--data-dir', dir]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(
        new RegExp(
          `^Папку данных использует другая копия программы: сервер \\(PID ${holder?.pid}, компьютер ${os.hostname()}\\), ` +
            'запущена \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\. Закройте её и запустите программу снова\\. Ничего не изменено\\.\\n$',
        ),
      );
      expect(refusal(dir).code).toBe('DB.LOCKED_BY_OTHER');
    } finally {
      await served.stop();
    }
    // npm exits first; the server's node process closes its core (and removes the lock) just after.
    await expect.poll(() => fs.existsSync(path.join(dir, LOCK_FILE_NAME)), { timeout: 20_000 }).toBe(false);
    const after = await cli(['info', '--json', '--data-dir', dir]);
    expect(after.code).toBe(0);
  }, 120_000);
});
