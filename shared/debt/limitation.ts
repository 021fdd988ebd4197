/**
 * @file Исковая давность of one billing month (shared, pure; docs/legal-notes.md § Limitation): the one implementation
 * that the debt position, the court work and the `limitation` CLI use.
 *
 * - due(m) is the due-day table's DEFAULT day for month m (10th of the next month; 15th for months from 2026-02),
 *   never a contract day and never moved; E = due(m) + 3 years, same day and month (ГК ст.196, 200; Пленум ВС № 43
 *   п.24), the month's last day where that day does not exist.
 * - Each court-order episode covering m, in filing order, filed on or before the last day: pending → the term is
 *   suspended (no expiry while the court protects the claim); cancelled → E = the later of E + (cancelled − filed)
 *   days and cancelled + 6 months (ГК ст.204 п.1, п.3; Пленум № 43 пп.17–18). An episode filed after the last
 *   day changes nothing.
 * - Finally a last day that is not a working day moves to the next working day (ГК ст.193) by the production
 *   calendar; beyond the calendar's years only Saturdays and Sundays are known, and the result says so.
 * - Expired = the as-of date is after the last day. The court applies limitation only on the debtor's statement
 *   (ГК ст.199 п.2): an expired month may still be billed and asked for voluntarily, marked.
 */
import { addDays, daysBetween } from '../calendar/date-math';
import { dayInfo } from '../calendar/day-kind';
import type { ProductionCalendarData } from '../calendar/production-calendar-data';
import { daysInMonth, formatRuDate, type IsoDate } from '../dates/iso-date';

export interface CourtOrderEpisode {
  filed: IsoDate;
  /** null while the order stands (or the application is pending). */
  cancelled: IsoDate | null;
  /** Billing months 'YYYY-MM' the application covered. */
  periods: readonly string[];
}

export interface MonthLimitation {
  period: string;
  /** due(m): the last day of payment on time, by the default due-day rule. */
  dueDate: IsoDate;
  /** The last day of the term; null while a court order episode suspends it. */
  expiresOn: IsoDate | null;
  expired: boolean;
  /** True when the last day lies beyond the production calendar's years (weekends only were considered). */
  outsideCalendar: boolean;
  /** Russian, one line per step. */
  reasons: string[];
}

/** The same day `years` later; 29 February → 28 February. */
export function addYearsClamped(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The same day `months` later; the last day of that month where it has no such day (31.08 + 6 → 28/29.02). */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The day itself when it is a working day, else the next working day (ГК ст.193). */
export function nextWorkingDay(date: IsoDate, calendar: ProductionCalendarData): { date: IsoDate; covered: boolean } {
  let day = date;
  let info = dayInfo(day, calendar);
  while (info.kind !== 'working') {
    day = addDays(day, 1);
    info = dayInfo(day, calendar);
  }
  return { date: day, covered: info.covered && dayInfo(date, calendar).covered };
}

/**
 * @param period billing month 'YYYY-MM'
 * @param dueDate due(m), from the due-day table's default rule (not a contract day)
 * @param asOf the date the question is asked on
 * @param episodes court-order applications (any order; those not covering `period` are ignored)
 */
export function limitationOf(
  period: string,
  dueDate: IsoDate,
  asOf: IsoDate,
  episodes: readonly CourtOrderEpisode[],
  calendar: ProductionCalendarData,
): MonthLimitation {
  let last = addYearsClamped(dueDate, 3);
  const reasons = [
    `Срок оплаты ${formatRuDate(dueDate)}; давность течёт со следующего дня, три года — по ${formatRuDate(last)} (ГК РФ ст.196, 200)`,
  ];
  const covering = episodes
    .filter((e) => e.periods.includes(period))
    .sort((a, b) => (a.filed < b.filed ? -1 : a.filed > b.filed ? 1 : 0));
  for (const e of covering) {
    if (e.filed > nextWorkingDay(last, calendar).date) {
      reasons.push(
        `Заявление о выдаче судебного приказа ${formatRuDate(e.filed)} подано после истечения срока — не влияет`,
      );
      continue;
    }
    if (e.cancelled === null) {
      reasons.push(
        `Заявление о выдаче судебного приказа ${formatRuDate(e.filed)}: пока длится судебная защита, срок не течёт (ГК РФ ст.204 п.1)`,
      );
      return { period, dueDate, expiresOn: null, expired: false, outsideCalendar: false, reasons };
    }
    const extended = addDays(last, daysBetween(e.filed, e.cancelled));
    const sixMonths = addMonthsClamped(e.cancelled, 6);
    last = extended > sixMonths ? extended : sixMonths;
    reasons.push(
      extended >= sixMonths
        ? `Приказ ${formatRuDate(e.filed)}, отменён ${formatRuDate(e.cancelled)}: срок продлён на ${daysBetween(e.filed, e.cancelled)} дн. — по ${formatRuDate(last)} (ГК РФ ст.204 п.1)`
        : `Приказ ${formatRuDate(e.filed)}, отменён ${formatRuDate(e.cancelled)}: остаток меньше шести месяцев, удлиняется до ${formatRuDate(last)} (ГК РФ ст.204 п.3)`,
    );
  }
  const moved = nextWorkingDay(last, calendar);
  if (moved.date !== last)
    reasons.push(
      `${formatRuDate(last)} — нерабочий день, последний день срока ${formatRuDate(moved.date)} (ГК РФ ст.193)`,
    );
  if (!moved.covered)
    reasons.push('⚠️ Дата за пределами производственного календаря: учтены только субботы и воскресенья');
  const expired = asOf > moved.date;
  return { period, dueDate, expiresOn: moved.date, expired, outsideCalendar: !moved.covered, reasons };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
