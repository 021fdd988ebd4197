/**
 * @file The backups in a folder, newest first: files with our backup names only (temp files of an unfinished
 * copy and anything else in the folder are not listed), each with its date, time, size, reason and whether it
 * still looks like a sound copy (./verify-copy.ts `looksLikeOurCopy`: cheap enough to run for every file on every
 * list; a copy got its final name only after a full integrity_check, and a restore checks it in full again).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareNewestFirst, parseBackupName, type ParsedBackupName } from './backup-names';
import { looksLikeOurCopy } from './verify-copy';
import type { BackupItem } from '../../../shared/api/contract-backup';

/** The parsed backup names in a folder (none when it is missing). */
export function readBackupNames(folder: string): ParsedBackupName[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return entries
    .map(parseBackupName)
    .filter((b): b is ParsedBackupName => b !== null)
    .sort(compareNewestFirst);
}

export function listBackups(folder: string): BackupItem[] {
  const items: BackupItem[] = [];
  for (const b of readBackupNames(folder)) {
    const full = path.join(folder, b.name);
    let sizeBytes: number;
    try {
      const stat = fs.statSync(full);
      if (!stat.isFile()) continue;
      sizeBytes = stat.size;
    } catch {
      continue;
    }
    const verdict = looksLikeOurCopy(full);
    items.push({
      name: b.name,
      date: b.date,
      time: b.time,
      reason: b.reason,
      sizeBytes,
      verified: verdict.ok,
      ...(verdict.ok ? {} : { problem: verdict.why }),
    });
  }
  return items;
}
