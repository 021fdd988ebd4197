/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The press summary (react-pdf, A4 portrait): the title, the key figures in big type, the debt by УК as a bar
 * chart and a table, by size of debt, the district's debt at six month ends as a line and a table, the measures done,
 * the text a press officer may quote, the footnotes, the source line and the note on personal data. Lays out the
 * strings of press-summary-view.ts and computes nothing but the charts' scale.
 *
 * Form: margins 20 mm left, 10 mm right, 15 mm top and bottom; body 11 pt (chart axis labels 9 pt, as every printed
 * chart); PT Sans only. No text contains «\n».
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import { PdfBarChart } from '../charts/PdfBarChart';
import { PdfLineChart } from '../charts/PdfLineChart';
import type { PressCompanyLine, PressSummaryView } from './press-summary-view';
import { mm } from '../pdf-units';

type Style = Styles[string];

const PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;
/** Text width 180 mm; the chart's plot leaves room for its value axis (62 pt). */
const PLOT_W = mm(180) - 70;

/** Company table columns, mm (180 in all). */
const COLS = [48, 25, 25, 34, 18, 30] as const;
const BRACKET_COLS = [80, 30, 40, 30] as const;
const MONTH_COLS = [50, 60, 40] as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(PAGE_MM.top),
    paddingBottom: mm(PAGE_MM.bottom + 5),
    paddingLeft: mm(PAGE_MM.left),
    paddingRight: mm(PAGE_MM.right),
  },
  title: { fontSize: 15, fontWeight: 'bold', textAlign: 'center', marginBottom: mm(2) },
  period: { textAlign: 'center', color: '#333', marginBottom: mm(4) },
  figures: { flexDirection: 'row', marginBottom: mm(4) },
  figure: { flex: 1, borderWidth: 0.75, borderColor: '#2f5d8a', padding: mm(2.5), marginRight: mm(2) },
  figureLabel: { color: '#333' },
  figureValue: { fontSize: 22, fontWeight: 'bold', color: '#1d3d5c', marginVertical: 3 },
  h2: { fontSize: 13, fontWeight: 'bold', marginTop: mm(4), marginBottom: mm(1.5) },
  headRow: {
    flexDirection: 'row',
    backgroundColor: '#e8e8e8',
    fontWeight: 'bold',
    borderLeftWidth: 0.5,
    borderTopWidth: 0.5,
    borderColor: '#000',
  },
  row: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#000' },
  totalRow: { flexDirection: 'row', borderLeftWidth: 0.5, borderColor: '#000', fontWeight: 'bold' },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 2,
    paddingHorizontal: 3,
  },
  para: { marginBottom: mm(1.5), textAlign: 'justify', lineHeight: 1.3 },
  quote: { borderLeftWidth: 2, borderColor: '#2f5d8a', paddingLeft: mm(3) },
  note: { marginTop: mm(1), color: '#333', textAlign: 'justify' },
  footer: {
    position: 'absolute',
    bottom: mm(7),
    left: mm(PAGE_MM.left),
    right: mm(PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

const c = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
const right: Style = { textAlign: 'right' };

/** Axis text of the debt charts: values are millions of rubles. */
const millions = (v: number): string =>
  v === 0 ? '0' : `${(Math.round(v * 10) / 10).toString().replace('.', ',')} млн`;
const toMillions = (kopecks: number): number => kopecks / 1e8;

function CompanyRow({ pdf, r, total }: { pdf: DocumentPrimitives; r: PressCompanyLine; total?: boolean }) {
  const { View, Text } = pdf;
  return (
    <View style={total ? s.totalRow : s.row} wrap={false}>
      <Text style={c(COLS[0])}>{r.label}</Text>
      <Text style={c(COLS[1], right)}>{r.startDebt}</Text>
      <Text style={c(COLS[2], right)}>{r.endDebt}</Text>
      <Text style={c(COLS[3], right)}>{r.change}</Text>
      <Text style={c(COLS[4], right)}>{r.accounts}</Text>
      <Text style={c(COLS[5], right)}>{r.collected}</Text>
    </View>
  );
}

export function PressSummaryDocument({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: PressSummaryView;
  author: string;
}) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document title={view.title} author={author} language="ru" creator="АРМ «Долги ЖКУ»" producer="АРМ «Долги ЖКУ»">
      <Page size="A4" style={s.page}>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => `Сводка для СМИ · лист ${pageNumber} из ${totalPages}`}
        />
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.period}>{view.period}</Text>
        <View style={s.figures}>
          {view.keyFigures.map((f) => (
            <View key={f.label} style={s.figure}>
              <Text style={s.figureLabel}>{f.label}</Text>
              <Text style={s.figureValue}>{f.value}</Text>
              <Text>{f.note}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h2} minPresenceAhead={mm(60)}>
          Задолженность по управляющим компаниям
        </Text>
        <PdfBarChart
          pdf={pdf}
          width={PLOT_W}
          height={mm(45)}
          categories={view.companyChart.categories}
          series={[
            { label: 'Долг на конец периода', color: '#2f5d8a', values: view.companyChart.debtKopecks.map(toMillions) },
          ]}
          valueText={millions}
        />
        <View style={s.headRow} wrap={false}>
          {view.companyColumns.map((h, i) => (
            <Text key={h} style={c(COLS[i] ?? 20, i === 0 ? {} : right)}>
              {h}
            </Text>
          ))}
        </View>
        {view.companies.map((r) => (
          <CompanyRow key={r.label} pdf={pdf} r={r} />
        ))}
        <CompanyRow pdf={pdf} r={view.companiesTotal} total />

        <Text style={s.h2} minPresenceAhead={mm(30)}>
          Должники по размеру долга на конец периода
        </Text>
        <View style={s.headRow} wrap={false}>
          {view.bracketColumns.map((h, i) => (
            <Text key={h} style={c(BRACKET_COLS[i] ?? 20, i === 0 ? {} : right)}>
              {h}
            </Text>
          ))}
        </View>
        {view.brackets.map((b) => (
          <View key={b.label} style={s.row} wrap={false}>
            <Text style={c(BRACKET_COLS[0])}>{b.label}</Text>
            <Text style={c(BRACKET_COLS[1], right)}>{b.accounts}</Text>
            <Text style={c(BRACKET_COLS[2], right)}>{b.debt}</Text>
            <Text style={c(BRACKET_COLS[3], right)}>{b.share}</Text>
          </View>
        ))}

        <View wrap={false}>
          <Text style={s.h2}>Просроченная задолженность округа за полгода</Text>
          <PdfLineChart
            pdf={pdf}
            width={PLOT_W}
            height={mm(38)}
            categories={view.monthChart.categories}
            series={[{ label: 'Долг', color: '#b5472f', values: view.monthChart.debtKopecks.map(toMillions) }]}
            valueText={millions}
          />
          <View style={[s.headRow as Style, { width: mm(MONTH_COLS[0] + MONTH_COLS[1] + MONTH_COLS[2]) }]}>
            <Text style={c(MONTH_COLS[0])}>На дату</Text>
            <Text style={c(MONTH_COLS[1], right)}>Долг, руб.</Text>
            <Text style={c(MONTH_COLS[2], right)}>Должников</Text>
          </View>
          {view.monthRows.map((m) => (
            <View key={m.date} style={s.row}>
              <Text style={c(MONTH_COLS[0])}>{m.date}</Text>
              <Text style={c(MONTH_COLS[1], right)}>{m.debt}</Text>
              <Text style={c(MONTH_COLS[2], right)}>{m.accounts}</Text>
            </View>
          ))}
        </View>

        <Text style={s.h2} minPresenceAhead={mm(20)}>
          Мероприятия плана за период
        </Text>
        {view.measures.length === 0 ? (
          <Text style={s.para}>В периоде мероприятия плана не отмечены в журнале.</Text>
        ) : (
          view.measures.map((m) => (
            <Text key={m} style={s.para}>
              {m}
            </Text>
          ))
        )}

        <Text style={s.h2} minPresenceAhead={mm(30)}>
          Текст для публикации
        </Text>
        <View style={s.quote}>
          {view.pressText.map((p) => (
            <Text key={p} style={s.para}>
              {p}
            </Text>
          ))}
        </View>

        <View style={{ marginTop: mm(3) }}>
          <Text style={s.h2} minPresenceAhead={mm(20)}>
            Примечания
          </Text>
          {view.footnotes.map((n) => (
            <Text key={n} style={s.note}>
              {n}
            </Text>
          ))}
          <Text style={s.note}>{view.source}</Text>
          <Text style={s.note}>{view.privacyNote}</Text>
        </View>
      </Page>
    </Document>
  );
}
