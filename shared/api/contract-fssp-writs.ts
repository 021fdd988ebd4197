/**
 * @file API methods — The writ registry (measure 10): the presentation deadline of a writ by its start and events
 * (the CLI `writ-deadline`, shared/fssp/writ-deadline.ts); the writs created from court cases or entered / imported
 * by hand, their events and the deadlines list. Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { WRIT_EVENT_TYPES } from '../fssp/fssp-terms';
import type { WritDeadline } from '../fssp/writ-deadline';

export const WritDeadlineRequestSchema = z
  .object({
    start: isoDateSchema('Начало срока (start)').describe('день начала срока ГГГГ-ММ-ДД'),
    events: z
      .array(
        z
          .object({
            type: z.enum(WRIT_EVENT_TYPES, {
              error: 'Вид события: presented (предъявлен), returned (возвращён) или partial_payment (частичная оплата).',
            }),
            date: isoDateSchema('Дата события'),
          })
          .strict(),
        { error: 'События (events) — список объектов {"type", "date"}.' },
      )
      .max(1000, 'Не больше 1000 событий.')
      .default([]),
    asOf: isoDateSchema('Дата «на дату» (asOf)').describe('на какую дату ГГГГ-ММ-ДД'),
  })
  .strict();

export const fsspWritsApiInputs = {
  /** The presentation deadline of a writ (229-ФЗ ст.21, 22, 16) by the production calendar and `writ_term_years`. */
  'writs.deadline': WritDeadlineRequestSchema,
} as const;

export interface FsspWritsApiOutputs {
  'writs.deadline': WritDeadline & { start: string; asOf: string };
}
