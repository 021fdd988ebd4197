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

const F103_WIDTHS = ['4%', '37%', '9%', '4%', '5.5%', '5.5%', '6.5%', '6.5%', '5.5%', '6.5%', '10%'];
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

/**
 * Form 103 is laid out as explicit pages: react-pdf's automatic page breaking of one long table is slow for a list of
 * a thousand letters (every break re-measures what follows). Rows are packed by an estimate of their height — lines
 * of the address column (about 64 characters a line at this size; a line holds some 75) and of the note column (about 15) — into the
 * space under the header, with a margin; should a page still overflow, react-pdf breaks it as usual.
 */
const LINE_PT = 11.5;
const ROW_PADDING_PT = 6;
/** Space for rows: A4 landscape less margins and the table header; the first page also holds the title block. */
const FIRST_PAGE_ROWS_PT = 370;
const PAGE_ROWS_PT = 440;

function rowHeight(row: readonly string[]): number {
  const lines = Math.max(Math.ceil((row[1] ?? '').length / 64), Math.ceil((row[10] ?? '').length / 15), 1);
  return lines * LINE_PT + ROW_PADDING_PT;
}

export function paginateForm103Rows(rows: readonly string[][]): string[][][] {
  const pages: string[][][] = [[]];
  let room = FIRST_PAGE_ROWS_PT;
  for (const row of rows) {
    const h = rowHeight(row);
    const page = pages[pages.length - 1] as string[][];
    if (h > room && page.length > 0) {
      pages.push([row]);
      room = PAGE_ROWS_PT - h;
    } else {
      page.push(row);
      room -= h;
    }
  }
  return pages;
}

export function Form103Document({ pdf, view }: { pdf: DocumentPrimitives; view: Form103View }) {
  const { Document, Page, Text, View } = pdf;
  const pages = paginateForm103Rows(view.rows);
  return (
    <Document title={view.title} language="ru">
      {pages.map((rows, p) => {
        const last = p === pages.length - 1;
        return (
          <Page key={p} size="A4" orientation="landscape" style={s.page}>
            {p === 0 && (
              <>
                <Text style={s.title}>{view.title}</Text>
                {view.headerLines.map((l, i) => (
                  <Text key={i} style={s.line}>
                    {l}
                  </Text>
                ))}
              </>
            )}
            <Table
              pdf={pdf}
              columns={view.columns}
              rows={rows}
              widths={F103_WIDTHS}
              numeric={F103_NUMERIC}
              {...(last ? { totalsRow: view.totalsRow } : {})}
            />
            {last && (
              <View wrap={false}>
                <Text style={s.totals}>{view.totals}</Text>
                {view.tariffWarning && <Text style={s.warning}>{view.tariffWarning}</Text>}
                {view.signatures.map((l, i) => (
                  <Text key={i} style={s.sign}>
                    {l}
                  </Text>
                ))}
              </View>
            )}
            <Text
              style={s.pageNo}
              fixed
              render={({ pageNumber, totalPages }) => `Лист ${pageNumber} из ${totalPages}`}
            />
          </Page>
        );
      })}
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

/** Rows per page of a route sheet (rows are at most two lines), for the same reason as form 103's pages. */
const ROUTE_ROWS_PER_PAGE = 22;

export function RouteSheetsDocument({ pdf, sheets }: { pdf: DocumentPrimitives; sheets: readonly RouteSheetView[] }) {
  const { Document, Page, Text } = pdf;
  const pages = sheets.flatMap((sheet) => {
    const parts: Array<{ sheet: RouteSheetView; rows: string[][]; first: boolean; last: boolean }> = [];
    for (let i = 0; i < Math.max(1, sheet.rows.length); i += ROUTE_ROWS_PER_PAGE) {
      parts.push({
        sheet,
        rows: sheet.rows.slice(i, i + ROUTE_ROWS_PER_PAGE),
        first: i === 0,
        last: i + ROUTE_ROWS_PER_PAGE >= sheet.rows.length,
      });
    }
    return parts;
  });
  return (
    <Document title="Маршрут курьера" language="ru">
      {pages.map(({ sheet, rows, first, last }, n) => (
        <Page key={n} size="A4" style={{ ...s.page, fontSize: 10 }}>
          <Text style={s.title}>{sheet.title}</Text>
          <Text style={s.line}>{`Дом: ${sheet.building}${first ? '' : ' (продолжение)'}`}</Text>
          {first && <Text style={s.line}>Курьер: ______________________</Text>}
          <Table pdf={pdf} columns={sheet.columns} rows={rows} widths={ROUTE_WIDTHS} tall />
          {last && <Text style={s.sign}>{sheet.footer}</Text>}
        </Page>
      ))}
    </Document>
  );
}
