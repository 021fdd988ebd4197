/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The route sheet of a raid (react-pdf, A4 portrait), one layout for the bailiffs' joint raids and the
 * «Чёрная метка» raids: the raid's facts, then per building its flats in route order — place on the route, flat,
 * entrance, the column that identifies the debtor without a name, the debt — and three empty columns the team fills
 * in by hand (the outcome mark, the sum paid or the promised date, the signature), the totals, the legend of the
 * marks, two signature lines and the note on personal data. What differs between the raids (the identifying
 * column, the widths, who signs) is the `layout` each raid's template passes. Lays out the strings of the view and
 * computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only; rows tall enough to write in (9 mm). No text contains «\n» (see ClaimDocument.tsx).
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import { mm } from '../pdf-units';
import type { RouteSheetBuildingOf, RouteSheetRowBase, RouteSheetViewOf } from './route-sheet-rows';

type Style = Styles[string];

export const RAID_ROUTE_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;

/** What one raid's route sheet sets for itself. */
export interface RouteSheetLayout<R extends RouteSheetRowBase> {
  /** The width of the facts' labels, mm. */
  factLabelMm: number;
  /** Column widths in mm (together 180 mm, the text width). */
  widthsMm: {
    no: number;
    flat: number;
    entrance: number;
    identifier: number;
    debt: number;
    outcome: number;
    sum: number;
    sign: number;
  };
  /** The column that tells the team whose debt it is without a name: its header, alignment and lines. */
  identifier: { header: string; align: 'left' | 'center'; lines: (row: R) => readonly string[] };
  /** Who signs the sheet, in order. */
  signatures: readonly [string, string];
}

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(RAID_ROUTE_PAGE_MM.top),
    paddingBottom: mm(RAID_ROUTE_PAGE_MM.bottom + 5),
    paddingLeft: mm(RAID_ROUTE_PAGE_MM.left),
    paddingRight: mm(RAID_ROUTE_PAGE_MM.right),
  },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(4) },
  factRow: { flexDirection: 'row', marginBottom: 1.5 },
  factLabel: { color: '#333' },
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
    left: mm(RAID_ROUTE_PAGE_MM.left),
    right: mm(RAID_ROUTE_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

const c = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
const right: Style = { textAlign: 'right' };
const center: Style = { textAlign: 'center' };

function Building<R extends RouteSheetRowBase>({
  pdf,
  b,
  layout,
}: {
  pdf: DocumentPrimitives;
  b: RouteSheetBuildingOf<R>;
  layout: RouteSheetLayout<R>;
}) {
  const { View, Text } = pdf;
  const w = layout.widthsMm;
  const idAlign: Style = { textAlign: layout.identifier.align };
  return (
    <View>
      <Text style={s.building} minPresenceAhead={mm(30)}>
        {b.heading}
      </Text>
      <View style={s.headRow} wrap={false}>
        <Text style={c(w.no, center)}>№</Text>
        <Text style={c(w.flat, center)}>Кв.</Text>
        <Text style={c(w.entrance, center)}>Подъезд</Text>
        <Text style={c(w.identifier, idAlign)}>{layout.identifier.header}</Text>
        <Text style={c(w.debt, right)}>Долг, руб.</Text>
        <Text style={c(w.outcome, center)}>Итог</Text>
        <Text style={c(w.sum, center)}>Сумма / дата</Text>
        <Text style={c(w.sign, center)}>Подпись</Text>
      </View>
      {b.rows.map((r) => (
        <View key={r.position} style={s.row} wrap={false}>
          <Text style={c(w.no, center)}>{r.position}</Text>
          <Text style={c(w.flat, { ...center, fontWeight: 'bold' })}>{r.apartment}</Text>
          <Text style={c(w.entrance, center)}>{r.entrance}</Text>
          <View style={c(w.identifier)}>
            {layout.identifier.lines(r).map((line) => (
              <Text key={line} style={idAlign}>
                {line}
              </Text>
            ))}
          </View>
          <Text style={c(w.debt, right)}>{r.debt}</Text>
          <Text style={c(w.outcome)}> </Text>
          <Text style={c(w.sum)}> </Text>
          <Text style={c(w.sign)}> </Text>
        </View>
      ))}
      <Text style={s.subtotal}>{b.subtotal}</Text>
    </View>
  );
}

export function RouteSheetDocument<R extends RouteSheetRowBase>({
  pdf,
  view,
  author,
  layout,
}: {
  pdf: DocumentPrimitives;
  view: RouteSheetViewOf<R>;
  author: string;
  layout: RouteSheetLayout<R>;
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
            <Text style={[s.factLabel, { width: mm(layout.factLabelMm) }]}>{`${f.label}:`}</Text>
            <Text style={s.factValue}>{f.value}</Text>
          </View>
        ))}
        {view.buildings.map((b) => (
          <Building key={b.heading} pdf={pdf} b={b} layout={layout} />
        ))}
        <View wrap={false}>
          <Text style={s.total}>{view.total}</Text>
          <Text style={s.legend}>{view.legend}</Text>
          {layout.signatures.map((who) => (
            <View key={who} style={s.signRow}>
              <Text style={s.signLabel}>{who}</Text>
              <View style={s.signLine} />
            </View>
          ))}
          <Text style={s.note}>{view.privacyNote}</Text>
        </View>
      </Page>
    </Document>
  );
}
