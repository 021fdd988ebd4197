/**
 * @file Which billing month each payment pays (shared, pure). Payments are taken in date order; a payment that
 * names a billing month goes there first, the rest (and payments naming nothing) to the obligation whose due
 * date came first (ГК ст.319.1 п.3; Пленум ВС № 22 п.32 — ⚠️ its verbatim wording is unconfirmed;
 * docs/legal-notes.md § Penalty — payment allocation). Money left when every obligation is paid is an advance.
 *
 * Not applied to penalty: penalty is a sanction, not «проценты» of ГК ст.319, so a payment never goes to it
 * unless the payer says so — and this input has no way to say so.
 *
 * The debt position (shared/debt/account-debt.ts) allocates with this same function. Order in time matters: a payment can only
 * close what is open on its day, and the day it closes it on is the day the penalty on that part stops.
 */
import { formatRuDate, type IsoDate } from '../../dates/iso-date';
import type { ChargeKind } from './legal-tables';
import { formatKopecks } from './rational';
import { periodWords } from '../../dates/period-words';

export interface AllocObligation {
  /** Unique key, e.g. '2024-01/housing'. */
  key: string;
  period: string;
  kind: ChargeKind;
  amountKopecks: number;
  lastPayDay: IsoDate;
}

export interface AllocPayment {
  date: IsoDate;
  amountKopecks: number;
  period?: string;
}

export interface PaidPart {
  obligationKey: string;
  /** The payment's date: the last day this part bears penalty, and its rate date. */
  paidOn: IsoDate;
  amountKopecks: number;
  /** True when the payment named this obligation's billing month. */
  named: boolean;
}

export interface Allocation {
  parts: PaidPart[];
  /** Paid beyond every obligation in the input, kopecks. */
  advanceKopecks: number;
  /** Russian, one per decision, for the trace. */
  reasons: string[];
}

const KIND_ORDER: Record<ChargeKind, number> = { housing: 0, capital_repair: 1 };

/** Earliest due date first; same due date: older billing month, then housing before capital repair. */
function fifoOrder(a: AllocObligation, b: AllocObligation): number {
  if (a.lastPayDay !== b.lastPayDay) return a.lastPayDay < b.lastPayDay ? -1 : 1;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * @param obligations one per billing month and kind, amounts > 0
 * @param payments amounts > 0 kopecks, any order (ties on a date keep input order)
 * @param explain false: leave `reasons` empty (a district run does not read them)
 */
export function allocatePayments(
  obligations: readonly AllocObligation[],
  payments: readonly AllocPayment[],
  explain = true,
): Allocation {
  const ordered = [...obligations].sort(fifoOrder);
  const open = new Map(ordered.map((o) => [o.key, o.amountKopecks]));
  const parts: PaidPart[] = [];
  const reasons: string[] = [];
  let advance = 0;

  const take = (o: AllocObligation, p: AllocPayment, left: number, named: boolean): number => {
    const rest = open.get(o.key) ?? 0;
    const amount = Math.min(rest, left);
    if (amount <= 0) return left;
    open.set(o.key, rest - amount);
    parts.push({ obligationKey: o.key, paidOn: p.date, amountKopecks: amount, named });
    if (!explain) return left - amount;
    const how = named ? 'месяц назван в платеже' : 'самый ранний неоплаченный месяц';
    reasons.push(
      `Оплата ${formatRuDate(p.date)}: ${formatKopecks(amount)} зачтено за ${obligationWords(o.period, o.kind)} — ${how}`,
    );
    return left - amount;
  };

  const byDate = payments
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.date === b.p.date ? a.i - b.i : a.p.date < b.p.date ? -1 : 1));
  const byPeriod = new Map<string, AllocObligation[]>();
  for (const o of ordered) {
    const list = byPeriod.get(o.period);
    if (list) list.push(o);
    else byPeriod.set(o.period, [o]);
  }
  // Everything before `firstOpen` is paid in full and stays so (nothing is ever un-paid): a five-year history with
  // a payment a month would otherwise walk all 60 obligations for each of 60 payments.
  let firstOpen = 0;
  for (const { p } of byDate) {
    let left = p.amountKopecks;
    if (p.period !== undefined) {
      const namedOnes = byPeriod.get(p.period) ?? [];
      if (explain && namedOnes.length === 0) {
        reasons.push(
          `Оплата ${formatRuDate(p.date)} названа за ${periodWords(p.period)}, но начисления за этот месяц нет — распределена по старшинству`,
        );
      }
      for (const o of namedOnes) left = take(o, p, left, true);
    }
    while (firstOpen < ordered.length && open.get((ordered[firstOpen] as AllocObligation).key) === 0) firstOpen++;
    for (let k = firstOpen; k < ordered.length && left > 0; k++)
      left = take(ordered[k] as AllocObligation, p, left, false);
    if (left > 0) {
      advance += left;
      if (explain)
        reasons.push(
          `Оплата ${formatRuDate(p.date)}: ${formatKopecks(left)} сверх всех начислений — аванс, пени не уменьшает`,
        );
    }
  }
  return { parts, advanceKopecks: advance, reasons };
}

/** «декабрь 2021 (ЖКУ)»: a billing month's obligation as the trace names it. */
export function obligationWords(period: string, kind: ChargeKind): string {
  return `${periodWords(period)} (${kindName(kind)})`;
}

/** «Декабрь 2021 (ЖКУ)»: the same at the start of a sentence. */
export function obligationHeading(period: string, kind: ChargeKind): string {
  const words = obligationWords(period, kind);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function kindName(kind: ChargeKind): string {
  switch (kind) {
    case 'housing':
      return 'ЖКУ';
    case 'capital_repair':
      return 'капремонт';
  }
}
