/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The one-page building kit for a meeting with residents (react-pdf, A4 portrait): the building and the day,
 * the key figures, the debt by bracket, the 12-month trend (PdfLineChart), the measures applied, the flats as the
 * stairwell notices would list them, how to pay, the УК's contacts and the note on personal data. Lays out the
 * strings of kit-view.ts and computes nothing.
 *
 * Form: margins 20 mm left, 10 mm right, 10 mm top, 12 mm bottom (the footer in it); body text 11 pt (chart axis labels 9 pt); PT Sans.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import { PdfLineChart } from '../charts/PdfLineChart';
import type { KitView } from './kit-view';
import { mm } from '../pdf-units';

export const KIT_PAGE_MM = { top: 10, bottom: 12, left: 20, right: 10 } as const;
/** Text width: 210 − 20 − 10 = 180 mm. */
const WIDTH_MM = 180;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(KIT_PAGE_MM.top),
    paddingBottom: mm(KIT_PAGE_MM.bottom),
    paddingLeft: mm(KIT_PAGE_MM.left),
    paddingRight: mm(KIT_PAGE_MM.right),
  },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center' },
  address: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginTop: 2 },
  asOf: { textAlign: 'center', marginBottom: 2 },
  section: { fontSize: 12, fontWeight: 'bold', marginTop: mm(2), marginBottom: 1 },
  row2: { flexDirection: 'row' },
  half: { width: mm(WIDTH_MM / 2), paddingRight: mm(3), marginBottom: 1 },
  halfRow: { width: mm(WIDTH_MM / 2), paddingRight: mm(3), flexDirection: 'row', marginBottom: 1 },
  halfLabel: { width: mm(48) },
  factValue: { flex: 1, fontWeight: 'bold' },
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
    paddingVertical: 1.5,
    paddingHorizontal: 3,
  },
  line: { marginBottom: 1 },
  note: { marginTop: 2, color: '#333' },
  privacy: { marginBottom: mm(2), color: '#333', textAlign: 'center' },
  footer: {
    position: 'absolute',
    bottom: mm(6),
    left: mm(KIT_PAGE_MM.left),
    right: mm(KIT_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
  },
} satisfies Styles;

const COLS = { label: 70, accounts: 35, debt: 45, share: 30 } as const;

function cell(width: number, align: 'left' | 'right' = 'left') {
  return [s.cell, { width: mm(width), textAlign: align }];
}

/**
 * Items two to a row. Rows are laid out explicitly: react-pdf measures a wrapping flex row as if its items were
 * stacked, which pushed the last lines onto a second page.
 */
function pairs<T>(items: readonly T[]): Array<[T, ...T[]]> {
  const out: Array<[T, ...T[]]> = [];
  for (let i = 0; i < items.length; i += 2) out.push(items.slice(i, i + 2) as [T, ...T[]]);
  return out;
}

/** «1,2 млн» / «350 тыс.» of kopecks, for the chart's axis. */
function axisText(kopecks: number): string {
  const rubles = kopecks / 100;
  if (rubles >= 1_000_000) return `${(rubles / 1_000_000).toFixed(1).replace('.', ',')} млн`;
  if (rubles >= 1_000) return `${Math.round(rubles / 1_000)} тыс.`;
  return String(Math.round(rubles));
}

export function BuildingKitDocument({ pdf, view, author }: { pdf: DocumentPrimitives; view: KitView; author: string }) {
  const { Document, Page, View, Text } = pdf;
  return (
    <Document
      title={`${view.title}: ${view.address}`}
      author={author}
      language="ru"
      creator="АРМ «Долги ЖКУ»"
      producer="АРМ «Долги ЖКУ»"
    >
      <Page size="A4" style={s.page}>
        <Text style={s.footer} fixed>
          {view.footer}
        </Text>
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.address}>{view.address}</Text>
        <Text style={s.asOf}>{view.asOf}</Text>
        <Text style={s.privacy}>{view.privacyNote}</Text>
        {pairs(view.facts).map((row) => (
          <View key={row[0].label} style={s.row2}>
            {row.map((f) => (
              <View key={f.label} style={s.halfRow}>
                <Text style={s.halfLabel}>{`${f.label}:`}</Text>
                <Text style={s.factValue}>{f.value}</Text>
              </View>
            ))}
          </View>
        ))}
        <Text style={s.section}>Задолженность по группам долга</Text>
        <View style={s.headRow}>
          <Text style={cell(COLS.label)}>Группа долга</Text>
          <Text style={cell(COLS.accounts, 'right')}>Лицевых счетов</Text>
          <Text style={cell(COLS.debt, 'right')}>Долг, руб.</Text>
          <Text style={cell(COLS.share, 'right')}>Доля</Text>
        </View>
        {view.brackets.map((b) => (
          <View key={b.label} style={s.row}>
            <Text style={cell(COLS.label)}>{b.label}</Text>
            <Text style={cell(COLS.accounts, 'right')}>{b.accounts}</Text>
            <Text style={cell(COLS.debt, 'right')}>{b.debt}</Text>
            <Text style={cell(COLS.share, 'right')}>{b.share}</Text>
          </View>
        ))}
        <View style={[s.row, { fontWeight: 'bold' }]}>
          <Text style={cell(COLS.label)}>Итого</Text>
          <Text style={cell(COLS.accounts, 'right')}>{view.bracketsTotal.accounts}</Text>
          <Text style={cell(COLS.debt, 'right')}>{view.bracketsTotal.debt}</Text>
          <Text style={cell(COLS.share, 'right')}>{view.brackets.length > 0 ? '100 %' : '—'}</Text>
        </View>
        <Text style={s.section}>{view.trendTitle}</Text>
        <PdfLineChart
          pdf={pdf}
          width={mm(WIDTH_MM) - 66}
          height={mm(24)}
          categories={view.trendCategories}
          series={[{ label: 'Просроченная задолженность', color: '#2f5d8a', values: view.trendValues }]}
          valueText={axisText}
        />
        <Text style={s.note}>{view.trendNote}</Text>
        <Text style={s.section}>{view.measuresTitle}</Text>
        {pairs(view.measures).map((row) => (
          <View key={row[0].title} style={s.row2}>
            {row.map((m) => (
              <Text key={m.title} style={s.half}>
                {`${m.title}: ${m.value}`}
              </Text>
            ))}
          </View>
        ))}
        <Text style={s.section}>{view.flatsTitle}</Text>
        {view.flatLines.map((l) => (
          <Text key={l} style={s.line}>
            {l}
          </Text>
        ))}
        <Text style={s.note}>{view.flatsNote}</Text>
        <Text style={s.section}>Как оплатить</Text>
        <Text style={s.line}>{view.howToPay.join(' ')}</Text>
        <Text style={s.line}>{`Управляющая организация: ${view.contacts}.`}</Text>
      </Page>
    </Document>
  );
}
