/**
 * @file Deletes the files of the data folder older than their retention term: import originals (imports/), exports
 * (exports/), generated documents (documents/), and uploads never imported (incoming/, after a day).
 *
 * Age is the file's modification time against the core's clock, in calendar months. Documents are deleted only past
 * their term, which is at least 36 months (contract-retention.ts): within it a claim's or a court package's PDF is
 * the proof of what was sent; the database keeps its record (what, when, the hash) after the file is gone. Folders
 * left empty are removed; the top folders stay. Names starting with a dot (imports/.pending, handled at start by
 * open-core.ts) and symbolic links are never touched. A file that cannot be deleted (open in a viewer on Windows)
 * is skipped and tried again next time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RetentionPurgeCounts, RetentionSettings } from '../../../shared/api/contract-retention';

/** Uploads handed over but not imported are kept this long (an import preview may still use them). */
export const INCOMING_KEEP_MS = 24 * 60 * 60 * 1000;

export function purgeOldFiles(dataDir: string, settings: RetentionSettings, nowMs: number): RetentionPurgeCounts {
  const counts: RetentionPurgeCounts = { imports: 0, exports: 0, documents: 0, incoming: 0, bytes: 0 };
  const sweep = (folder: 'imports' | 'exports' | 'documents', months: number): void => {
    const result = purgeTree(path.join(dataDir, folder), monthsBefore(nowMs, months), false);
    counts[folder] = result.files;
    counts.bytes += result.bytes;
  };
  sweep('imports', settings.importsMonths);
  sweep('exports', settings.exportsMonths);
  sweep('documents', settings.documentsMonths);
  const incoming = purgeIncoming(path.join(dataDir, 'incoming'), nowMs - INCOMING_KEEP_MS);
  counts.incoming = incoming.files;
  counts.bytes += incoming.bytes;
  return counts;
}

/** The moment `months` calendar months before `nowMs` (the 31st falls back to the month's last day). */
export function monthsBefore(nowMs: number, months: number): number {
  const d = new Date(nowMs);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

interface Removed {
  files: number;
  bytes: number;
}

/** Removes files modified before `cutoffMs` below `dir`; removes sub-folders left empty (not `dir` itself). */
function purgeTree(dir: string, cutoffMs: number, removeSelfWhenEmpty: boolean): Removed {
  const removed: Removed = { files: 0, bytes: 0 };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = purgeTree(full, cutoffMs, true);
      removed.files += inner.files;
      removed.bytes += inner.bytes;
    } else if (entry.isFile()) {
      try {
        const stat = fs.statSync(full);
        if (stat.mtimeMs >= cutoffMs) continue;
        fs.rmSync(full);
        removed.files += 1;
        removed.bytes += stat.size;
      } catch {
        // In use or gone meanwhile: tried again at the next purge.
      }
    }
  }
  if (removeSelfWhenEmpty) {
    try {
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    } catch {
      // Not empty after all, or gone: nothing to do.
    }
  }
  return removed;
}

/** incoming/<upload id>/: a whole upload folder goes when it is older than the cut-off. */
function purgeIncoming(dir: string, cutoffMs: number): Removed {
  const removed: Removed = { files: 0, bytes: 0 };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (entry.isSymbolicLink()) continue;
    const full = path.join(dir, entry.name);
    try {
      if (fs.statSync(full).mtimeMs >= cutoffMs) continue;
      const bytes = sizeOf(full);
      fs.rmSync(full, { recursive: true, force: true });
      removed.files += 1;
      removed.bytes += bytes;
    } catch {
      // Tried again at the next purge.
    }
  }
  return removed;
}

function sizeOf(full: string): number {
  const stat = fs.lstatSync(full);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(full).reduce((sum, name) => sum + sizeOf(path.join(full, name)), 0);
}
