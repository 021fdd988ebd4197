/**
 * @file The effectiveness report (issue 16): for a period [from, to] (≤ 366 days) and each kind of action of
 * shared/reports/effect-kinds.ts — the accounts acted on (first action of the kind per account in the period; the
 * base is the overdue debt the journal stored with that entry, or the debt history's figure for that day when the
 * entry has none; no debt → left out), and per window of 7/30/60 days the share that paid ≥ 10 % of the base and
 * the sums paid, overall and by the base's bracket. Beside it the comparison group: accounts with overdue debt on
 * `from` and no action of any kind from (from − 60 days) to `to`, watched from `from`.
 *
 * Reads: one pass over the journal (effectiveness-sources.ts), the debt history for the bases it lacks and for the
 * comparison group, and each involved account's payments by payments_account_date_idx over its own span only.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { addDays, daysBetween } from '../../../shared/calendar/date-math';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { bracketOf, type BracketCode } from '../../../shared/registry/brackets';
import { EFFECT_KINDS, EFFECT_PAID_SHARE_PERCENT, EFFECT_WINDOWS } from '../../../shared/reports/effect-kinds';
import {
  GroupAccumulator,
  compareBracket,
  compareKind,
  epochDay,
  windowPayments,
  type PaymentSeries,
} from '../../../shared/reports/effectiveness-calc';
import type { EffectGroupFigures, EffectivenessReport } from '../../../shared/reports/effectiveness-types';
import { readBrackets } from '../repositories/brackets-repo';
import { forEachAccountAtDates } from './debt-at-dates';
import { COMPARISON_QUIET_DAYS, readActionSources, type FirstAction } from './effectiveness-sources';

export const EFFECTIVENESS_MAX_DAYS = 366;

/** Refuses a period the report cannot answer for; nothing is read or written. */
export function checkEffectPeriod(from: string, to: string): void {
  if (from > to) {
    throw new AppError('REPORT.BAD_PERIOD', 'Начало периода позже его конца. Отчёт не составлен, ничего не изменено.');
  }
  if (daysBetween(from, to) + 1 > EFFECTIVENESS_MAX_DAYS) {
    throw new AppError(
      'REPORT.TOO_LONG',
      `Период длиннее ${EFFECTIVENESS_MAX_DAYS} дней. Выберите период не больше года. Отчёт не составлен, ничего не изменено.`,
    );
  }
}

interface Observation {
  accountId: number;
  day: number;
  base: number;
  bracket: BracketCode;
}

/**
 * The debts the journal does not hold, in ONE pass of the debt history over every account: the bases of entries
 * without a stored debt (older entries, and the notices' accounts on their posting day), and every account's debt
 * on the period's first day for the comparison group.
 */
const NOTICE_INDEX = EFFECT_KINDS.findIndex((k) => k.journalKind === 'notice.posted');

function historyDebts(
  sqlite: Database.Database,
  first: Map<number, FirstAction>[],
  from: string,
): { filled: number; onFrom: Map<number, number> } {
  const needs = new Map<number, Array<{ kind: number; date: string }>>();
  const wanted = new Set<string>([from]);
  first.forEach((map, kind) => {
    for (const [id, a] of map)
      if (a.debtKopecks === null) {
        const list = needs.get(id) ?? [];
        list.push({ kind, date: a.date });
        needs.set(id, list);
        wanted.add(a.date);
      }
  });
  const days = [...wanted].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const fromIndex = index.get(from) as number;
  const onFrom = new Map<number, number>();
  let filled = 0;
  forEachAccountAtDates(sqlite, { kind: 'all' }, days, (a) => {
    const atFrom = a.balances[fromIndex] as number;
    if (atFrom > 0) onFrom.set(a.accountId, atFrom);
    for (const need of needs.get(a.accountId) ?? []) {
      const debt = Math.max(0, a.balances[index.get(need.date) as number] as number);
      const map = first[need.kind] as Map<number, FirstAction>;
      // A notice reaches the entrance's DEBTORS: a flat without debt that day was not acted on at all.
      if (need.kind === NOTICE_INDEX && debt === 0) map.delete(a.accountId);
      else map.set(a.accountId, { date: need.date, debtKopecks: debt });
      // Counted: journal entries that stored no debt (a notice never stores one: it is per entrance).
      if (debt > 0 && need.kind !== NOTICE_INDEX) filled += 1;
    }
  });
  // An account the history does not know (no summary) has no debt to measure.
  for (const [id, list] of needs)
    for (const need of list) {
      const map = first[need.kind] as Map<number, FirstAction>;
      if (map.get(id)?.debtKopecks !== null) continue;
      if (need.kind === NOTICE_INDEX) map.delete(id);
      else map.set(id, { date: need.date, debtKopecks: 0 });
    }
  return { filled, onFrom };
}

/** Above this many accounts one sequential pass over the payments beats a lookup per account. */
const BULK_PAYMENTS_FROM_ACCOUNTS = 10_000;

/**
 * Each account's payments dated in its (lo, hi]: a lookup per account by the (account_id, payment_date) index for
 * a few thousand accounts; for more, one sequential pass over the payments of the whole span (random lookups of
 * every debtor's rows cost more than reading the table in order).
 */
export function readPayments(
  sqlite: Database.Database,
  spans: Map<number, { lo: number; hi: number }>,
  mode: 'auto' | 'lookup' | 'bulk' = 'auto',
): Map<number, PaymentSeries> {
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const out = new Map<number, PaymentSeries>();
  if (mode === 'lookup' || (mode === 'auto' && spans.size <= BULK_PAYMENTS_FROM_ACCOUNTS)) {
    const stmt = sqlite
      .prepare(
        `SELECT payment_date, amount_kopecks FROM payments
         WHERE account_id = ? AND payment_date > ? AND payment_date <= ? ORDER BY payment_date`,
      )
      .raw();
    for (const [accountId, { lo, hi }] of spans) {
      const rows = stmt.all(accountId, iso(lo), iso(hi)) as [string, number][];
      if (rows.length === 0) continue;
      out.set(accountId, { days: rows.map((r) => epochDay(r[0])), amounts: rows.map((r) => r[1]) });
    }
    return out;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans.values()) {
    if (s.lo < lo) lo = s.lo;
    if (s.hi > hi) hi = s.hi;
  }
  const dayOf = new Map<string, number>();
  const rows = sqlite
    .prepare(
      `SELECT account_id, payment_date, amount_kopecks FROM payments NOT INDEXED WHERE payment_date > ? AND payment_date <= ?`,
    )
    .raw()
    .iterate(iso(lo), iso(hi)) as IterableIterator<[number, string, number]>;
  for (const [accountId, date, amount] of rows) {
    const span = spans.get(accountId);
    if (!span) continue;
    let day = dayOf.get(date);
    if (day === undefined) dayOf.set(date, (day = epochDay(date)));
    if (day <= span.lo || day > span.hi) continue;
    const series = out.get(accountId);
    if (!series) out.set(accountId, { days: [day], amounts: [amount] });
    else {
      series.days.push(day);
      series.amounts.push(amount);
    }
  }
  for (const series of out.values()) {
    const order = series.days.map((_, i) => i).sort((a, b) => (series.days[a] as number) - (series.days[b] as number));
    series.days = order.map((i) => series.days[i] as number);
    series.amounts = order.map((i) => series.amounts[i] as number);
  }
  return out;
}

export function effectivenessReport(
  sqlite: Database.Database,
  input: { from: string; to: string },
  nowMs: number,
): EffectivenessReport {
  const { from, to } = input;
  checkEffectPeriod(from, to);
  const today = isoDateInZone(nowMs);
  const todayDay = epochDay(today);
  const brackets = readBrackets(sqlite).filter((b) => b.code !== 'none');
  const labelOf = new Map(brackets.map((b) => [b.code, b.label]));
  const maxWindow = Math.max(...EFFECT_WINDOWS);

  const { first, touched } = readActionSources(sqlite, from, to);
  const history = historyDebts(sqlite, first, from);
  const baseFromHistory = history.filled;

  // Observations per kind, and each account's span of payments to read.
  const spans = new Map<number, { lo: number; hi: number }>();
  const widen = (id: number, day: number) => {
    const s = spans.get(id);
    if (!s) spans.set(id, { lo: day, hi: day + maxWindow });
    else {
      if (day < s.lo) s.lo = day;
      if (day + maxWindow > s.hi) s.hi = day + maxWindow;
    }
  };
  let skippedNoDebt = 0;
  const acted = new Set<number>();
  const observations: Observation[][] = first.map((map) => {
    const list: Observation[] = [];
    for (const [accountId, a] of map) {
      const base = a.debtKopecks ?? 0;
      if (base <= 0) {
        skippedNoDebt += 1;
        continue;
      }
      const day = epochDay(a.date);
      list.push({ accountId, day, base, bracket: bracketOf(base, brackets) });
      acted.add(accountId);
      widen(accountId, day);
    }
    return list;
  });

  const fromDay = epochDay(from);
  const comparison: Observation[] = [];
  for (const [accountId, debt] of history.onFrom) {
    if (debt <= 0 || touched.has(accountId)) continue;
    comparison.push({ accountId, day: fromDay, base: debt, bracket: bracketOf(debt, brackets) });
    widen(accountId, fromDay);
  }

  const payments = readPayments(sqlite, spans);

  const sum = (list: Observation[]) => {
    const all = new GroupAccumulator();
    const byBracket = new Map<BracketCode, GroupAccumulator>();
    for (const o of list) {
      const paid = windowPayments(payments.get(o.accountId), o.day);
      all.addPaid(o.base, o.day, paid, todayDay);
      let b = byBracket.get(o.bracket);
      if (!b) byBracket.set(o.bracket, (b = new GroupAccumulator()));
      b.addPaid(o.base, o.day, paid, todayDay);
    }
    const bracketFigures = new Map<BracketCode, EffectGroupFigures>();
    for (const br of brackets) {
      const acc = byBracket.get(br.code);
      if (acc) bracketFigures.set(br.code, acc.figures());
    }
    return { all: all.figures(), byBracket: bracketFigures };
  };

  const cmp = sum(comparison);
  const kinds = EFFECT_KINDS.map((k, i) => {
    const s = sum(observations[i] as Observation[]);
    return {
      code: k.code,
      label: k.label,
      measure: k.measure,
      ...compareKind(s.all, s.byBracket, cmp.byBracket),
      byBracket: [...s.byBracket].map(([bracket, g]) => ({
        bracket,
        bracketLabel: labelOf.get(bracket) ?? bracket,
        ...compareBracket(g, cmp.byBracket.get(bracket)),
      })),
    };
  });

  return {
    from,
    to,
    today,
    windows: [...EFFECT_WINDOWS],
    paidSharePercent: EFFECT_PAID_SHARE_PERCENT,
    brackets: brackets.map((b) => ({ code: b.code, label: b.label })),
    kinds,
    comparison: {
      startDate: from,
      quietFrom: addDays(from, -COMPARISON_QUIET_DAYS),
      ...cmp.all,
      byBracket: [...cmp.byBracket].map(([bracket, g]) => ({
        bracket,
        bracketLabel: labelOf.get(bracket) ?? bracket,
        ...g,
      })),
    },
    totals: {
      accounts: acted.size,
      entries: observations.reduce((n, l) => n + l.length, 0),
      skippedNoDebt,
      baseFromHistory,
    },
  };
}
