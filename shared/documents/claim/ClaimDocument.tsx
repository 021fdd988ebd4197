/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The claim templates (react-pdf): per account, one letter per addressee (A4 portrait), then the account's
 * attachments — the debt statement (portrait) and the penalty calculation (landscape, the «Расчёт пени» page
 * reused from shared/documents/penalty-calculation/). The core copies the attachments' pages behind each letter,
 * so every envelope carries its own. No arithmetic here.
 *
 * Form: margins 20 mm left, 10 mm right, 15 mm top and bottom; every text of the letter ≥ 11 pt. The address block
 * stands where a DL window envelope (110 × 220 mm, window 90 × 45 mm 20 mm from the left edge and 15 mm from the
 * bottom — the ISO position; ГОСТ Р 51506-99's own text was not at hand to confirm it) shows it when the sheet is
 * folded in three at the printed marks 105 and 210 mm (the top panel then faces the window from 45 to 90 mm, or
 * 40–85 mm with the sheet slid up): the block starts 47 mm from the top, 20 mm from the left, 85 mm wide, and its
 * at most six lines end by 77 mm.
 *
 * Every line is its own text: a «\n» inside a text makes react-pdf reference an unembedded Helvetica for the line
 * break (found with pdffonts), so no text here contains one.
 */
import type { Styles } from '@react-pdf/renderer';
import { PenaltyCalculationPage } from '../penalty-calculation/PenaltyCalculationDocument';
import type { PenaltyCalculationView } from '../penalty-calculation/penalty-calculation-view';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { ClaimStatementView } from './claim-statement-view';
import type { ClaimLetterView } from './claim-view';
import { mm } from '../pdf-units';

/** The letter's geometry, in mm (also read by the tests). */
export const CLAIM_PAGE_MM = {
  top: 15,
  bottom: 15,
  left: 20,
  right: 10,
  windowTop: 47,
  windowLeft: 20,
  windowWidth: 85,
  windowHeight: 30,
  folds: [105, 210],
} as const;

const BODY_PT = 11;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: BODY_PT,
    paddingTop: mm(CLAIM_PAGE_MM.top),
    paddingBottom: mm(CLAIM_PAGE_MM.bottom),
    paddingLeft: mm(CLAIM_PAGE_MM.left),
    paddingRight: mm(CLAIM_PAGE_MM.right),
  },
  // The sender and the reference above and beside the window; the body starts below the window's zone.
  head: { height: mm(90 - CLAIM_PAGE_MM.top) },
  bold: { fontWeight: 'bold' },
  reference: { position: 'absolute', top: mm(47 - CLAIM_PAGE_MM.top), left: mm(95), width: mm(85) },
  window: {
    position: 'absolute',
    top: mm(CLAIM_PAGE_MM.windowTop),
    left: mm(CLAIM_PAGE_MM.windowLeft),
    width: mm(CLAIM_PAGE_MM.windowWidth),
    height: mm(CLAIM_PAGE_MM.windowHeight),
  },
  fold: { position: 'absolute', left: mm(4), width: mm(5), borderTopWidth: 0.5, borderColor: '#888' },
  title: { fontSize: 14, fontWeight: 'bold', textAlign: 'center' },
  subtitle: { textAlign: 'center', marginBottom: 6 },
  para: { marginBottom: 3, textAlign: 'justify' },
  amountRow: { flexDirection: 'row' },
  amountLabel: { flex: 1 },
  amountValue: { width: mm(45), textAlign: 'right' },
  words: { textAlign: 'right', marginBottom: 4 },
  note: { marginBottom: 3, textAlign: 'justify' },
  demand: { fontWeight: 'bold', marginTop: 2, marginBottom: 4, textAlign: 'justify' },
  bullet: { flexDirection: 'row', marginBottom: 1 },
  bulletMark: { width: mm(5) },
  bulletText: { flex: 1, textAlign: 'justify' },
  pay: { flexDirection: 'row', marginTop: 8, borderWidth: 0.75, borderColor: '#000', padding: mm(2) },
  payDetails: { flex: 1, justifyContent: 'center' },
  payRow: { flexDirection: 'row' },
  payLabel: { width: mm(27) },
  payValue: { flex: 1 },
  qrBox: { width: mm(38), alignItems: 'flex-end', justifyContent: 'center' },
  qr: { width: mm(34), height: mm(34) },
  signer: { flexDirection: 'row', marginTop: 6, alignItems: 'flex-end' },
  signLine: { width: mm(45), borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(4) },
  attachments: { marginTop: 4 },
  // The statement (an attachment): seven columns on a portrait page at 10 pt.
  sPage: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 10,
    paddingTop: mm(15),
    paddingBottom: mm(15),
    paddingLeft: mm(20),
    paddingRight: mm(10),
  },
  sTitle: { fontSize: 13, fontWeight: 'bold', textAlign: 'center' },
  sSubtitle: { textAlign: 'center', marginBottom: 6 },
  sFactRow: { flexDirection: 'row' },
  sFactLabel: { width: mm(32), color: '#444' },
  sFactValue: { flex: 1 },
  sTable: { borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: '#000', marginTop: 6 },
  sRow: { flexDirection: 'row' },
  sHead: { flexDirection: 'row', backgroundColor: '#e8e8e8', fontWeight: 'bold' },
  sCell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 1,
    paddingHorizontal: 2,
  },
  sSection: { fontWeight: 'bold', marginTop: 8 },
  sTotalRow: { flexDirection: 'row', marginTop: 1 },
  sTotalLabel: { flex: 1 },
  sTotalValue: { width: mm(40), textAlign: 'right' },
  sNote: { marginTop: 3, color: '#333' },
  marker: { position: 'absolute', top: 0, left: 0 },
} satisfies Styles;

/** Column widths of the statement, in %, in the order of STATEMENT_COLUMNS; money right-aligned. */
const S_WIDTHS = [14, 28.5, 10.5, 10.5, 10.5, 10.5, 15.5] as const;
const S_NUMERIC = [false, false, false, true, true, true, false] as const;

export interface ClaimLetterPage {
  view: ClaimLetterView;
  /** The payment QR symbol as vector path data in module units (made by the core from the payment string). */
  qr: { size: number; path: string };
}

/** One account's letters and the attachments every one of them carries. */
export interface ClaimAccountPages {
  letters: readonly ClaimLetterPage[];
  statement: ClaimStatementView;
  penalty: PenaltyCalculationView;
}

/**
 * Sections in document order: for each account its letters, then its statement, then its calculation. The
 * template reports each page it lays out as (section, page number) through `onPage`, so the core can copy the
 * attachments' pages behind each letter.
 */
export type OnPage = (section: number, pageNumber: number) => void;

function Marker({ pdf, section, onPage }: { pdf: DocumentPrimitives; section: number; onPage: OnPage | null }) {
  const { Text } = pdf;
  if (!onPage) return null;
  return (
    <Text
      fixed
      style={s.marker}
      render={({ pageNumber }) => {
        onPage(section, pageNumber);
        return '';
      }}
    />
  );
}

function Lines({ pdf, lines, style }: { pdf: DocumentPrimitives; lines: readonly string[]; style?: Styles[string] }) {
  const { Text } = pdf;
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} style={style ?? {}}>
          {line}
        </Text>
      ))}
    </>
  );
}

function Letter({
  pdf,
  page,
  section,
  onPage,
}: {
  pdf: DocumentPrimitives;
  page: ClaimLetterPage;
  section: number;
  onPage: OnPage | null;
}) {
  const { Page, View, Text, Svg, Path } = pdf;
  const v = page.view;
  return (
    <Page size="A4" style={s.page}>
      <Marker pdf={pdf} section={section} onPage={onPage} />
      {/* Fold marks (first sheet only: not fixed). */}
      {CLAIM_PAGE_MM.folds.map((at) => (
        <View key={at} style={[s.fold, { top: mm(at) }]} />
      ))}
      <View style={s.head}>
        <Text style={s.bold}>{v.sender[0]}</Text>
        <Lines pdf={pdf} lines={v.sender.slice(1)} />
        <View style={s.reference}>
          <Text>{v.reference}</Text>
        </View>
      </View>
      <View style={s.window}>
        <Text style={s.bold}>{v.window[0]}</Text>
        <Lines pdf={pdf} lines={v.window.slice(1)} />
      </View>
      <Text style={s.title}>{v.title}</Text>
      <Text style={s.subtitle}>{v.subtitle}</Text>
      {v.paragraphs.map((p, i) => (
        <Text key={i} style={s.para}>
          {p}
        </Text>
      ))}
      {v.amounts.map((a, i) => (
        <View key={i} style={s.amountRow} wrap={false}>
          <Text style={[s.amountLabel, a.bold ? s.bold : {}]}>{a.label}</Text>
          <Text style={[s.amountValue, a.bold ? s.bold : {}]}>{a.value}</Text>
        </View>
      ))}
      <Text style={s.words}>{v.totalWords}</Text>
      {v.notDemanded.map((n, i) => (
        <Text key={i} style={s.note}>
          {n}
        </Text>
      ))}
      <Text style={s.demand}>{v.demand}</Text>
      <Text>{v.consequencesTitle}</Text>
      {v.consequences.map((c, i) => (
        <View key={i} style={s.bullet}>
          <Text style={s.bulletMark}>—</Text>
          <Text style={s.bulletText}>{c}</Text>
        </View>
      ))}
      <Text style={[s.note, { marginTop: 4 }]}>{v.closing}</Text>
      <View wrap={false}>
        <Text style={{ marginTop: 8 }}>{v.signer.position}</Text>
        <View style={s.signer}>
          <View style={s.signLine} />
          <Text style={{ flex: 1 }}>{`${v.signer.name}, ${v.signer.phone}`}</Text>
        </View>
        <Text style={s.attachments}>{v.attachments}</Text>
      </View>
      <View style={s.pay} wrap={false}>
        <View style={s.payDetails}>
          <Text style={[s.bold, { marginBottom: 3 }]}>{v.payTitle}</Text>
          {v.payeeDetails.map((d, i) => (
            <View key={i} style={s.payRow}>
              <Text style={s.payLabel}>{d.label}</Text>
              <Text style={s.payValue}>{d.value}</Text>
            </View>
          ))}
        </View>
        <View style={s.qrBox}>
          <Svg viewBox={`0 0 ${page.qr.size} ${page.qr.size}`} style={s.qr}>
            <Path d={page.qr.path} fill="#000" />
          </Svg>
        </View>
      </View>
    </Page>
  );
}

function StatementTableRow({
  pdf,
  row,
  head = false,
}: {
  pdf: DocumentPrimitives;
  row: { cells: readonly string[]; split?: boolean; muted?: boolean };
  head?: boolean;
}) {
  const { View, Text } = pdf;
  const style = head ? s.sHead : [s.sRow, row.split && !row.muted ? s.bold : {}, row.muted ? { color: '#666' } : {}];
  return (
    <View style={style} wrap={false} fixed={head}>
      {row.cells.map((c, i) => (
        <Text
          key={i}
          style={[s.sCell, { width: `${S_WIDTHS[i] ?? 10}%`, textAlign: !head && S_NUMERIC[i] ? 'right' : 'left' }]}
        >
          {c}
        </Text>
      ))}
    </View>
  );
}

function Statement({
  pdf,
  view,
  section,
  onPage,
}: {
  pdf: DocumentPrimitives;
  view: ClaimStatementView;
  section: number;
  onPage: OnPage | null;
}) {
  const { Page, View, Text } = pdf;
  return (
    <Page size="A4" style={s.sPage}>
      <Marker pdf={pdf} section={section} onPage={onPage} />
      <Text style={s.sTitle}>{view.title}</Text>
      <Text style={s.sSubtitle}>{view.subtitle}</Text>
      {view.facts.map((f) => (
        <View key={f.label} style={s.sFactRow}>
          <Text style={s.sFactLabel}>{f.label}:</Text>
          <Text style={s.sFactValue}>{f.value}</Text>
        </View>
      ))}
      {view.emptyText ? (
        <Text style={s.sNote}>{view.emptyText}</Text>
      ) : (
        <View style={s.sTable}>
          <StatementTableRow pdf={pdf} row={{ cells: view.columns }} head />
          {view.rows.map((r, i) => (
            <StatementTableRow key={i} pdf={pdf} row={r} />
          ))}
        </View>
      )}
      {view.notYetDueTitle && (
        <View wrap={false}>
          <Text style={s.sSection}>{view.notYetDueTitle}</Text>
          <View style={s.sTable}>
            <StatementTableRow pdf={pdf} row={{ cells: view.columns }} head />
            {view.notYetDueRows.map((r, i) => (
              <StatementTableRow key={i} pdf={pdf} row={r} />
            ))}
          </View>
        </View>
      )}
      <View wrap={false} style={{ marginTop: 8 }}>
        {view.totals.map((t, i) => (
          <View key={i} style={s.sTotalRow}>
            <Text style={[s.sTotalLabel, t.bold ? s.bold : {}]}>{t.label}</Text>
            <Text style={[s.sTotalValue, t.bold ? s.bold : {}]}>{t.value}</Text>
          </View>
        ))}
      </View>
      {view.notes.map((n, i) => (
        <Text key={i} style={s.sNote}>
          {n}
        </Text>
      ))}
    </Page>
  );
}

/** A document of claims: per account its letters, its statement and its penalty calculation, in print order. */
export function ClaimDocument({
  pdf,
  accounts,
  onPage,
}: {
  pdf: DocumentPrimitives;
  accounts: readonly ClaimAccountPages[];
  onPage: OnPage | null;
}) {
  const { Document } = pdf;
  let section = 0;
  const pages = [];
  for (const [a, account] of accounts.entries()) {
    for (const [l, letter] of account.letters.entries())
      pages.push(<Letter key={`${a}-l${l}`} pdf={pdf} page={letter} section={section++} onPage={onPage} />);
    pages.push(<Statement key={`${a}-s`} pdf={pdf} view={account.statement} section={section++} onPage={onPage} />);
    const penaltySection = section++;
    pages.push(
      <PenaltyCalculationPage
        key={`${a}-p`}
        pdf={pdf}
        view={account.penalty}
        sheetNumbers={false}
        marker={<Marker pdf={pdf} section={penaltySection} onPage={onPage} />}
      />,
    );
  }
  return (
    <Document title="Претензии" language="ru" creator="АРМ «Долги ЖКУ»" producer="АРМ «Долги ЖКУ»">
      {pages}
    </Document>
  );
}
