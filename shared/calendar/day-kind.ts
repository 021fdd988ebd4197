/**
 * @file What kind of day a date is by the production calendar: a working day, or a day off (weekend, public
 * holiday, transferred day off, a day made non-working by decree). Pure; the calendar is passed in as data.
 */
import type { ProductionCalendarData } from './production-calendar-data';

export type DayKind = 'working' | 'weekend' | 'holiday';

export interface DayInfo {
  date: string;
  kind: DayKind;
  /** False when the year is outside the calendar data: only Saturdays and Sundays are known then. */
  covered: boolean;
}

/** Sets built once per calendar object (the evaluator asks for the same calendar 150,000 times). */
const indexCache = new WeakMap<ProductionCalendarData, { off: Set<string>; work: Set<string> }>();

function indexOf(calendar: ProductionCalendarData) {
  let index = indexCache.get(calendar);
  if (!index) {
    index = {
      off: new Set([...calendar.holidays, ...calendar.nonWorkingByDecree]),
      // A Saturday made working by a transfer is listed in the source calendar only as a shortened
      // pre-holiday day when it is one (20.02.2027, 01.11.2025 …): such a day is a working day all the same. A short
      // weekday needs no entry (and a decree may still make it non-working: 30.04.2020).
      work: new Set([
        ...calendar.workingWeekends,
        ...calendar.shortDays.filter((d) => weekdayOf(d) === 0 || weekdayOf(d) === 6),
      ]),
    };
    indexCache.set(calendar, index);
  }
  return index;
}

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday (UTC arithmetic: no time zone can shift it). */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function dayInfo(date: string, calendar: ProductionCalendarData): DayInfo {
  const year = Number(date.slice(0, 4));
  const covered = year >= calendar.fromYear && year <= calendar.toYear;
  const index = indexOf(calendar);
  if (index.work.has(date)) return { date, kind: 'working', covered };
  if (index.off.has(date)) return { date, kind: 'holiday', covered };
  const weekday = weekdayOf(date);
  return { date, kind: weekday === 0 || weekday === 6 ? 'weekend' : 'working', covered };
}

export function isWorkingDay(date: string, calendar: ProductionCalendarData): boolean {
  return dayInfo(date, calendar).kind === 'working';
}
