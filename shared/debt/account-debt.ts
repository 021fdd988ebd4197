/**
 * @file One debt position per account, as the law counts it (shared, pure): for each billing month and service —
 * the charge, the payments allocated to it, its due date, its creditor and its limitation — and, derived from
 * them, the OVERDUE debt (the due date has passed), the debt NOT YET DUE, and the TIME-BARRED part of the overdue.
 * Brackets, rules, the registry, the card, SMS, calls, claims, notices, the ЕПД coverage and the cockpit all read
 * this notion of debt (through `account_summaries`, which holds it as of today).
 *
 * - Payments are allocated exactly as the penalty engine allocates them (shared/rules/penalty/allocate-payments.ts:
 *   in date order, to the month the payer named, else to the obligation due first), per billing month and kind
 *   (ч.14 housing / ч.14.1 capital repair). Within a month and kind the paid money is shared among its services in
 *   proportion to their charges, to the kopeck by largest remainder.
 * - A month whose recalculations make it negative is a credit: it pays towards other months as a payment on the
 *   first day of the next month (when the bill showing it was issued). A reversed payment (negative amount) takes
 *   back the latest earlier payments first.
 * - Due date: the due-day table's rule, with the management contract's day where the table allows one (the same
 *   function the penalty engine uses). A month is overdue from the day after its due date.
 * - Limitation: ./limitation.ts, from the table's default due day.
 * Integer kopecks throughout.
 */
import type { ProductionCalendarData } from '../calendar/production-calendar-data';
import type { IsoDate } from '../dates/iso-date';
import { allocatePayments, type AllocObligation, type AllocPayment } from '../rules/penalty/allocate-payments';
import { dueDateFor } from '../rules/penalty/due-date';
import type { ChargeKind, PenaltyTables } from '../rules/penalty/legal-tables';
import { nextPeriod } from '../rules/penalty/day-count';
import type { CreditorKind, CreditorOf } from './creditors';
import { limitationOf, type CourtOrderEpisode } from './limitation';
import { splitByShares } from './split-by-shares';

export interface DebtCharge {
  /** 'YYYY-MM' */
  period: string;
  service: string;
  /** May be negative (a recalculation). */
  kopecks: number;
}

export interface DebtPayment {
  date: IsoDate;
  /** Negative = a reversal. */
  kopecks: number;
  /** The billing month the payer named, or null. */
  period: string | null;
}

export interface DebtInput {
  asOf: IsoDate;
  charges: readonly DebtCharge[];
  payments: readonly DebtPayment[];
  /** The management contract's due day, honoured only where the due-day table allows it. */
  contractDueDay?: number;
  /** Court-order applications, for the limitation (none until court work records them). */
  courtOrders?: readonly CourtOrderEpisode[];
}

export interface DebtTables {
  /** The penalty engine's legal tables: only the due-day rules are read here. */
  penalty: PenaltyTables;
  creditorOf: CreditorOf;
  calendar: ProductionCalendarData;
}

export type MonthStatus = 'paid' | 'not_yet_due' | 'overdue' | 'time_barred';

export interface DebtServiceLine {
  service: string;
  creditor: CreditorKind;
  chargedKopecks: number;
  paidKopecks: number;
  openKopecks: number;
}

export interface DebtMonth {
  period: string;
  /** The last day of payment on time (the contract's day where allowed). */
  dueDate: IsoDate;
  /** The last day of the limitation term; null while a court order suspends it. */
  limitationExpiresOn: IsoDate | null;
  status: MonthStatus;
  chargedKopecks: number;
  paidKopecks: number;
  /** Still unpaid (≤ 0 when paid in full; a credit month is negative). */
  openKopecks: number;
  services: DebtServiceLine[];
}

export interface DebtTotals {
  overdueKopecks: number;
  notYetDueKopecks: number;
  /** The part of the overdue whose limitation has expired. */
  timeBarredKopecks: number;
}

export interface AccountDebt extends DebtTotals {
  asOf: IsoDate;
  chargedKopecks: number;
  paidKopecks: number;
  /** charged − paid; negative = overpaid. Equals overdue + not yet due − advance. */
  balanceKopecks: number;
  /** Money paid beyond every charge (an advance). */
  advanceKopecks: number;
  /** Overdue months with something unpaid. */
  monthsInArrears: number;
  /** The oldest of them, or null. */
  debtSincePeriod: string | null;
  lastPaymentDate: IsoDate | null;
  lastPaymentKopecks: number | null;
  /** Every billed month up to the as-of month, oldest first. */
  months: DebtMonth[];
}

/** What one billing month owes in one kind (ч.14 housing / ч.14.1 capital repair), its services in charge order. */
export interface DebtObligation {
  key: string;
  period: string;
  kind: ChargeKind;
  /** Net charge of the month and kind (may be ≤ 0). */
  net: number;
  services: Array<{ service: string; creditor: CreditorKind; kopecks: number }>;
}

export function accountDebt(input: DebtInput, tables: DebtTables): AccountDebt {
  const { asOf } = input;
  const lastPeriod = asOf.slice(0, 7);
  const obligations = groupObligations(input.charges, lastPeriod, tables.creditorOf);
  const datesOf = monthDates(tables, input.contractDueDay, asOf);
  const orders = input.courtOrders ?? [];

  // Credit months pay like a payment on the day their bill came out.
  const payments: AllocPayment[] = [];
  for (const o of obligations.values())
    if (o.net < 0) payments.push({ date: `${nextPeriod(o.period)}-01`, amountKopecks: -o.net });
  let lastPayment: DebtPayment | null = null;
  for (const p of nettedPayments(input.payments, asOf)) {
    payments.push({ date: p.date, amountKopecks: p.kopecks, ...(p.period ? { period: p.period } : {}) });
  }
  let paidTotal = 0;
  for (const p of input.payments) {
    if (p.date > asOf) continue;
    paidTotal += p.kopecks;
    if (
      p.kopecks > 0 &&
      (!lastPayment || p.date > lastPayment.date || (p.date === lastPayment.date && p.kopecks > lastPayment.kopecks))
    )
      lastPayment = p;
  }

  const allocObligations: AllocObligation[] = [];
  for (const o of obligations.values())
    if (o.net > 0)
      allocObligations.push({
        key: o.key,
        period: o.period,
        kind: o.kind,
        amountKopecks: o.net,
        lastPayDay: datesOf(o.period, o.kind).due,
      });
  const allocation = allocatePayments(allocObligations, payments, false);
  const paidOf = new Map<string, number>();
  for (const part of allocation.parts)
    paidOf.set(part.obligationKey, (paidOf.get(part.obligationKey) ?? 0) + part.amountKopecks);

  const byPeriod = new Map<string, DebtMonth>();
  let charged = 0;
  // Month by month; within a month the housing services first, capital repair after (as the ЕПД lists them).
  const ordered = [...obligations.values()].sort((a, b) =>
    a.period !== b.period ? (a.period < b.period ? -1 : 1) : a.kind === b.kind ? 0 : a.kind === 'housing' ? -1 : 1,
  );
  for (const o of ordered) {
    charged += o.net;
    const paid = paidOf.get(o.key) ?? 0;
    const open = o.net - paid;
    const dates = datesOf(o.period, o.kind);
    const due = dates.due;
    let month = byPeriod.get(o.period);
    if (!month) {
      month = {
        period: o.period,
        dueDate: due,
        limitationExpiresOn:
          orders.length > 0 ? limitationWithOrders(tables, orders, asOf, o.period, o.kind) : dates.expiresOn,
        status: 'paid',
        chargedKopecks: 0,
        paidKopecks: 0,
        openKopecks: 0,
        services: [],
      };
      byPeriod.set(o.period, month);
    } else if (due > month.dueDate) {
      month.dueDate = due;
    }
    month.chargedKopecks += o.net;
    month.paidKopecks += o.net > 0 ? paid : 0;
    month.openKopecks += o.net > 0 ? open : o.net;
    month.services.push(...serviceLines(o, paid));
  }

  const months = [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  let overdue = 0;
  let notYetDue = 0;
  let barred = 0;
  let monthsInArrears = 0;
  let debtSince: string | null = null;
  for (const m of months) {
    if (m.openKopecks <= 0) continue;
    if (asOf <= m.dueDate) {
      m.status = 'not_yet_due';
      notYetDue += m.openKopecks;
      continue;
    }
    overdue += m.openKopecks;
    monthsInArrears += 1;
    debtSince ??= m.period;
    if (m.limitationExpiresOn !== null && asOf > m.limitationExpiresOn) {
      m.status = 'time_barred';
      barred += m.openKopecks;
    } else m.status = 'overdue';
  }
  return {
    asOf,
    chargedKopecks: charged,
    paidKopecks: paidTotal,
    balanceKopecks: charged - paidTotal,
    overdueKopecks: overdue,
    notYetDueKopecks: notYetDue,
    timeBarredKopecks: barred,
    advanceKopecks: allocation.advanceKopecks,
    monthsInArrears,
    debtSincePeriod: debtSince,
    lastPaymentDate: lastPayment?.date ?? null,
    lastPaymentKopecks: lastPayment?.kopecks ?? null,
    months,
  };
}

/** The same position restricted to one creditor's services (a УК's claim demands only its own part). */
export function debtForCreditor(debt: AccountDebt, creditor: CreditorKind): AccountDebt {
  const months: DebtMonth[] = [];
  for (const m of debt.months) {
    const services = m.services.filter((s) => s.creditor === creditor);
    if (services.length === 0) continue;
    const sum = (pick: (s: DebtServiceLine) => number) => services.reduce((a, s) => a + pick(s), 0);
    const open = sum((s) => s.openKopecks);
    const status: MonthStatus = open <= 0 ? 'paid' : m.status === 'paid' ? 'overdue' : m.status;
    months.push({
      ...m,
      services,
      chargedKopecks: sum((s) => s.chargedKopecks),
      paidKopecks: sum((s) => s.paidKopecks),
      openKopecks: open,
      status,
    });
  }
  const totals = totalsOf(months);
  const arrears = months.filter((m) => m.openKopecks > 0 && (m.status === 'overdue' || m.status === 'time_barred'));
  const charged = months.reduce((a, m) => a + m.chargedKopecks, 0);
  const paid = months.reduce((a, m) => a + m.paidKopecks, 0);
  return {
    ...debt,
    ...totals,
    chargedKopecks: charged,
    paidKopecks: paid,
    balanceKopecks: charged - paid,
    advanceKopecks: 0,
    monthsInArrears: arrears.length,
    debtSincePeriod: arrears[0]?.period ?? null,
    months,
  };
}

export function totalsOf(months: readonly DebtMonth[]): DebtTotals {
  let overdue = 0;
  let notYetDue = 0;
  let barred = 0;
  for (const m of months) {
    if (m.openKopecks <= 0) continue;
    if (m.status === 'not_yet_due') notYetDue += m.openKopecks;
    else {
      overdue += m.openKopecks;
      if (m.status === 'time_barred') barred += m.openKopecks;
    }
  }
  return { overdueKopecks: overdue, notYetDueKopecks: notYetDue, timeBarredKopecks: barred };
}

/**
 * The charges grouped per billing month and kind up to `lastPeriod` (key 'YYYY-MM' housing, 'YYYY-MM/c' capital
 * repair), the services of each in the order the charges come (period, id), repeated names merged. Exported for
 * the bulk readers that must split a month exactly as this position does (restriction-facts.ts).
 */
export function groupObligations(
  charges: readonly DebtCharge[],
  lastPeriod: string,
  creditorOf: CreditorOf,
): Map<string, DebtObligation> {
  const map = new Map<string, DebtObligation>();
  // The creditor of a service name, asked once per name (a five-year history repeats a dozen names).
  const creditors = new Map<string, CreditorKind>();
  for (const c of charges) {
    if (c.period > lastPeriod) continue;
    let creditor = creditors.get(c.service);
    if (creditor === undefined) creditors.set(c.service, (creditor = creditorOf(c.service)));
    const kind: ChargeKind = creditor === 'capital_repair_operator' ? 'capital_repair' : 'housing';
    const key = kind === 'housing' ? c.period : `${c.period}/c`;
    let o = map.get(key);
    if (!o) {
      o = { key, period: c.period, kind, net: 0, services: [] };
      map.set(key, o);
    }
    o.net += c.kopecks;
    let line: DebtObligation['services'][number] | undefined;
    for (const s of o.services) if (s.service === c.service) line = s;
    if (line) line.kopecks += c.kopecks;
    else o.services.push({ service: c.service, creditor, kopecks: c.kopecks });
  }
  return map;
}

/**
 * The services' lines of one obligation: the net charge is shared among the services with a positive charge in
 * proportion to them (a negative line — a recalculation — reduces them all alike), then the paid money likewise.
 */
export function serviceLines(o: Pick<DebtObligation, 'net' | 'services'>, paid: number): DebtServiceLine[] {
  if (o.services.length === 1) {
    const s = o.services[0] as DebtObligation['services'][number];
    return [
      { service: s.service, creditor: s.creditor, chargedKopecks: o.net, paidKopecks: paid, openKopecks: o.net - paid },
    ];
  }
  if (o.net <= 0)
    return o.services.map((s) => ({
      service: s.service,
      creditor: s.creditor,
      chargedKopecks: s.kopecks,
      paidKopecks: 0,
      openKopecks: s.kopecks,
    }));
  const positive = o.services.filter((s) => s.kopecks > 0);
  const weightSum = positive.reduce((a, s) => a + s.kopecks, 0);
  const effective = proportional(
    o.net,
    positive.map((s) => s.kopecks),
    weightSum,
  );
  const paidParts = proportional(paid, effective, o.net);
  const lines = positive.map((s, i) => {
    const charge = effective[i] as number;
    const p = paidParts[i] as number;
    return {
      service: s.service,
      creditor: s.creditor,
      chargedKopecks: charge,
      paidKopecks: p,
      openKopecks: charge - p,
    };
  });
  return lines;
}

/** `total` shared in proportion to `weights` (Σ weights = weightSum > 0), to the kopeck by largest remainder. */
function proportional(total: number, weights: readonly number[], weightSum: number): number[] {
  if (total === 0 || weightSum <= 0) return weights.map(() => 0);
  const shares = weights.map((w) => ({ num: Math.max(w, 0), den: weightSum }));
  const nonZero = shares.filter((s) => s.num > 0);
  const parts = splitByShares(
    total,
    nonZero.map((s) => reduce(s)),
  );
  let k = 0;
  return shares.map((s) => (s.num > 0 ? (parts[k++] as number) : 0));
}

function reduce(s: { num: number; den: number }): { num: number; den: number } {
  let a = s.num;
  let b = s.den;
  while (b) [a, b] = [b, a % b];
  return { num: s.num / a, den: s.den / a };
}

/** Positive payments up to the as-of date, each reversal taking back the latest earlier payments first. */
function nettedPayments(payments: readonly DebtPayment[], asOf: IsoDate): readonly DebtPayment[] {
  let plain = true;
  for (const p of payments) if (p.kopecks <= 0 || p.date > asOf) plain = false;
  // The usual case: nothing reversed, nothing after the date — the payments as they are (the allocation sorts them).
  if (plain) return payments;
  const kept = payments
    .filter((p) => p.date <= asOf)
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? -1 : 1));
  const result: DebtPayment[] = [];
  for (const p of kept) {
    if (p.kopecks > 0) {
      result.push({ date: p.date, kopecks: p.kopecks, period: p.period });
      continue;
    }
    let back = -p.kopecks;
    let exact = -1;
    for (let k = result.length - 1; k >= 0 && exact < 0; k--)
      if ((result[k] as DebtPayment).kopecks === back) exact = k;
    if (exact >= 0) {
      result.splice(exact, 1);
      continue;
    }
    for (let k = result.length - 1; k >= 0 && back > 0; k--) {
      const q = result[k] as DebtPayment;
      const take = Math.min(q.kopecks, back);
      q.kopecks -= take;
      back -= take;
    }
  }
  return result.filter((p) => p.kopecks > 0);
}

interface MonthDates {
  due: IsoDate;
  /** The limitation's last day without court orders (it does not depend on the account). */
  expiresOn: IsoDate | null;
}

/** Per tables object and contract day: billing month + kind → its dates (a district has ~60 distinct months). */
const dateCaches = new WeakMap<DebtTables, Map<string, Map<string, MonthDates>>>();

function monthDates(tables: DebtTables, contractDueDay: number | undefined, asOf: IsoDate) {
  let byContract = dateCaches.get(tables);
  if (!byContract) dateCaches.set(tables, (byContract = new Map()));
  const contractKey = contractDueDay === undefined ? '' : String(contractDueDay);
  let cache = byContract.get(contractKey);
  if (!cache) byContract.set(contractKey, (cache = new Map()));
  const c = cache;
  return (period: string, kind: ChargeKind): MonthDates => {
    const key = kind === 'housing' ? period : `${period}/c`;
    let dates = c.get(key);
    if (dates === undefined) {
      const defaultDue = dueDateFor(period, kind, tables.penalty).lastPayDay;
      dates = {
        due:
          contractDueDay === undefined
            ? defaultDue
            : dueDateFor(period, kind, tables.penalty, contractDueDay).lastPayDay,
        expiresOn: limitationOf(period, defaultDue, asOf, [], tables.calendar).expiresOn,
      };
      c.set(key, dates);
    }
    return dates;
  };
}

/** The limitation's last day of a month when court orders cover some months (not cached: it depends on them). */
function limitationWithOrders(
  tables: DebtTables,
  courtOrders: readonly CourtOrderEpisode[],
  asOf: IsoDate,
  period: string,
  kind: ChargeKind,
) {
  return limitationOf(period, dueDateFor(period, kind, tables.penalty).lastPayDay, asOf, courtOrders, tables.calendar)
    .expiresOn;
}
