/**
 * @file May the team visit a debtor on the raid's day, given the visits already made (shared, pure)? ФЗ-230 ст.7
 * ч.3: personal meetings not more than once a week (and, as the office counts it, 4 a month). The windows are
 * rolling — the 7 days and the month ending on the raid's day — stricter than calendar weeks, so whatever passes
 * here passes the calendar reading of the law too. Visits after the raid's day count as well: a raid on Monday must
 * not be planned when the team already went there on Wednesday.
 */
import { addDays, minusOneMonth } from '../calendar/date-math';
import { formatRuDate } from '../dates/iso-date';
import { VISIT_LIMITS } from './blackmark-terms';

/** The reason a visit on `raidDate` is not allowed, or null. `visitDates` may repeat a day (counted once). */
export function visitLimitReason(visitDates: readonly string[], raidDate: string): string | null {
  const days = [...new Set(visitDates)].sort();
  const weekFrom = addDays(raidDate, -6);
  const weekTo = addDays(raidDate, 6);
  const near = days.filter((d) => d >= weekFrom && d <= weekTo);
  if (near.length >= VISIT_LIMITS.perWeek)
    return `личная встреча уже была ${formatRuDate(near[near.length - 1]!)} — не чаще раза в неделю (ФЗ-230, ст. 7 ч. 3)`;
  const monthFrom = addDays(minusOneMonth(raidDate), 1);
  const inMonth = days.filter((d) => d >= monthFrom && d <= raidDate);
  if (inMonth.length >= VISIT_LIMITS.perMonth)
    return `за месяц уже ${inMonth.length} личных встречи — не больше ${VISIT_LIMITS.perMonth} в месяц (ФЗ-230, ст. 7 ч. 3)`;
  return null;
}
