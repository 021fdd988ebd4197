/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The plan-execution report for the administration (react-pdf, A4 landscape): the organisation and the title
 * with the period and as-of date, the measures table, then the overdue debt (facts, by bracket and by УК side by
 * side, the six-point trend and the % done per measure as charts), the head's general comment, the footnotes and
 * the signature line «Начальник отдела ___ / ФИО /». Lays out the strings of plan-report-view.ts; computes nothing.
 *
 * Form: margins 20 mm left, 10 mm right, 12 mm top and bottom; text 11 pt, tables 10 pt; PT Sans only. No text
 * contains «\n».
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import { PdfBarChart } from '../charts/PdfBarChart';
import { PdfLineChart } from '../charts/PdfLineChart';
import {
  compactRubles,
  DEBT_COLUMNS,
  PLAN_MEASURE_COLUMNS,
  type DebtRowView,
  type PlanReportView,
} from './plan-report-view';
import { mm } from '../pdf-units';

type Style = Styles[string];

export const PLAN_REPORT_PAGE_MM = { top: 12, bottom: 12, left: 20, right: 10 } as const;
export const PLAN_REPORT_TEMPLATE_VERSION = 'plan-report-1';

/** Measures table, mm (267 mm of text width). */
const COLS = [7, 40, 26, 42, 14, 24, 18, 48, 47] as const;
/** Debt tables, mm (each 130 mm). */
const DEBT_COLS = [42, 16, 26, 24, 22] as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(PLAN_REPORT_PAGE_MM.top),
    paddingBottom: mm(PLAN_REPORT_PAGE_MM.bottom + 4),
    paddingLeft: mm(PLAN_REPORT_PAGE_MM.left),
    paddingRight: mm(PLAN_REPORT_PAGE_MM.right),
  },
  org: { textAlign: 'center', marginBottom: 2 },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center' },
  period: { fontSize: 12, textAlign: 'center', marginTop: 2 },
  asOf: { textAlign: 'center', marginBottom: mm(4), color: '#333' },
  section: { fontSize: 12, fontWeight: 'bold', marginTop: mm(4), marginBottom: mm(2) },
  table: { fontSize: 10 },
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
  detail: { color: '#333' },
  factRow: { flexDirection: 'row', marginBottom: 1.5 },
  factLabel: { width: mm(70) },
  factValue: { flex: 1, fontWeight: 'bold' },
  twoCols: { flexDirection: 'row', justifyContent: 'space-between' },
  col: { width: mm(130) },
  chartTitle: { fontWeight: 'bold', marginBottom: 2 },
  comment: { marginTop: mm(2), textAlign: 'justify' },
  footnote: { marginTop: 2, textAlign: 'justify', color: '#333' },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: mm(7) },
  signLabel: { width: mm(45) },
  signLine: { width: mm(50), borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(3) },
  signName: { width: mm(60) },
  footer: {
    position: 'absolute',
    bottom: mm(6),
    left: mm(PLAN_REPORT_PAGE_MM.left),
    right: mm(PLAN_REPORT_PAGE_MM.right),
    fontSize: 10,
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

const cell = (w: number, extra: Style = {}): Style[] => [s.cell as Style, { width: mm(w) }, extra];
const right: Style = { textAlign: 'right' };
const center: Style = { textAlign: 'center' };

/** A small triangle up or down, or a dash for «no change», beside the change (PT Sans has no arrows). */
function Arrow({ pdf, direction }: { pdf: DocumentPrimitives; direction: 'up' | 'down' | 'same' }) {
  const { Svg, Path } = pdf;
  const d =
    direction === 'up' ? 'M0 7 L4 0 L8 7 Z' : direction === 'down' ? 'M0 0 L8 0 L4 7 Z' : 'M0 3 L8 3 L8 4.5 L0 4.5 Z';
  return (
    <Svg width={8} height={8} style={{ marginLeft: 3, marginTop: 2 }}>
      <Path d={d} fill="#333333" />
    </Svg>
  );
}

function DebtTable({ pdf, title, rows }: { pdf: DocumentPrimitives; title: string; rows: DebtRowView[] }) {
  const { View, Text } = pdf;
  return (
    <View style={s.col}>
      <View style={[s.headRow, s.table]} wrap={false}>
        {DEBT_COLUMNS.map((h, i) => (
          <Text key={h || 'label'} style={cell(DEBT_COLS[i] as number, i === 0 ? {} : right)}>
            {i === 0 ? title : h}
          </Text>
        ))}
      </View>
      {rows.map((r) => (
        <View key={r.label} style={[s.row, s.table]} wrap={false}>
          <Text style={cell(DEBT_COLS[0])}>{r.label}</Text>
          <Text style={cell(DEBT_COLS[1], right)}>{r.accounts}</Text>
          <Text style={cell(DEBT_COLS[2], right)}>{r.debt}</Text>
          <Text style={cell(DEBT_COLS[3], right)}>{r.previous}</Text>
          <Text style={cell(DEBT_COLS[4], right)}>{r.change}</Text>
        </View>
      ))}
    </View>
  );
}

export function PlanReportDocument({ pdf, view }: { pdf: DocumentPrimitives; view: PlanReportView }) {
  const { Document, Page, View, Text } = pdf;
  const d = view.debt;
  return (
    <Document
      title={`${view.title} ${view.period}`}
      author={view.organisation}
      language="ru"
      creator="АРМ «Долги ЖКУ»"
      producer="АРМ «Долги ЖКУ»"
    >
      <Page size="A4" orientation="landscape" style={s.page}>
        <Text
          style={s.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${view.footer} · лист ${pageNumber} из ${totalPages}`}
        />
        <Text style={s.org}>{view.organisation}</Text>
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.period}>{view.period}</Text>
        <Text style={s.asOf}>{view.asOf}</Text>

        <View style={[s.headRow, s.table]} wrap={false}>
          {PLAN_MEASURE_COLUMNS.map((h, i) => (
            <Text key={h} style={cell(COLS[i] as number, i === 0 || i === 4 ? center : {})}>
              {h}
            </Text>
          ))}
        </View>
        {view.measures.map((m) => (
          <View key={m.no} style={[s.row, s.table]} wrap={false}>
            <Text style={cell(COLS[0], center)}>{m.no}</Text>
            <Text style={cell(COLS[1])}>{m.title}</Text>
            <Text style={cell(COLS[2])}>{m.target}</Text>
            <View style={cell(COLS[3])}>
              <Text style={{ fontWeight: 'bold' }}>{m.actual}</Text>
              {m.detail && <Text style={s.detail}>{m.detail}</Text>}
            </View>
            <Text style={cell(COLS[4], center)}>{m.percent}</Text>
            <Text style={cell(COLS[5])}>{m.previous}</Text>
            <View style={[...cell(COLS[6]), { flexDirection: 'row' }]}>
              <Text>{m.change}</Text>
              {m.direction && <Arrow pdf={pdf} direction={m.direction} />}
            </View>
            <Text style={cell(COLS[7])}>{m.executor}</Text>
            <Text style={cell(COLS[8])}>{m.comment === '' ? ' ' : m.comment}</Text>
          </View>
        ))}

        <Text style={s.section} minPresenceAhead={mm(40)}>
          {d.heading}
        </Text>
        {!d.available && <Text>{d.missing}</Text>}
        {d.available && (
          <View>
            {d.facts.map((f) => (
              <View key={f.label} style={s.factRow}>
                <Text style={s.factLabel}>{`${f.label}:`}</Text>
                <Text style={s.factValue}>{f.value}</Text>
              </View>
            ))}
            <View style={[s.twoCols, { marginTop: mm(3) }]}>
              <DebtTable pdf={pdf} title="Группа долга" rows={d.byBracket} />
              <DebtTable pdf={pdf} title="Управляющая компания" rows={d.byCompany} />
            </View>
          </View>
        )}
        <View style={[s.twoCols, { marginTop: mm(4) }]} wrap={false}>
          <View style={s.col}>
            <Text style={s.chartTitle}>Просроченный долг и собрано по периодам, руб.</Text>
            <PdfLineChart
              pdf={pdf}
              width={mm(105)}
              height={mm(32)}
              categories={d.trend.categories}
              series={[
                { label: 'Просроченный долг на конец периода', color: '#2f5d8a', values: d.trend.debtRubles },
                { label: 'Собрано за период', color: '#4c9a52', values: d.trend.collectedRubles },
              ]}
              valueText={compactRubles}
            />
          </View>
          <View style={s.col}>
            <Text style={s.chartTitle}>Выполнение плана, % (мероприятия с целью)</Text>
            <PdfBarChart
              pdf={pdf}
              width={mm(105)}
              height={mm(32)}
              categories={view.percentChart.categories}
              series={[{ label: '% выполнения', color: '#2f5d8a', values: view.percentChart.values }]}
              valueText={(v) => `${Math.round(v)} %`}
            />
          </View>
        </View>
        {view.generalComment && (
          <View wrap={false}>
            <Text style={s.section}>Комментарий руководителя</Text>
            <Text style={s.comment}>{view.generalComment}</Text>
          </View>
        )}
        <View style={{ marginTop: mm(3) }}>
          {view.footnotes.slice(0, -1).map((f, i) => (
            <Text key={f} style={s.footnote}>{`${i + 1}. ${f}`}</Text>
          ))}
          {/* The last footnote keeps the signature company: a signature never stands alone on a page. */}
          <View wrap={false}>
            <Text style={s.footnote}>{`${view.footnotes.length}. ${view.footnotes.at(-1) ?? ''}`}</Text>
            <View style={s.signRow}>
              <Text style={s.signLabel}>{view.signature}</Text>
              <View style={s.signLine} />
              <Text style={s.signName}>/ ____________________ /</Text>
            </View>
          </View>
        </View>
      </Page>
    </Document>
  );
}
