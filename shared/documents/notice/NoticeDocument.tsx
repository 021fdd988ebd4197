/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The stairwell notice template (react-pdf, A4 portrait): one page per entrance, apartments and amounts in
 * columns, large type to be read on a board. Lays out NoticeView only.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { NoticeView } from './notice-view';

const s = {
  page: { fontFamily: DOCUMENT_FONT_FAMILY, fontSize: 11, paddingTop: 36, paddingBottom: 40, paddingHorizontal: 46 },
  title: { fontSize: 26, fontWeight: 'bold', textAlign: 'center', marginBottom: 4 },
  place: { fontSize: 12, textAlign: 'center', marginBottom: 12 },
  intro: { fontSize: 12, marginBottom: 8 },
  grid: { flexDirection: 'row', borderTopWidth: 0.75, borderColor: '#000', marginBottom: 8 },
  column: { width: '33.33%', flexDirection: 'row', paddingVertical: 3, paddingHorizontal: 6 },
  apt: { width: '45%', fontSize: 12 },
  amount: { width: '55%', fontSize: 12, textAlign: 'right', fontWeight: 'bold' },
  summary: { marginBottom: 10, borderTopWidth: 0.75, borderColor: '#000', paddingTop: 4 },
  heading: { fontWeight: 'bold', fontSize: 12, marginTop: 6, marginBottom: 2 },
  bullet: { marginLeft: 10, marginBottom: 1 },
  footer: { position: 'absolute', bottom: 18, left: 46, right: 46, fontSize: 8, color: '#555', textAlign: 'center' },
} satisfies Styles;

/** Rows split into three columns, top to bottom then left to right, as a person reads a board. */
function columns<T>(rows: readonly T[], n = 3): T[][] {
  const per = Math.ceil(rows.length / n);
  return Array.from({ length: n }, (_, i) => rows.slice(i * per, (i + 1) * per));
}

function NoticePage({ pdf, view }: { pdf: DocumentPrimitives; view: NoticeView }) {
  const { Page, Text, View } = pdf;
  return (
    <Page size="A4" style={s.page}>
      <Text style={s.title}>{view.title}</Text>
      <Text style={s.place}>{view.place}</Text>
      <Text style={s.intro}>{view.intro}</Text>
      <View style={s.grid}>
        {columns(view.rows).map((col, i) => (
          <View key={i} style={s.column}>
            <Text style={s.apt}>{col.map((r) => r.apartment).join('\n')}</Text>
            <Text style={s.amount}>{col.map((r) => r.amount).join('\n')}</Text>
          </View>
        ))}
      </View>
      <Text style={s.summary}>{view.summary}</Text>
      <Text style={s.heading}>{view.howToPayTitle}</Text>
      {view.howToPay.map((line, i) => (
        <Text key={i} style={s.bullet}>{`— ${line}`}</Text>
      ))}
      <Text style={s.heading}>{view.consequencesTitle}</Text>
      {view.consequences.map((line, i) => (
        <Text key={i} style={s.bullet}>{`— ${line}`}</Text>
      ))}
      <Text style={s.footer} fixed>
        {view.footer}
      </Text>
    </Page>
  );
}

export function NoticeDocument({ pdf, views }: { pdf: DocumentPrimitives; views: readonly NoticeView[] }) {
  const { Document } = pdf;
  return (
    <Document title="Объявления о задолженности" language="ru">
      {views.map((view, i) => (
        <NoticePage key={i} pdf={pdf} view={view} />
      ))}
    </Document>
  );
}
