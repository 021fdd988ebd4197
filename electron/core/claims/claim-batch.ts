/**
 * @file A claim batch (measure 5): created at once — the accounts chosen by the rule book and the batch's own
 * checks (claim-candidates.ts), who was left out and why recorded (`claim_exclusions`), the signer required —
 * then generated as a job, off the request path.
 *
 * The job works in chunks of `CHUNK_ACCOUNTS` accounts: each chunk is one react-pdf render (one font load for
 * many pages — stack-notes §2: 1,000 pages in one render took 1.3 GB, per-chunk stays bounded), split with
 * pdf-lib into the print order (each letter followed by its own attachments) and the per-account copies
 * (claim-chunk.ts). Chunks are rendered on two threads (claim-render-pool.ts)
 * and committed here strictly in print order (building → entrance → apartment → addressee): the copies and the
 * registry, a mail item per letter (form 103, the courier sheet, the delivery outcome), the journal (measure 5),
 * and the chunk's pages streamed into the one print-ready file (pdf-concatenate.ts). Between chunks the job
 * reports progress and honours «Отменить» (document_batches.cancel_requested).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
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
  const insert = sqlite.prepare(
    'INSERT OR REPLACE INTO claim_exclusions (batch_id, account_id, kind, reason) VALUES (?, ?, ?, ?)',
  );
  for (const e of excluded) insert.run(batchId, e.accountId, e.kind, e.reason);
};

/** Who a batch left out, in print order, with the reasons. */
export function batchExclusions(sqlite: Database.Database, batchId: number): ClaimExclusion[] {
  return sqlite
    .prepare(
      `SELECT e.account_id AS accountId, coalesce(s.number, a.number) AS number, coalesce(s.address, '') AS address, e.kind, e.reason
         FROM claim_exclusions e JOIN accounts a ON a.id = e.account_id LEFT JOIN account_summaries s ON s.account_id = e.account_id
        WHERE e.batch_id = ? ORDER BY e.rowid`,
    )
    .all(batchId) as ClaimExclusion[];
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
  const bracket = sqlite.prepare('SELECT label FROM debt_brackets WHERE code = ?').get(r.bracket) as
    { label: string } | undefined;
  const title = `Претензии: ${bracket?.label ?? r.bracket}, ${found.accounts.length} л/с, на ${formatRuDate(r.asOfDate)}`;
  const params: BatchParams = {
    ...r,
    accountIds: found.accounts.map((a) => a.accountId),
    letterCounts: found.accounts.map((a) => a.letters),
    ruleVersion: found.ruleVersion,
  };
  const batchId = sqlite.transaction(() => {
    const result = sqlite
      .prepare(
        `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms)
         VALUES ('claims', ?, ?, ?, 'running', ?, ?, ?)`,
      )
      .run(title, JSON.stringify(params), r.asOfDate, found.accounts.length, by.name, nowMs);
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
    sqlite.prepare('DELETE FROM claim_exclusions WHERE batch_id = ?').run(batchId);
    sqlite.prepare('DELETE FROM document_batches WHERE id = ?').run(batchId);
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
  const batch = sqlite.prepare('SELECT params_json AS p, title FROM document_batches WHERE id = ?').get(batchId) as
    { p: string; title: string } | undefined;
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

  const accountRow = sqlite.prepare(
    `SELECT s.number, s.address, p.building_id AS buildingId, p.entrance, p.apartment
       FROM account_summaries s JOIN accounts a ON a.id = s.account_id LEFT JOIN premises p ON p.id = a.premises_id WHERE s.account_id = ?`,
  );
  const insertItem = sqlite.prepare(
    `INSERT INTO mail_items (batch_id, document_id, account_id, position, recipient_name, address, postal_code, building_id, entrance, apartment, total_kopecks, pages)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const isCancelled = sqlite.prepare('SELECT cancel_requested AS c FROM document_batches WHERE id = ?');
  const setDone = sqlite.prepare('UPDATE document_batches SET done_items = ? WHERE id = ?');
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
        const acc = accountRow.get(a.accountId) as {
          number: string;
          address: string;
          buildingId: number | null;
          entrance: number | null;
          apartment: string | null;
        };
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
          insertItem.run(
            batchId,
            documentId,
            a.accountId,
            position,
            l.recipientName,
            acc.address,
            postal,
            acc.buildingId,
            acc.entrance,
            acc.apartment,
            l.totalKopecks,
            l.pages,
          );
        }
        writeJournal(sqlite, env.by, env.nowMs, {
          kind: 'claim.issued',
          accountId: a.accountId,
          actionDate: actionDate,
          summary: `Претензия (${a.letters.length} адресат.) на ${rublesKopecksText(a.totalKopecks)}: долг ${rublesKopecksText(a.debtKopecks)}, ` +
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
      setDone.run(done, batchId);
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
      () => Boolean((isCancelled.get(batchId) as { c: number }).c),
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
  sqlite
    .prepare('UPDATE document_batches SET status = ?, print_file = ?, summary = ?, finished_at_ms = ? WHERE id = ?')
    .run(cancelled ? 'cancelled' : 'done', printDocument, summary, Date.now(), batchId);
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
  sqlite
    .prepare(
      `UPDATE document_batches SET status = 'failed', summary = ?, finished_at_ms = ? WHERE id = ? AND status = 'running'`,
    )
    .run(message, Date.now(), batchId);
}
