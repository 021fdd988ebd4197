/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The reconciliation report for the joint meeting with the department (react-pdf): the header, the counts, a
 * section per difference kind with both sides, the signatures of both sides. Lays out the strings of its view
 * (reconciliation-report-view.ts) and computes nothing. A4 landscape (eight columns at ≥ 9 pt in the tables, 11 pt
 * elsewhere), PT Sans only, no «\n» in any text (see CourtDocuments.tsx).
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { ReconciliationReportSection, ReconciliationReportView } from './reconciliation-report-view';
import { mm } from '../pdf-units';

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(15),
    paddingBottom: mm(20),
    paddingLeft: mm(20),
    paddingRight: mm(10),
  },
  footer: { position: 'absolute', bottom: mm(8), left: mm(20), right: mm(10), textAlign: 'right', color: '#444' },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center' },
  subtitle: { fontWeight: 'bold', textAlign: 'center', marginBottom: 8 },
  factRow: { flexDirection: 'row', marginBottom: 1 },
  factLabel: { width: mm(115), color: '#333' },
  factValue: { flex: 1 },
  section: { fontWeight: 'bold', marginTop: 10 },
  hint: { marginTop: 2, color: '#333' },
  none: { marginTop: 2, color: '#555' },
  table: { borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: '#000', marginTop: 4, fontSize: 9 },
  row: { flexDirection: 'row' },
  headRow: { flexDirection: 'row', backgroundColor: '#e8e8e8', fontWeight: 'bold' },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 1.5,
    paddingHorizontal: 2.5,
  },
  note: { marginTop: 8 },
  signatures: { flexDirection: 'row', marginTop: 18 },
  side: { flex: 1, paddingRight: mm(10) },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 16 },
  signLine: { width: mm(45), borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(4) },
} satisfies Styles;

type Pdf = DocumentPrimitives;

function Section({ pdf, section }: { pdf: Pdf; section: ReconciliationReportSection }) {
  const { View, Text } = pdf;
  const cell = (i: number, head: boolean) => [
    s.cell,
    { width: `${section.widths[i] ?? 10}%` },
    { textAlign: head ? ('center' as const) : ('left' as const) },
  ];
  // A short section is kept on one page (no table head left alone at a page's foot); a long one breaks between rows.
  return (
    <View wrap={section.rows.length > 4}>
      <Text style={s.section} minPresenceAhead={60}>
        {section.title}
      </Text>
      {section.rows.length === 0 ? (
        <Text style={s.none}>Расхождений этого вида нет.</Text>
      ) : (
        <View>
          <Text style={s.hint}>{section.hint}</Text>
          <View style={s.table}>
            <View style={s.headRow} wrap={false} fixed>
              {section.columns.map((c, i) => (
                <Text key={i} style={cell(i, true)}>
                  {c}
                </Text>
              ))}
            </View>
            {section.rows.map((r, ri) => (
              <View key={ri} style={s.row} wrap={false}>
                {r.map((c, i) => (
                  <Text key={i} style={cell(i, false)}>
                    {c}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}

export function ReconciliationReportDocument({ pdf, view }: { pdf: Pdf; view: ReconciliationReportView }) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document
      title={`${view.title} ${view.subtitle}`}
      author={view.sender}
      language="ru"
      creator="АРМ «Долги ЖКУ»"
      producer="АРМ «Долги ЖКУ»"
    >
      <Page size="A4" orientation="landscape" style={s.page}>
        <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Лист ${pageNumber} из ${totalPages}`} />
        <Text style={{ marginBottom: 6 }}>{view.sender}</Text>
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        {[...view.facts, ...view.counts].map((f, i) => (
          <View key={i} style={s.factRow}>
            <Text style={s.factLabel}>{f.label}:</Text>
            <Text style={s.factValue}>{f.value}</Text>
          </View>
        ))}
        {view.skippedNote ? <Text style={s.note}>{view.skippedNote}</Text> : null}
        {view.sections.map((section) => (
          <Section key={section.kind} pdf={pdf} section={section} />
        ))}
        <View style={s.signatures} wrap={false}>
          {[view.signatures.ours, view.signatures.theirs].map((side, i) => (
            <View key={i} style={s.side}>
              <Text>{side.caption}</Text>
              <View style={s.signRow}>
                <View style={s.signLine} />
                <Text>{side.name ? `/ ${side.name} /` : '/ _______________________ /'}</Text>
              </View>
              <Text style={{ marginTop: 4 }}>{view.date}</Text>
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );
}
