/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file An act of restriction or of restoration of a utility service (react-pdf, A4 portrait), printed for signing:
 * the title and number, the facts (organisation, contractor, address, account, service), the grounds, what was done
 * (date and time, method, who was present, readings, cost), the attached files and four signature lines. Lays out
 * the strings of act-view.ts and computes nothing.
 *
 * Form (as the court documents): margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only. No text contains «\n».
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { ActView } from './act-view';
import { mm } from '../pdf-units';

export const ACT_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;
export const ACT_TEMPLATE_VERSION = 'restriction-act-1';

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 12,
    paddingTop: mm(ACT_PAGE_MM.top),
    paddingBottom: mm(ACT_PAGE_MM.bottom + 5),
    paddingLeft: mm(ACT_PAGE_MM.left),
    paddingRight: mm(ACT_PAGE_MM.right),
  },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center' },
  subtitle: { textAlign: 'center', marginTop: 2, marginBottom: mm(6) },
  row: { flexDirection: 'row', marginBottom: 3 },
  label: { width: mm(55), color: '#333' },
  value: { flex: 1, fontWeight: 'bold' },
  grounds: { marginTop: mm(4), marginBottom: mm(4), textAlign: 'justify' },
  section: { fontWeight: 'bold', marginTop: mm(2), marginBottom: mm(2) },
  files: { marginTop: mm(4) },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: mm(10) },
  signLabel: { width: mm(80) },
  signLine: { flex: 1, borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(4) },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(ACT_PAGE_MM.left),
    right: mm(ACT_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
    fontSize: 11,
  },
} satisfies Styles;

export function RestrictionActDocument({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: ActView;
  author: string;
}) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document
      title={`${view.title} ${view.subtitle}`}
      author={author}
      language="ru"
      creator="АРМ «Долги ЖКУ»"
      producer="АРМ «Долги ЖКУ»"
    >
      <Page size="A4" style={s.page}>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${view.footer} · лист ${pageNumber} из ${totalPages}`}
        />
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        {view.facts.map((f) => (
          <View key={f.label} style={s.row}>
            <Text style={s.label}>{`${f.label}:`}</Text>
            <Text style={s.value}>{f.value}</Text>
          </View>
        ))}
        <Text style={s.grounds}>{view.grounds}</Text>
        <Text style={s.section}>Выполнено</Text>
        {view.done.map((f) => (
          <View key={f.label} style={s.row}>
            <Text style={s.label}>{`${f.label}:`}</Text>
            <Text style={s.value}>{f.value}</Text>
          </View>
        ))}
        <Text style={s.files}>{view.files}</Text>
        <View wrap={false}>
          {view.signatures.map((label) => (
            <View key={label} style={s.signRow}>
              <Text style={s.signLabel}>{label}</Text>
              <View style={s.signLine} />
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );
}
