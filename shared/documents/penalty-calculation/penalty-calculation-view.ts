/**
 * @file The «Расчёт пени» document as display strings (shared, pure): built from the engine's result and the
 * account's facts. Templates (the PDF, the card's table) only lay these strings out — they never compute money,
 * so a figure on the screen and in the court's copy cannot differ.
 */
import type { AccountPenalty } from '../../api/contract-penalty';
import { formatRuDate } from '../../dates/iso-date';
import type { PenaltyLine } from '../../rules/penalty/penalty-types';
import { formatBasisPoints, formatFraction } from '../../rules/penalty/rational';
import { rublesKopecksText, rublesText } from '../money-text';

/** The table's columns, in the order courts are used to reading them. */
export const PENALTY_COLUMNS = [
  'Расчётный месяц',
  'Задолженность, руб.',
  'Период просрочки с',
  'по',
  'Дней',
  'Ставка',
  'Доля ставки',
  'Мораторий',
  'Пени, руб.',
] as const;

export type PenaltyCells = [string, string, string, string, string, string, string, string, string];

export interface PenaltyCalculationRow {
  cells: PenaltyCells;
  /** Days under a moratorium: printed, but they bear nothing. */
  moratorium: boolean;
}

export interface PenaltyCalculationView {
  title: string;
  organisation: string;
  facts: Array<{ label: string; value: string }>;
  legalBasis: string[];
  columns: readonly string[];
  rows: PenaltyCalculationRow[];
  totalCells: PenaltyCells;
  /** Shown instead of the table when no day bears penalty. */
  emptyText: string | null;
  rateDates: string[];
  moratoria: string[];
  tablesLine: string;
  totalText: string;
  compiledBy: string;
}

/** Who issues the document (the settings of the organisation). */
export interface PenaltyDocumentIssuer {
  organisationName: string;
  responsiblePerson: string;
}

/** «03.2024», «03.2024 (капремонт)». */
export function penaltyMonthText(line: Pick<PenaltyLine, 'period' | 'kind'>): string {
  const [y, m] = line.period.split('-');
  const month = y && m ? `${m}.${y}` : line.period;
  return line.kind === 'capital_repair' ? `${month} (капремонт)` : month;
}

/** The cells of one line, as both the PDF and the card show them. */
export function penaltyLineCells(line: PenaltyLine): PenaltyCells {
  return [
    penaltyMonthText(line),
    rublesText(line.baseKopecks),
    formatRuDate(line.from),
    formatRuDate(line.to),
    String(line.days),
    formatBasisPoints(line.rateBasisPoints),
    formatFraction(line.fraction),
    line.moratorium ? (line.moratoriumId ?? 'да') : '—',
    rublesText(line.penaltyKopecks),
  ];
}

export function buildPenaltyCalculationView(p: AccountPenalty, issuer: PenaltyDocumentIssuer): PenaltyCalculationView {
  return {
    title: `Расчёт пени по лицевому счёту № ${p.accountNumber}`,
    organisation: issuer.organisationName,
    facts: [
      { label: 'Адрес помещения', value: p.address },
      {
        label: 'Управляющая организация',
        value: p.companyInn ? `${p.companyName}, ИНН ${p.companyInn}` : p.companyName,
      },
      { label: 'Дата расчёта', value: formatRuDate(p.calculationDate) },
    ],
    legalBasis: p.legalBasis,
    columns: PENALTY_COLUMNS,
    rows: p.lines.map((l) => ({ cells: penaltyLineCells(l), moratorium: l.moratorium })),
    // No day total: months overlap in time, so a sum of their days would mean nothing to the reader.
    totalCells: ['Итого', '', '', '', '', '', '', '', rublesText(p.totalKopecks)],
    emptyText:
      p.lines.length === 0 ? 'На дату расчёта просроченной задолженности, на которую начисляются пени, нет.' : null,
    rateDates: groupRateDates(p),
    moratoria: p.moratoria.map((m) => `${m.id} — ${m.text}`),
    tablesLine: `Правовые таблицы (ставки, постановления, моратории): версия ${p.tablesVersion}, сведения по ${formatRuDate(p.tablesAsOf)}.`,
    totalText: `Сумма пени: ${rublesKopecksText(p.totalKopecks)}`,
    compiledBy: issuer.responsiblePerson,
  };
}

/**
 * Under the payment-day rule every late payment is a rate date; listing each with its full source would fill
 * pages with one sentence. Dates that share the same rate and source are printed as one entry.
 */
function groupRateDates(p: AccountPenalty): string[] {
  const byText = new Map<string, string[]>();
  for (const r of p.rateDates) {
    const dates = byText.get(r.text) ?? [];
    dates.push(formatRuDate(r.date));
    byText.set(r.text, dates);
  }
  return [...byText].map(([text, dates]) => `${dates.length === 1 ? 'на' : 'на даты'} ${dates.join(', ')}: ${text}`);
}
