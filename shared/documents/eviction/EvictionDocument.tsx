/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file Both eviction documents (react-pdf, A4 portrait): the warning to the tenant and the landlord's lawsuit draft.
 * Lays out the strings of eviction-document-view.ts — the block on the right, the heading, then paragraphs, numbered
 * lists, the debt table and the signatures — and computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only; no text contains «\n».
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { EvictionBlock, EvictionDocumentView } from './eviction-document-view';
import { mm } from '../pdf-units';

export const EVICTION_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 12,
    lineHeight: 1.3,
    paddingTop: mm(EVICTION_PAGE_MM.top),
    paddingBottom: mm(EVICTION_PAGE_MM.bottom + 5),
    paddingLeft: mm(EVICTION_PAGE_MM.left),
    paddingRight: mm(EVICTION_PAGE_MM.right),
  },
  header: { marginLeft: mm(85), marginBottom: mm(6) },
  headerLine: { marginBottom: 2 },
  heading: { fontSize: 14, fontWeight: 'bold', textAlign: 'center', marginTop: mm(2) },
  subheading: { textAlign: 'center', marginBottom: mm(5), marginTop: 2 },
  p: { textAlign: 'justify', marginBottom: mm(2.5), textIndent: mm(10) },
  h: { fontWeight: 'bold', marginTop: mm(2), marginBottom: mm(2) },
  item: { flexDirection: 'row', marginBottom: mm(1.5) },
  itemNo: { width: mm(8) },
  itemText: { flex: 1, textAlign: 'justify' },
  table: { marginBottom: mm(3), borderLeftWidth: 0.5, borderTopWidth: 0.5, borderColor: '#000' },
  row: { flexDirection: 'row' },
  headRow: { flexDirection: 'row', backgroundColor: '#e8e8e8', fontWeight: 'bold' },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 1.5,
    paddingHorizontal: 3,
    fontSize: 11,
  },
  sign: { marginTop: mm(8) },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(EVICTION_PAGE_MM.left),
    right: mm(EVICTION_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
    fontSize: 11,
  },
} satisfies Styles;

const WIDTHS = [mm(50), mm(43), mm(43), mm(44)];

function Block({ pdf, b }: { pdf: DocumentPrimitives; b: EvictionBlock }) {
  const { View, Text } = pdf;
  switch (b.kind) {
    case 'p':
      return <Text style={s.p}>{b.text}</Text>;
    case 'h':
      return (
        <Text style={s.h} minPresenceAhead={mm(20)}>
          {b.text}
        </Text>
      );
    case 'list':
      return (
        <View>
          {b.items.map((item, n) => (
            <View key={item} style={s.item} wrap={false}>
              <Text style={s.itemNo}>{`${n + 1}.`}</Text>
              <Text style={s.itemText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case 'table':
      return (
        <View style={s.table}>
          <View style={s.headRow} fixed={false} wrap={false}>
            {b.head.map((h, n) => (
              <Text key={h} style={[s.cell, { width: WIDTHS[n] ?? mm(40), textAlign: n === 0 ? 'left' : 'right' }]}>
                {h}
              </Text>
            ))}
          </View>
          {b.rows.map((r) => (
            <View key={r[0]} style={s.row} wrap={false}>
              {r.map((c, n) => (
                <Text key={n} style={[s.cell, { width: WIDTHS[n] ?? mm(40), textAlign: n === 0 ? 'left' : 'right' }]}>
                  {c}
                </Text>
              ))}
            </View>
          ))}
          <View style={[s.row, { fontWeight: 'bold' }]} wrap={false}>
            {b.total.map((c, n) => (
              <Text key={n} style={[s.cell, { width: WIDTHS[n] ?? mm(40), textAlign: n === 0 ? 'left' : 'right' }]}>
                {c || ' '}
              </Text>
            ))}
          </View>
        </View>
      );
    case 'sign':
      return (
        <View style={s.sign} wrap={false}>
          {b.lines.map((l) => (
            <Text key={l}>{l}</Text>
          ))}
        </View>
      );
  }
}

export function EvictionDocument({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: EvictionDocumentView;
  author: string;
}) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document title={view.title} author={author} language="ru" creator="АРМ «Долги ЖКУ»" producer="АРМ «Долги ЖКУ»">
      <Page size="A4" style={s.page}>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${view.footer} · лист ${pageNumber} из ${totalPages}`}
        />
        <View style={s.header}>
          {view.headerLines.map((l) => (
            <Text key={l} style={s.headerLine}>
              {l}
            </Text>
          ))}
        </View>
        <Text style={s.heading}>{view.heading}</Text>
        <Text style={s.subheading}>{view.subheading}</Text>
        {view.blocks.map((b, n) => (
          <Block key={n} pdf={pdf} b={b} />
        ))}
      </Page>
    </Document>
  );
}
