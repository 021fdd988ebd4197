/**
 * The streaming join of PDF parts (the print file of a claim batch): pages in order, text intact, a valid cross-
 * reference table that poppler and pdf-lib both read, and nothing left behind when the join is abandoned.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfConcatenator } from '../../electron/core/documents/pdf-concatenate';
import { pdfPages, pdfText } from './documents-district';

async function part(labels: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const label of labels) doc.addPage([300, 200]).drawText(label, { x: 20, y: 100, size: 14, font });
  return doc.save();
}

describe('PdfConcatenator', () => {
  it('joins parts page by page into one readable file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-concat-'));
    const file = path.join(dir, 'print.pdf');
    const joined = await PdfConcatenator.create(file, 'Печать');
    await joined.append(await part(['page-A1', 'page-A2']));
    await joined.append(await part(['page-B1']));
    await joined.append(await part(['page-C1', 'page-C2', 'page-C3']));
    await joined.finish();
    expect(joined.pages).toBe(6);
    expect(pdfPages(file)).toBe(6);
    const order = ['page-A1', 'page-A2', 'page-B1', 'page-C1', 'page-C2', 'page-C3'];
    order.forEach((label, i) => expect(pdfText(file, { first: i + 1, last: i + 1 }).trim()).toBe(label));
    const reread = await PDFDocument.load(fs.readFileSync(file), { throwOnInvalidObject: true });
    expect(reread.getPageCount()).toBe(6);
    expect(fs.readdirSync(dir)).toEqual(['print.pdf']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no file when abandoned', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-concat-'));
    const joined = await PdfConcatenator.create(path.join(dir, 'print.pdf'), 'Печать');
    await joined.append(await part(['x']));
    joined.abort();
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
