/**
 * @file The last day a billing month's charge is paid on time (ЖК ст.155 ч.1, docs/legal-notes.md § Penalty — due day),
 * written afresh for the reference: «до 10-го числа месяца, следующего за истекшим» read as the 10th inclusive, unless
 * the management contract sets another day; from the February-2026 month on (Federal law 177-ФЗ, in force 01.03.2026,
 * with the debtor-favourable reading the reference recommends for February 2026) the 15th inclusive, and a
 * contract may no longer set another day. A contract day past the month's end means the month's last day. A due
 * day on a weekend is not moved (§1.2: public calculators do not move it). Day 1 of delay is the day after.
 */
import { followingMonth, monthLength, monthParts, monthText, toDay, type Day } from './calendar';

/** The first billing month under 177-ФЗ. */
const FIFTEENTH_FROM = { year: 2026, month: 2 };

export function lastPayDay(period: string, contractDueDay?: number): Day {
  const { year, month } = monthParts(period);
  const under177 = year > FIFTEENTH_FROM.year || (year === FIFTEENTH_FROM.year && month >= FIFTEENTH_FROM.month);
  const wanted = under177 ? 15 : (contractDueDay ?? 10);
  const pay = followingMonth(period);
  const day = Math.min(wanted, monthLength(pay.year, pay.month));
  return toDay(`${monthText(pay.year, pay.month)}-${String(day).padStart(2, '0')}`);
}
