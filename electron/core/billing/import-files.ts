/**
 * @file Imports billing files as ONE unit of work: either every file of the job is applied, or nothing is.
 *
 * 1. Each file is hashed; a file whose bytes were imported before is refused (and nothing else of the job runs).
 * 2. Each file's header is read to know its kind; files are applied in the order companies → accounts →
 *    charges → payments (each may refer to the ones before).
 * 3. Originals are copied to `<data dir>/imports/.pending/`.
 * 4. One transaction: each file is streamed through the parser (electron/core/import/) into its applier batch
 *    by batch — checks against the database, writes — so memory stays flat for files of tens of millions of
 *    rows. Every bad row of every file is collected; any error rolls everything back. Then summaries of the
 *    touched accounts and the journal; after the commit the originals move to `<data dir>/imports/`.
 * Runs in a worker thread for the UI (jobs/job-worker.ts) and in-process for the CLI.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { imports } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { ImportKind } from '../../../shared/import/layouts';
import { LAYOUTS } from '../../../shared/import/layouts';
import type { RowErrorView } from '../../../shared/jobs/job-types';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { ImportFileError, parseBillingFile, type ParseResult } from '../import/parse-billing-file';
import { wholeFileApplier, type ApplierContext, type BatchApplier } from './apply-context';
import { applyCompanies } from './apply-companies';
import { applyAccounts } from './apply-accounts';
import { chargesApplier } from './apply-charges';
import { paymentsApplier } from './apply-payments';
import { drainSummaryQueue, queueSummaries } from './summary-queue';
import { AGREEMENT_CHECKER, checkAgreements } from '../agreements/agreement-check';
import { readFileLimits } from './upload-limits';
import { purgeUpload } from './upload-store';
import type { JournalActor } from '../auth/actor';
import { journalWriter } from '../journal/journal-writer';
import { checkRestorationsQuietly } from '../restriction/restorations';

export interface ImportFileSpec {
  path: string;
  /** Name to show and keep (the clerk's file name, not the upload's temp name). */
  fileName: string;
  kind?: ImportKind;
  mapping?: Record<string, string>;
}

export interface ImportFilesParams {
  sqlite: Database.Database;
  dataDir: string;
  files: ImportFileSpec[];
  /** Who loads the files: the imports registry and the journal name them. */
  by: JournalActor;
  nowMs: number;
  onProgress?: (stage: string, fraction: number) => void;
}

export interface ImportedFile {
  importId: number;
  fileName: string;
  kind: ImportKind;
  rowCount: number;
  summary: string;
}

export interface ImportFilesResult {
  files: ImportedFile[];
  summary: string;
}

/** The job was refused: nothing was written. `rowErrors` name file, line and column. */
export class ImportRefusedError extends Error {
  readonly code = 'IMPORT.REFUSED';
  constructor(
    message: string,
    readonly rowErrors: RowErrorView[] = [],
    readonly errorCount: number = 0,
  ) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

const KIND_ORDER: ImportKind[] = ['companies', 'accounts', 'charges', 'payments'];
const APPLIERS: Record<ImportKind, (ctx: ApplierContext) => BatchApplier> = {
  companies: (ctx) => wholeFileApplier(ctx, applyCompanies),
  accounts: (ctx) => wholeFileApplier(ctx, applyAccounts),
  charges: chargesApplier,
  payments: paymentsApplier,
};

interface PlannedFile {
  spec: ImportFileSpec;
  kind: ImportKind;
  /** Resolved field → header of the file (to name columns in errors). */
  mapping: Record<string, string>;
  sha256: string;
  sizeBytes: number;
  keptName: string;
}

export async function importFiles(params: ImportFilesParams): Promise<ImportFilesResult> {
  const { sqlite, dataDir, files, by, nowMs } = params;
  const progress = params.onProgress ?? (() => undefined);
  const today = isoDateInZone(nowMs);
  const totalBytes = files.reduce((sum, f) => sum + fs.statSync(f.path).size, 0) || 1;

  // 1. Same bytes twice — in the database or within this job — are refused.
  const hashes = new Map<string, string>();
  const shaOfFile: string[] = [];
  const db = drizzleOf(sqlite);
  const findImport = (sha: string) =>
    db
      .select({ id: imports.id, atMs: imports.atMs, fileName: imports.fileName })
      .from(imports)
      .where(eq(imports.fileSha256, sha))
      .get();
  for (const f of files) {
    progress(`Проверка файла «${f.fileName}»`, 0);
    const sha = await sha256OfFile(f.path);
    const earlier = findImport(sha);
    if (earlier) {
      throw new ImportRefusedError(
        `Файл «${f.fileName}» уже загружен ${formatInstant(earlier.atMs)} (загрузка № ${earlier.id}, «${earlier.fileName}»). ` +
          'Повторная загрузка того же файла не выполняется; ничего не изменено.',
      );
    }
    const twin = hashes.get(sha);
    if (twin) throw new ImportRefusedError(`Файлы «${twin}» и «${f.fileName}» одинаковы. Выберите файл один раз.`);
    hashes.set(sha, f.fileName);
    shaOfFile.push(sha);
  }

  // 2. Which kind each file is (header only), so they can be applied in order; file-level problems stop here.
  const fileLimits = readFileLimits(sqlite);
  const planned: PlannedFile[] = [];
  for (const [index, f] of files.entries()) {
    try {
      const head = await parseBillingFile(f.path, {
        limitRows: 0,
        fileLimits,
        ...(f.kind ? { kind: f.kind } : {}),
        ...(f.mapping ? { mapping: f.mapping } : {}),
      });
      planned.push({
        spec: f,
        kind: head.kind,
        mapping: head.mapping,
        sha256: shaOfFile[index] as string,
        sizeBytes: fs.statSync(f.path).size,
        keptName: '',
      });
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new ImportRefusedError(`Файл «${f.fileName}» не загружен: ${error.message} Ничего не изменено.`);
      throw error;
    }
  }
  planned.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));

  // 3. Keep the originals (moved into place only after the commit).
  const keptDir = path.join(dataDir, 'imports');
  const pendingDir = path.join(keptDir, '.pending');
  fs.mkdirSync(pendingDir, { recursive: true });
  for (const pf of planned) {
    pf.keptName = `${pf.sha256.slice(0, 12)}-${safeFileName(pf.spec.fileName)}`;
    fs.copyFileSync(pf.spec.path, path.join(pendingDir, pf.keptName));
  }

  // 4. One transaction for the whole job, files streamed through their appliers batch by batch. It spans the
  // parser's awaits, so it is opened by hand; nothing else uses this connection meanwhile (the job has its own
  // connection in a worker; the CLI does one thing at a time).
  const setResult = (rowCount: number, resultJson: string, importId: number) =>
    db.update(imports).set({ rowCount, resultJson }).where(eq(imports.id, importId)).run();
  const journal = journalWriter(sqlite);
  const imported: ImportedFile[] = [];
  const rowErrors: RowErrorView[] = [];
  let errorCount = 0;
  let bytesBefore = 0;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const touched = new Set<number>();
    for (const pf of planned) {
      const kind = pf.kind;
      const importId = db
        .insert(imports)
        .values({
          kind,
          fileName: pf.spec.fileName,
          fileSha256: pf.sha256,
          sizeBytes: pf.sizeBytes,
          storedPath: `imports/${pf.keptName}`,
          rowCount: 0,
          resultJson: '{}',
          userName: by.name,
          atMs: nowMs,
        })
        .returning({ id: imports.id })
        .get().id;
      const applier = APPLIERS[kind]({ sqlite, importId, mapping: pf.mapping, nowMs, today });
      const stage = `Проверка и запись: «${pf.spec.fileName}» (${LAYOUTS[kind].title.toLowerCase()})`;
      let parsed: ParseResult;
      try {
        parsed = await parseBillingFile(pf.spec.path, {
          kind,
          fileLimits,
          ...(pf.spec.mapping ? { mapping: pf.spec.mapping } : {}),
          onRecords: (batch) => applier.add(batch, errorCount === 0),
          onProgress: (done, total) =>
            progress(stage, (0.9 * (bytesBefore + (total > 0 ? (done / total) * pf.sizeBytes : 0))) / totalBytes),
        });
      } catch (error) {
        if (error instanceof ImportFileError) {
          throw new ImportRefusedError(`Файл «${pf.spec.fileName}» не загружен: ${error.message} Ничего не изменено.`);
        }
        throw error;
      }
      bytesBefore += pf.sizeBytes;
      errorCount += parsed.errorCount;
      for (const e of parsed.errors) if (rowErrors.length < 1000) rowErrors.push({ file: pf.spec.fileName, ...e });
      const outcome = applier.finish(errorCount === 0);
      errorCount += outcome.errorCount;
      for (const e of outcome.errors) if (rowErrors.length < 1000) rowErrors.push({ file: pf.spec.fileName, ...e });
      if (errorCount > 0) continue;
      for (const id of outcome.touchedAccountIds) touched.add(id);
      setResult(parsed.rowCount, JSON.stringify({ summary: outcome.summary, counts: outcome.counts }), importId);
      const summary = `Загружен файл «${pf.spec.fileName}» (${LAYOUTS[kind].title.toLowerCase()}, строк: ${parsed.rowCount}): ${outcome.summary}`;
      journal.write(by, nowMs, {
        kind: 'import.applied',
        actionDate: today,
        summary,
        object: { type: 'import', id: importId },
        details: { importId, counts: outcome.counts },
      });
      imported.push({
        importId,
        fileName: pf.spec.fileName,
        kind,
        rowCount: parsed.rowCount,
        summary: outcome.summary,
      });
    }
    if (errorCount > 0) throw refused(rowErrors, errorCount);
    // The summaries are recounted after the commit, in small transactions (summary-queue.ts): the list of accounts
    // is committed with the rows, so nothing is lost if the recount is interrupted.
    queueSummaries(sqlite, touched);
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    for (const pf of planned) fs.rmSync(path.join(pendingDir, pf.keptName), { force: true });
    throw error;
  }
  for (const pf of planned) fs.renameSync(path.join(pendingDir, pf.keptName), path.join(keptDir, pf.keptName));
  // The uploads are kept under imports/ now; a refused job keeps them, so the clerk can retry after a fix.
  for (const pf of planned) purgeUpload(dataDir, pf.spec.path);
  progress('Пересчёт долгов по лицевым счетам', 0.92);
  await drainSummaryQueue(sqlite, nowMs, (done, total) =>
    progress('Пересчёт долгов по лицевым счетам', 0.92 + (0.08 * done) / total),
  );
  // New payments may have kept or broken a repayment agreement (electron/core/agreements/agreement-check.ts).
  checkAgreements(sqlite, today, AGREEMENT_CHECKER, nowMs);
  // Payments may have repaid a restricted service: its restoration falls due in 2 days (measure 8).
  checkRestorationsQuietly(sqlite, today, nowMs);
  progress('Готово', 1);
  return {
    files: imported,
    summary:
      `Загружено файлов: ${imported.length}. ` + imported.map((f) => `«${f.fileName}» — ${f.summary}`).join('; ') + '.',
  };
}

function refused(rowErrors: RowErrorView[], errorCount: number): ImportRefusedError {
  const files = [...new Set(rowErrors.map((e) => e.file))].map((f) => `«${f}»`).join(', ');
  return new ImportRefusedError(
    `Загрузка отменена: в ${files} найдено ошибок: ${new Intl.NumberFormat('ru-RU').format(errorCount)}. ` +
      'Ничего не записано — исправьте строки из списка и загрузите файлы снова.',
    rowErrors,
    errorCount,
  );
}

async function sha256OfFile(filePath: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function safeFileName(name: string): string {
  return (
    path
      .basename(name)
      .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
      .slice(0, 120) || 'file'
  );
}

function formatInstant(atMs: number): string {
  return new Date(atMs).toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' });
}
