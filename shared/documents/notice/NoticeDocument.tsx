/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The stairwell notice template (react-pdf, A4 portrait): one notice per entrance, apartments and amounts in
 * columns (or the entrance's totals only), large type to be read on a board: every line at 14 pt or more.
 * A long list runs on to a second sheet. Lays out NoticeView only.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { NoticeView } from './notice-view';

/** The smallest type on a notice, in points: a board is read standing, from a step away. */
export const NOTICE_MIN_FONT_PT = 14;

const BODY = NOTICE_MIN_FONT_PT;
const LEADING = 1.25;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: BODY,
    lineHeight: LEADING,
    paddingTop: 40,
    paddingBottom: 40,
    paddingHorizontal: 45,
  },
  title: { fontSize: 30, lineHeight: 1.2, fontWeight: 'bold', textAlign: 'center', marginBottom: 4 },
  place: { fontSize: 16, lineHeight: 1.25, fontWeight: 'bold', textAlign: 'center', marginBottom: 12 },
  intro: { marginBottom: 8 },
  grid: {
    flexDirection: 'row',
    borderTopWidth: 1,
    borderBottomWidth: 1,
    borderColor: '#000',
    marginBottom: 6,
    paddingVertical: 3,
  },
  column: { width: '33.33%', flexDirection: 'row', paddingHorizontal: 5 },
  apt: { width: '42%' },
  amount: { width: '58%', textAlign: 'right', fontWeight: 'bold' },
  totals: {
    fontSize: 20,
    lineHeight: 1.35,
    fontWeight: 'bold',
    textAlign: 'center',
    marginVertical: 10,
    paddingVertical: 8,
    borderTopWidth: 1,
    borderBottomWidth: 1,
    borderColor: '#000',
  },
  summary: { fontWeight: 'bold', marginBottom: 2 },
  criteria: { marginBottom: 8 },
  heading: { fontWeight: 'bold', marginTop: 6, marginBottom: 2 },
  bullet: { marginLeft: 12, marginBottom: 1 },
  footer: { marginTop: 10, borderTopWidth: 0.75, borderColor: '#555', paddingTop: 4 },
  sheet: { position: 'absolute', bottom: 14, left: 45, right: 45, textAlign: 'right' },
} satisfies Styles;

/** Rows split into three columns, top to bottom then left to right, as a person reads a board. */
function columns<T>(rows: readonly T[], n = 3): T[][] {
  const per = Math.ceil(rows.length / n);
  return Array.from({ length: n }, (_, i) => rows.slice(i * per, (i + 1) * per));
}

/** At most this many flats in one block of columns: a block never breaks, so a long list goes on sheet by sheet. */
const ROWS_PER_BLOCK = 3 * 24;

function blocks<T>(rows: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / ROWS_PER_BLOCK) }, (_, i) =>
    rows.slice(i * ROWS_PER_BLOCK, (i + 1) * ROWS_PER_BLOCK),
  );
}

function NoticePage({ pdf, view }: { pdf: DocumentPrimitives; view: NoticeView }) {
  const { Page, Text, View } = pdf;
  return (
    <Page size="A4" style={s.page}>
      <Text style={s.title}>{view.title}</Text>
      <Text style={s.place}>{view.place}</Text>
      <Text style={s.intro}>{view.intro}</Text>
      {view.rows.length > 0 ? (
        <>
          {blocks(view.rows).map((block, b) => (
            <View key={b} style={s.grid} wrap={false}>
              {columns(block).map((col, i) => (
                <View key={i} style={s.column}>
                  <Text style={s.apt}>{col.map((r) => r.apartment).join('\n')}</Text>
                  <Text style={s.amount}>{col.map((r) => r.amount).join('\n')}</Text>
                </View>
              ))}
            </View>
          ))}
          <Text style={s.summary}>{view.summary}</Text>
        </>
      ) : (
        <Text style={s.totals}>{view.summary}</Text>
      )}
      <Text style={s.criteria}>{view.criteria}</Text>
      <Text style={s.heading}>{view.howToPayTitle}</Text>
      {view.howToPay.map((line, i) => (
        <Text key={i} style={s.bullet}>{`— ${line}`}</Text>
      ))}
      <Text style={s.heading}>{view.consequencesTitle}</Text>
      {view.consequences.map((line, i) => (
        <Text key={i} style={s.bullet}>{`— ${line}`}</Text>
      ))}
      <Text style={s.footer}>{view.footer}</Text>
      {/* On every sheet, so a list that runs on to a second sheet still says where it belongs. */}
      <Text style={s.sheet} fixed>
        {view.place}
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
