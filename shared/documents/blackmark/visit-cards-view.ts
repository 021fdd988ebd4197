/**
 * @file What a visit card of a «Чёрная метка» raid shows (shared, pure): one card per address, four to an A4 page —
 * only what the visit needs: the address and flat (entrance), the account number, the overdue debt and its months,
 * what to say and what to hand over, and the outcome boxes to tick. No names, no phones, no birth dates (152-ФЗ ст.5
 * ч.5): the input cannot carry them. For a demonstrative disconnection the card names the service and the warning's
 * term that ended — the grounds the team must be able to show at the door (Правила № 354, п. 119).
 */
import { formatRuDate } from '../../dates/iso-date';
import { rublesText } from '../money-text';
import {
  BLACKMARK_KIND_LABELS,
  BLACKMARK_OUTCOME_LABELS,
  outcomesOf,
  type BlackmarkKind,
} from '../../blackmark/blackmark-terms';
import { plural } from '../../text/plural';

export interface VisitCardInput {
  routeOrder: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  accountNumber: string;
  debtKopecks: number;
  /** The overdue months ('YYYY-MM'), oldest first. */
  months: readonly string[];
  /** Demonstrative only: the restriction's grounds, or null. */
  restriction: { service: string; deliveredDate: string; timerEndsDate: string } | null;
}

export interface VisitCardsInput {
  raidId: number;
  kind: BlackmarkKind;
  raidDate: string;
  organisationName: string;
  cards: readonly VisitCardInput[];
}

export interface VisitCardView {
  heading: string;
  address: string;
  facts: Array<{ label: string; value: string }>;
  say: string[];
  hand: string;
  boxes: string[];
}

export interface VisitCardsView {
  title: string;
  cards: VisitCardView[];
  footer: string;
}

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

function monthName(period: string): string {
  const [y, m] = period.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** «6 мес.: май 2026 — октябрь 2026». */
export function monthsText(months: readonly string[]): string {
  if (months.length === 0) return 'нет данных по месяцам';
  const sorted = [...months].sort();
  const span =
    sorted.length === 1 ? monthName(sorted[0]!) : `${monthName(sorted[0]!)} — ${monthName(sorted[sorted.length - 1]!)}`;
  return `${sorted.length} ${plural(sorted.length, ['месяц', 'месяца', 'месяцев'])}: ${span}`;
}

function sayFor(kind: BlackmarkKind, c: VisitCardInput): { say: string[]; hand: string } {
  if (kind === 'demonstrative' && c.restriction) {
    const r = c.restriction;
    return {
      say: [
        `Предупреждение об ограничении («${r.service}») доставлено ${formatRuDate(r.deliveredDate)}, срок истёк ${formatRuDate(r.timerEndsDate)}.`,
        'Оплата сейчас или соглашение о погашении — ограничение не вводится.',
        'Иначе подрядчик ограничивает услугу, составляется акт.',
      ],
      hand: 'Копию предупреждения, квитанцию, бланк соглашения.',
    };
  }
  return {
    say: [
      'Сообщить о долге, предложить оплатить сразу (QR-код в квитанции).',
      'Или договориться о графике: соглашение о погашении.',
      'Иначе: пени, ограничение услуг, суд и приставы.',
    ],
    hand: 'Уведомление о долге и квитанцию с реквизитами.',
  };
}

export function buildVisitCardsView(input: VisitCardsInput): VisitCardsView {
  const date = formatRuDate(input.raidDate);
  const boxes = outcomesOf(input.kind).map((o) =>
    o === 'paid_on_spot'
      ? `${BLACKMARK_OUTCOME_LABELS[o]}: ________ руб.`
      : o === 'promise'
        ? `${BLACKMARK_OUTCOME_LABELS[o]}: ________ руб. до ________`
        : BLACKMARK_OUTCOME_LABELS[o],
  );
  const cards = [...input.cards]
    .sort((a, b) => a.routeOrder - b.routeOrder)
    .map((c) => {
      const { say, hand } = sayFor(input.kind, c);
      return {
        heading: `№ ${c.routeOrder} · ${BLACKMARK_KIND_LABELS[input.kind]} · ${date}`,
        address: `${c.buildingAddress}, кв. ${c.apartment}${c.entrance === null ? '' : `, подъезд ${c.entrance}`}`,
        facts: [
          { label: 'Лицевой счёт', value: c.accountNumber },
          { label: 'Долг', value: `${rublesText(c.debtKopecks)} руб.` },
          { label: 'Месяцы', value: monthsText(c.months) },
        ],
        say,
        hand,
        boxes,
      };
    });
  return {
    title: `Карточки адресов: ${BLACKMARK_KIND_LABELS[input.kind]} № ${input.raidId} от ${date}`,
    cards,
    footer: `${input.organisationName} · рейд № ${input.raidId} от ${date}`,
  };
}
