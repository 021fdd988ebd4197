/**
 * @file A backup made through the API on a real core: its name from the core's clock (Moscow time), checked,
 * listed with size and reason, journaled; a damaged file in the folder listed as not verified; the leftover of a
 * copy interrupted by a killed host not listed and removed by the next copy; the settings' folder checks; the daily
 * and exit copies of the schedule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { callCore, callCoreError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import type { BackupItem, BackupMadeView, BackupSettingsView } from '../../shared/api/contract-backup';

const START = Date.parse('2026-12-06T09:00:00+03:00');
let now = START;
const cores: Core[] = [];

function open(dataDir = makeTempDir('zhku-backup-'), backups?: { schedule: boolean; timers?: boolean }): Core {
  const core = openCore({
    dataDir,
    host: 'browser',
    migrationsFolder: SOURCE_MIGRATIONS_FOLDER,
    clock: () => now,
    ...(backups ? { backups } : {}),
  });
  cores.push(core);
  return core;
}

afterEach(async () => {
  now = START;
  while (cores.length > 0) await cores.pop()?.close();
});

const list = (core: Core) => callCore<{ folder: string; items: BackupItem[] }>(core, 'backups.list', {});
const journalKinds = (core: Core, kind: string) =>
  core.ctx.sqlite.prepare('SELECT summary, details_json FROM actions WHERE kind = ? ORDER BY id').all(kind) as Array<{
    summary: string;
    details_json: string;
  }>;

describe('backups: make, check, list', () => {
  it('makes a checked copy named by the local time, lists it and journals it', async () => {
    const core = open();
    const made = await callCore<BackupMadeView>(core, 'backups.make', {});
    expect(made.name).toBe('zhku-20261206-090000-manual.sqlite');
    const folder = path.join(core.ctx.dataDir, 'backups');
    expect(made.folder).toBe(folder);
    const file = path.join(folder, made.name);
    expect(made.sizeBytes).toBe(fs.statSync(file).size);
    expect(made.sizeBytes).toBeGreaterThan(4096);

    now += 60_000;
    const second = await callCore<BackupMadeView>(core, 'backups.make', {});
    expect(second.name).toBe('zhku-20261206-090100-manual.sqlite');
    // The earlier copy of the same day is rotated away by the newer one.
    expect(second.rotated).toEqual(['zhku-20261206-090000-manual.sqlite']);

    const listed = await list(core);
    expect(listed.folder).toBe(folder);
    expect(listed.items).toEqual([
      {
        name: 'zhku-20261206-090100-manual.sqlite',
        date: '2026-12-06',
        time: '09:01:00',
        reason: 'manual',
        sizeBytes: second.sizeBytes,
        verified: true,
      },
    ]);
    const entries = journalKinds(core, 'backup.made');
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]!.details_json)).toMatchObject({
      name: second.name,
      sizeBytes: second.sizeBytes,
      reason: 'manual',
    });
  });

  it('a damaged file with a backup name is listed as not verified; a truncated one too', async () => {
    const core = open();
    const made = await callCore<BackupMadeView>(core, 'backups.make', {});
    const folder = made.folder;
    fs.writeFileSync(path.join(folder, 'zhku-20261205-080000-daily.sqlite'), Buffer.alloc(70_000, 0x5a));
    const whole = fs.readFileSync(path.join(folder, made.name));
    fs.writeFileSync(path.join(folder, 'zhku-20261204-080000-daily.sqlite'), whole.subarray(0, whole.length - 4096));
    const items = (await list(core)).items;
    expect(items.map((i) => [i.name, i.verified])).toEqual([
      ['zhku-20261206-090000-manual.sqlite', true],
      ['zhku-20261205-080000-daily.sqlite', false],
      ['zhku-20261204-080000-daily.sqlite', false],
    ]);
    expect(items[1]!.problem).toBe('это не файл базы данных SQLite');
    expect(items[2]!.problem).toBe('файл обрезан или дописан');
  });

  it('the leftover of a copy interrupted by a killed host is not listed and is removed by the next copy', async () => {
    const core = open();
    const first = await callCore<BackupMadeView>(core, 'backups.make', {});
    // What VACUUM INTO leaves when the process dies mid-copy: a partial file under the temp name.
    const partial = fs.readFileSync(path.join(first.folder, first.name)).subarray(0, 8192);
    const leftover = path.join(first.folder, '.zhku-tmp-1f2e3d4c.sqlite');
    fs.writeFileSync(leftover, partial);
    expect((await list(core)).items.map((i) => i.name)).toEqual([first.name]);
    now += 3_600_000;
    await callCore<BackupMadeView>(core, 'backups.make', {});
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.readdirSync(first.folder).filter((f) => f.startsWith('.zhku-tmp-'))).toEqual([]);
  });

  it('settings: the folder must exist, be absolute and take a file; copies then go there', async () => {
    const core = open();
    const defaults = await callCore<BackupSettingsView>(core, 'backups.settings', {});
    expect(defaults).toEqual({
      folder: path.join(core.ctx.dataDir, 'backups'),
      defaultFolder: path.join(core.ctx.dataDir, 'backups'),
      isDefault: true,
      daily: true,
      atExit: true,
    });
    const missing = await callCoreError(core, 'backups.saveSettings', {
      folder: path.join(core.ctx.dataDir, 'no-such-drive'),
      daily: true,
      atExit: true,
    });
    expect(missing.code).toBe('VALIDATION');
    expect(missing.message).toContain('не найдена');
    expect(missing.message).toContain('Настройки не изменены.');
    const relative = await callCoreError(core, 'backups.saveSettings', {
      folder: 'backups2',
      daily: true,
      atExit: true,
    });
    expect(relative.code).toBe('VALIDATION');
    expect(relative.message).toContain('полный путь');

    const usb = makeTempDir('zhku-usb-');
    const saved = await callCore<BackupSettingsView>(core, 'backups.saveSettings', {
      folder: usb,
      daily: false,
      atExit: true,
    });
    expect(saved).toMatchObject({ folder: usb, isDefault: false, daily: false, atExit: true });
    const made = await callCore<BackupMadeView>(core, 'backups.make', {});
    expect(made.folder).toBe(usb);
    expect(fs.existsSync(path.join(usb, made.name))).toBe(true);
    expect((await list(core)).folder).toBe(usb);
    expect(journalKinds(core, 'backup.settings')).toHaveLength(1);

    // The drive is gone: the copy fails in Russian, is journaled, and the database is untouched.
    fs.rmSync(usb, { recursive: true, force: true });
    const failed = await callCoreError(core, 'backups.make', {});
    expect(failed.code).toBe('BACKUP.FAILED');
    expect(failed.message).toContain('недоступна');
    expect(journalKinds(core, 'backup.failed')).toHaveLength(1);
  });

  it('the schedule: a daily copy when today has none, then none the same day; a copy at exit only after a change', async () => {
    const dataDir = makeTempDir('zhku-backup-');
    const folder = path.join(dataDir, 'backups');
    const core = open(dataDir, { schedule: true, timers: false });
    expect(await core.ctx.backupSchedule?.checkDaily()).toBe(true);
    expect(await core.ctx.backupSchedule?.checkDaily()).toBe(false);
    expect(fs.readdirSync(folder)).toEqual(['zhku-20261206-090000-daily.sqlite']);
    cores.pop();
    await core.close();
    // Nothing changed since the daily copy: no copy at exit.
    expect(fs.readdirSync(folder)).toEqual(['zhku-20261206-090000-daily.sqlite']);

    now += 3_600_000;
    const again = open(dataDir, { schedule: true, timers: false });
    expect(await again.ctx.backupSchedule?.checkDaily()).toBe(false);
    await callCore(again, 'settings.update', {
      organisationName: 'МКУ «Расчётный центр»',
      districtName: 'Городской округ Красногорск',
      responsiblePerson: '',
    });
    cores.pop();
    await again.close();
    // The exit copy is today's newest: the rotation keeps it in place of the morning's daily one.
    expect(fs.readdirSync(folder)).toEqual(['zhku-20261206-100000-exit.sqlite']);
  });

  it('a core without the schedule (tests, the CLI) makes no copy at close', async () => {
    const dataDir = makeTempDir('zhku-backup-');
    const core = open(dataDir);
    await callCore(core, 'settings.update', { organisationName: 'А', districtName: 'Б', responsiblePerson: '' });
    cores.pop();
    await core.close();
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });
});
