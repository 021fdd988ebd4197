/**
 * @file A claim batch (measure 5): created at once (the accounts are chosen and recorded), then generated as a
 * job, off the request path.
 *
 * The job works in chunks of `CHUNK_ACCOUNTS` accounts: each chunk is one react-pdf render (one font load for
 * many pages — stack-notes §2: 1,000 pages in one render took 1.3 GB, per-chunk stays bounded), split with
 * pdf-lib into the per-account copies (claim-chunk.ts). Chunks are rendered on two threads (claim-render-pool.ts)
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
import { addDays } from '../../../shared/rules/penalty/day-count';
import { AppError } from '../app-error';
import { documentRule } from '../documents/document-rules';
import { journal, organisationForDocuments, registerFile, saveDocument } from '../documents/document-files';
import { PdfConcatenator } from '../documents/pdf-concatenate';
import { safeFilePart } from '../documents/penalty-calculation-pdf';
import { postalCodeFor } from '../mailing/postal-codes';
import { addresseesOf, type ClaimContext } from './claim-facts';
import type { ClaimChunkTask, RenderedChunk } from './claim-chunk';
import { renderInOrder } from './claim-render-pool';
import { claimCandidates, type ClaimBatchRequest } from './claim-candidates';

export const CHUNK_ACCOUNTS = 30;

interface BatchParams extends ClaimBatchRequest {
  accountIds: number[];
}

export interface CreatedClaimBatch {
  batchId: number;
  accounts: number;
  inCooldown: number;
  noPayeeDetails: number;
  title: string;
}

export function createClaimBatch(
  sqlite: Database.Database,
  r: ClaimBatchRequest,
  userName: string,
  nowMs: number,
): CreatedClaimBatch {
  const found = claimCandidates(sqlite, r);
  if (found.accounts.length === 0) {
    throw new AppError(
      'CLAIMS.NOTHING_TO_SEND',
      `Нет лицевых счетов для претензий: в группе нет открытых счетов с долгом` +
        (found.inCooldown > 0
          ? `, ${found.inCooldown} получили претензию за последние ${found.cooldownDays} дн.`
          : '') +
        (found.noPayeeDetails > 0 ? `, у ${found.noPayeeDetails} нет банковских реквизитов УК` : '') +
        '.',
    );
  }
  const bracket = sqlite.prepare('SELECT label FROM debt_brackets WHERE code = ?').get(r.bracket) as
    { label: string } | undefined;
  const title = `Претензии: ${bracket?.label ?? r.bracket}, ${found.accounts.length} л/с, на ${formatRuDate(r.asOfDate)}`;
  const params: BatchParams = { ...r, accountIds: found.accounts.map((a) => a.accountId) };
  const result = sqlite
    .prepare(
      `INSERT INTO document_batches (kind, title, params_json, as_of_date, status, total_items, user_name, created_at_ms)
       VALUES ('claims', ?, ?, ?, 'running', ?, ?, ?)`,
    )
    .run(title, JSON.stringify(params), r.asOfDate, found.accounts.length, userName, nowMs);
  return {
    batchId: Number(result.lastInsertRowid),
    accounts: found.accounts.length,
    inCooldown: found.inCooldown,
    noPayeeDetails: found.noPayeeDetails,
    title,
  };
}

export interface ClaimBatchEnvironment {
  sqlite: Database.Database;
  dataDir: string;
  userName: string;
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
  const context: Omit<ClaimContext, 'tables'> = {
    asOfDate: params.asOfDate,
    issuedDate: params.issuedDate,
    deadlineDate: addDays(params.issuedDate, documentRule(sqlite, 'claim_payment_days', params.issuedDate)),
    ...organisationForDocuments(sqlite),
  };
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
    for (const id of accountIds) letterNo += addresseesOf(sqlite, id).length;
  }

  const accountRow = sqlite.prepare(
    `SELECT s.number, s.address, p.building_id AS buildingId, p.entrance, p.apartment
       FROM account_summaries s JOIN accounts a ON a.id = s.account_id LEFT JOIN premises p ON p.id = a.premises_id WHERE s.account_id = ?`,
  );
  const insertItem = sqlite.prepare(
    `INSERT INTO mail_items (batch_id, document_id, account_id, position, recipient_name, address, postal_code, building_id, entrance, apartment, total_kopecks)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
          pages: a.letters.length,
          totalKopecks: a.totalKopecks,
          userName: env.userName,
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
          );
        }
        journal(sqlite, {
          accountId: a.accountId,
          measure: 5,
          kind: 'claim.issued',
          actionDate,
          atMs: env.nowMs,
          userName: env.userName,
          summary: `Претензия (${a.letters.length} адресат.) на ${rublesKopecksText(a.totalKopecks)}: долг ${rublesKopecksText(a.debtKopecks)}, пени ${rublesKopecksText(a.penaltyKopecks)}, срок до ${formatRuDate(context.deadlineDate)}`,
          details: {
            batchId,
            documentId,
            asOfDate: params.asOfDate,
            deadlineDate: context.deadlineDate,
            totalKopecks: a.totalKopecks,
            tablesVersion: a.tablesVersion,
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
      userName: env.userName,
      atMs: env.nowMs,
    });
    printDocument = printFile;
  } else {
    print.abort();
  }
  const summary = cancelled
    ? `Отменено: подготовлены претензии по ${done} из ${ids.length} л/с (${position} писем).`
    : `Подготовлены претензии по ${done} л/с: ${position} писем на ${rublesKopecksText(sumKopecks)}`;
  sqlite
    .prepare('UPDATE document_batches SET status = ?, print_file = ?, summary = ?, finished_at_ms = ? WHERE id = ?')
    .run(cancelled ? 'cancelled' : 'done', printDocument, summary, Date.now(), batchId);
  journal(sqlite, {
    accountId: null,
    measure: null,
    kind: 'claims.batch',
    actionDate,
    atMs: env.nowMs,
    userName: env.userName,
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
