/**
 * @file Which backups the rotation deletes (grandfather–father–son): kept are the newest copy of each of the last
 * 7 days, of each of the last 4 ISO weeks and of each of the last 12 months (today, this week and this month
 * included); every other daily, exit or manual copy goes. Copies saved before a restore are never deleted here,
 * nor are copies dated after today (a clock moved back must not cost the office its newest copies). The
 * pre-migration copies live apart (`<dataDir>/backups/zhku-…-vN.sqlite`) and do not match the names at all.
 *
 * Pure: names and dates in, names out (test/backup/backup-rotation.test.ts walks it by hand).
 */
import { addDays, monthStart, weekStart } from '../../../shared/calendar/date-math';
import { compareNewestFirst, ROTATED_REASONS, type ParsedBackupName } from './backup-names';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MONTHLY = 12;

/** The names to delete among `backups`, on the office's day `today` ('YYYY-MM-DD'). */
export function backupsToRotate(backups: readonly ParsedBackupName[], today: string): string[] {
  const rotated = backups.filter((b) => ROTATED_REASONS.has(b.reason) && b.date <= today).sort(compareNewestFirst);
  const keep = new Set<string>();
  const keepNewestOf = (bucketOf: (date: string) => string, buckets: ReadonlySet<string>): void => {
    const seen = new Set<string>();
    for (const b of rotated) {
      const bucket = bucketOf(b.date);
      if (!buckets.has(bucket) || seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(b.name);
    }
  };
  const days = new Set(Array.from({ length: KEEP_DAILY }, (_, i) => addDays(today, -i)));
  keepNewestOf((d) => d, days);
  const thisWeek = weekStart(today);
  const weeks = new Set(Array.from({ length: KEEP_WEEKLY }, (_, i) => addDays(thisWeek, -7 * i)));
  keepNewestOf(weekStart, weeks);
  const months = new Set<string>();
  let month = monthStart(today);
  for (let i = 0; i < KEEP_MONTHLY; i += 1) {
    months.add(month);
    month = monthStart(addDays(month, -1));
  }
  keepNewestOf(monthStart, months);
  return rotated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
