/**
 * @file The names of the backups: `zhku-YYYYMMDD-HHMMSS-<reason>.sqlite` in the office's local time (the core's
 * clock, Moscow), so the administrator reads the date off the file in Explorer; and the temp name a copy has while
 * it is written and checked. Only a checked copy gets the final name, so an interrupted VACUUM INTO (the host killed
 * mid-copy) leaves a temp file that is never listed and is removed by the next backup.
 */
import { localParts } from '../../../shared/rules/contact/local-time';

export const BACKUP_REASONS = ['daily', 'exit', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Reasons the rotation may delete; a copy saved before a restore is kept until the administrator deletes it. */
export const ROTATED_REASONS: ReadonlySet<BackupReason> = new Set<BackupReason>(['daily', 'exit', 'manual']);

/** A final name; the optional `-N` tells apart two copies made in the same second. */
const BACKUP_NAME =
  /^zhku-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(daily|exit|manual|before-restore)(?:-(\d{1,3}))?\.sqlite$/;

/** Prefix of a copy being written; a file with it is unfinished (or left by a killed host). */
export const TEMP_PREFIX = '.zhku-tmp-';

export interface ParsedBackupName {
  name: string;
  /** Local calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** Local time, 'HH:MM:SS'. */
  time: string;
  reason: BackupReason;
}

export function parseBackupName(name: string): ParsedBackupName | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  return {
    name,
    date: `${m[1]}-${m[2]}-${m[3]}`,
    time: `${m[4]}:${m[5]}:${m[6]}`,
    reason: m[7] as BackupReason,
  };
}

/** The local date and time of an instant: { date: 'YYYY-MM-DD', stamp: 'YYYYMMDD-HHMMSS' }. */
export function localStamp(atMs: number, timeZone = 'Europe/Moscow'): { date: string; stamp: string } {
  const p = localParts(atMs, timeZone);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    stamp: `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}`,
  };
}

/** The final name of a copy made at `atMs`; `n` > 1 for a second copy in the same second. */
export function backupFileName(atMs: number, reason: BackupReason, n = 1): string {
  return `zhku-${localStamp(atMs).stamp}-${reason}${n > 1 ? `-${n}` : ''}.sqlite`;
}

/** Newest first: the stamp in the name sorts as the time; the same second by the `-N` suffix. */
export function compareNewestFirst(a: ParsedBackupName, b: ParsedBackupName): number {
  const ka = `${a.date} ${a.time}`;
  const kb = `${b.date} ${b.time}`;
  if (ka !== kb) return ka < kb ? 1 : -1;
  return suffixOf(b.name) - suffixOf(a.name);
}

function suffixOf(name: string): number {
  const m = /-(\d{1,3})\.sqlite$/.exec(name);
  return m ? Number(m[1]) : 1;
}
