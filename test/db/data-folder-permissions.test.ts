/**
 * Data at rest on POSIX: the data folder and its sub-folders are 0700 and its files 0600 — the database and its WAL
 * companions, the lock, the log, uploads, exports written by a job or a handler; a folder an earlier version left
 * 0755 / 0644 is tightened at start, without touching files that are not the program's. Windows has no such modes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { callCore } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';

const modeOf = (file: string): string => (fs.statSync(file).mode & 0o777).toString(8);

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

describe.skipIf(process.platform === 'win32')('owner-only data folder (POSIX)', () => {
  it('creates the folder 0700 and everything the core writes 0600 / 0700', async () => {
    const dataDir = path.join(makeTempDir(), 'data');
    core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    core.ctx.logger.info('проверка');
    const upload = await saveUpload(dataDir, 'начисления.csv', Buffer.from('л/с;сумма\n'));
    const exported = await callCore<{ savedPath: string }>(core, 'journal.exportXlsx', {});
    expect(modeOf(dataDir)).toBe('700');
    for (const name of ['zhku.sqlite', 'zhku.sqlite-wal', 'zhku.sqlite-shm', 'zhku.lock']) {
      expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, '600']);
    }
    expect(modeOf(path.join(dataDir, 'logs'))).toBe('700');
    expect(modeOf(path.join(dataDir, 'logs', 'app.log'))).toBe('600');
    expect(modeOf(path.join(dataDir, 'incoming', upload.uploadId))).toBe('700');
    expect(modeOf(path.join(dataDir, 'incoming', upload.uploadId, 'начисления.csv'))).toBe('600');
    const savedPath = path.isAbsolute(exported.savedPath) ? exported.savedPath : path.join(dataDir, exported.savedPath);
    expect(modeOf(path.dirname(savedPath))).toBe('700');
    expect(modeOf(savedPath)).toBe('600');
  });

  it('tightens a folder an earlier version left open, but not a file that is not the program’s', async () => {
    const dataDir = makeTempDir();
    core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    await core.close();
    core = null;
    // What an earlier version left: modes set by hand (the process's umask is the program's 077 by now).
    const letter = path.join(dataDir, 'documents', 'claims', 'letter.pdf');
    fs.mkdirSync(path.dirname(letter), { recursive: true });
    fs.writeFileSync(letter, '%PDF');
    fs.writeFileSync(path.join(dataDir, 'заметки.txt'), 'моё');
    for (const [file, mode] of [
      [dataDir, 0o755],
      [path.join(dataDir, 'zhku.sqlite'), 0o644],
      [path.join(dataDir, 'documents'), 0o755],
      [path.dirname(letter), 0o755],
      [letter, 0o644],
      [path.join(dataDir, 'заметки.txt'), 0o644],
    ] as const) {
      fs.chmodSync(file, mode);
    }
    core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
    expect(modeOf(dataDir)).toBe('700');
    expect(modeOf(path.join(dataDir, 'zhku.sqlite'))).toBe('600');
    expect(modeOf(path.join(dataDir, 'documents'))).toBe('700');
    expect(modeOf(path.join(dataDir, 'documents', 'claims'))).toBe('700');
    expect(modeOf(path.join(dataDir, 'documents', 'claims', 'letter.pdf'))).toBe('600');
    expect(modeOf(path.join(dataDir, 'заметки.txt'))).toBe('644');
  });
});
