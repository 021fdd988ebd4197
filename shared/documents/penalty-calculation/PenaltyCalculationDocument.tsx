/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The «Расчёт пени» PDF template (react-pdf): lays out the strings of PenaltyCalculationView on A4
 * landscape — the table has nine columns, which do not fit a portrait page at a readable size. No arithmetic
 * here (see penalty-calculation-view.ts). The pragmas keep the automatic JSX runtime under every runner
 * (vitest, tsx, esbuild), whatever tsconfig each of them happens to read.
 */
import type { Document, Page, Styles, Text, View, ViewProps } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { PenaltyCalculationView } from './penalty-calculation-view';

/** Column widths in percent, in the order of PENALTY_COLUMNS; numbers are right-aligned. */
const WIDTHS = [14, 13, 11, 11, 6, 8, 9, 14, 14] as const;
const NUMERIC = [false, true, false, false, true, true, true, false, true] as const;

const s = {
  page: { fontFamily: DOCUMENT_FONT_FAMILY, fontSize: 9.5, paddingTop: 32, paddingBottom: 40, paddingHorizontal: 40 },
  organisation: { fontSize: 9, color: '#444', marginBottom: 6 },
  title: { fontSize: 15, fontWeight: 'bold', textAlign: 'center', marginBottom: 10 },
  facts: { marginBottom: 8 },
  factRow: { flexDirection: 'row' },
  factLabel: { width: 160, color: '#444' },
  factValue: { flex: 1 },
  heading: { fontWeight: 'bold', marginTop: 8, marginBottom: 3 },
  para: { marginBottom: 2 },
  table: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: '#000', marginTop: 4 },
  row: { flexDirection: 'row' },
  headRow: { flexDirection: 'row', backgroundColor: '#e8e8e8' },
  moratoriumRow: { flexDirection: 'row', backgroundColor: '#f3f3f3', color: '#555' },
  totalRow: { flexDirection: 'row', fontWeight: 'bold' },
  cell: {
    borderRightWidth: 0.75,
    borderBottomWidth: 0.75,
    borderColor: '#000',
    paddingVertical: 2,
    paddingHorizontal: 3,
  },
  headCell: { fontWeight: 'bold', textAlign: 'center' },
  total: { fontSize: 12, fontWeight: 'bold', marginTop: 10 },
  signature: { marginTop: 18, flexDirection: 'row' },
  footerLeft: { position: 'absolute', bottom: 18, left: 40, fontSize: 8, color: '#666' },
  // No lineHeight anywhere: in react-pdf 4.9 a render-prop text (the sheet number) under one is silently
  // dropped, and on a Text it spaces wrapped lines twice as wide as asked. The font's own spacing reads well.
  footerRight: {
    position: 'absolute',
    bottom: 18,
    left: 40,
    right: 40,
    textAlign: 'right',
    fontSize: 8,
    color: '#666',
  },
} satisfies Styles;

/**
 * react-pdf's components, passed in by the core. The template imports only react-pdf's types: react-pdf (and
 * pdfkit under it) cannot be bundled into the Electron shell's CommonJS file — pdfkit finds its data files
 * through import.meta.url — so the core loads it from node_modules at run time and hands the components here.
 */
export interface PdfPrimitives {
  Document: typeof Document;
  Page: typeof Page;
  Text: typeof Text;
  View: typeof View;
}

function cellStyle(i: number, head = false) {
  return [
    s.cell,
    { width: `${WIDTHS[i] ?? 10}%` },
    head ? s.headCell : { textAlign: NUMERIC[i] ? ('right' as const) : ('left' as const) },
  ];
}

interface RowProps {
  pdf: PdfPrimitives;
  cells: readonly string[];
  style: NonNullable<ViewProps['style']>;
  head?: boolean;
  fixed?: boolean;
}

function Row({ pdf: { View, Text }, cells, style, head = false, fixed = false }: RowProps) {
  return (
    <View style={style} wrap={false} fixed={fixed}>
      {cells.map((c, i) => (
        <Text key={i} style={cellStyle(i, head)}>
          {c}
        </Text>
      ))}
    </View>
  );
}

export function PenaltyCalculationDocument({ view, pdf }: { view: PenaltyCalculationView; pdf: PdfPrimitives }) {
  const { Document } = pdf;
  return (
    <Document
      title={view.title}
      language="ru"
      author={view.organisation}
      creator="АРМ «Долги ЖКУ»"
      producer="АРМ «Долги ЖКУ»"
    >
      <PenaltyCalculationPage view={view} pdf={pdf} />
    </Document>
  );
}

/**
 * The calculation's page(s), also attached to a claim inside its print file (shared/documents/claim/). There the
 * sheet numbers «Лист N из M» would count the whole file, so a claim leaves them out (`sheetNumbers` false), and
 * passes `marker` — an element the claim uses to learn which pages the calculation took.
 */
export function PenaltyCalculationPage({
  view,
  pdf,
  sheetNumbers = true,
  marker = null,
}: {
  view: PenaltyCalculationView;
  pdf: PdfPrimitives;
  sheetNumbers?: boolean;
  marker?: ReactNode;
}) {
  const { Page, Text, View } = pdf;
  return (
    <Page size="A4" orientation="landscape" style={s.page}>
      {marker}
      <Text style={s.footerLeft} fixed>
        {view.title}
      </Text>
      {sheetNumbers && (
        <Text
          style={s.footerRight}
          fixed
          render={({ pageNumber, totalPages }) => `Лист ${pageNumber} из ${totalPages}`}
        />
      )}
      <Text style={s.organisation}>{view.organisation}</Text>
      <Text style={s.title}>{view.title}</Text>
      <View style={s.facts}>
        {view.facts.map((f) => (
          <View key={f.label} style={s.factRow}>
            <Text style={s.factLabel}>{f.label}:</Text>
            <Text style={s.factValue}>{f.value}</Text>
          </View>
        ))}
      </View>

      <Text style={s.heading}>Правовое основание</Text>
      {view.legalBasis.map((b) => (
        <Text key={b} style={s.para}>
          {b}
        </Text>
      ))}

      {view.emptyText ? (
        <Text style={[s.para, { marginTop: 8 }]}>{view.emptyText}</Text>
      ) : (
        <View style={s.table}>
          <Row pdf={pdf} cells={view.columns} style={s.headRow} head fixed />
          {view.rows.map((r, i) => (
            <Row key={i} pdf={pdf} cells={r.cells} style={r.moratorium ? s.moratoriumRow : s.row} />
          ))}
          <Row pdf={pdf} cells={view.totalCells} style={s.totalRow} />
        </View>
      )}

      {view.rateDates.length > 0 && (
        <View>
          <Text style={s.heading} minPresenceAhead={24}>
            Ставки, применённые в расчёте
          </Text>
          {view.rateDates.map((r) => (
            <Text key={r} style={s.para}>
              {r}
            </Text>
          ))}
        </View>
      )}
      {view.moratoria.length > 0 && (
        <View>
          <Text style={s.heading} minPresenceAhead={24}>
            Мораторий (дни без пени, счёт дней просрочки продолжается)
          </Text>
          {view.moratoria.map((m) => (
            <Text key={m} style={s.para}>
              {m}
            </Text>
          ))}
        </View>
      )}
      <Text style={[s.para, { marginTop: 8, color: '#444' }]}>{view.tablesLine}</Text>

      <View wrap={false}>
        <Text style={s.total}>{view.totalText}</Text>
        <View style={s.signature}>
          <Text style={{ width: 180 }}>Расчёт составил:</Text>
          <Text style={{ width: 200, borderBottomWidth: 0.75, borderColor: '#000' }}> </Text>
          <Text style={{ marginLeft: 12 }}>{view.compiledBy || '(Ф. И. О.)'}</Text>
        </View>
      </View>
    </Page>
  );
}
