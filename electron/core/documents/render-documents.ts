/**
 * @file Renders the templates of measures 5–6 (claims, notices, mailing lists) to PDF bytes. react-pdf and React
 * are loaded at run time exactly as render-penalty-pdf.ts explains ([Note: react-pdf at run time]).
 */
import type * as ReactPdfModule from '@react-pdf/renderer';
import type * as ReactModule from 'react';
import type { DocumentPrimitives } from '../../../shared/documents/pdf-primitives';
import { registerDocumentFonts } from './pdf-fonts';

type ReactPdf = typeof ReactPdfModule;

const REACT_PDF_MODULE: string = '@react-pdf/renderer';
const REACT_MODULE: string = 'react';

let loaded: { pdf: ReactPdf; react: typeof ReactModule } | null = null;

async function load(): Promise<{ pdf: ReactPdf; react: typeof ReactModule }> {
  if (!loaded) {
    const [pdf, react] = (await Promise.all([import(REACT_PDF_MODULE), import(REACT_MODULE)])) as [
      ReactPdf,
      typeof ReactModule,
    ];
    registerDocumentFonts(pdf.Font);
    loaded = { pdf, react };
  }
  return loaded;
}

/** Renders a template component that takes `{ pdf, ...props }` and returns a <Document>. */
export async function renderTemplate<P extends object>(
  component: (props: P & { pdf: DocumentPrimitives }) => unknown,
  props: P,
): Promise<Buffer> {
  const { pdf, react } = await load();
  const primitives: DocumentPrimitives = {
    Document: pdf.Document,
    Page: pdf.Page,
    Text: pdf.Text,
    View: pdf.View,
    Image: pdf.Image,
    Svg: pdf.Svg,
    Path: pdf.Path,
    Rect: pdf.Rect,
    Line: pdf.Line,
    Polyline: pdf.Polyline,
    G: pdf.G,
  };
  const element = react.createElement(component as unknown as ReactModule.FC<P & { pdf: DocumentPrimitives }>, {
    ...props,
    pdf: primitives,
  });
  return pdf.renderToBuffer(element as unknown as Parameters<ReactPdf['renderToBuffer']>[0]);
}
