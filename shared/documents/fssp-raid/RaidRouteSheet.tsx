/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The route sheet of a joint raid (react-pdf, A4 portrait): the raid's facts, then per building its flats in
 * route order with the proceedings numbers and the debt, and three empty columns the team fills in by hand (the
 * outcome mark, the sum paid or the promised date, the signature), the totals, the legend of the marks, the
 * signatures of the bailiff and the creditor's representative and the note on personal data. Lays out the strings
 * of route-sheet-view.ts and computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only; rows tall enough to write in (9 mm). No text contains «\n» (see ClaimDocument.tsx).
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { RouteSheetBuilding, RouteSheetView } from './route-sheet-view';

type Style = Styles[string];

const mm = (v: number): number => (v * 72) / 25.4;

export const ROUTE_SHEET_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;
export const ROUTE_SHEET_TEMPLATE_VERSION = 'fssp-raid-route-1';

/** Column widths in mm (180 mm of text width). */
const COLS = { no: 10, flat: 14, entrance: 17, proceedings: 43, debt: 26, outcome: 22, sum: 24, sign: 24 } as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(ROUTE_SHEET_PAGE_MM.top),
    paddingBottom: mm(ROUTE_SHEET_PAGE_MM.bottom + 5),
    paddingLeft: mm(ROUTE_SHEET_PAGE_MM.left),
    paddingRight: mm(ROUTE_SHEET_PAGE_MM.right),
  },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(4) },
  factRow: { flexDirection: 'row', marginBottom: 1.5 },
  factLabel: { width: mm(52), color: '#333' },
  factValue: { flex: 1, fontWeight: 'bold' },
  building: { fontSize: 12, fontWeight: 'bold', marginTop: mm(5), marginBottom: 3 },
  headRow: {
    flexDirection: 'row',
    backgroundColor: '#e8e8e8',
    fontWeight: 'bold',
    borderLeftWidth: 0.5,
    borderTopWidth: 0.5,
    borderColor: '#000',
  },
  row: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#000', minHeight: mm(9) },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 2,
    paddingHorizontal: 2,
  },
  subtotal: { textAlign: 'right', marginTop: 2 },
  total: { marginTop: mm(6), fontWeight: 'bold' },
  legend: { marginTop: mm(3), textAlign: 'justify' },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: mm(8) },
  signLabel: { width: mm(70) },
  signLine: { flex: 1, borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(4) },
  note: { marginTop: mm(8), borderTopWidth: 0.5, borderColor: '#000', paddingTop: 3, textAlign: 'justify' },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(ROUTE_SHEET_PAGE_MM.left),
    right: mm(ROUTE_SHEET_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

const c = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
const right: Style = { textAlign: 'right' };
const center: Style = { textAlign: 'center' };

function Building({ pdf, b }: { pdf: DocumentPrimitives; b: RouteSheetBuilding }) {
  const { View, Text } = pdf;
  return (
    <View>
      <Text style={s.building} minPresenceAhead={mm(30)}>
        {b.heading}
      </Text>
      <View style={s.headRow} wrap={false}>
        <Text style={c(COLS.no, center)}>№</Text>
        <Text style={c(COLS.flat, center)}>Кв.</Text>
        <Text style={c(COLS.entrance, center)}>Подъезд</Text>
        <Text style={c(COLS.proceedings)}>№ исполнительного производства</Text>
        <Text style={c(COLS.debt, right)}>Долг, руб.</Text>
        <Text style={c(COLS.outcome, center)}>Итог</Text>
        <Text style={c(COLS.sum, center)}>Сумма / дата</Text>
        <Text style={c(COLS.sign, center)}>Подпись</Text>
      </View>
      {b.rows.map((r) => (
        <View key={r.position} style={s.row} wrap={false}>
          <Text style={c(COLS.no, center)}>{r.position}</Text>
          <Text style={c(COLS.flat, { ...center, fontWeight: 'bold' })}>{r.apartment}</Text>
          <Text style={c(COLS.entrance, center)}>{r.entrance}</Text>
          <View style={c(COLS.proceedings)}>
            {r.proceedings.map((p) => (
              <Text key={p}>{p}</Text>
            ))}
          </View>
          <Text style={c(COLS.debt, right)}>{r.debt}</Text>
          <Text style={c(COLS.outcome)}> </Text>
          <Text style={c(COLS.sum)}> </Text>
          <Text style={c(COLS.sign)}> </Text>
        </View>
      ))}
      <Text style={s.subtotal}>{b.subtotal}</Text>
    </View>
  );
}

export function RaidRouteSheet({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: RouteSheetView;
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
        <Text style={s.title}>{view.title}</Text>
        {view.facts.map((f) => (
          <View key={f.label} style={s.factRow}>
            <Text style={s.factLabel}>{`${f.label}:`}</Text>
            <Text style={s.factValue}>{f.value}</Text>
          </View>
        ))}
        {view.buildings.map((b) => (
          <Building key={b.heading} pdf={pdf} b={b} />
        ))}
        <View wrap={false}>
          <Text style={s.total}>{view.total}</Text>
          <Text style={s.legend}>{view.legend}</Text>
          <View style={s.signRow}>
            <Text style={s.signLabel}>Судебный пристав-исполнитель</Text>
            <View style={s.signLine} />
          </View>
          <View style={s.signRow}>
            <Text style={s.signLabel}>Представитель взыскателя</Text>
            <View style={s.signLine} />
          </View>
          <Text style={s.note}>{view.privacyNote}</Text>
        </View>
      </Page>
    </Document>
  );
}
