/**
 * @file One chunk of a claim batch, rendered: each account's claim facts (claim-facts.ts), a letter per addressee
 * with its payment QR code, the account's statement and penalty calculation, all in one react-pdf render; then,
 * with pdf-lib, the print order — each letter followed by its own copy of the attachments (copied pages share
 * their content and fonts) — and the per-account copies. Reads the database only — all writing (files,
 * registry, letters, journal) is the batch coordinator's, in print order — so chunks can be rendered on several
 * threads at once.
 */
import type Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { ClaimDocument, type ClaimAccountPages, type OnPage } from '../../../shared/documents/claim/ClaimDocument';
import { buildClaimStatementView } from '../../../shared/documents/claim/claim-statement-view';
import { buildClaimLetterView } from '../../../shared/documents/claim/claim-view';
import { paymentQrPayload, PaymentQrError } from '../../../shared/documents/claim/gost-qr-payload';
import { AppError } from '../app-error';
import { paymentQrSymbol } from '../documents/payment-qr-image';
import { renderTemplate } from '../documents/render-documents';
import { accountClaim, type ClaimContext } from './claim-facts';

export interface ClaimChunkTask {
  batchId: number;
  chunkIndex: number;
  accountIds: number[];
  /** Number of the chunk's first letter in the batch (letters are numbered «<batch>-<n>» in print order). */
  firstLetterNo: number;
}

export interface RenderedLetter {
  recipientName: string;
  documentNumber: string;
  debtKopecks: number;
  penaltyKopecks: number;
  totalKopecks: number;
  /** Pages of the letter with its attachments. */
  pages: number;
}

export interface RenderedAccount {
  accountId: number;
  /** Why the account got no letter; null when it got its letters. */
  skipped: string | null;
  letters: RenderedLetter[];
  /** Σ of the letters (what the account's letters demand together). */
  totalKopecks: number;
  debtKopecks: number;
  penaltyKopecks: number;
  tablesVersion: string;
  /** The account's own copy: its letters, each with its attachments, as a PDF (empty when skipped). */
  copy: Uint8Array;
}

export interface RenderedChunk {
  chunkIndex: number;
  /** All letters of the chunk with their attachments as one PDF, in print order. */
  pdf: Uint8Array;
  accounts: RenderedAccount[];
  /** The letters in the chunk (a skipped account has none): the next chunk's numbering starts after them. */
  letterCount: number;
}

function qrFor(
  accountNumber: string,
  payee: ClaimAccountPages['letters'][number]['view'],
  fields: Parameters<typeof paymentQrPayload>[0],
) {
  try {
    return paymentQrSymbol(paymentQrPayload(fields));
  } catch (error) {
    if (error instanceof PaymentQrError) {
      throw new AppError(
        'CLAIMS.QR',
        `Л/с ${accountNumber}: QR-код не построен — ${error.message}. Проверьте реквизиты УК (${payee.sender[0] ?? ''}).`,
      );
    }
    throw error;
  }
}

export async function renderClaimChunk(
  sqlite: Database.Database,
  ctx: ClaimContext,
  task: ClaimChunkTask,
): Promise<RenderedChunk> {
  const docs: ClaimAccountPages[] = [];
  const accounts: Array<
    Omit<RenderedAccount, 'copy' | 'letters'> & { letters: Omit<RenderedLetter, 'pages'>[]; doc: number | null }
  > = [];
  let letterNo = task.firstLetterNo;
  for (const accountId of task.accountIds) {
    const claim = accountClaim(sqlite, accountId, ctx);
    const base = {
      accountId,
      skipped: claim.skipped,
      debtKopecks: claim.letters.reduce((s, l) => s + l.debtKopecks, 0),
      penaltyKopecks: claim.letters.reduce((s, l) => s + l.penaltyKopecks, 0),
      totalKopecks: claim.letters.reduce((s, l) => s + l.totalKopecks, 0),
      tablesVersion: claim.tablesVersion,
    };
    if (claim.skipped !== null) {
      accounts.push({ ...base, letters: [], doc: null });
      continue;
    }
    const pages: ClaimAccountPages['letters'][number][] = [];
    const letters: Omit<RenderedLetter, 'pages'>[] = [];
    for (const parts of claim.letters) {
      const documentNumber = `${task.batchId}-${letterNo}`;
      letterNo += 1;
      const purpose = `Оплата задолженности за ЖКУ и пени по л/с ${claim.accountNumber}, претензия № ${documentNumber}`;
      const view = buildClaimLetterView(claim.account, {
        documentNumber,
        addressee: parts.addressee,
        debtKopecks: parts.debtKopecks,
        penaltyKopecks: parts.penaltyKopecks,
        totalKopecks: parts.totalKopecks,
        purpose,
      });
      const payee = claim.account.payee;
      const qr = qrFor(claim.accountNumber, view, {
        name: payee.name,
        personalAcc: payee.settlementAccount,
        bankName: payee.bankName,
        bic: payee.bik,
        correspAcc: payee.correspondentAccount,
        payeeInn: payee.inn,
        sumKopecks: parts.totalKopecks,
        purpose,
        persAcc: claim.accountNumber,
      });
      pages.push({ view, qr });
      letters.push({
        recipientName: parts.recipientName,
        documentNumber,
        debtKopecks: parts.debtKopecks,
        penaltyKopecks: parts.penaltyKopecks,
        totalKopecks: parts.totalKopecks,
      });
    }
    accounts.push({ ...base, letters, doc: docs.length });
    docs.push({ letters: pages, statement: buildClaimStatementView(claim.account), penalty: claim.penaltyView });
  }

  if (docs.length === 0) {
    const bytes = await (await PDFDocument.create()).save();
    return {
      chunkIndex: task.chunkIndex,
      pdf: bytes,
      letterCount: 0,
      accounts: accounts.map(({ doc: _d, ...a }) => ({ ...a, letters: [], copy: new Uint8Array() })),
    };
  }

  // Which pages each section took (a section = a letter, a statement or a calculation, in document order).
  const sectionPages = new Map<number, Set<number>>();
  const pdfBytes = await renderTemplate<{ accounts: readonly ClaimAccountPages[]; onPage: OnPage | null }>(
    ClaimDocument,
    {
      accounts: docs,
      onPage: (section, pageNumber) => {
        let set = sectionPages.get(section);
        if (!set) sectionPages.set(section, (set = new Set()));
        set.add(pageNumber - 1);
      },
    },
  );
  const pagesOf = (section: number): number[] => [...(sectionPages.get(section) ?? [])].sort((x, y) => x - y);

  const source = await PDFDocument.load(pdfBytes);
  const rendered: RenderedAccount[] = [];
  const printOrder: number[] = [];
  let section = 0;
  for (const { doc, ...a } of accounts) {
    if (doc === null) {
      rendered.push({ ...a, letters: [], copy: new Uint8Array() });
      continue;
    }
    const letterSections = a.letters.map(() => section++);
    const attachments = [...pagesOf(section++), ...pagesOf(section++)];
    const orders = letterSections.map((ls) => [...pagesOf(ls), ...attachments]);
    if (orders.some((o) => o.length === attachments.length))
      throw new Error(`Претензия л/с ${a.accountId}: не удалось определить страницы письма.`);
    const order = orders.flat();
    printOrder.push(...order);
    const copy = await PDFDocument.create();
    for (const page of await copy.copyPages(source, order)) copy.addPage(page);
    rendered.push({
      ...a,
      letters: a.letters.map((l, i) => ({ ...l, pages: (orders[i] as number[]).length })),
      copy: await copy.save(),
    });
  }
  // One copy call for the whole chunk: the pages of repeated attachments share their content and fonts.
  const print = await PDFDocument.create();
  for (const page of await print.copyPages(source, printOrder)) print.addPage(page);
  return {
    chunkIndex: task.chunkIndex,
    pdf: await print.save(),
    accounts: rendered,
    letterCount: rendered.reduce((s, a) => s + a.letters.length, 0),
  };
}
