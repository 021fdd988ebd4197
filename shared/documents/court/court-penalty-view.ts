/**
 * @file The court-ready «Расчёт пени» as display strings (shared, pure). What a lawyer found missing in the claims'
 * calculation is here: the debtor's name, account and address at the top; the due date of each month; a row for
 * each payment (date, sum, the month it paid); the formula of each line «база × дни × доля × ставка» so a judge can
 * redo it by hand; months past the limitation set apart; the account's total and the debtor's share; the signer.
 * Lines and totals are the facts' own (the engine rounds once per line — shared/rules/penalty/rational.ts).
 */
import type { CaseFacts } from '../../court/court-case-facts';
import { formatRuDate } from '../../dates/iso-date';
import { addDays } from '../../calendar/date-math';
import type { PenaltyLine } from '../../rules/penalty/penalty-types';
import { formatBasisPoints, formatFraction } from '../../rules/penalty/rational';
import { rublesKopecksText, rublesText } from '../money-text';
import { periodWords } from '../../dates/period-words';
import { penaltyMonthText } from '../penalty-calculation/penalty-calculation-view';
import { calculationFacts, calculationSigner, type CalculationSigner } from './debt-calculation-view';
import { courtTypeset } from './court-text';
import type { CourtTable } from './court-table';

export interface CourtPenaltyView {
  title: string;
  subtitle: string;
  facts: Array<{ label: string; value: string }>;
  legalBasis: string[];
  /** Null when no day of the included months bears penalty: then `emptyText` says so. */
  table: CourtTable | null;
  emptyText: string | null;
  paymentsTitle: string;
  /** Null when nothing was paid in the period: then `noPayments` says so. */
  payments: CourtTable | null;
  noPayments: string | null;
  barredTitle: string | null;
  barredTable: CourtTable | null;
  barredNote: string | null;
  totals: Array<{ label: string; value: string; bold: boolean }>;
  notes: string[];
  signer: CalculationSigner;
}

const COLUMNS = [
  'Месяц',
  'Срок оплаты',
  'Долг, руб.',
  'Просрочка с',
  'по',
  'Дней',
  'Расчёт: база × дни × доля × ставка',
  'Пени, руб.',
];
const WIDTHS = [8, 10.5, 10.5, 10.5, 10.5, 6, 33, 11];
const NUMERIC = [false, false, true, false, false, true, false, true];

/** «3 800,00 × 60 × 1/300 × 9,5 %»; a grace or moratorium line says why it bears nothing. */
export function penaltyFormula(line: PenaltyLine): string {
  if (line.moratorium) return `мораторий${line.moratoriumId ? ` (${line.moratoriumId})` : ''}: пени не начисляются`;
  if (line.fraction.num === 0) return '1–30-й дни просрочки: пени не начисляются';
  return `${rublesText(line.baseKopecks)} × ${line.days} × ${formatFraction(line.fraction)} × ${formatBasisPoints(line.rateBasisPoints)}`;
}

function lineTable(f: CaseFacts, lines: readonly PenaltyLine[], total: number, markBarred: boolean): CourtTable {
  const due = new Map(f.months.map((m) => [m.period, m.dueDate]));
  const barred = new Set(f.months.filter((m) => m.timeBarred).map((m) => m.period));
  return {
    columns: COLUMNS,
    widths: WIDTHS,
    numeric: NUMERIC,
    rows: [
      ...lines.map((l) => ({
        cells: [
          `${penaltyMonthText(l)}${markBarred && barred.has(l.period) ? '*' : ''}`,
          // A month outside the claim's principal (paid late, its penalty still owed): the due date is the day before
          // the line's first day of delay.
          formatRuDate(due.get(l.period) ?? addDays(l.from, -l.delayDayFrom)),
          rublesText(l.baseKopecks),
          formatRuDate(l.from),
          formatRuDate(l.to),
          String(l.days),
          penaltyFormula(l),
          rublesText(l.penaltyKopecks),
        ],
        ...(l.moratorium || l.fraction.num === 0 ? { style: 'muted' as const } : {}),
      })),
      { cells: ['Итого', '', '', '', '', '', '', rublesText(total)], style: 'bold' as const },
    ],
  };
}

export function buildCourtPenaltyView(f: CaseFacts): CourtPenaltyView {
  const excluded = new Set(f.months.filter((m) => !m.included).map((m) => m.period));
  const inLines = f.penaltyLines.filter((l) => !excluded.has(l.period));
  const outLines = f.penaltyLines.filter((l) => excluded.has(l.period));
  const barredMonths = f.months.filter((m) => !m.included);
  const barredIncluded = f.months.some((m) => m.included && m.timeBarred);
  const moratoria = [
    ...new Set(f.penaltyLines.filter((l) => l.moratorium && l.moratoriumId).map((l) => l.moratoriumId as string)),
  ];
  const totals: CourtPenaltyView['totals'] = [
    {
      label: `Пени по лицевому счёту на ${formatRuDate(f.asOfDate)}`,
      value: rublesKopecksText(f.accountPenaltyKopecks),
      bold: !f.shareText,
    },
  ];
  if (f.shareText) {
    totals.push({
      label: `Доля ${f.shareText}: ${rublesText(f.accountPenaltyKopecks)} × ${f.shareText} =`,
      value: rublesKopecksText(f.penaltyKopecks),
      bold: true,
    });
  } else if (f.penaltyKopecks !== f.accountPenaltyKopecks) {
    totals.push({ label: 'Подлежит взысканию с должника', value: rublesKopecksText(f.penaltyKopecks), bold: true });
  }
  const notes: string[] = [];
  if (barredIncluded)
    notes.push(
      `* Месяц, по которому истёк срок исковой давности, включён в расчёт${f.timeBarredNote ? `: ${f.timeBarredNote}` : '.'}`,
    );
  if (moratoria.length > 0)
    notes.push(
      `Дни моратория (${moratoria.join(', ')}) показаны отдельными строками без пени; счёт дней просрочки продолжается.`,
    );
  notes.push('Пени каждой строки округлены до копейки один раз; итог равен сумме строк.');
  return {
    title: 'РАСЧЁТ ПЕНИ',
    subtitle: 'за несвоевременную оплату жилого помещения и коммунальных услуг (ч. 14 ст. 155 ЖК РФ)',
    facts: calculationFacts(f).map((x) => ({ ...x, value: courtTypeset(x.value) })),
    legalBasis: [
      'Пени начисляются с 31-го дня просрочки по 90-й день в размере 1/300, с 91-го дня — 1/130 ставки рефинансирования (ключевой ставки) Банка России от не выплаченной в срок суммы за каждый день просрочки (ч. 14 ст. 155 ЖК РФ). Дни просрочки считаются со дня, следующего за сроком оплаты.',
    ].map(courtTypeset),
    table: inLines.length > 0 ? lineTable(f, inLines, f.accountPenaltyKopecks, true) : null,
    emptyText: inLines.length > 0 ? null : `На ${formatRuDate(f.asOfDate)} пени по включённым месяцам не начислены.`,
    paymentsTitle: 'Оплаты, учтённые в расчёте',
    payments:
      f.payments.length > 0
        ? {
            columns: ['Дата оплаты', 'Сумма, руб.', 'Зачтена в счёт месяца'],
            widths: [20, 20, 60],
            numeric: [false, true, false],
            rows: f.payments.map((p) => ({
              cells: [
                formatRuDate(p.date),
                rublesText(p.kopecks),
                p.period ? periodWords(p.period) : 'аванс (в счёт будущих начислений)',
              ],
            })),
          }
        : null,
    noPayments: f.payments.length > 0 ? null : 'Оплат за период расчёта не поступало.',
    barredTitle:
      barredMonths.length > 0 ? 'Месяцы за пределами срока исковой давности — не включены в расчёт пени' : null,
    barredTable:
      outLines.length > 0
        ? lineTable(
            f,
            outLines,
            outLines.reduce((s, l) => s + l.penaltyKopecks, 0),
            false,
          )
        : null,
    barredNote:
      barredMonths.length > 0
        ? courtTypeset(
            `Не включены: ${barredMonths.map((m) => `${periodWords(m.period)} (срок оплаты ${formatRuDate(m.dueDate)})`).join(', ')}.`,
          )
        : null,
    totals: totals.map((t) => ({ ...t, label: courtTypeset(t.label), value: courtTypeset(t.value) })),
    notes: notes.map(courtTypeset),
    signer: calculationSigner(f),
  };
}
