/**
 * @file Restore through the API on a real (reopenable) core: a copy made, the data changed, the copy restored —
 * the change is gone, the database as it was before the restore is kept as a 'before-restore' copy, the restored
 * database's journal says who restored it from which copy, and every session is gone. A damaged copy is refused
 * with BACKUP.BAD_COPY and changes nothing; `{}` restores nothing; a core without the reopenable layer refuses.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openReopenableCore, type ReopenableCore } from '../../electron/core/reopenable-core';
import { openCore } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { callCore, callCoreError, sessionOf } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import type { BackupItem, BackupMadeView, BackupRestoredView } from '../../shared/api/contract-backup';
import type { Settings } from '../../shared/api/contract';

let now = Date.parse('2026-12-06T09:00:00+03:00');
let core: ReopenableCore | null = null;

afterEach(async () => {
  await core?.close();
  core = null;
});

function openReopenable(): ReopenableCore {
  core = openReopenableCore({
    dataDir: makeTempDir('zhku-restore-'),
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => now,
  });
  return core;
}

const ORIGINAL: Settings = {
  organisationName: 'МКУ «Расчётный центр»',
  districtName: 'Городской округ Красногорск',
  responsiblePerson: 'Петрова А. А.',
};
const CHANGED: Settings = {
  organisationName: 'Изменено после копии',
  districtName: 'Другой район',
  responsiblePerson: '',
};

describe('restore from a backup', () => {
  it('brings the copy back, keeps the current database as before-restore, journals it, signs everyone out', async () => {
    const c = openReopenable();
    await callCore(c, 'settings.update', ORIGINAL);
    const made = await callCore<BackupMadeView>(c, 'backups.make', {});
    now += 60_000;
    await callCore(c, 'settings.update', CHANGED);
    const adminSession = sessionOf(c, 'test.admin', 'admin');
    expect((await c.dispatch('settings.get', {}, adminSession)).ok).toBe(true);
    const oldCtx = c.ctx;

    now += 60_000;
    const restored = await callCore<BackupRestoredView>(c, 'backups.restore', { name: made.name });
    expect(restored).toEqual({ restoredFrom: made.name, savedAs: 'zhku-20261206-090200-before-restore.sqlite' });
    expect(c.ctx).not.toBe(oldCtx);
    expect(oldCtx.sqlite.open).toBe(false);

    // The session of before the restore is gone.
    const after = await c.dispatch('settings.get', {}, adminSession);
    expect(after.ok ? 'ok' : after.error.code).toBe('AUTH.SIGN_IN_REQUIRED');
    expect(await callCore<Settings>(c, 'settings.get', {})).toEqual(ORIGINAL);

    const items = (await callCore<{ items: BackupItem[] }>(c, 'backups.list', {})).items;
    expect(items.map((i) => [i.name, i.reason, i.verified])).toEqual([
      ['zhku-20261206-090200-before-restore.sqlite', 'before-restore', true],
      [made.name, 'manual', true],
    ]);
    // The before-restore copy holds the change the restore undid.
    const saved = new Database(path.join(made.folder, restored.savedAs), { readonly: true });
    try {
      const row = saved.prepare("SELECT value_json FROM app_settings WHERE key = 'organisation'").get() as {
        value_json: string;
      };
      expect(JSON.parse(row.value_json)).toEqual(CHANGED);
    } finally {
      saved.close();
    }

    const journal = c.ctx.sqlite
      .prepare("SELECT user_name, summary, details_json FROM actions WHERE kind = 'backup.restored'")
      .all() as Array<{ user_name: string; summary: string; details_json: string }>;
    expect(journal).toHaveLength(1);
    expect(journal[0]!.summary).toBe(
      `База данных восстановлена из резервной копии ${made.name}; прежняя база сохранена как zhku-20261206-090200-before-restore.sqlite`,
    );
    expect(journal[0]!.user_name).toBe('Проверка (администратор)');
    expect(JSON.parse(journal[0]!.details_json)).toMatchObject({ from: made.name, savedAs: restored.savedAs });
  });

  it('a damaged copy is refused with BACKUP.BAD_COPY and nothing changes', async () => {
    const c = openReopenable();
    await callCore(c, 'settings.update', ORIGINAL);
    const made = await callCore<BackupMadeView>(c, 'backups.make', {});
    // Garbage in the middle of the copy: the header and length are intact, the pages are not.
    const file = path.join(made.folder, made.name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, Math.min(bytes.length - 4096, 4096 * 8));
    fs.writeFileSync(file, bytes);
    const ctxBefore = c.ctx;
    const refused = await callCoreError(c, 'backups.restore', { name: made.name });
    expect(refused.code).toBe('BACKUP.BAD_COPY');
    expect(refused.message).toContain('База данных не изменена.');
    expect(c.ctx).toBe(ctxBefore);
    expect(fs.readdirSync(made.folder)).toEqual([made.name]);
    expect(await callCore<Settings>(c, 'settings.get', {})).toEqual(ORIGINAL);
  });

  it('`{}` restores nothing; a missing copy is NOT_FOUND; a core without the reopenable layer refuses', async () => {
    const c = openReopenable();
    expect((await callCoreError(c, 'backups.restore', {})).code).toBe('VALIDATION');
    expect((await callCoreError(c, 'backups.restore', { name: '../zhku.sqlite' })).code).toBe('VALIDATION');
    expect((await callCoreError(c, 'backups.restore', { name: 'zhku-20261201-090000-daily.sqlite' })).code).toBe(
      'NOT_FOUND',
    );
    const plain = openCore({
      dataDir: makeTempDir('zhku-plain-'),
      host: 'cli',
      migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
      clock: () => now,
    });
    try {
      const made = await callCore<BackupMadeView>(plain, 'backups.make', {});
      const refused = await callCoreError(plain, 'backups.restore', { name: made.name });
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('командой restore');
    } finally {
      await plain.close();
    }
  });
});
