/**
 * @file Whether a promise to pay was kept (pure): payments from the day it was made up to the promised date plus
 * the grace days (a bank transfer takes time) are summed; within the tolerance of the promised sum it is kept.
 * Before the deadline has passed a promise stays open — unless it is already paid in full.
 */
import { addDays } from '../../../shared/calendar/date-math';

export interface PromiseFacts {
  madeDate: string;
  promisedDate: string;
  amountKopecks: number;
}

export interface PaymentFact {
  date: string;
  kopecks: number;
}

export interface PromiseVerdict {
  status: 'open' | 'kept' | 'broken';
  paidKopecks: number;
}

export function judgePromise(
  promise: PromiseFacts,
  payments: readonly PaymentFact[],
  rules: { toleranceKopecks: number; graceDays: number },
  today: string,
): PromiseVerdict {
  const deadline = addDays(promise.promisedDate, rules.graceDays);
  const paid = payments
    .filter((p) => p.date >= promise.madeDate && p.date <= deadline)
    .reduce((sum, p) => sum + p.kopecks, 0);
  const enough = paid >= promise.amountKopecks - rules.toleranceKopecks;
  if (enough) return { status: 'kept', paidKopecks: paid };
  if (today > deadline) return { status: 'broken', paidKopecks: paid };
  return { status: 'open', paidKopecks: paid };
}
