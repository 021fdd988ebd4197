/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The court documents' templates (react-pdf): the application (court order or lawsuit), the debt and penalty
 * calculations, the list of attachments, the cover letter, the duty offset petition and the register. Each lays
 * out the strings of its view (*-view.ts) and computes nothing.
 *
 * Form (as the claims): A4, margins 20 mm left, 10 mm right, 15 mm top and bottom; every text ≥ 11 pt; PT Sans
 * only. Tables too wide for a portrait page at 11 pt (the penalty lines, the register) are landscape. No text
 * contains «\n» (react-pdf would reference an unembedded Helvetica for the break — see ClaimDocument.tsx).
 */
import type { Styles } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { CourtApplicationView, CourtSignature, PartyBlock } from './application-view';
import type { CourtLetterView } from './court-letters-view';
import type { CourtPenaltyView } from './court-penalty-view';
import type { CourtTable } from './court-table';
import type { CalculationSigner, DebtCalculationView } from './debt-calculation-view';
import type { CourtRegisterView } from './register-view';
import { mm } from '../pdf-units';

/** The page geometry in mm (also read by the tests). */
export const COURT_PAGE_MM = { top: 15, bottom: 15, left: 20, right: 10 } as const;
export const COURT_BODY_PT = 11;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: COURT_BODY_PT,
    paddingTop: mm(COURT_PAGE_MM.top),
    paddingBottom: mm(COURT_PAGE_MM.bottom + 6),
    paddingLeft: mm(COURT_PAGE_MM.left),
    paddingRight: mm(COURT_PAGE_MM.right),
  },
  footer: {
    position: 'absolute',
    bottom: mm(8),
    left: mm(COURT_PAGE_MM.left),
    right: mm(COURT_PAGE_MM.right),
    textAlign: 'right',
    color: '#444',
  },
  header: { marginLeft: mm(85), marginBottom: mm(6) },
  block: { marginBottom: 5 },
  bold: { fontWeight: 'bold' },
  reference: { marginBottom: 6 },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center' },
  subtitle: { fontWeight: 'bold', textAlign: 'center', marginBottom: 8, marginHorizontal: mm(10) },
  para: { marginBottom: 4, textAlign: 'justify', textIndent: mm(10) },
  amountRow: { flexDirection: 'row', marginLeft: mm(10) },
  amountLabel: { flex: 1 },
  amountValue: { width: mm(42), textAlign: 'right' },
  words: { textAlign: 'right', marginBottom: 6, marginLeft: mm(10) },
  prayerTitle: { fontWeight: 'bold', textAlign: 'center', marginTop: 4, marginBottom: 4 },
  listTitle: { fontWeight: 'bold', marginTop: 6, marginBottom: 2 },
  listItem: { marginBottom: 1.5, textAlign: 'justify' },
  signature: { marginTop: 14 },
  signRow: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 12 },
  signLine: { width: mm(50), borderBottomWidth: 0.75, borderColor: '#000', marginRight: mm(5) },
  factRow: { flexDirection: 'row', marginBottom: 1 },
  factLabel: { width: mm(38), color: '#333' },
  factValue: { flex: 1 },
  table: { borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: '#000', marginTop: 6 },
  row: { flexDirection: 'row' },
  headRow: { flexDirection: 'row', backgroundColor: '#e8e8e8', fontWeight: 'bold' },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: '#000',
    paddingVertical: 1.5,
    paddingHorizontal: 2.5,
  },
  section: { fontWeight: 'bold', marginTop: 10 },
  note: { marginTop: 4, textAlign: 'justify' },
  totalRow: { flexDirection: 'row', marginTop: 2 },
  totalLabel: { flex: 1, textAlign: 'right', paddingRight: mm(4) },
  totalValue: { width: mm(45), textAlign: 'right' },
} satisfies Styles;

type Pdf = DocumentPrimitives;

function Footer({ pdf }: { pdf: Pdf }) {
  const { Text } = pdf;
  return <Text style={s.footer} fixed render={({ pageNumber, totalPages }) => `Лист ${pageNumber} из ${totalPages}`} />;
}

function Header({ pdf, blocks }: { pdf: Pdf; blocks: readonly PartyBlock[] }) {
  const { View, Text } = pdf;
  return (
    <View style={s.header}>
      {blocks.map((b, i) => (
        <View key={i} style={s.block} wrap={false}>
          {b.label ? <Text style={s.bold}>{b.label}</Text> : null}
          {b.lines.map((l, j) => (
            <Text key={j} style={b.label === null && i === 0 && j === 0 ? s.bold : {}}>
              {l}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function Signature({ pdf, sig }: { pdf: Pdf; sig: CourtSignature }) {
  const { View, Text } = pdf;
  return (
    <View style={s.signature} wrap={false}>
      <Text>{sig.position}</Text>
      {sig.authority ? <Text>{sig.authority}</Text> : null}
      <View style={s.signRow}>
        <View style={s.signLine} />
        <Text style={{ flex: 1 }}>{sig.name}</Text>
        <Text>{sig.date}</Text>
      </View>
    </View>
  );
}

function CalcSigner({
  pdf,
  signer,
  caption = 'Расчёт составил:',
}: {
  pdf: Pdf;
  signer: CalculationSigner;
  caption?: string;
}) {
  const { View, Text } = pdf;
  return (
    <View style={s.signature} wrap={false}>
      <Text>{caption}</Text>
      <Text>{signer.position}</Text>
      <View style={s.signRow}>
        <View style={s.signLine} />
        <Text style={{ flex: 1 }}>{signer.name}</Text>
        <Text>{signer.date}</Text>
      </View>
    </View>
  );
}

function Table({ pdf, table }: { pdf: Pdf; table: CourtTable }) {
  const { View, Text } = pdf;
  const cell = (i: number, head: boolean) => [
    s.cell,
    { width: `${table.widths[i] ?? 10}%` },
    { textAlign: head ? ('center' as const) : table.numeric[i] ? ('right' as const) : ('left' as const) },
  ];
  return (
    <View style={s.table}>
      <View style={s.headRow} wrap={false} fixed>
        {table.columns.map((c, i) => (
          <Text key={i} style={cell(i, true)}>
            {c}
          </Text>
        ))}
      </View>
      {table.rows.map((r, ri) => (
        <View
          key={ri}
          style={[s.row, r.style === 'bold' ? s.bold : {}, r.style === 'muted' ? { color: '#555' } : {}]}
          wrap={false}
        >
          {r.cells.map((c, i) => (
            <Text key={i} style={cell(i, false)}>
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function Facts({ pdf, facts }: { pdf: Pdf; facts: ReadonlyArray<{ label: string; value: string }> }) {
  const { View, Text } = pdf;
  return (
    <View style={{ marginBottom: 4 }}>
      {facts.map((f) => (
        <View key={f.label} style={s.factRow}>
          <Text style={s.factLabel}>{f.label}:</Text>
          <Text style={s.factValue}>{f.value}</Text>
        </View>
      ))}
    </View>
  );
}

function Totals({ pdf, totals }: { pdf: Pdf; totals: ReadonlyArray<{ label: string; value: string; bold: boolean }> }) {
  const { View, Text } = pdf;
  return (
    <View wrap={false} style={{ marginTop: 6 }}>
      {totals.map((t, i) => (
        <View key={i} style={s.totalRow}>
          <Text style={[s.totalLabel, t.bold ? s.bold : {}]}>{t.label}</Text>
          <Text style={[s.totalValue, t.bold ? s.bold : {}]}>{t.value}</Text>
        </View>
      ))}
    </View>
  );
}

function Doc({ pdf, title, author, children }: { pdf: Pdf; title: string; author: string; children: ReactNode }) {
  const { Document } = pdf;
  return (
    <Document title={title} author={author} language="ru" creator="АРМ «Долги ЖКУ»" producer="АРМ «Долги ЖКУ»">
      {children}
    </Document>
  );
}

export function CourtApplicationDocument({
  pdf,
  view,
  author,
}: {
  pdf: Pdf;
  view: CourtApplicationView;
  author: string;
}) {
  const { Page, View, Text } = pdf;
  return (
    <Doc pdf={pdf} title={`${view.title} ${view.subtitle}`} author={author}>
      <Page size="A4" style={s.page}>
        <Footer pdf={pdf} />
        <Header pdf={pdf} blocks={view.header} />
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        {view.paragraphs.map((p, i) => (
          <Text key={i} style={s.para}>
            {p}
          </Text>
        ))}
        <View wrap={false} style={{ marginTop: 2 }}>
          <Text style={s.para}>{view.amountsTitle}</Text>
          {view.amounts.map((a, i) => (
            <View key={i} style={s.amountRow}>
              <Text style={[s.amountLabel, a.bold ? s.bold : {}]}>{a.label}</Text>
              <Text style={[s.amountValue, a.bold ? s.bold : {}]}>{a.value}</Text>
            </View>
          ))}
          <Text style={s.words}>{view.totalWords}</Text>
        </View>
        {view.closing.map((p, i) => (
          <Text key={i} style={s.para}>
            {p}
          </Text>
        ))}
        <Text style={s.para}>{view.lead}</Text>
        <Text style={s.prayerTitle} minPresenceAhead={40}>
          ПРОШУ:
        </Text>
        {view.prayer.map((p, i) => (
          <Text key={i} style={s.para}>
            {view.prayer.length > 1 ? `${i + 1}. ${p}` : p}
          </Text>
        ))}
        {view.attachments.length > 0 && (
          <View>
            <Text style={s.listTitle} minPresenceAhead={30}>
              Приложение:
            </Text>
            {view.attachments.map((a, i) => (
              <Text key={i} style={s.listItem}>
                {a}
              </Text>
            ))}
          </View>
        )}
        <Signature pdf={pdf} sig={view.signature} />
      </Page>
    </Doc>
  );
}

export function DebtCalculationDocument({
  pdf,
  view,
  author,
}: {
  pdf: Pdf;
  view: DebtCalculationView;
  author: string;
}) {
  const { Page, Text, View } = pdf;
  return (
    <Doc pdf={pdf} title={`${view.title} ${view.subtitle}`} author={author}>
      <Page size="A4" style={s.page}>
        <Footer pdf={pdf} />
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        <Facts pdf={pdf} facts={view.facts} />
        <Table pdf={pdf} table={view.table} />
        <Totals pdf={pdf} totals={view.totals} />
        {view.barredTitle && view.barredTable ? (
          <View wrap={view.barredTable.rows.length > 15}>
            <Text style={s.section} minPresenceAhead={60}>
              {view.barredTitle}
            </Text>
            <Table pdf={pdf} table={view.barredTable} />
          </View>
        ) : null}
        {view.notes.map((n, i) => (
          <Text key={i} style={s.note}>
            {n}
          </Text>
        ))}
        <CalcSigner pdf={pdf} signer={view.signer} />
      </Page>
    </Doc>
  );
}

export function CourtPenaltyDocument({ pdf, view, author }: { pdf: Pdf; view: CourtPenaltyView; author: string }) {
  const { Page, Text, View } = pdf;
  return (
    <Doc pdf={pdf} title={`${view.title} ${view.subtitle}`} author={author}>
      <Page size="A4" orientation="landscape" style={s.page}>
        <Footer pdf={pdf} />
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        <Facts pdf={pdf} facts={view.facts} />
        {view.legalBasis.map((b, i) => (
          <Text key={i} style={s.note}>
            {b}
          </Text>
        ))}
        {view.table ? <Table pdf={pdf} table={view.table} /> : <Text style={s.note}>{view.emptyText}</Text>}
        <Totals pdf={pdf} totals={view.totals} />
        {/* A short list of payments stays whole with its title; a long one flows with its header repeated. */}
        <View wrap={(view.payments?.rows.length ?? 0) > 15}>
          <Text style={s.section} minPresenceAhead={40}>
            {view.paymentsTitle}
          </Text>
          {view.payments ? <Table pdf={pdf} table={view.payments} /> : <Text style={s.note}>{view.noPayments}</Text>}
        </View>
        {view.barredTitle ? (
          <View wrap={(view.barredTable?.rows.length ?? 0) > 15}>
            <Text style={s.section} minPresenceAhead={40}>
              {view.barredTitle}
            </Text>
            {view.barredNote ? <Text style={s.note}>{view.barredNote}</Text> : null}
            {view.barredTable ? <Table pdf={pdf} table={view.barredTable} /> : null}
          </View>
        ) : null}
        {view.notes.map((n, i) => (
          <Text key={i} style={s.note}>
            {n}
          </Text>
        ))}
        <CalcSigner pdf={pdf} signer={view.signer} />
      </Page>
    </Doc>
  );
}

export function CourtLetterDocument({ pdf, view, author }: { pdf: Pdf; view: CourtLetterView; author: string }) {
  const { Page, Text, View } = pdf;
  return (
    <Doc pdf={pdf} title={[view.title, view.subtitle].filter(Boolean).join(' ')} author={author}>
      <Page size="A4" style={s.page}>
        <Footer pdf={pdf} />
        <Header pdf={pdf} blocks={view.header} />
        {view.reference ? <Text style={s.reference}>{view.reference}</Text> : null}
        <Text style={s.title}>{view.title}</Text>
        {view.subtitle ? <Text style={s.subtitle}>{view.subtitle}</Text> : <View style={{ marginBottom: 8 }} />}
        {view.paragraphs.map((p, i) => (
          <Text key={i} style={s.para}>
            {p}
          </Text>
        ))}
        {view.list.length > 0 && (
          <View>
            {view.listTitle ? (
              <Text style={s.listTitle} minPresenceAhead={30}>
                {view.listTitle}
              </Text>
            ) : null}
            {view.list.map((a, i) => (
              <Text key={i} style={s.listItem}>
                {a}
              </Text>
            ))}
          </View>
        )}
        <Signature pdf={pdf} sig={view.signature} />
      </Page>
    </Doc>
  );
}

export function CourtRegisterDocument({ pdf, view }: { pdf: Pdf; view: CourtRegisterView }) {
  const { Page, Text } = pdf;
  return (
    <Doc pdf={pdf} title={`${view.title} ${view.subtitle}`} author={view.sender}>
      <Page size="A4" orientation="landscape" style={s.page}>
        <Footer pdf={pdf} />
        <Text style={{ marginBottom: 6 }}>{view.sender}</Text>
        <Text style={s.title}>{view.title}</Text>
        <Text style={s.subtitle}>{view.subtitle}</Text>
        <Table pdf={pdf} table={view.table} />
        <Text style={s.note}>{view.summary}</Text>
        <CalcSigner pdf={pdf} signer={view.signer} caption="Реестр составил:" />
      </Page>
    </Doc>
  );
}
