/**
 * @file `reconciliation.preview` and `reconciliation.run`: the uploaded list read (reconciliation-file.ts), its
 * columns bound (the mapping given, else the one saved for these headers, else the known headers), its rows
 * converted; the run matches them to our writs (reconciliation-match.ts) and stores the reconciliation, its rows and
 * its differences in ONE transaction with one journal entry 'fssp.reconciliation' (object reconciliation, no
 * account). A mapping the clerk gave is saved for files with the same headers in the same transaction.
 *
 * Bad rows refuse the run (FSSP.BAD_FILE, the rows listed, nothing written) unless the clerk confirms `skipBadRows`:
 * a list the department made is what both sides sign, so reconciling part of it silently would hide rows; on
 * confirmation the skipped rows are kept with the reconciliation (mapping_json.skippedRows) and named in the report.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { ReconciliationPreview, ReconciliationSummary } from '../../../shared/api/contract-fssp-reconciliation';
import {
  bailiffDepartments,
  reconciliationDifferences,
  reconciliationRows,
  reconciliations,
} from '../../../shared/db/schema-fssp';
import { DIFFERENCE_KINDS, DIFFERENCE_LABELS } from '../../../shared/fssp/fssp-terms';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { resolveUpload } from '../billing/upload-store';
import { drizzleOf } from '../db/drizzle-of';
import { writeJournal } from '../journal/journal-writer';
import { bindColumns, savedMappingFor, saveReconciliationMapping, type ColumnMapping } from './reconciliation-columns';
import { readRawTable } from './reconciliation-file';
import { readReconciliationSummary } from './reconciliation-history';
import { matchReconciliation } from './reconciliation-match';
import { loadOurWrits } from './reconciliation-ours';
import { readListRows } from './reconciliation-rows';

const SAMPLE = 10;
const BAD_ROWS_SHOWN = 50;

export interface ReconciliationEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  today: string;
}

async function readList(
  env: ReconciliationEnv,
  uploadId: string,
  mapping: ColumnMapping | undefined,
  listDate: string,
) {
  const upload = resolveUpload(env.dataDir, uploadId);
  const table = await readRawTable(upload.path);
  const saved = mapping === undefined ? savedMappingFor(env.sqlite, table.headers) : null;
  const binding = bindColumns(table.headers, mapping ?? saved?.mapping);
  const read = binding.problem === null ? readListRows(table, binding, listDate) : null;
  return { upload, table, saved, binding, read };
}

export async function previewReconciliation(
  env: ReconciliationEnv,
  input: { uploadId: string; mapping?: ColumnMapping | undefined },
): Promise<ReconciliationPreview> {
  const { upload, table, saved, binding, read } = await readList(env, input.uploadId, input.mapping, env.today);
  return {
    uploadId: input.uploadId,
    fileName: upload.fileName,
    format: table.format,
    encoding: table.encoding,
    headers: table.headers,
    mapping: binding.mapping,
    savedMappingName: saved?.name ?? null,
    mappingProblem: binding.problem,
    rowsCount: table.rows.length,
    sample: (read?.rows ?? []).slice(0, SAMPLE).map((r) => ({ id: null, ...r, matchedWritId: null, matchedBy: null })),
    badRows: (read?.badRows ?? []).slice(0, BAD_ROWS_SHOWN),
    badRowsTotal: read?.badRows.length ?? 0,
    unknownStatuses: read?.unknownStatuses ?? [],
    warnings: binding.warnings,
  };
}

export async function runReconciliation(
  env: ReconciliationEnv,
  input: {
    uploadId: string;
    departmentId: number | null;
    listDate?: string | undefined;
    mapping?: ColumnMapping | undefined;
    mappingName?: string | undefined;
    skipBadRows: boolean;
  },
): Promise<ReconciliationSummary & { summaryText: string }> {
  const { sqlite } = env;
  const db = drizzleOf(sqlite);
  const listDate = input.listDate ?? env.today;
  if (listDate > env.today) throw new AppError('VALIDATION', 'Дата списка не может быть позже сегодняшнего дня.');
  const department =
    input.departmentId === null
      ? null
      : db
          .select({ id: bailiffDepartments.id, name: bailiffDepartments.name })
          .from(bailiffDepartments)
          .where(eq(bailiffDepartments.id, input.departmentId))
          .get();
  if (department === undefined)
    throw new AppError('NOT_FOUND', `Отдел ФССП № ${input.departmentId} не найден в справочнике.`);

  const { upload, table, binding, read } = await readList(env, input.uploadId, input.mapping, listDate);
  if (read === null) throw new AppError('FSSP.BAD_FILE', binding.problem ?? 'Столбцы списка не сопоставлены.');
  if (read.badRows.length > 0 && !input.skipBadRows) {
    const shown = read.badRows.slice(0, 10).map((b) => b.message);
    throw new AppError(
      'FSSP.BAD_FILE',
      `В списке ${read.badRows.length} ${rowsWord(read.badRows.length)} с ошибками, сверка не проведена. ${shown.join(' ')}${read.badRows.length > 10 ? ` … и ещё ${read.badRows.length - 10}.` : ''} Исправьте файл или подтвердите сверку по остальным ${read.rows.length} строкам.`,
      { badRows: read.badRows.slice(0, BAD_ROWS_SHOWN) },
    );
  }
  if (read.rows.length === 0)
    throw new AppError('FSSP.BAD_FILE', 'В списке нет ни одной прочитанной строки — сверять нечего.');

  const ours = loadOurWrits(sqlite, input.departmentId);
  const result = matchReconciliation({
    theirs: read.rows,
    ours,
    listDate,
    skippedWritNumbers: read.skippedWritNumbers,
  });
  const sha256 = crypto.createHash('sha256').update(fs.readFileSync(upload.path)).digest('hex');
  const counts = Object.fromEntries(
    DIFFERENCE_KINDS.map((k) => [k, result.differences.filter((d) => d.kind === k).length]),
  );

  const id = sqlite.transaction(() => {
    const rec = db
      .insert(reconciliations)
      .values({
        departmentId: input.departmentId,
        fileName: upload.fileName,
        sha256,
        listDate,
        rowsCount: read.rows.length,
        matchedCount: result.matches.size,
        differencesCount: result.differences.length,
        mappingJson: JSON.stringify({ mapping: binding.mapping, skippedRows: read.badRows }),
        createdBy: env.by.name,
        createdAtMs: env.nowMs,
      })
      .returning({ id: reconciliations.id })
      .get();
    const rowIds: number[] = [];
    read.rows.forEach((r, i) => {
      const m = result.matches.get(i);
      const row = db
        .insert(reconciliationRows)
        .values({
          reconciliationId: rec.id,
          rowNumber: r.rowNumber,
          proceedingNumber: r.proceedingNumber,
          proceedingDate: r.proceedingDate,
          debtorName: r.debtorName,
          birthDate: r.birthDate,
          writNumber: r.writNumber,
          sumKopecks: r.sumKopecks,
          balanceKopecks: r.balanceKopecks,
          statusText: r.statusText,
          bailiffName: r.bailiffName,
          matchedWritId: m?.writId ?? null,
          matchedBy: m?.by ?? null,
        })
        .returning({ id: reconciliationRows.id })
        .get();
      rowIds.push(row.id);
    });
    for (const d of result.differences) {
      db.insert(reconciliationDifferences)
        .values({
          reconciliationId: rec.id,
          kind: d.kind,
          writId: d.writId,
          rowId: d.rowIndex === null ? null : (rowIds[d.rowIndex] ?? null),
          ours: d.ours,
          theirs: d.theirs,
        })
        .run();
    }
    if (input.mapping !== undefined) {
      saveReconciliationMapping(
        sqlite,
        {
          name: input.mappingName ?? `Список отдела: ${upload.fileName}`,
          headers: table.headers,
          mapping: binding.mapping,
        },
        env.nowMs,
      );
    }
    writeJournal(sqlite, env.by, env.nowMs, {
      kind: 'fssp.reconciliation',
      summary: `Сверка со списком ${department ? `отдела «${department.name}»` : 'ФССП'} на ${listDate.split('-').reverse().join('.')}: строк ${read.rows.length}, сопоставлено ${result.matches.size}, расхождений ${result.differences.length}`,
      object: { type: 'reconciliation', id: rec.id },
      details: {
        fileName: upload.fileName,
        sha256,
        departmentId: input.departmentId,
        counts,
        skippedRows: read.badRows.length,
      },
    });
    return rec.id;
  })();

  const summary = readReconciliationSummary(sqlite, id);
  const lines = [
    `Сверка № ${id}: строк в списке ${summary.rowsCount}, сопоставлено ${summary.matchedCount}, расхождений ${summary.differencesCount}.`,
    ...DIFFERENCE_KINDS.map((k) => `  ${DIFFERENCE_LABELS[k]}: ${summary.byKind[k]}`),
    ...(read.badRows.length > 0 ? [`Пропущено строк с ошибками: ${read.badRows.length}.`] : []),
  ];
  return { ...summary, summaryText: lines.join('\n') };
}

function rowsWord(n: number): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return 'строка';
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'строки';
  return 'строк';
}
