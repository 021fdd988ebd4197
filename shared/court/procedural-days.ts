/**
 * @file Procedural terms counted in days (shared, pure): ГПК РФ ст.107 ч.3 — a term counted in days runs from the
 * day after the event and does not include non-working days; the production calendar (passed in as data) says
 * which days are not working. The objection window to a court order is ten such days from the day the debtor
 * received its copy (ГПК ст.128); the order comes into force when the window ends without objections (ст.130).
 */
import { addDays } from '../calendar/date-math';
import { dayInfo } from '../calendar/day-kind';
import type { ProductionCalendarData } from '../calendar/production-calendar-data';

export const OBJECTION_WINDOW_DAYS = 10;

export interface ProceduralTerm {
  /** The event the term runs from (the day of receipt itself is not counted). */
  from: string;
  days: number;
  /** The last day of the term: the `days`-th working day after `from`. */
  lastDay: string;
  /** Non-working days passed over inside the term. */
  skipped: string[];
  /** False when a day looked at lies beyond the calendar's years (only Saturdays and Sundays known then). */
  covered: boolean;
}

/** The `days`-th working day after `from` (ГПК ст.107 ч.3). */
export function workingDaysAfter(from: string, days: number, calendar: ProductionCalendarData): ProceduralTerm {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`a procedural term of ${days} days`);
  const skipped: string[] = [];
  let covered = true;
  let counted = 0;
  let day = from;
  while (counted < days) {
    day = addDays(day, 1);
    const info = dayInfo(day, calendar);
    covered &&= info.covered;
    if (info.kind === 'working') counted += 1;
    else skipped.push(day);
  }
  return { from, days, lastDay: day, skipped, covered };
}

/** The last day for objections to a court order whose copy the debtor received on `receivedOn`. */
export function objectionDeadline(receivedOn: string, calendar: ProductionCalendarData): ProceduralTerm {
  return workingDaysAfter(receivedOn, OBJECTION_WINDOW_DAYS, calendar);
}

/** The day a court order comes into force when no objection came: the day after the window's last day. */
export function orderInForceFrom(deadline: string): string {
  return addDays(deadline, 1);
}
