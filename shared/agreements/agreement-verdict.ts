/**
 * @file Whether a signed repayment agreement is kept (shared, pure): the schedule against the payments made since the
 * day it was signed, with the tolerance and the grace days in force on that day. One function for the card, the
 * worklists (the fact agreementHonoured of measures 8, 9, 12) and the daily check, so they never disagree.
 *
 * [Note: the rule] Payments count cumulatively (a payment above an instalment counts towards the next ones; a reversal
 * is a negative payment and is netted). Instalment k is MISSED when its deadline — due date + grace days — is before
 * today and the sum paid from signing up to and including the deadline is below the sum of instalments 1…k less the
 * tolerance. Exactly the tolerance short is not missed. A payment on the deadline itself counts; a later payment does
 * not mend a missed instalment (the agreement was already broken that day). The agreement is
 *   - 'broken' when some instalment is missed (the first one is reported, with its shortfall);
 *   - otherwise 'completed' when the sum paid reaches the total less the tolerance;
 *   - otherwise 'kept' (so far).
 * A completed agreement cannot have a later instalment missed: its cumulative paid already covers every instalment.
 */
import { rublesText } from '../documents/money-text';
import { addDays } from '../calendar/date-math';
import { formatRuDate } from '../dates/iso-date';
import type { Instalment } from './agreement-schedule';

export type AgreementVerdictStatus = 'kept' | 'broken' | 'completed';
export type InstalmentStatus = 'paid' | 'partly' | 'missed' | 'upcoming';

export interface AgreementPayment {
  date: string;
  /** Positive a payment, negative a reversal. */
  amountKopecks: number;
}

export interface VerdictInput {
  instalments: readonly Instalment[];
  /** The account's payments; those before `signedDate` or after `today` are not counted. */
  payments: readonly AgreementPayment[];
  signedDate: string;
  today: string;
  toleranceKopecks: number;
  graceDays: number;
}

export interface InstalmentLine extends Instalment {
  /** due date + grace days: the last day a payment still counts for it. */
  deadlineDate: string;
  /** Σ of instalments 1…seq. */
  cumulativeDueKopecks: number;
  /** What the payments so far cover of this instalment, paying the instalments in order (0…amount). */
  coveredKopecks: number;
  status: InstalmentStatus;
}

export interface MissedInstalment {
  seq: number;
  dueDate: string;
  deadlineDate: string;
  /** Σ due 1…seq − Σ paid by the deadline. */
  shortfallKopecks: number;
}

export interface AgreementVerdict {
  status: AgreementVerdictStatus;
  totalKopecks: number;
  /**
   * Net of what counts from signing to today: the payments, less the monthly bills that fell due since (the core passes
   * them as negative entries, electron/core/agreements/agreements-repo.ts readCreditedPayments); may be negative.
   */
  paidKopecks: number;
  /** Σ of instalments whose due date is today or earlier. */
  dueToDateKopecks: number;
  /** The first missed instalment when broken. */
  missed: MissedInstalment | null;
  /** The day the agreement was found broken (the day after the missed deadline) or completed; null while kept. */
  endedDate: string | null;
  /** The next instalment not yet covered (kept only). */
  next: { seq: number; dueDate: string; remainingKopecks: number } | null;
  lines: InstalmentLine[];
  /** One Russian sentence for the card and the journal. */
  text: string;
}

const rub = (kopecks: number): string => `${rublesText(kopecks)}\u00a0₽`;

export function agreementVerdict(input: VerdictInput): AgreementVerdict {
  const { instalments, signedDate, today, toleranceKopecks, graceDays } = input;
  const counted = input.payments
    .filter((p) => p.date >= signedDate && p.date <= today)
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const paidBy = (date: string): number => {
    let sum = 0;
    for (const p of counted) if (p.date <= date) sum += p.amountKopecks;
    return sum;
  };
  const paidKopecks = paidBy(today);
  const totalKopecks = instalments.reduce((s, i) => s + i.amountKopecks, 0);

  let cumulative = 0;
  let missed: MissedInstalment | null = null;
  const lines: InstalmentLine[] = instalments.map((inst) => {
    const before = cumulative;
    cumulative += inst.amountKopecks;
    const deadlineDate = addDays(inst.dueDate, graceDays);
    const coveredKopecks = Math.max(0, Math.min(inst.amountKopecks, paidKopecks - before));
    let status: InstalmentStatus;
    if (deadlineDate < today) {
      const byDeadline = paidBy(deadlineDate);
      if (byDeadline < cumulative - toleranceKopecks) {
        status = 'missed';
        missed ??= { seq: inst.seq, dueDate: inst.dueDate, deadlineDate, shortfallKopecks: cumulative - byDeadline };
      } else status = coveredKopecks >= inst.amountKopecks ? 'paid' : 'partly';
    } else if (coveredKopecks >= inst.amountKopecks) status = 'paid';
    else status = coveredKopecks > 0 ? 'partly' : 'upcoming';
    return { ...inst, deadlineDate, cumulativeDueKopecks: cumulative, coveredKopecks, status };
  });
  const dueToDateKopecks = instalments.filter((i) => i.dueDate <= today).reduce((s, i) => s + i.amountKopecks, 0);

  const found = missed as MissedInstalment | null;
  if (found) {
    return {
      status: 'broken',
      totalKopecks,
      paidKopecks,
      dueToDateKopecks,
      missed: found,
      endedDate: addDays(found.deadlineDate, 1),
      next: null,
      lines,
      text:
        `Нарушено: платёж № ${found.seq} со сроком ${formatRuDate(found.dueDate)}` +
        (graceDays > 0 ? ` (с отсрочкой до ${formatRuDate(found.deadlineDate)})` : '') +
        ` не внесён полностью — недоплата ${rub(found.shortfallKopecks)}.`,
    };
  }
  if (paidKopecks >= totalKopecks - toleranceKopecks) {
    const completedDate = counted.reduce<{ sum: number; date: string | null }>(
      (acc, p) => {
        const sum = acc.sum + p.amountKopecks;
        return { sum, date: acc.date ?? (sum >= totalKopecks - toleranceKopecks ? p.date : null) };
      },
      { sum: 0, date: null },
    ).date;
    return {
      status: 'completed',
      totalKopecks,
      paidKopecks,
      dueToDateKopecks,
      missed: null,
      endedDate: completedDate ?? today,
      next: null,
      lines,
      text: `Исполнено: в погашение долга зачтено ${rub(paidKopecks)} из ${rub(totalKopecks)}.`,
    };
  }
  const open = lines.find((l) => l.coveredKopecks < l.amountKopecks) ?? null;
  const next = open
    ? { seq: open.seq, dueDate: open.dueDate, remainingKopecks: open.amountKopecks - open.coveredKopecks }
    : null;
  return {
    status: 'kept',
    totalKopecks,
    paidKopecks,
    dueToDateKopecks,
    missed: null,
    endedDate: null,
    next,
    lines,
    text:
      `Соблюдается: в погашение долга зачтено ${rub(Math.max(0, paidKopecks))} из ${rub(totalKopecks)}` +
      (next ? `; следующий платёж ${rub(next.remainingKopecks)} до ${formatRuDate(next.dueDate)}.` : '.'),
  };
}
