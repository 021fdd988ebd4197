/**
 * @file The press summary's period and the days it reads (shared, pure): by default the last full month; the debt
 * «at the start» is the day before `from`, «at the end» is `to`; the monthly line ends at `to` and goes back five
 * month ends (six points). A period is at most a year and never ends after today.
 */
import { addDays, daysBetween, monthStart } from '../calendar/date-math';

export const PRESS_MAX_DAYS = 366;

export interface PressPeriod {
  from: string;
  to: string;
}

/** The last full month before `today`: 2026-12-06 → 2026-11-01 … 2026-11-30. */
export function defaultPressPeriod(today: string): PressPeriod {
  const to = addDays(monthStart(today), -1);
  return { from: monthStart(to), to };
}

/** The day whose debt is «at the start of the period». */
export function pressStartDate(from: string): string {
  return addDays(from, -1);
}

/** Six points of the monthly line: the ends of the five months before `to`'s month, then `to`. */
export function pressMonthPoints(to: string): string[] {
  const points = [to];
  let cursor = to;
  for (let i = 0; i < 5; i++) {
    cursor = addDays(monthStart(cursor), -1);
    points.unshift(cursor);
  }
  return points;
}

/** Why the period cannot be used, or null. */
export function pressPeriodProblem(
  p: PressPeriod,
  today: string,
): { code: 'REPORT.BAD_PERIOD' | 'REPORT.TOO_LONG'; message: string } | null {
  if (p.from > p.to)
    return {
      code: 'REPORT.BAD_PERIOD',
      message: 'Начало периода позже его конца: сводка не составлена, ничего не изменено.',
    };
  if (p.to > today)
    return {
      code: 'REPORT.BAD_PERIOD',
      message: 'Период сводки заканчивается в будущем: выберите конец не позже сегодняшнего дня. Ничего не изменено.',
    };
  if (daysBetween(p.from, p.to) + 1 > PRESS_MAX_DAYS)
    return {
      code: 'REPORT.TOO_LONG',
      message: 'Сводка для СМИ составляется не больше чем за год: сократите период. Ничего не изменено.',
    };
  return null;
}
