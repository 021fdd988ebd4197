/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The warning of a restriction (react-pdf, A4 portrait): the sender and the addressee block, the title, the
 * facts in short, the text, the months of the service's overdue debt with the total, how to pay, the legal basis
 * and the signer. Lays out the strings of warning-view.ts and computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only. No text contains «\n» (see ClaimDocument.tsx).
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { WarningView } from './warning-view';
import { mm } from '../pdf-units';

export const WARNING_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    lineHeight: 1.25,
    paddingTop: mm(WARNING_PAGE_MM.top),
    paddingBottom: mm(WARNING_PAGE_MM.bottom + 5),
    paddingLeft: mm(WARNING_PAGE_MM.left),
    paddingRight: mm(WARNING_PAGE_MM.right),
  },
  head: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: mm(5) },
  sender: { width: mm(80), color: '#222' },
  to: { width: mm(85) },
  toLine: { fontWeight: 'bold' },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center' },
  subtitle: { fontSize: 12, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(4) },
  factRow: { flexDirection: 'row', marginBottom: 1 },
  factLabel: { width: mm(62), color: '#333' },
  factValue: { flex: 1, fontWeight: 'bold' },
  paragraph: { marginTop: mm(2), textAlign: 'justify' },
  caption: { marginTop: mm(4), marginBottom: 2, fontWeight: 'bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderColor: '#777', paddingVertical: 1 },
  cellPeriod: { width: mm(70) },
  cellAmount: { width: mm(50), textAlign: 'right' },
  totalRow: { flexDirection: 'row', paddingTop: 2, fontWeight: 'bold' },
  payment: { marginTop: 1 },
  legal: { marginTop: mm(4), textAlign: 'justify', color: '#222' },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: mm(10) },
  signPosition: { width: mm(80) },
  signLine: { width: mm(40), borderBottomWidth: 0.75, borderColor: '#000', marginHorizontal: mm(4) },
  signName: { flex: 1 },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(WARNING_PAGE_MM.left),
    right: mm(WARNING_PAGE_MM.right),
    lineHeight: 1,
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

export function RestrictionWarning({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: WarningView;
  author: string;
}) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document
      title={view.documentTitle}
      author={author}
      language="ru"
      creator="АРМ «Долги ЖКУ»"
      producer="АРМ «Долги ЖКУ»"
    >
      <Page size="A4" style={s.page}>
        <View style={s.head}>
          <View style={s.sender}>
            {view.sender.map((line, i) => (
              <Text key={`s${i}`}>{line}</Text>
            ))}
          </View>
          <View style={s.to}>
            {view.toLines.map((line, i) => (
              <Text key={`t${i}`} style={i < view.toLines.length - 1 ? s.toLine : {}}>
                {line}
              </Text>
            ))}
          </View>
        </View>
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        {view.facts.map((f) => (
          <View key={f.label} style={s.factRow}>
            <Text style={s.factLabel}>{`${f.label}:`}</Text>
            <Text style={s.factValue}>{f.value}</Text>
          </View>
        ))}
        {view.paragraphs.slice(0, 3).map((p, i) => (
          <Text key={`p${i}`} style={s.paragraph}>
            {p}
          </Text>
        ))}
        <Text style={s.caption} minPresenceAhead={mm(25)}>
          {view.monthsCaption}
        </Text>
        {view.months.map((m) => (
          <View key={m.period} style={s.row} wrap={false}>
            <Text style={s.cellPeriod}>{m.period}</Text>
            <Text style={s.cellAmount}>{m.amount}</Text>
          </View>
        ))}
        <View style={s.totalRow} wrap={false}>
          <Text style={s.cellPeriod}>Итого</Text>
          <Text style={s.cellAmount}>{view.monthsTotal}</Text>
        </View>
        {view.paragraphs.slice(3).map((p, i) => (
          <Text key={`q${i}`} style={s.paragraph}>
            {p}
          </Text>
        ))}
        <Text style={s.caption} minPresenceAhead={mm(20)}>
          {view.paymentCaption}
        </Text>
        {view.paymentLines.map((line) => (
          <Text key={line} style={s.payment}>
            {line}
          </Text>
        ))}
        <Text style={s.legal}>{view.legalBasis}</Text>
        <View style={s.signRow} wrap={false}>
          <Text style={s.signPosition}>{view.signer.position}</Text>
          <View style={s.signLine} />
          <Text style={s.signName}>{view.signer.fullName}</Text>
        </View>
        {view.signer.phone !== '' && <Text>{view.signer.phone}</Text>}
        <Text style={s.footer} fixed>
          {view.footer}
        </Text>
      </Page>
    </Document>
  );
}
