/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * @file The visit cards of a «Чёрная метка» raid (react-pdf): four cards to an A4 page (two by two, cut along the
 * dashed lines), one per address in route order — the address and flat, the account number, the debt and its
 * months, what to say and hand over, the outcome boxes to tick. Lays out the strings of visit-cards-view.ts and
 * computes nothing. Page margins 20 mm left, 10 mm right, 10 mm top and bottom; every text ≥ 11 pt.
 */
import type { Styles } from '@react-pdf/renderer';
import { DOCUMENT_FONT_FAMILY } from '../pdf-font';
import type { DocumentPrimitives } from '../pdf-primitives';
import type { VisitCardView, VisitCardsView } from './visit-cards-view';
import { mm } from '../pdf-units';

export const VISIT_CARDS_TEMPLATE_VERSION = 'blackmark-visit-cards-1';
const PAGE = { top: 10, bottom: 10, left: 20, right: 10 } as const;
/** 180 × 277 mm of the page split in four. */
const CARD = { w: 90, h: 138.5 } as const;

const s = {
  page: {
    fontFamily: DOCUMENT_FONT_FAMILY,
    fontSize: 11,
    paddingTop: mm(PAGE.top),
    paddingBottom: mm(PAGE.bottom),
    paddingLeft: mm(PAGE.left),
    paddingRight: mm(PAGE.right),
    flexDirection: 'row',
    flexWrap: 'wrap',
  },
  card: {
    width: mm(CARD.w),
    height: mm(CARD.h),
    padding: mm(3.5),
    borderWidth: 0.75,
    borderStyle: 'dashed',
    borderColor: '#666',
  },
  heading: { fontSize: 11, color: '#333' },
  address: { fontSize: 12, fontWeight: 'bold', marginTop: 2, marginBottom: 3 },
  fact: { flexDirection: 'row' },
  factLabel: { width: mm(24), color: '#333' },
  factValue: { flex: 1, fontWeight: 'bold' },
  section: { marginTop: 4, fontWeight: 'bold' },
  line: { marginTop: 1 },
  box: { flexDirection: 'row', alignItems: 'center', marginTop: 2 },
  square: { width: 9, height: 9, borderWidth: 0.75, borderColor: '#000', marginRight: 4 },
} satisfies Styles;

function Card({ pdf, c }: { pdf: DocumentPrimitives; c: VisitCardView }) {
  const { View, Text } = pdf;
  return (
    <View style={s.card} wrap={false}>
      <Text style={s.heading}>{c.heading}</Text>
      <Text style={s.address}>{c.address}</Text>
      {c.facts.map((f) => (
        <View key={f.label} style={s.fact}>
          <Text style={s.factLabel}>{f.label}</Text>
          <Text style={s.factValue}>{f.value}</Text>
        </View>
      ))}
      <Text style={s.section}>Что сказать</Text>
      {c.say.map((line) => (
        <Text key={line} style={s.line}>{`• ${line}`}</Text>
      ))}
      <Text style={s.section}>Вручить</Text>
      <Text style={s.line}>{c.hand}</Text>
      <Text style={s.section}>Итог</Text>
      {c.boxes.map((b) => (
        <View key={b} style={s.box}>
          <View style={s.square} />
          <Text>{b}</Text>
        </View>
      ))}
      <Text style={s.section}>Примечание, подпись: ____________________</Text>
    </View>
  );
}

export function BlackmarkVisitCards({
  pdf,
  view,
  author,
}: {
  pdf: DocumentPrimitives;
  view: VisitCardsView;
  author: string;
}) {
  const { Document, Page } = pdf;
  const pages: VisitCardView[][] = [];
  for (let i = 0; i < view.cards.length; i += 4) pages.push(view.cards.slice(i, i + 4));
  return (
    <Document title={view.title} author={author} language="ru" creator="АРМ «Долги ЖКУ»" producer="АРМ «Долги ЖКУ»">
      {pages.map((cards, i) => (
        <Page key={i} size="A4" style={s.page}>
          {cards.map((c) => (
            <Card key={c.heading} pdf={pdf} c={c} />
          ))}
        </Page>
      ))}
    </Document>
  );
}
