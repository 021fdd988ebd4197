/**
 * Retention of the data folder's files, on a real core with a clock the test moves: import originals, exports and
 * documents are deleted once older than their term in months; uploads not imported after a day; documents are kept
 * at least 36 months; the administrator's terms and each purge are journaled. And the leftovers of jobs a crash
 * interrupted (`tmp/`) are removed at start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { RetentionPurgeCounts } from '../../shared/api/contract-retention';
import { callCore, callCoreError } from '../support/api-calls';
import { makeTempDir } from '../support/temp-dir';

/** 06.12.2026 09:00 Moscow time. */
const NOW = Date.parse('2026-12-06T09:00:00+03:00');

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

/** A file modified at `atIso` (the clock of the file system, set by hand). */
function fileAt(dataDir: string, relative: string, atIso: string, bytes = 10): string {
  const full = path.join(dataDir, relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, Buffer.alloc(bytes, 1));
  const at = new Date(atIso);
  fs.utimesSync(full, at, at);
  return full;
}

function open(dataDir: string, clock: { now: number }): Core {
  core = openCore({ dataDir, host: 'browser', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => clock.now });
  return core;
}

describe('retention', () => {
  it('purges by age with the default terms (12 / 3 / 36 months, incoming after a day), then with a moved clock', async () => {
    const dataDir = makeTempDir();
    const clock = { now: NOW };
    const c = open(dataDir, clock);
    expect(await callCore(c, 'retention.get', {})).toEqual({
      settings: { importsMonths: 12, exportsMonths: 3, documentsMonths: 36 },
      defaults: { importsMonths: 12, exportsMonths: 3, documentsMonths: 36 },
      lastPurge: null,
    });
    const oldImport = fileAt(dataDir, 'imports/aaaaaaaaaaaa-начисления-2025-11.csv', '2025-12-01T12:00:00+03:00', 100);
    const newImport = fileAt(dataDir, 'imports/bbbbbbbbbbbb-начисления-2026-01.csv', '2026-01-10T12:00:00+03:00', 100);
    const oldExport = fileAt(dataDir, 'exports/journal/journal-1.xlsx', '2026-09-05T12:00:00+03:00', 20);
    const newExport = fileAt(dataDir, 'exports/journal/journal-2.xlsx', '2026-09-07T12:00:00+03:00', 20);
    const lonelyExport = fileAt(dataDir, 'exports/sms/sms-batch-1.csv', '2026-01-01T12:00:00+03:00', 5);
    const claim = fileAt(dataDir, 'documents/claims/batch-1/claim-1.pdf', '2024-01-10T12:00:00+03:00', 1000);
    const oldUpload = fileAt(
      dataDir,
      'incoming/0123456789abcdef0123456789abcdef/файл.xlsx',
      '2026-12-05T08:00:00+03:00',
      7,
    );
    const newUpload = fileAt(
      dataDir,
      'incoming/fedcba9876543210fedcba9876543210/файл.xlsx',
      '2026-12-05T10:00:00+03:00',
      7,
    );
    for (const dir of [path.dirname(oldUpload), path.dirname(newUpload)]) {
      const at = new Date(fs.statSync(path.join(dir, 'файл.xlsx')).mtimeMs);
      fs.utimesSync(dir, at, at);
    }
    const pending = fileAt(dataDir, 'imports/.pending/cccccccccccc-x.csv', '2020-01-01T12:00:00+03:00');

    expect((await callCoreError(c, 'retention.purgeNow', {})).code).toBe('VALIDATION');
    const counts = await callCore<RetentionPurgeCounts>(c, 'retention.purgeNow', { confirm: true });
    expect(counts).toEqual({ imports: 1, exports: 2, documents: 0, incoming: 1, bytes: 100 + 20 + 5 + 7 });
    expect(
      [oldImport, oldExport, lonelyExport, oldUpload, path.dirname(oldUpload)].filter((f) => fs.existsSync(f)),
    ).toEqual([]);
    expect([newImport, newExport, claim, newUpload, pending].every((f) => fs.existsSync(f))).toBe(true);
    // An emptied sub-folder goes; the top folders stay.
    expect(fs.existsSync(path.join(dataDir, 'exports', 'sms'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'exports'))).toBe(true);

    // An hour before the terms of the claim (36 months from 10.01.2024 12:00) and of the January import (12 months):
    // both kept; the September export and yesterday's upload are past theirs by now.
    clock.now = Date.parse('2027-01-10T11:00:00+03:00');
    const before = await callCore<RetentionPurgeCounts>(c, 'retention.purgeNow', { confirm: true });
    expect(before).toEqual({ imports: 0, exports: 1, documents: 0, incoming: 1, bytes: 20 + 7 });
    clock.now = Date.parse('2027-01-10T13:00:00+03:00');
    const later = await callCore<RetentionPurgeCounts>(c, 'retention.purgeNow', { confirm: true });
    expect(later).toEqual({ imports: 1, exports: 0, documents: 1, incoming: 0, bytes: 100 + 1000 });
    expect(fs.readdirSync(path.join(dataDir, 'documents'))).toEqual([]);

    const journal = c.ctx.sqlite
      .prepare("SELECT summary, details_json FROM actions WHERE kind = 'retention.purged' ORDER BY id")
      .all() as Array<{ summary: string; details_json: string }>;
    expect(journal.map((j) => j.summary)).toEqual([
      'Удалены устаревшие файлы: загруженных 1, выгрузок 2, документов 0, непринятых загрузок 1 (0,0 МБ).',
      'Удалены устаревшие файлы: загруженных 0, выгрузок 1, документов 0, непринятых загрузок 1 (0,0 МБ).',
      'Удалены устаревшие файлы: загруженных 1, выгрузок 0, документов 1, непринятых загрузок 0 (0,0 МБ).',
    ]);
    expect(JSON.parse(journal[2]?.details_json ?? '{}')).toEqual(later);
    expect((await callCore<{ lastPurge: unknown }>(c, 'retention.get', {})).lastPurge).toEqual({
      atMs: clock.now,
      counts: later,
    });
  });

  it('saves the terms (journaled with before and after); documents are kept at least 36 months', async () => {
    const dataDir = makeTempDir();
    const clock = { now: NOW };
    const c = open(dataDir, clock);
    const refused = await callCoreError(c, 'retention.save', {
      importsMonths: 6,
      exportsMonths: 1,
      documentsMonths: 12,
    });
    expect(refused).toMatchObject({ code: 'VALIDATION' });
    expect(refused.message).toContain('Документы: не меньше 36 мес.');
    expect(await callCore(c, 'retention.save', { importsMonths: 6, exportsMonths: 1, documentsMonths: 60 })).toEqual({
      importsMonths: 6,
      exportsMonths: 1,
      documentsMonths: 60,
    });
    const entry = c.ctx.sqlite
      .prepare("SELECT summary, before_json, after_json FROM actions WHERE kind = 'retention.settings'")
      .get() as { summary: string; before_json: string; after_json: string };
    expect(entry.summary).toBe('Сроки хранения: загруженные файлы 6 мес., выгрузки 1 мес., документы 60 мес.');
    expect(JSON.parse(entry.before_json)).toEqual({ importsMonths: 12, exportsMonths: 3, documentsMonths: 36 });
    expect(JSON.parse(entry.after_json)).toEqual({ importsMonths: 6, exportsMonths: 1, documentsMonths: 60 });

    // With the new terms: an import original 7 months old goes, an export of 40 days too.
    fileAt(dataDir, 'imports/dddddddddddd-a.csv', '2026-05-01T12:00:00+03:00');
    fileAt(dataDir, 'exports/calls/list.xlsx', '2026-10-27T12:00:00+03:00');
    fileAt(dataDir, 'documents/penalty/calc.pdf', '2022-01-01T12:00:00+03:00');
    expect(await callCore(c, 'retention.purgeNow', { confirm: true })).toMatchObject({
      imports: 1,
      exports: 1,
      documents: 0,
    });
  });

  it('removes the temporary folders of jobs a crash interrupted when the core opens', async () => {
    const dataDir = makeTempDir();
    fileAt(dataDir, 'tmp/job-1b2c/tmp-4242-abc', '2026-12-06T08:00:00+03:00');
    open(dataDir, { now: NOW });
    expect(fs.readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
  });
});
