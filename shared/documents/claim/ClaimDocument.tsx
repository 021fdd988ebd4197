/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The claim letter template (react-pdf, A4 portrait): one page per addressee, laying out the strings of
 * ClaimLetterView and the QR image the core made from the payment string. No arithmetic here.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { ClaimLetterView } from './claim-view';

const WIDTHS = ['31%', '23%', '23%', '23%'] as const;

const s = {
  page: { fontFamily: DOCUMENT_FONT_FAMILY, fontSize: 9.5, paddingTop: 28, paddingBottom: 36, paddingHorizontal: 42 },
  header: { flexDirection: 'row', marginBottom: 10 },
  payee: { width: '50%', fontSize: 8.5, color: '#333' },
  addressee: { width: '50%', paddingLeft: 30, fontSize: 10.5 },
  addresseeName: { fontWeight: 'bold', marginBottom: 2 },
  title: { fontSize: 15, fontWeight: 'bold', textAlign: 'center', marginTop: 4 },
  subtitle: { fontSize: 9.5, textAlign: 'center', marginBottom: 8 },
  para: { marginBottom: 5, textAlign: 'justify' },
  table: { flexDirection: 'row', borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: '#000', marginBottom: 6 },
  column: { borderRightWidth: 0.75, borderColor: '#000' },
  headCell: { height: 26, fontWeight: 'bold', backgroundColor: '#e8e8e8', borderBottomWidth: 0.75, borderColor: '#000', paddingVertical: 1.5, paddingHorizontal: 3 },
  bodyCell: { borderBottomWidth: 0.75, borderColor: '#000', paddingVertical: 1.5, paddingHorizontal: 3 },
  totalCell: { fontWeight: 'bold', borderBottomWidth: 0.75, borderColor: '#000', paddingVertical: 1.5, paddingHorizontal: 3 },
  amountRow: { flexDirection: 'row', marginBottom: 1 },
  amountLabel: { width: '60%' },
  amountValue: { width: '40%', textAlign: 'right', fontWeight: 'bold' },
  words: { fontStyle: 'normal', marginBottom: 6, textAlign: 'right' },
  demand: { fontWeight: 'bold', marginBottom: 5 },
  bullet: { marginLeft: 10, marginBottom: 1 },
  pay: { flexDirection: 'row', marginTop: 8, borderWidth: 0.75, borderColor: '#000', padding: 6 },
  payDetails: { width: '68%', fontSize: 8.5 },
  payRow: { flexDirection: 'row', marginBottom: 1 },
  payLabel: { width: 90, color: '#444' },
  payValue: { flex: 1 },
  qrBox: { width: '32%', alignItems: 'center' },
  qr: { width: 118, height: 118 },
  qrCaption: { fontSize: 7, textAlign: 'center', color: '#444' },
  signature: { marginTop: 10 },
  footer: { position: 'absolute', bottom: 16, left: 42, right: 42, fontSize: 7.5, color: '#666', textAlign: 'center' },
} satisfies Styles;

export interface ClaimLetterPage {
  view: ClaimLetterView;
  /** The payment QR symbol as vector path data in module units (made by the core from the payment string). */
  qr: { size: number; path: string };
}

/** The column's values, a line per row (the opening balance first). */
function columnLines(v: ClaimLetterView, col: number): string {
  const rows = v.openingRow ? [v.openingRow, ...v.statementRows] : v.statementRows;
  return rows.map((r) => r[col] || ' ').join('\n');
}

function Letter({ pdf, page }: { pdf: DocumentPrimitives; page: ClaimLetterPage }) {
  const { Page, View, Text, Svg, Path } = pdf;
  const v = page.view;
  return (
    <Page size="A4" style={s.page}>
      <View style={s.header}>
        {/* Multi-line blocks are one text each (nested runs for bold): every text node costs layout time, and a
            batch lays out thousands of pages. */}
        <Text style={s.payee}>
          <Text style={{ fontWeight: 'bold' }}>{v.payeeHeader[0]}</Text>
          {`\n${v.payeeHeader.slice(1).join('\n')}`}
        </Text>
        <Text style={s.addressee}>
          <Text style={s.addresseeName}>{v.addresseeLines[0]}</Text>
          {`\n${v.addresseeLines.slice(1).join('\n')}`}
        </Text>
      </View>
      <Text style={s.title}>{v.title}</Text>
      <Text style={s.subtitle}>{v.subtitle}</Text>
      <Text style={s.para}>{v.intro}</Text>
      <View style={s.table}>
        {v.statementColumns.map((head, col) => (
          <View key={col} style={[s.column, { width: WIDTHS[col] ?? '25%' }]}>
            <Text style={s.headCell}>{head}</Text>
            {/* One text per column, a line per month: a cell per value cost 56 text nodes a page (layout time). */}
            <Text style={[s.bodyCell, { textAlign: col === 0 ? 'left' : 'right' }]}>{columnLines(v, col)}</Text>
            <Text style={[s.totalCell, { textAlign: col === 0 ? 'left' : 'right' }]}>{v.statementTotal[col] ?? ''}</Text>
          </View>
        ))}
      </View>
      <View style={s.amountRow}>
        <Text style={s.amountLabel}>{v.amounts.map((a) => a.label).join('\n')}</Text>
        <Text style={s.amountValue}>{v.amounts.map((a) => a.value).join('\n')}</Text>
      </View>
      <Text style={s.words}>{v.totalWords}</Text>
      <Text style={s.demand}>{v.demand}</Text>
      <Text>{v.consequencesTitle}</Text>
      <Text style={s.bullet}>{v.consequences.map((c) => `— ${c}`).join('\n')}</Text>
      <View style={s.pay} wrap={false}>
        <View style={s.payDetails}>
          {v.payeeDetails.map((d, i) => (
            <View key={i} style={s.payRow}>
              <Text style={s.payLabel}>{d.label}</Text>
              <Text style={s.payValue}>{d.value}</Text>
            </View>
          ))}
        </View>
        <View style={s.qrBox}>
          <Svg viewBox={`0 0 ${page.qr.size} ${page.qr.size}`} style={s.qr}>
            <Path d={page.qr.path} fill="#000" />
          </Svg>
          <Text style={s.qrCaption}>{v.qrCaption}</Text>
        </View>
      </View>
      <Text style={s.signature}>{v.signature.join('\n')}</Text>
      <Text style={s.footer} fixed>
        {v.footer}
      </Text>
    </Page>
  );
}

/** A document of letters: one per addressee, in the order given (the print order). */
export function ClaimDocument({ pdf, pages }: { pdf: DocumentPrimitives; pages: readonly ClaimLetterPage[] }) {
  const { Document } = pdf;
  return (
    <Document title="Претензии" language="ru">
      {pages.map((page, i) => (
        <Letter key={i} pdf={pdf} page={page} />
      ))}
    </Document>
  );
}
