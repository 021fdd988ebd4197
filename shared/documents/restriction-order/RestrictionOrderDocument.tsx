/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The order to a restriction contractor (react-pdf, A4 landscape — the address list has nine columns): the
 * addressee, the title, the request, the address list, the total, the sewage legal-risk line when a line is sewage,
 * what to send back, and the signature. Lays out the strings of order-view.ts and computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only. No text contains «\n».
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { OrderView } from './order-view';
import { mm } from '../pdf-units';

type Style = Styles[string];

export const ORDER_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;
export const ORDER_TEMPLATE_VERSION = 'restriction-order-1';

/** Column widths in mm (267 mm of text width on A4 landscape). */
const COLS = {
  no: 8,
  address: 62,
  flat: 13,
  account: 26,
  service: 34,
  debt: 24,
  delivered: 24,
  ended: 24,
  procedure: 52,
};

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(ORDER_PAGE_MM.top),
    paddingBottom: mm(ORDER_PAGE_MM.bottom + 5),
    paddingLeft: mm(ORDER_PAGE_MM.left),
    paddingRight: mm(ORDER_PAGE_MM.right),
  },
  addressee: { marginLeft: mm(150), marginBottom: 1 },
  sender: { marginTop: mm(3), marginBottom: mm(4) },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(4) },
  intro: { textAlign: 'justify', marginBottom: mm(4) },
  headRow: {
    flexDirection: 'row',
    backgroundColor: '#e8e8e8',
    fontWeight: 'bold',
    borderLeftWidth: 0.5,
    borderTopWidth: 0.5,
    borderColor: '#000',
  },
  row: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#000' },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 2,
    paddingHorizontal: 2,
  },
  total: { marginTop: mm(3), fontWeight: 'bold' },
  risk: { marginTop: mm(4), borderWidth: 0.75, borderColor: '#000', padding: 4, textAlign: 'justify' },
  instruction: { marginTop: 2, textAlign: 'justify' },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: mm(10) },
  signLabel: { width: mm(90) },
  signLine: { width: mm(60), borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(6) },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(ORDER_PAGE_MM.left),
    right: mm(ORDER_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

const c = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
const right: Style = { textAlign: 'right' };
const center: Style = { textAlign: 'center' };

export function RestrictionOrderDocument({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: OrderView;
  author: string;
}) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document title={view.title} author={author} language="ru" creator="АРМ «Долги ЖКУ»" producer="АРМ «Долги ЖКУ»">
      <Page size="A4" orientation="landscape" style={s.page}>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${view.footer} · лист ${pageNumber} из ${totalPages}`}
        />
        {view.addressee.map((line) => (
          <Text key={line} style={s.addressee}>
            {line}
          </Text>
        ))}
        <Text style={s.sender}>{view.sender}</Text>
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.intro}>{view.intro}</Text>
        <View style={s.headRow} wrap={false} fixed>
          <Text style={c(COLS.no, center)}>№</Text>
          <Text style={c(COLS.address)}>Адрес</Text>
          <Text style={c(COLS.flat, center)}>Кв.</Text>
          <Text style={c(COLS.account)}>Лицевой счёт</Text>
          <Text style={c(COLS.service)}>Услуга</Text>
          <Text style={c(COLS.debt, right)}>Долг, руб.</Text>
          <Text style={c(COLS.delivered, center)}>Предупр. доставлено</Text>
          <Text style={c(COLS.ended, center)}>Срок истёк</Text>
          <Text style={c(COLS.procedure)}>Порядок</Text>
        </View>
        {view.rows.map((r) => (
          <View key={r.position} style={s.row} wrap={false}>
            <Text style={c(COLS.no, center)}>{r.position}</Text>
            <Text style={c(COLS.address)}>{r.address}</Text>
            <Text style={c(COLS.flat, { ...center, fontWeight: 'bold' })}>{r.apartment}</Text>
            <Text style={c(COLS.account)}>{r.accountNumber}</Text>
            <Text style={c(COLS.service)}>{r.service}</Text>
            <Text style={c(COLS.debt, right)}>{r.debt}</Text>
            <Text style={c(COLS.delivered, center)}>{r.delivered}</Text>
            <Text style={c(COLS.ended, center)}>{r.termEnded}</Text>
            <Text style={c(COLS.procedure)}>{r.procedure}</Text>
          </View>
        ))}
        <View wrap={false}>
          <Text style={s.total}>{view.total}</Text>
          {view.sewageRisk !== null && <Text style={s.risk}>{view.sewageRisk}</Text>}
          {view.instructions.map((line) => (
            <Text key={line} style={s.instruction}>
              {line}
            </Text>
          ))}
          <View style={s.signRow}>
            <Text style={s.signLabel}>{view.signer}</Text>
            <View style={s.signLine} />
            <Text>М. П.</Text>
          </View>
        </View>
      </Page>
    </Document>
  );
}
