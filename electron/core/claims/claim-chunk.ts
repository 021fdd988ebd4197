/**
 * @file One chunk of a claim batch, rendered: the accounts' facts (debt statement, the engine's penalty), a letter
 * per addressee with its payment QR code, one react-pdf render of them all, and the per-account copies split off
 * with pdf-lib. Reads the database only — all writing (files, registry, letters, journal) is the batch
 * coordinator's, in print order — so chunks can be rendered on several threads at once.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { ClaimDocument, type ClaimLetterPage } from '../../../shared/documents/claim/ClaimDocument';
import { buildClaimLetterView } from '../../../shared/documents/claim/claim-view';
import { paymentQrPayload, PaymentQrError } from '../../../shared/documents/claim/gost-qr-payload';
import { AppError } from '../app-error';
import { paymentQrSymbol } from '../documents/payment-qr-image';
import { renderTemplate } from '../documents/render-documents';
import { accountClaimFacts, type ClaimContext } from './claim-facts';

export interface ClaimChunkTask {
  batchId: number;
  chunkIndex: number;
  accountIds: number[];
  /** Number of the chunk's first letter in the batch (letters are numbered «<batch>-<n>» in print order). */
  firstLetterNo: number;
}

export interface RenderedAccount {
  accountId: number;
  letters: Array<{ recipientName: string; totalKopecks: number }>;
  totalKopecks: number;
  debtKopecks: number;
  penaltyKopecks: number;
  tablesVersion: string;
  /** The account's own copy: its letters as a PDF. */
  copy: Uint8Array;
}

export interface RenderedChunk {
  chunkIndex: number;
  /** All letters of the chunk as one PDF, in print order. */
  pdf: Uint8Array;
  accounts: RenderedAccount[];
}

export async function renderClaimChunk(
  sqlite: Database.Database,
  ctx: ClaimContext,
  task: ClaimChunkTask,
): Promise<RenderedChunk> {
  const pages: ClaimLetterPage[] = [];
  const accounts: Array<Omit<RenderedAccount, 'copy'> & { first: number }> = [];
  let letterNo = task.firstLetterNo;
  for (const accountId of task.accountIds) {
    const facts = accountClaimFacts(sqlite, accountId, ctx);
    accounts.push({
      accountId,
      first: pages.length,
      letters: facts.letters.map((l) => ({
        recipientName: l.addressee.fullName ?? 'Собственнику помещения',
        totalKopecks: l.facts.totalKopecks,
      })),
      totalKopecks: facts.totalKopecks,
      debtKopecks: facts.debtKopecks,
      penaltyKopecks: facts.penaltyKopecks,
      tablesVersion: facts.tablesVersion,
    });
    for (const letter of facts.letters) {
      const view = buildClaimLetterView({ ...letter.facts, documentNumber: `${task.batchId}-${letterNo}` });
      letterNo += 1;
      let payload: string;
      try {
        payload = paymentQrPayload({
          name: letter.facts.payee.name,
          personalAcc: letter.facts.payee.settlementAccount,
          bankName: letter.facts.payee.bankName,
          bic: letter.facts.payee.bik,
          correspAcc: letter.facts.payee.correspondentAccount,
          payeeInn: letter.facts.payee.inn,
          sumKopecks: letter.facts.totalKopecks,
          purpose: letter.facts.purpose,
          persAcc: letter.facts.accountNumber,
        });
      } catch (error) {
        if (error instanceof PaymentQrError) {
          throw new AppError(
            'CLAIMS.QR',
            `Л/с ${letter.facts.accountNumber}: QR-код не построен — ${error.message}. Проверьте реквизиты УК.`,
          );
        }
        throw error;
      }
      pages.push({ view, qr: paymentQrSymbol(payload) });
    }
  }
  const pdf = await renderTemplate(ClaimDocument, { pages });
  const source = await PDFDocument.load(pdf);
  const rendered: RenderedAccount[] = [];
  for (const { first, ...a } of accounts) {
    const copy = await PDFDocument.create();
    for (const page of await copy.copyPages(
      source,
      Array.from({ length: a.letters.length }, (_, i) => first + i),
    ))
      copy.addPage(page);
    rendered.push({ ...a, copy: await copy.save() });
  }
  return { chunkIndex: task.chunkIndex, pdf, accounts: rendered };
}
