/**
 * @file Renders an order to a restriction contractor to PDF: the pure view (shared/documents/restriction-order/
 * order-view.ts) laid out by RestrictionOrderDocument.tsx; answers the bytes and the page count. Saving and
 * registering the file is the order's business (restriction-order.ts).
 */
import { PDFDocument } from 'pdf-lib';
import { renderTemplate } from '../documents/render-documents';
import { buildOrderView, type OrderInput } from '../../../shared/documents/restriction-order/order-view';
import { RestrictionOrderDocument } from '../../../shared/documents/restriction-order/RestrictionOrderDocument';

export async function renderOrderPdf(input: OrderInput): Promise<{ bytes: Buffer; pages: number }> {
  const view = buildOrderView(input);
  const bytes = await renderTemplate(RestrictionOrderDocument, { view, author: input.organisationName });
  const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  return { bytes, pages };
}
