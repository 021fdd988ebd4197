/**
 * @file The type sizes a PDF actually draws its text at, read from the page content streams (pdf-lib inflates
 * them): every `Tf` size, and every `cm`/`Tm` matrix, so a test can tell the size on paper is the `Tf` size (no
 * matrix scales the text up or down).
 */
import fs from 'node:fs';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';

export interface PageTextSizes {
  /** Font sizes of every `Tf` operator, in points. */
  sizes: number[];
  /** Matrices of `cm` and `Tm` whose scale is not ±1 (none means sizes are the sizes on paper). */
  scaledMatrices: string[];
}

function contentOf(page: PDFPage): string {
  const context = page.node.context;
  const contents = context.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => context.lookup(ref)) : [contents];
  return streams
    .map((s) => {
      if (!(s instanceof PDFRawStream)) throw new Error('Неожиданный тип потока страницы');
      return Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
    })
    .join('\n');
}

export async function pdfTextSizes(file: string): Promise<PageTextSizes[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const number = String.raw`(-?\d+(?:\.\d+)?)`;
  const matrix = new RegExp(`${number} ${number} ${number} ${number} ${number} ${number} (cm|Tm)\\b`, 'g');
  return doc.getPages().map((page) => {
    const text = contentOf(page);
    const sizes = [...text.matchAll(/\/[A-Za-z0-9]+ (-?\d+(?:\.\d+)?) Tf\b/g)].map((m) => Number(m[1]));
    const scaledMatrices = [...text.matchAll(matrix)]
      .filter(
        (m) =>
          !(Math.abs(Number(m[1])) === 1 && Number(m[2]) === 0 && Number(m[3]) === 0 && Math.abs(Number(m[4])) === 1),
      )
      .map((m) => m[0]);
    return { sizes, scaledMatrices };
  });
}
