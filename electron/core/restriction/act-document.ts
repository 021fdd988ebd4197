/**
 * @file Renders an act of restriction or of restoration to PDF: the pure view (shared/documents/restriction-act/
 * act-view.ts) laid out by RestrictionActDocument.tsx; answers the bytes and the page count. Saving and
 * registering the file is the act's business (restriction-acts.ts).
 */
import { PDFDocument } from 'pdf-lib';
import { renderTemplate } from '../documents/render-documents';
import { buildActView, type ActInput } from '../../../shared/documents/restriction-act/act-view';
import { RestrictionActDocument } from '../../../shared/documents/restriction-act/RestrictionActDocument';

export async function renderActPdf(input: ActInput): Promise<{ bytes: Buffer; pages: number }> {
  const view = buildActView(input);
  const bytes = await renderTemplate(RestrictionActDocument, { view, author: input.organisationName });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { bytes, pages };
}
