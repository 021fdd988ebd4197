/**
 * @file The CLI's `backup [--to ПАПКА]` and `restore --from ФАЙЛ`: a copy made where told; a restore into a closed
 * data folder brings the copy back, saves the current database first and journals it; refused while a program
 * holds the database, and for a damaged copy — both without changing anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { callCore } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';
import type { Settings } from '../../shared/api/contract';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const open = (dataDir: string): Core => openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER });
const ORIGINAL: Settings = { organisationName: 'До копии', districtName: 'Район', responsiblePerson: '' };
const CHANGED: Settings = { organisationName: 'После копии', districtName: 'Район', responsiblePerson: '' };

describe('CLI backup and restore', () => {
  it('backup --to makes a checked copy there; restore --from brings it back into the closed folder', async () => {
    const dataDir = makeTempDir('zhku-cli-backup-');
    const usb = makeTempDir('zhku-usb-');
    let core = open(dataDir);
    await callCore(core, 'settings.update', ORIGINAL);
    await core.close();

    const made = await cli(['backup', '--to', usb, '--data-dir', dataDir, '--json']);
    expect(made.code, made.err).toBe(0);
    const value = JSON.parse(made.out) as { name: string; folder: string };
    expect(value.folder).toBe(usb);
    expect(value.name).toMatch(/^zhku-\d{8}-\d{6}-manual\.sqlite$/);
    const copy = path.join(usb, value.name);
    expect(fs.existsSync(copy)).toBe(true);

    core = open(dataDir);
    await callCore(core, 'settings.update', CHANGED);
    // While a program holds the database the restore is refused and nothing changes.
    const refused = await cli(['restore', '--from', copy, '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('База данных открыта программой');
    expect(await callCore<Settings>(core, 'settings.get', {})).toEqual(CHANGED);
    await core.close();

    const restored = await cli(['restore', '--from', copy, '--data-dir', dataDir]);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain('База данных восстановлена из копии');
    expect(restored.out).toMatch(/Прежняя база сохранена как zhku-\d{8}-\d{6}-before-restore\.sqlite/);

    core = open(dataDir);
    try {
      expect(await callCore<Settings>(core, 'settings.get', {})).toEqual(ORIGINAL);
      const row = core.ctx.sqlite
        .prepare("SELECT user_name, summary FROM actions WHERE kind = 'backup.restored'")
        .get() as {
        user_name: string;
        summary: string;
      };
      expect(row.user_name).toMatch(/^Командная строка \(/);
      expect(row.summary).toContain(`из резервной копии ${value.name}`);
      const saved = fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.endsWith('-before-restore.sqlite'));
      expect(saved).toHaveLength(1);
    } finally {
      await core.close();
    }
  });

  it('restore --from a damaged file is refused with the reason; the database stays', async () => {
    const dataDir = makeTempDir('zhku-cli-backup-');
    const core = open(dataDir);
    await callCore(core, 'settings.update', ORIGINAL);
    await core.close();
    const junk = path.join(makeTempDir('zhku-junk-'), 'copy.sqlite');
    fs.writeFileSync(junk, 'это не база данных');
    const refused = await cli(['restore', '--from', junk, '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('восстановить нельзя: это не файл базы данных SQLite. База данных не изменена.');
    const again = open(dataDir);
    try {
      expect(await callCore<Settings>(again, 'settings.get', {})).toEqual(ORIGINAL);
    } finally {
      await again.close();
    }
  });
});
