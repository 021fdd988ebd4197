/**
 * @file The first working day on or after a date by the production calendar (shared, pure): a handover date, a
 * deadline or an appointment that falls on a weekend or holiday moves to the next working day. The calendar is
 * passed in as data.
 */
import { addDays } from './date-math';
import { dayInfo, type DayKind } from './day-kind';
import type { ProductionCalendarData } from './production-calendar-data';

export interface WorkingDayShift {
  /** The date asked for. */
  requested: string;
  /** The first working day on or after it (the same date when it is a working day). */
  date: string;
  moved: boolean;
  /** The days passed over, each with its kind (weekend or holiday). */
  skipped: Array<{ date: string; kind: Exclude<DayKind, 'working'> }>;
  /** False when a day looked at lies outside the calendar's years: only Saturdays and Sundays were known. */
  covered: boolean;
}

/** Longer runs of days off than this do not exist in the Russian calendar; a longer one means broken data. */
const MAX_DAYS_OFF = 31;

export function firstWorkingDayFrom(date: string, calendar: ProductionCalendarData): WorkingDayShift {
  const skipped: WorkingDayShift['skipped'] = [];
  let covered = true;
  let day = date;
  for (let i = 0; i <= MAX_DAYS_OFF; i++, day = addDays(day, 1)) {
    const info = dayInfo(day, calendar);
    covered &&= info.covered;
    if (info.kind === 'working') return { requested: date, date: day, moved: day !== date, skipped, covered };
    skipped.push({ date: day, kind: info.kind });
  }
  throw new RangeError(`no working day within ${MAX_DAYS_OFF} days after ${date}: the production calendar is broken`);
}
