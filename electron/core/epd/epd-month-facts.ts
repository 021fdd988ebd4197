/**
 * @file What the ЕПД says about one account's penalty of a month, read off the month's penalty lines (stored by
 * the monthly run, measure 4): which case it is, the base, the days, the rates and fractions, and the month's
 * lines grouped into pieces «base for N days» per fraction — the facts the explanation text and the coverage
 * report are both made of, so the two never disagree.
 *
 * The cases: 'charged' — some day of the month bore penalty; 'moratorium' — overdue debt, but every day with
 * penalty due fell under a moratorium; 'grace' — overdue debt, but every overdue month was within its 30 free
 * days; 'none' — nothing was overdue in the month.
 */
import type { MonthPenaltyLine } from '../penalty/monthly-penalty-compute';
import { dayNumber } from '../../../shared/rules/penalty/day-count';

export type EpdMonthCase = 'charged' | 'moratorium' | 'grace' | 'none';

/** Lines of one fraction and rate over the same days, their bases added: «3 000,00 за 13 дн.». */
export interface EpdPiece {
  baseKopecks: number;
  days: number;
  from: string;
}

/** All pieces of one fraction and rate, and the penalty they bear in the month. */
export interface EpdFractionGroup {
  fraction: string;
  rateBasisPoints: number;
  pieces: EpdPiece[];
  penaltyKopecks: number;
}

export interface EpdMonthFacts {
  case: EpdMonthCase;
  /**
   * Debt the case is about, at its largest on one day of the month: penalty-bearing debt ('charged'), debt under
   * the moratorium ('moratorium'), debt in its free days ('grace'); 0 for 'none'.
   */
  baseKopecks: number;
  /** Whether that debt changed during the month (a payment, a month reaching day 31): then it reads «до …». */
  baseVaried: boolean;
  /** Days of the month that bore penalty ('charged'), or were overdue ('grace', 'moratorium'). */
  days: number;
  /** Distinct rates of the penalty-bearing lines, ascending, in basis points. */
  rates: number[];
  /** Distinct fractions of the penalty-bearing lines: '1/300' before '1/130'. */
  fractions: string[];
  groups: EpdFractionGroup[];
  /** Moratoria with the days of the month they covered (any debt). */
  moratoria: Array<{ id: string; days: number }>;
}

const FRACTION_ORDER = (f: string): number => {
  const den = Number(f.split('/')[1] ?? 0);
  return den === 0 ? 0 : -den;
};

function bears(l: MonthPenaltyLine): boolean {
  return l.fraction !== '0' && l.moratoriumId === null;
}

/** Days of the union of the lines' day ranges. */
function unionDays(lines: readonly MonthPenaltyLine[]): number {
  const ranges = lines.map((l) => [dayNumber(l.from), dayNumber(l.to)] as const).sort((a, b) => a[0] - b[0]);
  let days = 0;
  let end = -Infinity;
  for (const [from, to] of ranges) {
    if (to <= end) continue;
    days += to - Math.max(from, end + 1) + 1;
    end = to;
  }
  return days;
}

/** The largest sum of the lines' bases on one day, and whether that sum differed between the covered days. */
function peakBase(lines: readonly MonthPenaltyLine[]): { peak: number; varied: boolean } {
  const events = new Map<number, number>();
  for (const l of lines) {
    const from = dayNumber(l.from);
    const after = dayNumber(l.to) + 1;
    events.set(from, (events.get(from) ?? 0) + l.baseKopecks);
    events.set(after, (events.get(after) ?? 0) - l.baseKopecks);
  }
  const days = [...events.keys()].sort((a, b) => a - b);
  let sum = 0;
  let peak = 0;
  const levels = new Set<number>();
  for (let i = 0; i < days.length - 1; i++) {
    sum += events.get(days[i] as number) ?? 0;
    if (sum > 0) levels.add(sum);
    if (sum > peak) peak = sum;
  }
  return { peak, varied: levels.size > 1 };
}

function groupsOf(lines: readonly MonthPenaltyLine[]): EpdFractionGroup[] {
  const groups = new Map<string, EpdFractionGroup & { byDays: Map<string, EpdPiece> }>();
  for (const l of lines) {
    const key = `${l.fraction}|${l.rateBasisPoints}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        fraction: l.fraction,
        rateBasisPoints: l.rateBasisPoints,
        pieces: [],
        penaltyKopecks: 0,
        byDays: new Map(),
      };
      groups.set(key, g);
    }
    g.penaltyKopecks += l.penaltyKopecks;
    const span = `${l.from}|${l.to}`;
    const piece = g.byDays.get(span);
    if (piece) piece.baseKopecks += l.baseKopecks;
    else g.byDays.set(span, { baseKopecks: l.baseKopecks, days: l.days, from: l.from });
  }
  return [...groups.values()]
    .map(({ byDays, ...g }) => ({
      ...g,
      pieces: [...byDays.values()].sort((a, b) => a.from.localeCompare(b.from) || b.baseKopecks - a.baseKopecks),
    }))
    .sort((a, b) => FRACTION_ORDER(a.fraction) - FRACTION_ORDER(b.fraction) || a.rateBasisPoints - b.rateBasisPoints);
}

export function epdMonthFacts(lines: readonly MonthPenaltyLine[], accruedKopecks: number): EpdMonthFacts {
  const bearing = lines.filter(bears);
  const moratoriumLines = lines.filter((l) => l.moratoriumId !== null);
  const moratoria = new Map<string, MonthPenaltyLine[]>();
  for (const l of moratoriumLines)
    moratoria.set(l.moratoriumId as string, [...(moratoria.get(l.moratoriumId as string) ?? []), l]);
  const kase: EpdMonthCase =
    bearing.length > 0 || accruedKopecks !== 0
      ? 'charged'
      : moratoriumLines.length > 0
        ? 'moratorium'
        : lines.length > 0
          ? 'grace'
          : 'none';
  const about = kase === 'charged' ? bearing : lines;
  const { peak, varied } = peakBase(about);
  return {
    case: kase,
    baseKopecks: peak,
    baseVaried: varied,
    days: unionDays(about),
    rates: [...new Set(bearing.map((l) => l.rateBasisPoints))].sort((a, b) => a - b),
    fractions: [...new Set(bearing.map((l) => l.fraction))].sort((a, b) => FRACTION_ORDER(a) - FRACTION_ORDER(b)),
    groups: groupsOf(bearing),
    moratoria: [...moratoria].map(([id, ls]) => ({ id, days: unionDays(ls) })),
  };
}
