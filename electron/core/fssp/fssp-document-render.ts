/**
 * @file Renders the bailiffs' papers of measure 10 to PDF bytes (core only: react-pdf reads the font files): the
 * creditor's application on a writ (to the department, ст.30, or to the bank, ст.8) and the transfer register. The
 * view builders (shared/documents/fssp/*-view.ts) make the strings; the court's templates lay them out, so the
 * application looks like the court application it follows (same page, fonts, blocks, signature).
 */
import { PDFDocument } from 'pdf-lib';
import { CourtApplicationDocument, CourtRegisterDocument } from '../../../shared/documents/court/CourtDocuments';
import { buildFsspApplicationView, type FsspApplicationFacts } from '../../../shared/documents/fssp/application-view';
import { buildTransferRegisterView, type TransferRegisterFacts } from '../../../shared/documents/fssp/register-view';
import { renderTemplate } from '../documents/render-documents';

/** Bump when the layout or wording of the applications or the register changes. */
export const FSSP_TEMPLATE_VERSION = 'fssp-1';

export async function renderFsspApplication(facts: FsspApplicationFacts): Promise<Buffer> {
  return renderTemplate(CourtApplicationDocument, {
    view: buildFsspApplicationView(facts),
    author: facts.creditor.name,
  });
}

export async function renderTransferRegister(facts: TransferRegisterFacts): Promise<Buffer> {
  return renderTemplate(CourtRegisterDocument, { view: buildTransferRegisterView(facts) });
}

export async function pdfPageCount(bytes: Buffer): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}
