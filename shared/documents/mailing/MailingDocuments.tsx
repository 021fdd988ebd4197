/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file Templates of the mailing lists (react-pdf): form 103 of one sender (A4 landscape), the courier's receipts
 * (A5, one page per letter) and the courier's route sheets (A4 portrait). Lay out the views only.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { CourierReceiptView, Form103View, RouteSheetView } from './mailing-view';

const s = {
  page: { fontFamily: DOCUMENT_FONT_FAMILY, fontSize: 8.5, paddingTop: 28, paddingBottom: 34, paddingHorizontal: 28 },
  title: { fontSize: 12, fontWeight: 'bold', textAlign: 'center', marginBottom: 6 },
  line: { fontSize: 9.5, marginBottom: 2 },
  table: { borderTopWidth: 0.75, borderLeftWidth: 0.75, borderColor: '#000', marginTop: 6 },
  row: { flexDirection: 'row' },
  head: { flexDirection: 'row', backgroundColor: '#e8e8e8', fontWeight: 'bold' },
  totalsRow: { flexDirection: 'row', fontWeight: 'bold' },
  cell: {
    borderRightWidth: 0.75,
    borderBottomWidth: 0.75,
    borderColor: '#000',
    paddingVertical: 2,
    paddingHorizontal: 3,
  },
  num: { textAlign: 'right' },
  totals: { fontSize: 9.5, marginTop: 6 },
  warning: { fontSize: 9, marginTop: 4, fontWeight: 'bold' },
  sign: { fontSize: 9.5, marginTop: 14 },
  pageNo: { position: 'absolute', bottom: 14, right: 28, fontSize: 7.5, color: '#666' },
  receiptPage: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: 36,
    paddingBottom: 36,
    paddingLeft: 42,
    paddingRight: 30,
  },
  receiptTitle: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', marginBottom: 14 },
  receiptLine: { flexDirection: 'row', marginBottom: 6 },
  receiptLabel: { width: 82, color: '#333' },
  receiptValue: { flex: 1, fontWeight: 'bold' },
  receiptSign: { marginTop: 16 },
  receiptFooter: { position: 'absolute', bottom: 24, left: 42, right: 30, fontSize: 8, color: '#555' },
} satisfies Styles;

const F103_WIDTHS = ['4%', '31%', '10%', '5%', '6%', '6%', '7%', '7%', '6%', '7%', '11%'];
const F103_NUMERIC = new Set([3, 4, 5, 6, 7, 8, 9]);
const ROUTE_WIDTHS = ['7%', '20%', '12%', '12%', '49%'];

function Table({
  pdf,
  columns,
  rows,
  widths,
  numeric,
  totalsRow,
  tall,
}: {
  pdf: DocumentPrimitives;
  columns: readonly string[];
  rows: string[][];
  widths: string[];
  numeric?: ReadonlySet<number>;
  totalsRow?: string[];
  tall?: boolean;
}) {
  const { View, Text } = pdf;
  const cellStyle = (i: number) => [
    s.cell,
    { width: widths[i] ?? '10%', ...(tall ? { minHeight: 26 } : {}) },
    ...(numeric?.has(i) ? [s.num] : []),
  ];
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
            <Text key={i} style={cellStyle(i)}>
              {c}
            </Text>
          ))}
        </View>
      ))}
      {totalsRow && (
        <View style={s.totalsRow} wrap={false}>
          {totalsRow.map((c, i) => (
            <Text key={i} style={cellStyle(i)}>
              {c}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

export function Form103Document({ pdf, view }: { pdf: DocumentPrimitives; view: Form103View }) {
  const { Document, Page, Text, View } = pdf;
  return (
    <Document title={view.title} language="ru">
      <Page size="A4" orientation="landscape" style={s.page}>
        <Text style={s.title}>{view.title}</Text>
        {view.headerLines.map((l, i) => (
          <Text key={i} style={s.line}>
            {l}
          </Text>
        ))}
        <Table
          pdf={pdf}
          columns={view.columns}
          rows={view.rows}
          widths={F103_WIDTHS}
          numeric={F103_NUMERIC}
          totalsRow={view.totalsRow}
        />
        <View wrap={false}>
          <Text style={s.totals}>{view.totals}</Text>
          {view.tariffWarning && <Text style={s.warning}>{view.tariffWarning}</Text>}
          {view.signatures.map((l, i) => (
            <Text key={i} style={s.sign}>
              {l}
            </Text>
          ))}
        </View>
        <Text style={s.pageNo} fixed render={({ pageNumber, totalPages }) => `Лист ${pageNumber} из ${totalPages}`} />
      </Page>
    </Document>
  );
}

export function CourierReceiptsDocument({
  pdf,
  receipts,
}: {
  pdf: DocumentPrimitives;
  receipts: readonly CourierReceiptView[];
}) {
  const { Document, Page, Text, View } = pdf;
  return (
    <Document title="Расписки в получении писем" language="ru">
      {receipts.map((r, n) => (
        <Page key={n} size="A5" style={s.receiptPage}>
          <Text style={s.receiptTitle}>{r.title}</Text>
          {r.lines.map((l, i) => (
            <View key={i} style={s.receiptLine}>
              <Text style={s.receiptLabel}>{l.label}:</Text>
              <Text style={s.receiptValue}>{l.value}</Text>
            </View>
          ))}
          {r.signatureLines.map((l, i) => (
            <Text key={i} style={s.receiptSign}>
              {l}
            </Text>
          ))}
          <Text style={s.receiptFooter}>{r.footer}</Text>
        </Page>
      ))}
    </Document>
  );
}

export function RouteSheetsDocument({ pdf, sheets }: { pdf: DocumentPrimitives; sheets: readonly RouteSheetView[] }) {
  const { Document, Page, Text } = pdf;
  return (
    <Document title="Маршрут курьера" language="ru">
      {sheets.map((sheet, n) => (
        <Page key={n} size="A4" style={{ ...s.page, fontSize: 10 }}>
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
