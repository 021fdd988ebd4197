/**
 * @file Copies of the real migrations folder, cut at a version or extended with a test migration, to exercise
 * upgrades and failures exactly as the migrator sees them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { readMigrationJournal, type JournalEntryFile } from '../../electron/core/db/migration-journal';

export function realJournal(): JournalEntryFile[] {
  return readMigrationJournal(SOURCE_MIGRATIONS_FOLDER);
}

/** A copy of migrations/ holding only the first `count` journal entries (an older build of the app). */
export function migrationsUpTo(targetDir: string, count: number): string {
  const journalPath = path.join(SOURCE_MIGRATIONS_FOLDER, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: JournalEntryFile[] };
  fs.mkdirSync(path.join(targetDir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) {
    fs.copyFileSync(path.join(SOURCE_MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(targetDir, `${entry.tag}.sql`));
  }
  fs.writeFileSync(path.join(targetDir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return targetDir;
}

/** A copy of all real migrations plus one more, written by the test (a newer build of the app). */
export function migrationsWithExtra(targetDir: string, tag: string, sqlStatements: string[]): string {
  const real = realJournal();
  migrationsUpTo(targetDir, real.length);
  const journalPath = path.join(targetDir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: JournalEntryFile[] };
  const last = real[real.length - 1];
  journal.entries.push({ ...(last as JournalEntryFile), idx: real.length, when: (last?.when ?? 0) + 1000, tag });
  fs.writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  fs.writeFileSync(path.join(targetDir, `${tag}.sql`), sqlStatements.join('\n--> statement-breakpoint\n'));
  return targetDir;
}
