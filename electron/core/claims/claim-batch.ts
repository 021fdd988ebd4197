/**
 * @file A claim batch (measure 5): created at once — the accounts chosen by the rule book and the batch's own
 * checks (claim-candidates.ts), who was left out and why recorded (`claim_exclusions`), the signer required —
 * then generated as a job, off the request path.
 *
 * The job works in chunks of `CHUNK_ACCOUNTS` accounts: each chunk is one react-pdf render (one font load for
 * many pages — react-pdf keeps a whole render in memory: 1,000 pages in one render took 1.3 GB, per-chunk stays
 * bounded), split with pdf-lib into the print order (each letter followed by its own attachments) and the per-account
 * copies (claim-chunk.ts). Chunks are rendered on two threads (claim-render-pool.ts)
 * and committed here strictly in print order (building → entrance → apartment → addressee): the copies and the
 * registry, a mail item per letter (form 103, the courier sheet, the delivery outcome), the journal (measure 5),
 * and the chunk's pages streamed into the one print-ready file (pdf-concatenate.ts). Between chunks the job
 * reports progress and honours «Отменить» (document_batches.cancel_requested).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { and, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, accountSummaries, debtBrackets, premises } from '../../../shared/db/schema';
import { claimExclusions, documentBatches, mailItems } from '../../../shared/db/schema-documents';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { CLAIM_TEMPLATE_VERSION } from '../../../shared/documents/claim/claim-view';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { AppError } from '../app-error';
import { registerFile, saveDocument } from '../documents/document-files';
import { PdfConcatenator } from '../documents/pdf-concatenate';
import { safeFilePart } from '../documents/penalty-calculation-pdf';
import { postalCodeFor } from '../mailing/postal-codes';
import type { ClaimChunkTask, RenderedChunk } from './claim-chunk';
import { claimContextData } from './claim-context';
import { renderInOrder } from './claim-render-pool';
import { claimCandidates, exclusionSummary, type ClaimBatchRequest, type ClaimExclusion } from './claim-candidates';
import { requireSigners } from './claim-signers';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';

/**
 * Accounts per chunk. Each account brings its letters (two sheets each) and its attachments — the statement and the
 * penalty calculation, some 15–25 pages for five years of history — so a chunk of 6 is about as many pages as the
 * 30 one-page letters a chunk held before the attachments; 30 accounts with attachments (~600 pages in one render)
 * ran a render thread out of its heap, and so did 6 accounts of the «> 100 000 ₽» group of the 10 000-account demo
 * (five years, 1–3 owners each, 160 MB): hence 3, with 256 MB (claim-batch-limits.ts).
 */
export const CHUNK_ACCOUNTS = 3;

interface BatchParams extends ClaimBatchRequest {
  accountIds: number[];
  /** Letters of each account, counted when the batch was made (letters are numbered in advance). */
  letterCounts: number[];
  ruleVersion: string;
}

export interface CreatedClaimBatch {
  batchId: number;
  accounts: number;
  letters: number;
  /** Accounts of the group left out, each with its reason (also in `claim_exclusions`). */
  excluded: ClaimExclusion[];
  /** «Не включены 5 л/с: …», or empty. */
  excludedSummary: string;
  title: string;
}

const insertExclusions = (
  sqlite: Database.Database,
  batchId: number,
  excluded: readonly Pick<ClaimExclusion, 'accountId' | 'kind' | 'reason'>[],
): void => {
  const db = drizzleOf(sqlite);
  for (const e of excluded) {
    // INSERT OR REPLACE on the (batch, account) key: the latest reason wins.
    db.insert(claimExclusions)
      .values({ batchId, accountId: e.accountId, kind: e.kind, reason: e.reason })
      .onConflictDoUpdate({
        target: [claimExclusions.batchId, claimExclusions.accountId],
        set: { kind: e.kind, reason: e.reason },
      })
      .run();
  }
};

/** Who a batch left out, in print order, with the reasons. */
export function batchExclusions(sqlite: Database.Database, batchId: number): ClaimExclusion[] {
  const e = claimExclusions;
  return drizzleOf(sqlite)
    .select({
      accountId: e.accountId,
      number: sql<string>`coalesce(${accountSummaries.number}, ${accounts.number})`,
      address: sql<string>`coalesce(${accountSummaries.address}, '')`,
      kind: sql<ClaimExclusion['kind']>`${e.kind}`,
      reason: e.reason,
    })
    .from(e)
    .innerJoin(accounts, eq(accounts.id, e.accountId))
    .leftJoin(accountSummaries, eq(accountSummaries.accountId, e.accountId))
    .where(eq(e.batchId, batchId))
    .orderBy(sql`${e}.rowid`)
    .all();
}

export function createClaimBatch(
  sqlite: Database.Database,
  r: ClaimBatchRequest,
  by: JournalActor,
  nowMs: number,
): CreatedClaimBatch {
  const found = claimCandidates(sqlite, r);
  const left = exclusionSummary(found.excluded);
  if (found.accounts.length === 0) {
    throw new AppError(
      'CLAIMS.NOTHING_TO_SEND',
      `Нет лицевых счетов для претензий в этой группе.${left ? ` ${left}` : ''}`,
    );
  }
  requireSigners(
    sqlite,
    found.accounts.map((a) => a.companyId),
  );
  const db = drizzleOf(sqlite);
  const bracket = db
    .select({ label: debtBrackets.label })
    .from(debtBrackets)
    .where(eq(debtBrackets.code, r.bracket))
    .get();
  const title = `Претензии: ${bracket?.label ?? r.bracket}, ${found.accounts.length} л/с, на ${formatRuDate(r.asOfDate)}`;
  const params: BatchParams = {
    ...r,
    accountIds: found.accounts.map((a) => a.accountId),
    letterCounts: found.accounts.map((a) => a.letters),
    ruleVersion: found.ruleVersion,
  };
  const batchId = sqlite.transaction(() => {
    const result = db
      .insert(documentBatches)
      .values({
        kind: 'claims',
        title,
        paramsJson: JSON.stringify(params),
        asOfDate: r.asOfDate,
        status: 'running',
        totalItems: found.accounts.length,
        userName: by.name,
        createdAtMs: nowMs,
      })
      .run();
    const id = Number(result.lastInsertRowid);
    insertExclusions(sqlite, id, found.excluded);
    return id;
  })();
  return {
    batchId,
    accounts: found.accounts.length,
    letters: params.letterCounts.reduce((a, b) => a + b, 0),
    excluded: found.excluded,
    excludedSummary: left,
    title,
  };
}

/** Deletes a batch that was never started (another job was running), with its exclusions. */
export function discardClaimBatch(sqlite: Database.Database, batchId: number): void {
  sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    db.delete(claimExclusions).where(eq(claimExclusions.batchId, batchId)).run();
    db.delete(documentBatches).where(eq(documentBatches.id, batchId)).run();
  })();
}

export interface ClaimBatchEnvironment {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
  onProgress: (stage: string, fraction: number) => void;
}

function relPath(...parts: string[]): string {
  return parts.join('/');
}

export interface ClaimBatchOptions {
  chunkAccounts?: number;
  /** Threads rendering chunks (worker threads; an in-memory database renders in this thread). Default: CLAIM_RENDER_THREADS. */
  threads?: number;
  /** Chunks a render thread renders before a fresh one replaces it (claim-render-pool.ts). */
  rendersPerThread?: number;
}

/** Generates the batch; resolves with a Russian summary (also stored on the batch). */
export async function runClaimBatch(
  env: ClaimBatchEnvironment,
  batchId: number,
  options: ClaimBatchOptions = {},
): Promise<string> {
  const { sqlite, dataDir } = env;
  const db = drizzleOf(sqlite);
  const batch = db
    .select({ p: documentBatches.paramsJson, title: documentBatches.title })
    .from(documentBatches)
    .where(eq(documentBatches.id, batchId))
    .get();
  if (!batch) throw new AppError('NOT_FOUND', `Пакет документов № ${batchId} не найден.`);
  const params = JSON.parse(batch.p) as BatchParams;
  const context = claimContextData(sqlite, params.asOfDate, params.issuedDate);
  const batchDir = relPath('documents', 'claims', `batch-${batchId}`);
  const printFile = relPath(batchDir, `pechat-pretenzii-${batchId}.pdf`);
  fs.mkdirSync(path.join(dataDir, batchDir), { recursive: true });

  // Chunks in print order, each knowing the number of its first letter (one letter per addressee).
  const size = options.chunkAccounts ?? CHUNK_ACCOUNTS;
  const ids = params.accountIds;
  const tasks: ClaimChunkTask[] = [];
  let letterNo = 1;
  for (let from = 0, i = 0; from < ids.length; from += size, i++) {
    const accountIds = ids.slice(from, from + size);
    tasks.push({ batchId, chunkIndex: i, accountIds, firstLetterNo: letterNo });
    for (let k = from; k < from + accountIds.length; k++) letterNo += params.letterCounts[k] ?? 0;
  }
  const planned = new Map(ids.map((id, k) => [id, params.letterCounts[k] ?? 0]));

  // A few statements per account between renders of hundreds of pages: the builder's cost does not show here.
  const accountRow = (accountId: number) =>
    db
      .select({
        number: accountSummaries.number,
        address: accountSummaries.address,
        buildingId: premises.buildingId,
        entrance: premises.entrance,
        apartment: premises.apartment,
      })
      .from(accountSummaries)
      .innerJoin(accounts, eq(accounts.id, accountSummaries.accountId))
      .leftJoin(premises, eq(premises.id, accounts.premisesId))
      .where(eq(accountSummaries.accountId, accountId))
      .get();
  const isCancelled = () =>
    Boolean(
      db
        .select({ c: documentBatches.cancelRequested })
        .from(documentBatches)
        .where(eq(documentBatches.id, batchId))
        .get()?.c,
    );
  const actionDate = params.issuedDate;
  let position = 0;
  let done = 0;
  let sumKopecks = 0;

  const print = await PdfConcatenator.create(path.join(dataDir, printFile), batch.title);
  /** Writes one rendered chunk: copies, registry, letters, journal, and its pages into the print file. */
  const commit = async (chunk: RenderedChunk): Promise<void> => {
    sqlite.transaction(() => {
      for (const a of chunk.accounts) {
        if (a.letters.length !== (planned.get(a.accountId) ?? 0)) {
          // Letters were numbered in advance; a count that changed means the data changed under the batch.
          throw new AppError(
            'CLAIMS.DATA_CHANGED',
            `Данные лицевого счёта (код ${a.accountId}) изменились во время подготовки пакета: писем ${a.letters.length} вместо ${planned.get(a.accountId) ?? 0}. Сформируйте пакет заново.`,
          );
        }
        const acc = accountRow(a.accountId);
        if (!acc) throw new AppError('NOT_FOUND', `Лицевой счёт (код ${a.accountId}) не найден в реестре.`);
        const documentId = saveDocument(sqlite, dataDir, {
          batchId,
          kind: 'claim',
          templateVersion: CLAIM_TEMPLATE_VERSION,
          accountId: a.accountId,
          buildingId: acc.buildingId,
          entrance: acc.entrance,
          issuedDate: params.issuedDate,
          filePath: relPath(batchDir, 'accounts', `${safeFilePart(acc.number)}.pdf`),
          bytes: Buffer.from(a.copy.buffer, a.copy.byteOffset, a.copy.byteLength),
          pages: a.letters.reduce((n, l) => n + l.pages, 0),
          totalKopecks: a.totalKopecks,
          userName: env.by.name,
          atMs: env.nowMs,
        });
        const postal = postalCodeFor(sqlite, acc.buildingId, acc.address);
        for (const l of a.letters) {
          position += 1;
          db.insert(mailItems)
            .values({
              batchId,
              documentId,
              accountId: a.accountId,
              position,
              recipientName: l.recipientName,
              address: acc.address,
              postalCode: postal,
              buildingId: acc.buildingId,
              entrance: acc.entrance,
              apartment: acc.apartment,
              totalKopecks: l.totalKopecks,
              pages: l.pages,
            })
            .run();
        }
        writeJournal(sqlite, env.by, env.nowMs, {
          kind: 'claim.issued',
          accountId: a.accountId,
          actionDate: actionDate,
          summary:
            `Претензия (${a.letters.length} адресат.) на ${rublesKopecksText(a.totalKopecks)}: долг ${rublesKopecksText(a.debtKopecks)}, ` +
            `пени ${rublesKopecksText(a.penaltyKopecks)}, срок оплаты — ${context.paymentDays} дн. со дня получения`,
          details: {
            batchId,
            documentId,
            asOfDate: params.asOfDate,
            paymentDays: context.paymentDays,
            includeTimeBarred: context.includeTimeBarred,
            letters: a.letters.map((l) => ({
              number: l.documentNumber,
              recipient: l.recipientName,
              debtKopecks: l.debtKopecks,
              penaltyKopecks: l.penaltyKopecks,
              totalKopecks: l.totalKopecks,
            })),
            totalKopecks: a.totalKopecks,
            tablesVersion: a.tablesVersion,
            ruleVersion: params.ruleVersion,
          },
        });
        sumKopecks += a.totalKopecks;
      }
      done += chunk.accounts.length;
      db.update(documentBatches).set({ doneItems: done }).where(eq(documentBatches.id, batchId)).run();
    })();
    await print.append(chunk.pdf);
    env.onProgress(`Претензии: ${done} из ${ids.length} л/с`, (0.95 * done) / ids.length);
  };

  let cancelled = false;
  try {
    cancelled = await renderInOrder(
      sqlite,
      context,
      tasks,
      options.threads,
      isCancelled,
      commit,
      options.rendersPerThread,
    );
  } catch (error) {
    print.abort();
    throw error;
  }
  env.onProgress('Завершение файла для печати', 0.97);
  let printDocument: string | null = null;
  if (print.pages > 0) {
    await print.finish();
    registerFile(sqlite, dataDir, {
      batchId,
      kind: 'claims_print',
      templateVersion: CLAIM_TEMPLATE_VERSION,
      issuedDate: params.issuedDate,
      filePath: printFile,
      pages: print.pages,
      totalKopecks: sumKopecks,
      userName: env.by.name,
      atMs: env.nowMs,
    });
    printDocument = printFile;
  } else {
    print.abort();
  }
  const left = exclusionSummary(batchExclusions(sqlite, batchId));
  const summary =
    (cancelled
      ? `Отменено: подготовлены претензии по ${done} из ${ids.length} л/с (${position} писем).`
      : `Подготовлены претензии по ${done} л/с: ${position} писем на ${rublesKopecksText(sumKopecks)}`) +
    (left ? ` ${left}` : '');
  db.update(documentBatches)
    .set({ status: cancelled ? 'cancelled' : 'done', printFile: printDocument, summary, finishedAtMs: Date.now() })
    .where(eq(documentBatches.id, batchId))
    .run();
  writeJournal(sqlite, env.by, env.nowMs, {
    kind: 'claims.batch',
    actionDate: actionDate,
    summary: `${batch.title}. ${summary}`,
    details: { batchId, printFile: printDocument },
  });
  env.onProgress('Готово', 1);
  return summary;
}

/** Marks a failed job's batch, so the list does not show it as running forever. */
export function failBatch(sqlite: Database.Database, batchId: number, message: string): void {
  drizzleOf(sqlite)
    .update(documentBatches)
    .set({ status: 'failed', summary: message, finishedAtMs: Date.now() })
    .where(and(eq(documentBatches.id, batchId), eq(documentBatches.status, 'running')))
    .run();
}
