/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The repayment agreement printed for signature (react-pdf, A4 portrait): the title and number, place and date,
 * the parties, the subject, the schedule table (№, due date, sum, balance after it), how payments count, the pause of
 * restriction, court and eviction while it is kept, the consequences of breaking it, and the signature blocks. Lays
 * out the strings of agreement-view.ts and computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only. No text contains «\n» (see ClaimDocument.tsx).
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { AgreementView } from './agreement-view';
import { mm } from '../pdf-units';

type Style = Styles[string];

export const AGREEMENT_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;
export const AGREEMENT_TEMPLATE_VERSION = 'agreement-1';

/** Column widths of the schedule in mm (of 180 mm). */
const COLS = { no: 15, date: 45, amount: 55, balance: 65 } as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11.5,
    lineHeight: 1.3,
    paddingTop: mm(AGREEMENT_PAGE_MM.top),
    paddingBottom: mm(AGREEMENT_PAGE_MM.bottom + 5),
    paddingLeft: mm(AGREEMENT_PAGE_MM.left),
    paddingRight: mm(AGREEMENT_PAGE_MM.right),
  },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center' },
  subtitle: { fontSize: 12, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(4) },
  placeDate: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: mm(4) },
  para: { textAlign: 'justify', marginBottom: 3 },
  heading: { fontSize: 12, fontWeight: 'bold', marginTop: mm(3), marginBottom: 2 },
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
    paddingHorizontal: 3,
  },
  totalRow: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#000', fontWeight: 'bold' },
  signHeading: { fontSize: 12, fontWeight: 'bold', marginTop: mm(6), marginBottom: mm(2) },
  signBlock: { marginTop: mm(5) },
  signRow: { flexDirection: 'row', alignItems: 'flex-end' },
  signRole: { width: mm(45), fontWeight: 'bold' },
  signLine: { width: mm(45), borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(4) },
  signName: { flex: 1 },
  signDetail: { marginLeft: mm(45), color: '#333' },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(AGREEMENT_PAGE_MM.left),
    right: mm(AGREEMENT_PAGE_MM.right),
    textAlign: 'right',
    fontSize: 11,
    color: '#444',
  },
} satisfies Styles;

const c = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
const right: Style = { textAlign: 'right' };
const center: Style = { textAlign: 'center' };

function Schedule({ pdf, view }: { pdf: DocumentPrimitives; view: AgreementView }) {
  const { View, Text } = pdf;
  return (
    <View>
      <View style={s.headRow} wrap={false}>
        <Text style={c(COLS.no, center)}>№</Text>
        <Text style={c(COLS.date, center)}>Срок платежа (до)</Text>
        <Text style={c(COLS.amount, right)}>Сумма, руб.</Text>
        <Text style={c(COLS.balance, right)}>Остаток долга после платежа, руб.</Text>
      </View>
      {view.schedule.rows.map((r) => (
        <View key={r.seq} style={s.row} wrap={false}>
          <Text style={c(COLS.no, center)}>{r.seq}</Text>
          <Text style={c(COLS.date, center)}>{r.dueDate}</Text>
          <Text style={c(COLS.amount, right)}>{r.amount}</Text>
          <Text style={c(COLS.balance, right)}>{r.balance}</Text>
        </View>
      ))}
      <View style={s.totalRow} wrap={false}>
        <Text style={c(COLS.no + COLS.date)}>Итого</Text>
        <Text style={c(COLS.amount, right)}>{view.schedule.total}</Text>
        <Text style={c(COLS.balance)}> </Text>
      </View>
    </View>
  );
}

export function AgreementDocument({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: AgreementView;
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
        <Text style={s.subtitle}>{view.subtitle}</Text>
        <View style={s.placeDate}>
          <Text>{view.placeDate.place}</Text>
          <Text>{view.placeDate.date}</Text>
        </View>
        <Text style={s.para}>{view.preamble}</Text>
        {view.sections.map((section) => (
          <View key={section.heading}>
            <Text style={s.heading} minPresenceAhead={mm(20)}>
              {section.heading}
            </Text>
            {section.heading.startsWith('2.') ? <Schedule pdf={pdf} view={view} /> : null}
            {section.paragraphs.map((p) => (
              <Text key={p} style={s.para}>
                {p}
              </Text>
            ))}
          </View>
        ))}
        <View>
          <Text style={s.signHeading} minPresenceAhead={mm(30)}>
            7. Подписи сторон
          </Text>
          {view.signatures.map((sig, i) => (
            <View key={`${sig.role}-${i}`} style={s.signBlock} wrap={false}>
              <View style={s.signRow}>
                <Text style={s.signRole}>{sig.role}</Text>
                <View style={s.signLine} />
                <Text style={s.signName}>{sig.name ? `/ ${sig.name} /` : '/ ____________________ /'}</Text>
              </View>
              <Text
                style={s.signDetail}
              >{`${sig.detail ? `${sig.detail}. ` : ''}Дата подписания: «___» ____________ 20___ г.`}</Text>
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );
}
