/**
 * @file The penalty engine (shared, pure): ЖК РФ ст.155 ч.14 (ЖКУ) and ч.14.1 (capital repair) for a citizen's
 * account, from charges, payments, the calculation day (the injected «today») and the legal tables.
 *
 * [Note: penalty engine]
 * - Each billing month (per kind) is its own obligation with its own due date and day counter
 *   (docs/legal-notes.md § Penalty — day counting).
 * - Payments are allocated in date order (./allocate-payments). A paid part bears penalty up to and including its
 *   payment day («по день фактической оплаты»); the unpaid rest up to the calculation day.
 * - Rate (default 'payment-day'): each paid part at the rate on its payment day, the unpaid rest at the rate on
 *   the calculation day, both through the 2022–2026 decrees (docs/legal-notes.md § Penalty — rate, example EX1c).
 * - Each day of delay takes its fraction from the scale in force on that day (0 / 1/300 / 1/130; ч.14 before 2016
 *   and ч.14.1: 1/300 from day 1). Moratorium days bear nothing, but the delay-day counter runs on.
 * - Lines: a new line starts whenever the scale, the fraction, the moratorium or the outstanding parts change; in
 *   a line, parts with the same rate are one base (a 1 000 ₽ balance at 9.5 % is one line, as in EX1), parts at
 *   different rates are separate lines. Each line is rounded once ([Note: one rounding per line] in ./rational);
 *   the total is the sum of the lines. Penalty is never charged on penalty: bases are charges only.
 */
import { formatRuDate, type IsoDate } from '../../dates/iso-date';
import {
  allocatePayments,
  kindName,
  obligationHeading,
  obligationWords,
  type AllocObligation,
} from './allocate-payments';
import { dayNumber, fromDayNumber } from './day-count';
import { dueDateFor, type DueDate } from './due-date';
import { rateText, traceDays } from './penalty-trace';
import {
  fractionFor,
  moratoriumOn,
  penaltyRateOn,
  scaleOn,
  type ChargeKind,
  type MoratoriumRow,
  type PenaltyRate,
  type PenaltyScaleRow,
  type PenaltyTables,
} from './legal-tables';
import type {
  ObligationSummary,
  PenaltyInput,
  PenaltyLine,
  PenaltyOptions,
  PenaltyReason,
  PenaltyResult,
} from './penalty-types';
import { formatKopecks, linePenaltyKopecks, type Fraction } from './rational';

/** A part of one obligation that bears penalty up to `lastDay` (a day number) at one rate. */
interface Piece {
  amountKopecks: number;
  lastDay: number;
  rateDate: IsoDate;
  rate: PenaltyRate;
}

interface Group {
  basisPoints: number;
  baseKopecks: number;
  rateDates: IsoDate[];
}

interface Run {
  key: string;
  from: number;
  to: number;
  firstDelayDay: number;
  scale: PenaltyScaleRow;
  fraction: Fraction;
  moratorium: MoratoriumRow | null;
  groups: Group[];
}

/** «Срок оплаты за декабрь 2021: …» → «Срок оплаты за декабрь 2021 (капремонт): …». */
function withKind(dueText: string, kind: ChargeKind): string {
  const colon = dueText.indexOf(':');
  return colon < 0 ? dueText : `${dueText.slice(0, colon)} (${kindName(kind)})${dueText.slice(colon)}`;
}

const KIND_ORDER: Record<ChargeKind, number> = { housing: 0, capital_repair: 1 };

export function calculatePenalty(
  input: PenaltyInput,
  tables: PenaltyTables,
  options: PenaltyOptions = {},
): PenaltyResult {
  const rateDateRule = options.rateDateRule ?? 'payment-day';
  const explain = options.reasons ?? true;
  const calc = input.calculationDate;
  const reasons: PenaltyReason[] = [];

  const sums = new Map<string, { period: string; kind: ChargeKind; amount: number }>();
  for (const c of input.charges) {
    const kind = c.kind ?? 'housing';
    const key = `${c.period}/${kind}`;
    const prev = sums.get(key);
    sums.set(key, { period: c.period, kind, amount: (prev?.amount ?? 0) + c.amountKopecks });
  }
  const obligations: AllocObligation[] = [];
  // One due-date line per month: when the housing charge and the capital-repair contribution of a month fall due
  // on the same day for the same reason, the clerk reads it once, not twice word for word.
  const dueSaid = new Map<string, { reason: string; line: PenaltyReason; kinded: boolean }>();
  for (const [key, s] of [...sums].sort(([, a], [, b]) =>
    a.period === b.period ? KIND_ORDER[a.kind] - KIND_ORDER[b.kind] : a.period < b.period ? -1 : 1,
  )) {
    if (s.amount <= 0) {
      if (explain)
        reasons.push({
          code: 'EMPTY_CHARGE',
          period: s.period,
          kind: s.kind,
          text: `Начисление за ${obligationWords(s.period, s.kind)} равно нулю — пени не начисляются`,
        });
      continue;
    }
    const due = cachedDueDate(s.period, s.kind, tables, input.contractDueDay);
    if (explain) {
      const said = dueSaid.get(s.period);
      if (said === undefined) {
        const line: PenaltyReason = { code: 'DUE_DATE', period: s.period, kind: s.kind, text: due.reason };
        dueSaid.set(s.period, { reason: due.reason, line, kinded: false });
        reasons.push(line);
      } else if (said.reason !== due.reason) {
        // Another due day for the other kind: each line names its kind.
        if (!said.kinded && said.line.kind) said.line.text = withKind(said.line.text, said.line.kind);
        said.kinded = true;
        reasons.push({ code: 'DUE_DATE', period: s.period, kind: s.kind, text: withKind(due.reason, s.kind) });
      }
    }
    obligations.push({ key, period: s.period, kind: s.kind, amountKopecks: s.amount, lastPayDay: due.lastPayDay });
  }

  const counted = input.payments.filter((p) => p.date <= calc);
  for (const p of input.payments) {
    if (explain && p.date > calc)
      reasons.push({
        code: 'PAYMENT_AFTER_CALCULATION',
        text: `Оплата ${formatRuDate(p.date)} ${formatKopecks(p.amountKopecks)} позже дня расчёта ${formatRuDate(calc)} — не учтена`,
      });
  }
  const allocation = allocatePayments(obligations, counted, explain);
  if (explain) for (const text of allocation.reasons) reasons.push({ code: 'ALLOCATION', text });
  // Parts by obligation, once: filtering all parts per obligation was quadratic in a long history.
  const partsByKey = new Map<string, typeof allocation.parts>();
  for (const part of allocation.parts) {
    const list = partsByKey.get(part.obligationKey);
    if (list) list.push(part);
    else partsByKey.set(part.obligationKey, [part]);
  }

  // The rate dates this calculation used (for the stale-tables warning); the rates themselves are remembered per
  // tables object across calculations.
  const rateDates = new Set<IsoDate>();
  const rateOn = (date: IsoDate): PenaltyRate => {
    rateDates.add(date);
    return cachedRate(tables, date);
  };

  const lines: PenaltyLine[] = [];
  const summaries: ObligationSummary[] = [];
  for (const o of obligations) {
    const tag = { period: o.period, kind: o.kind };
    const parts = partsByKey.get(o.key) ?? [];
    const paid = parts.reduce((s, p) => s + p.amountKopecks, 0);
    const pieces: Piece[] = [];
    for (const part of parts) {
      if (part.paidOn <= o.lastPayDay) {
        if (explain)
          reasons.push({
            ...tag,
            code: 'PAID_ON_TIME',
            text: `${obligationHeading(o.period, o.kind)}: ${formatKopecks(part.amountKopecks)} оплачено ${formatRuDate(part.paidOn)}, в срок — без пени`,
          });
        continue;
      }
      const rateDate = rateDateRule === 'payment-day' ? part.paidOn : calc;
      const rate = rateOn(rateDate);
      pieces.push({ amountKopecks: part.amountKopecks, lastDay: dayNumber(part.paidOn), rateDate, rate });
      if (!explain) continue;
      const when = rateDateRule === 'payment-day' ? 'на день оплаты' : `на день расчёта ${formatRuDate(calc)}`;
      reasons.push({
        ...tag,
        code: 'RATE',
        text: `${obligationHeading(o.period, o.kind)}: часть ${formatKopecks(part.amountKopecks)}, оплаченная ${formatRuDate(part.paidOn)}, — ставка ${when}: ${rateText(rate, rateDate)}`,
      });
    }
    const unpaid = o.amountKopecks - paid;
    if (unpaid > 0 && calc > o.lastPayDay) {
      const rate = rateOn(calc);
      pieces.push({ amountKopecks: unpaid, lastDay: dayNumber(calc), rateDate: calc, rate });
      if (explain)
        reasons.push({
          ...tag,
          code: 'RATE',
          text: `${obligationHeading(o.period, o.kind)}: неоплаченный остаток ${formatKopecks(unpaid)} — ставка на день расчёта ${formatRuDate(calc)}: ${rateText(rate, calc)}`,
        });
    }
    const own = linesFor(o, pieces, tables);
    lines.push(...own);
    if (explain) reasons.push(...traceDays(o, own, pieces, tables));
    summaries.push({
      period: o.period,
      kind: o.kind,
      amountKopecks: o.amountKopecks,
      lastPayDay: o.lastPayDay,
      paidKopecks: paid,
      unpaidKopecks: unpaid,
      penaltyKopecks: own.reduce((s, l) => s + l.penaltyKopecks, 0),
    });
  }

  const lateRateDate = [...rateDates]
    .filter((d) => d > tables.asOf)
    .sort()
    .pop();
  if (explain && lateRateDate)
    reasons.push({
      code: 'TABLES_STALE',
      text: `Ставка на ${formatRuDate(lateRateDate)} взята из последней известной записи: таблицы заполнены по ${formatRuDate(tables.asOf)} — проверьте, не было ли новых решений Банка России`,
    });

  return {
    calculationDate: calc,
    tablesVersion: tables.version,
    totalKopecks: lines.reduce((s, l) => s + l.penaltyKopecks, 0),
    lines,
    reasons,
    obligations: summaries,
    advanceKopecks: allocation.advanceKopecks,
  };
}

const rateCache = new WeakMap<PenaltyTables, Map<IsoDate, PenaltyRate>>();

function cachedRate(tables: PenaltyTables, date: IsoDate): PenaltyRate {
  let cache = rateCache.get(tables);
  if (!cache) rateCache.set(tables, (cache = new Map()));
  let rate = cache.get(date);
  if (!rate) cache.set(date, (rate = penaltyRateOn(tables, date)));
  return rate;
}

const dueDateCache = new WeakMap<PenaltyTables, Map<string, DueDate>>();

/** dueDateFor, remembered per tables object: a district run asks for the same few hundred months again and again. */
function cachedDueDate(period: string, kind: ChargeKind, tables: PenaltyTables, contractDueDay?: number): DueDate {
  let cache = dueDateCache.get(tables);
  if (!cache) dueDateCache.set(tables, (cache = new Map()));
  const key = `${period}/${kind}/${contractDueDay ?? ''}`;
  let due = cache.get(key);
  if (!due) cache.set(key, (due = dueDateFor(period, kind, tables, contractDueDay)));
  return due;
}

/**
 * Cuts the days of delay of one obligation into lines (see [Note: penalty engine]).
 *
 * [Note: walking by breakpoints] Everything a line depends on — the scale (changes on a scale row's validFrom), the
 * fraction (on a band's first delay day), the moratorium (on its first day and the day after its last), the
 * outstanding parts (the day after a part's last day) — is constant between the days where one of those rows
 * starts or ends. So instead of visiting each of up to ~3 650 days of an old debt, the walk visits only those
 * breakpoints and gives the same lines as a day-by-day walk: a district's five-year recalculation went from
 * hours of day visits to a few per obligation.
 */
function linesFor(o: AllocObligation, pieces: readonly Piece[], tables: PenaltyTables): PenaltyLine[] {
  if (pieces.length === 0) return [];
  const start = dayNumber(o.lastPayDay) + 1;
  let end = start - 1;
  for (const p of pieces) if (p.lastDay > end) end = p.lastDay;
  // Paid parts first, in payment order, then the unpaid rest: the order the lines are printed in.
  const ordered = [...pieces].sort((a, b) => (a.rateDate === b.rateDate ? 0 : a.rateDate < b.rateDate ? -1 : 1));
  const cuts = breakpoints(o.kind, ordered, tables, start, end);
  const out: PenaltyLine[] = [];
  let run: Run | null = null;
  for (let i = 0; i < cuts.length; i++) {
    const d = cuts[i] as number;
    const segmentEnd = i + 1 < cuts.length ? (cuts[i + 1] as number) - 1 : end;
    const date = fromDayNumber(d);
    const delayDay = d - start + 1;
    const scale = scaleOn(tables, date, o.kind);
    const fraction = fractionFor(scale, delayDay);
    const moratorium = moratoriumOn(tables, date, o.period);
    const groups = groupByRate(ordered.filter((p) => p.lastDay >= d));
    const key = [
      scale.id,
      `${fraction.num}/${fraction.den}`,
      moratorium?.id ?? '',
      ...groups.map((g) => `${g.basisPoints}:${g.baseKopecks}`),
    ].join('|');
    if (run && run.key === key) {
      run.to = segmentEnd;
      continue;
    }
    if (run) out.push(...runLines(o, run));
    run = { key, from: d, to: segmentEnd, firstDelayDay: delayDay, scale, fraction, moratorium, groups };
  }
  if (run) out.push(...runLines(o, run));
  return out;
}

/** Day numbers of the tables' rows, computed once per tables object. */
interface TableDays {
  scaleFrom: Map<ChargeKind, number[]>;
  scaleBandDays: Map<ChargeKind, number[]>;
  moratoriumEdges: number[];
}

const tableDaysCache = new WeakMap<PenaltyTables, TableDays>();

function tableDays(tables: PenaltyTables): TableDays {
  let days = tableDaysCache.get(tables);
  if (days) return days;
  days = { scaleFrom: new Map(), scaleBandDays: new Map(), moratoriumEdges: [] };
  for (const s of tables.scales) {
    days.scaleFrom.set(s.kind, [...(days.scaleFrom.get(s.kind) ?? []), dayNumber(s.validFrom)]);
    const bandDays = new Set([...(days.scaleBandDays.get(s.kind) ?? []), ...s.bands.map((b) => b.fromDelayDay)]);
    days.scaleBandDays.set(s.kind, [...bandDays]);
  }
  for (const m of tables.moratoria) days.moratoriumEdges.push(dayNumber(m.validFrom), dayNumber(m.validTo) + 1);
  tableDaysCache.set(tables, days);
  return days;
}

/** The first day and every day in (start, end] where a line may change ([Note: walking by breakpoints]), ascending. */
function breakpoints(
  kind: ChargeKind,
  pieces: readonly Piece[],
  tables: PenaltyTables,
  start: number,
  end: number,
): number[] {
  const t = tableDays(tables);
  const cuts = new Set<number>([start]);
  const add = (d: number): void => {
    if (d > start && d <= end) cuts.add(d);
  };
  for (const d of t.scaleFrom.get(kind) ?? []) add(d);
  for (const delayDay of t.scaleBandDays.get(kind) ?? []) add(start + delayDay - 1);
  for (const d of t.moratoriumEdges) add(d);
  for (const p of pieces) add(p.lastDay + 1);
  return [...cuts].sort((a, b) => a - b);
}

function groupByRate(pieces: readonly Piece[]): Group[] {
  const groups = new Map<number, Group>();
  for (const p of pieces) {
    const g = groups.get(p.rate.basisPoints);
    if (!g)
      groups.set(p.rate.basisPoints, {
        basisPoints: p.rate.basisPoints,
        baseKopecks: p.amountKopecks,
        rateDates: [p.rateDate],
      });
    else {
      g.baseKopecks += p.amountKopecks;
      if (!g.rateDates.includes(p.rateDate)) g.rateDates.push(p.rateDate);
    }
  }
  return [...groups.values()];
}

function runLines(o: AllocObligation, run: Run): PenaltyLine[] {
  const days = run.to - run.from + 1;
  return run.groups.map((g) => ({
    period: o.period,
    kind: o.kind,
    from: fromDayNumber(run.from),
    to: fromDayNumber(run.to),
    days,
    delayDayFrom: run.firstDelayDay,
    delayDayTo: run.firstDelayDay + days - 1,
    baseKopecks: g.baseKopecks,
    rateBasisPoints: g.basisPoints,
    rateDates: [...g.rateDates],
    fraction: run.fraction,
    moratorium: run.moratorium !== null,
    moratoriumId: run.moratorium?.id ?? null,
    scaleId: run.scale.id,
    penaltyKopecks: run.moratorium ? 0 : linePenaltyKopecks(g.baseKopecks, days, g.basisPoints, run.fraction),
  }));
}
