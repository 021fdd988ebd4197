/**
 * @file The `limitation` request (CLI `limitation --input FILE.json`, the court work's contract): checked with a
 * Russian message per problem, then answered month by month with ./limitation.ts and the due-day table's default
 * day. Pure; the tables are arguments.
 */
import { z } from '../api/zod-russian';
import { isoDateSchema, periodSchema } from '../api/calendar-schemas';
import type { ProductionCalendarData } from '../calendar/production-calendar-data';
import { dueDateFor } from '../rules/penalty/due-date';
import type { PenaltyTables } from '../rules/penalty/legal-tables';
import { limitationOf, type MonthLimitation } from './limitation';

const Day = isoDateSchema('Дата');
const Period = periodSchema('Расчётный месяц');

export const LimitationRequestSchema = z
  .object({
    asOf: Day,
    periods: z.array(Period).max(1200),
    courtOrders: z
      .array(
        z
          .object({ filed: Day, cancelled: Day.nullable(), periods: z.array(Period).max(1200) })
          .strict()
          .refine((e) => e.cancelled === null || e.cancelled >= e.filed, 'дата отмены раньше даты подачи'),
      )
      .max(100)
      .default([]),
  })
  .strict();

export type LimitationRequest = z.infer<typeof LimitationRequestSchema>;

export function answerLimitation(
  request: LimitationRequest,
  tables: PenaltyTables,
  calendar: ProductionCalendarData,
): { asOf: string; months: MonthLimitation[] } {
  return {
    asOf: request.asOf,
    months: request.periods.map((period) =>
      limitationOf(
        period,
        dueDateFor(period, 'housing', tables).lastPayDay,
        request.asOf,
        request.courtOrders,
        calendar,
      ),
    ),
  };
}
