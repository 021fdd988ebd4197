/**
 * @file Renders the «Расчёт пени» view to PDF bytes (core only: react-pdf reads font files).
 *
 * [Note: react-pdf at run time] react-pdf is loaded with import() of a specifier held in a variable, so esbuild
 * leaves it out of the Electron shell's CommonJS bundle and Node loads the real ESM package from node_modules:
 * bundled, pdfkit's `new URL('./data/…icc', import.meta.url)` has no import.meta and throws at load. Loading on
 * first use also keeps start-up fast — most sessions never print a document. React comes the same way, so the
 * element and react-pdf's reconciler share one copy of it.
 */
import type * as ReactPdfModule from '@react-pdf/renderer';
import type * as ReactModule from 'react';
import type { PenaltyCalculationView } from '../../../shared/documents/penalty-calculation/penalty-calculation-view';
import { PenaltyCalculationDocument } from '../../../shared/documents/penalty-calculation/PenaltyCalculationDocument';
import { registerDocumentFonts } from './pdf-fonts';

type ReactPdf = typeof ReactPdfModule;

const REACT_PDF_MODULE: string = '@react-pdf/renderer';
const REACT_MODULE: string = 'react';

export async function renderPenaltyCalculationPdf(view: PenaltyCalculationView): Promise<Buffer> {
  const [pdf, react] = (await Promise.all([import(REACT_PDF_MODULE), import(REACT_MODULE)])) as [
    ReactPdf,
    typeof ReactModule,
  ];
  registerDocumentFonts(pdf.Font);
  const element = react.createElement(PenaltyCalculationDocument, { view, pdf });
  // renderToBuffer is typed for a <Document> element; the component returns one.
  return pdf.renderToBuffer(element as unknown as Parameters<ReactPdf['renderToBuffer']>[0]);
}
