/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The letter to a УК asking it to pay the state duty of its applications (react-pdf, A4 portrait): who asks,
 * the total in figures and words, then per court the payee details of the payment order (поля 16, 61, 103, 13, 14,
 * 15, 17, 104, 105) and the applications with the purpose line of each (поле 24), a subtotal per court, the total,
 * the attachment (the XLSX list) and the signature. No arithmetic here: the view carries every sum.
 *
 * Form: margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt. Every line is its own text (a
 * «\n» inside a text makes react-pdf reference an unembedded Helvetica — see ClaimDocument.tsx).
 */
import type { Styles } from '@react-pdf/renderer';

type Style = Styles[string];
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { DutyPayee, DutyRequestGroup, DutyRequestView } from './duty-request-view';
import { plural } from '../../text/plural';
import { mm } from '../pdf-units';

export const DUTY_LETTER_PAGE_MM = { top: 15, bottom: 18, left: 20, right: 10 } as const;
export const DUTY_LETTER_TEMPLATE_VERSION = 'duty-request-1';

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(DUTY_LETTER_PAGE_MM.top),
    paddingBottom: mm(DUTY_LETTER_PAGE_MM.bottom),
    paddingLeft: mm(DUTY_LETTER_PAGE_MM.left),
    paddingRight: mm(DUTY_LETTER_PAGE_MM.right),
  },
  head: { flexDirection: 'row', marginBottom: mm(8) },
  sender: { width: mm(80) },
  addressee: { marginLeft: 'auto', width: mm(85) },
  bold: { fontWeight: 'bold' },
  reference: { marginBottom: mm(6) },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(4) },
  para: { marginBottom: 4, textAlign: 'justify', lineHeight: 1.25 },
  court: { fontSize: 12, fontWeight: 'bold', marginTop: mm(5), marginBottom: 3 },
  payee: { borderWidth: 0.5, borderColor: '#000', padding: mm(1.5), marginBottom: mm(3) },
  payeeRow: { flexDirection: 'row' },
  payeeLabel: { width: mm(66) },
  payeeValue: { flex: 1, fontWeight: 'bold' },
  warn: { marginTop: 2 },
  // Borders on rows and cells, not on the table: a table box broken across pages would draw an empty frame.
  table: {},
  row: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#000' },
  headRow: {
    flexDirection: 'row',
    backgroundColor: '#e8e8e8',
    fontWeight: 'bold',
    borderLeftWidth: 0.5,
    borderTopWidth: 0.5,
    borderColor: '#000',
  },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 1.5,
    paddingHorizontal: 2,
  },
  subtotal: { flexDirection: 'row', justifyContent: 'flex-end', marginTop: 3 },
  total: { marginTop: mm(6), marginBottom: 4, fontWeight: 'bold' },
  signer: { flexDirection: 'row', marginTop: mm(10), alignItems: 'flex-end' },
  signLine: { width: mm(45), borderBottomWidth: 0.75, borderColor: '#000', marginHorizontal: mm(4) },
  footer: { position: 'absolute', bottom: mm(7), right: mm(DUTY_LETTER_PAGE_MM.right), fontSize: 11, color: '#444' },
} satisfies Styles;

/** Column widths in mm (180 mm of text width). */
const COLS = { no: 9, application: 27, account: 22, debtor: 76, duty: 22, toPay: 24 } as const;
const money: Style = { textAlign: 'right' };

function PayeeBlock({ pdf, payee }: { pdf: DocumentPrimitives; payee: DutyPayee }) {
  const { View, Text } = pdf;
  const rows: Array<[string, string]> = [
    ['Получатель (поле 16)', payee.payeeName],
    ['ИНН получателя (61) / КПП (103)', `${payee.payeeInn} / ${payee.payeeKpp}`],
    ['Банк получателя (13)', payee.payeeBankName],
    ['БИК (14)', payee.payeeBik],
    ['Счёт банка получателя, ЕКС (15)', payee.payeeBankAccount],
    ['Казначейский счёт получателя (17)', payee.payeeTreasuryAccount],
    ['КБК (104)', payee.kbk],
    ['ОКТМО (105)', payee.oktmo],
  ];
  return (
    <View style={s.payee} wrap={false}>
      {rows.map(([label, value]) => (
        <View key={label} style={s.payeeRow}>
          <Text style={s.payeeLabel}>{label}</Text>
          <Text style={s.payeeValue}>{value}</Text>
        </View>
      ))}
      {!payee.confirmed && (
        <Text style={s.warn}>Реквизиты не сверены с сайтом суда: перед оплатой сверьте их, особенно ОКТМО.</Text>
      )}
    </View>
  );
}

function CourtGroup({ pdf, group, index }: { pdf: DocumentPrimitives; group: DutyRequestGroup; index: number }) {
  const { View, Text } = pdf;
  const c = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
  return (
    <View>
      <Text style={s.court} minPresenceAhead={mm(60)}>
        {`${index}. ${group.payee.courtName}`}
      </Text>
      <PayeeBlock pdf={pdf} payee={group.payee} />
      <View style={s.table}>
        <View style={s.headRow} fixed>
          <Text style={c(COLS.no)}>№</Text>
          <Text style={c(COLS.application)}>Заявление</Text>
          <Text style={c(COLS.account)}>Лицевой счёт</Text>
          <Text style={c(COLS.debtor)}>Должник; назначение платежа (поле 24)</Text>
          <Text style={c(COLS.duty, money)}>Пошлина, руб.</Text>
          <Text style={c(COLS.toPay, money)}>К оплате, руб.</Text>
        </View>
        {group.rows.map((r) => (
          <View key={r.caseId} style={s.row} wrap={false}>
            <Text style={c(COLS.no)}>{String(r.position)}</Text>
            <View style={c(COLS.application)}>
              <Text>{`№ ${r.caseId}`}</Text>
              <Text>{r.kindLabel}</Text>
            </View>
            <Text style={c(COLS.account)}>{r.accountNumber}</Text>
            <View style={c(COLS.debtor)}>
              <Text style={s.bold}>{r.debtorName}</Text>
              <Text>{r.purpose}</Text>
            </View>
            <View style={c(COLS.duty, money)}>
              <Text>{rublesText(r.dutyKopecks)}</Text>
              {r.dutyOffsetKopecks > 0 && <Text>{`зачёт ${rublesText(r.dutyOffsetKopecks)}`}</Text>}
              {r.paidKopecks > 0 && <Text>{`оплачено ${rublesText(r.paidKopecks)}`}</Text>}
            </View>
            <Text style={c(COLS.toPay, { ...money, fontWeight: 'bold' })}>{rublesText(r.toPayKopecks)}</Text>
          </View>
        ))}
      </View>
      <View style={s.subtotal} wrap={false}>
        <Text style={s.bold}>
          {`Итого по суду: ${group.rows.length} ${plural(group.rows.length, ['заявление', 'заявления', 'заявлений'])}, ${rublesText(group.subtotalKopecks)} руб.`}
        </Text>
      </View>
    </View>
  );
}

export function DutyRequestLetter({ pdf, view }: { pdf: DocumentPrimitives; view: DutyRequestView }) {
  const { Document, Page, View, Text } = pdf;
  const n = view.casesCount;
  const apps = `${n} ${plural(n, ['заявлению', 'заявлениям', 'заявлениям'])}`;
  const anyOffset = view.groups.some((g) => g.rows.some((r) => r.dutyOffsetKopecks > 0));
  const anyPaid = view.groups.some((g) => g.rows.some((r) => r.paidKopecks > 0));
  const date = formatRuDate(view.requestDate);
  return (
    <Document
      title={`Запрос госпошлины ${view.outgoingNumber} от ${date}`}
      author={view.sender.organisationName}
      language="ru"
    >
      <Page size="A4" style={s.page}>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) =>
            `Запрос ${view.outgoingNumber} от ${date} · стр. ${pageNumber} из ${totalPages}`
          }
        />
        <View style={s.head}>
          <View style={s.sender}>
            <Text style={s.bold}>{view.sender.organisationName}</Text>
          </View>
          <View style={s.addressee}>
            <Text>Руководителю</Text>
            <Text style={s.bold}>{view.company.name}</Text>
            <Text>{`ИНН ${view.company.inn}${view.company.kpp ? `, КПП ${view.company.kpp}` : ''}`}</Text>
            {view.company.address ? <Text>{view.company.address}</Text> : null}
          </View>
        </View>
        <Text style={s.reference}>{`Исх. № ${view.outgoingNumber} от ${date}`}</Text>
        <Text style={s.title}>О перечислении государственной пошлины за подачу заявлений в суд</Text>
        <Text style={s.para}>
          {`Для взыскания в судебном порядке задолженности по оплате жилого помещения и коммунальных услуг в пользу ${view.company.name} (ЖК РФ ст.153, 155) подготовлены заявления к должникам. Государственная пошлина за их подачу (НК РФ ст.333.19) по ${apps} составляет ${rublesText(view.totalKopecks)} руб. (${view.totalWords}).`}
        </Text>
        <Text style={s.para}>
          Просим перечислить государственную пошлину по реквизитам суда, указанным ниже, отдельным платёжным поручением
          по каждому заявлению, с назначением платежа из строки заявления, и передать нам копии исполненных платёжных
          поручений (с отметкой банка): без документа об уплате пошлины заявление не будет принято судом (ГПК РФ ст.123,
          125, 132). Пошлина уплачивается по месту нахождения суда (НК РФ ст.333.18 п.3): ОКТМО — код территории суда.
        </Text>
        {anyOffset && (
          <Text style={s.para}>
            Для заявлений с отметкой «зачёт» учтена пошлина, уплаченная за ранее поданное заявление (НК РФ ст.333.20,
            333.40): к оплате — только разница; ходатайство о зачёте прилагается к заявлению.
          </Text>
        )}
        {anyPaid && (
          <Text style={s.para}>
            Для заявлений с отметкой «оплачено» к оплате — остаток после ранее поступивших платежей.
          </Text>
        )}
        {view.groups.map((g, i) => (
          <CourtGroup key={g.payee.courtId} pdf={pdf} group={g} index={i + 1} />
        ))}
        <View wrap={false}>
          <Text style={s.total}>
            {`Всего к оплате: ${n} ${plural(n, ['заявление', 'заявления', 'заявлений'])}, ${rublesText(view.totalKopecks)} руб. (${view.totalWords}).`}
          </Text>
          <Text style={s.para}>
            {`Приложение: список заявлений с расчётом пошлины (файл XLSX «Запрос ${view.outgoingNumber}»), ${n} ${plural(n, ['строка', 'строки', 'строк'])}.`}
          </Text>
          <View style={s.signer}>
            <Text>{view.sender.responsiblePerson || 'Ответственный сотрудник'}</Text>
            <View style={s.signLine} />
            <Text>(подпись)</Text>
          </View>
        </View>
      </Page>
    </Document>
  );
}
