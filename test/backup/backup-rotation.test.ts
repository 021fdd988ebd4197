/**
 * @file The rotation by hand (7 daily, 4 weekly, 12 monthly; before-restore never): on Sunday 06.12.2026 the ISO
 * weeks kept start 30.11, 23.11, 16.11 and 09.11, the months kept are January to December 2026.
 */
import { describe, expect, it } from 'vitest';
import { backupsToRotate } from '../../electron/core/backup/backup-rotation';
import { parseBackupName, type ParsedBackupName } from '../../electron/core/backup/backup-names';
import { addDays } from '../../shared/calendar/date-math';

const parsed = (names: string[]): ParsedBackupName[] =>
  names.map((n) => {
    const p = parseBackupName(n);
    if (!p) throw new Error(`not a backup name: ${n}`);
    return p;
  });

describe('backup rotation', () => {
  it('keeps the newest of each day, week and month, never a before-restore copy nor a future one', () => {
    const names = [
      'zhku-20261206-090000-daily.sqlite', // today, but the manual copy at 12:00 is newer → deleted
      'zhku-20261206-120000-manual.sqlite', // today's newest
      'zhku-20261205-180000-exit.sqlite', // yesterday
      'zhku-20261130-090000-daily.sqlite', // the 7th day back
      'zhku-20261129-090000-daily.sqlite', // newest of the week of 23.11
      'zhku-20261125-090000-daily.sqlite', // older in that week, not November's newest → deleted
      'zhku-20261116-090000-daily.sqlite', // week of 16.11
      'zhku-20261103-090000-daily.sqlite', // week of 02.11 is the 5th back; November's newest is 30.11 → deleted
      'zhku-20261031-090000-daily.sqlite', // October's newest
      'zhku-20261001-090000-daily.sqlite', // → deleted
      'zhku-20260115-090000-daily.sqlite', // January 2026, the 12th month back
      'zhku-20251231-090000-daily.sqlite', // December 2025, the 13th → deleted
      'zhku-20250101-090000-before-restore.sqlite', // never
      'zhku-20261207-090000-daily.sqlite', // after today (a clock moved back) → kept
    ];
    expect(backupsToRotate(parsed(names), '2026-12-06')).toEqual([
      'zhku-20261206-090000-daily.sqlite',
      'zhku-20261125-090000-daily.sqlite',
      'zhku-20261103-090000-daily.sqlite',
      'zhku-20261001-090000-daily.sqlite',
      'zhku-20251231-090000-daily.sqlite',
    ]);
  });

  it('of 40 daily copies (28.10–06.12) keeps 11: seven days, three more weeks, October', () => {
    const names: string[] = [];
    for (let d = '2026-10-28'; d <= '2026-12-06'; d = addDays(d, 1))
      names.push(`zhku-${d.replace(/-/g, '')}-030000-daily.sqlite`);
    expect(names).toHaveLength(40);
    const deleted = backupsToRotate(parsed(names), '2026-12-06');
    const kept = names.filter((n) => !deleted.includes(n)).map((n) => n.slice(5, 13));
    expect(kept.sort()).toEqual([
      '20261031',
      '20261115',
      '20261122',
      '20261129',
      '20261130',
      '20261201',
      '20261202',
      '20261203',
      '20261204',
      '20261205',
      '20261206',
    ]);
  });

  it('two copies in one second: the later (-2) is kept', () => {
    const names = ['zhku-20261206-090000-manual.sqlite', 'zhku-20261206-090000-manual-2.sqlite'];
    expect(backupsToRotate(parsed(names), '2026-12-06')).toEqual(['zhku-20261206-090000-manual.sqlite']);
  });

  it('names outside the pattern are not backups (temp files, pre-migration copies)', () => {
    expect(parseBackupName('.zhku-tmp-1b2c.sqlite')).toBeNull();
    expect(parseBackupName('zhku-20261206-060000-v12.sqlite')).toBeNull();
    expect(parseBackupName('zhku-20261206-090000-weekly.sqlite')).toBeNull();
    expect(parseBackupName('zhku-20261206-090000-before-restore.sqlite')).toEqual({
      name: 'zhku-20261206-090000-before-restore.sqlite',
      date: '2026-12-06',
      time: '09:00:00',
      reason: 'before-restore',
    });
  });
});
