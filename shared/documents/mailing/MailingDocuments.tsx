/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file Form 103 and courier route sheet templates (react-pdf, A4 landscape). Lay out the views only.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { Form103View, RouteSheetView } from './mailing-view';

const s = {
  page: { fontFamily: DOCUMENT_FONT_FAMILY, fontSize: 8.5, paddingTop: 28, paddingBottom: 34, paddingHorizontal: 32 },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: 6 },
  line: { marginBottom: 2 },
  table: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: '#000', marginTop: 6 },
  row: { flexDirection: 'row' },
  head: { flexDirection: 'row', backgroundColor: '#e8e8e8', fontWeight: 'bold' },
  cell: { borderRightWidth: 0.75, borderBottomWidth: 0.75, borderColor: '#000', paddingVertical: 2, paddingHorizontal: 3 },
  totals: { marginTop: 6, fontWeight: 'bold' },
  sign: { marginTop: 12 },
  pageNo: { position: 'absolute', bottom: 14, right: 32, fontSize: 7.5, color: '#666' },
} satisfies Styles;

const F103_WIDTHS = ['5%', '47%', '14%', '6%', '9%', '8%', '11%'];
const ROUTE_WIDTHS = ['5%', '7%', '30%', '14%', '14%', '30%'];

function Table({ pdf, columns, rows, widths, tall }: { pdf: DocumentPrimitives; columns: readonly string[]; rows: string[][]; widths: string[]; tall?: boolean }) {
  const { View, Text } = pdf;
  return (
    <View style={s.table}>
      <View style={s.head} fixed>
        {columns.map((c, i) => (
          <Text key={i} style={[s.cell, { width: widths[i] ?? '10%' }]}>
            {c}
          </Text>
        ))}
      </View>
      {rows.map((r, n) => (
        <View key={n} style={s.row} wrap={false}>
          {r.map((c, i) => (
            <Text key={i} style={[s.cell, { width: widths[i] ?? '10%', ...(tall ? { minHeight: 24 } : {}) }]}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function Form103Document({ pdf, view }: { pdf: DocumentPrimitives; view: Form103View }) {
  const { Document, Page, Text } = pdf;
  return (
    <Document title={view.title} language="ru">
      <Page size="A4" orientation="landscape" style={s.page}>
        <Text style={s.title}>{view.title}</Text>
        {view.headerLines.map((l, i) => (
          <Text key={i} style={s.line}>
            {l}
          </Text>
        ))}
        <Table pdf={pdf} columns={view.columns} rows={view.rows} widths={F103_WIDTHS} />
        <Text style={s.totals}>{view.totals}</Text>
        {view.signatures.map((l, i) => (
          <Text key={i} style={s.sign}>
            {l}
          </Text>
        ))}
        <Text style={s.pageNo} fixed render={({ pageNumber, totalPages }) => `Лист ${pageNumber} из ${totalPages}`} />
      </Page>
    </Document>
  );
}

export function RouteSheetsDocument({ pdf, sheets }: { pdf: DocumentPrimitives; sheets: readonly RouteSheetView[] }) {
  const { Document, Page, Text } = pdf;
  return (
    <Document title="Маршрутные листы" language="ru">
      {sheets.map((sheet, n) => (
        <Page key={n} size="A4" orientation="landscape" style={s.page}>
          <Text style={s.title}>{sheet.title}</Text>
          <Text style={s.line}>{`Дом: ${sheet.building}`}</Text>
          <Text style={s.line}>Курьер: ______________________</Text>
          <Table pdf={pdf} columns={sheet.columns} rows={sheet.rows} widths={ROUTE_WIDTHS} tall />
          <Text style={s.sign}>{sheet.footer}</Text>
        </Page>
      ))}
    </Document>
  );
}
