/**
 * @file The one schema of a calendar date ('YYYY-MM-DD') and of a billing month ('YYYY-MM') for every input of the
 * API and the CLI. A string of the right shape is not enough: 2027-02-31 and 2026-13 are refused with a Russian
 * message naming the field, so a promise, a pause or a run is never stored on a day that does not exist.
 */
import { z } from './zod-russian';
import { formatRuDate, isIsoDate } from '../dates/iso-date';
import { isPeriod } from '../rules/penalty/day-count';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD_SHAPE = /^\d{4}-\d{2}$/;
/** Longer input is refused without being quoted back in the message. */
const SHOWN_MAX = 40;

/** How the CLI's help (electron/cli/schema-help.ts) names these fields' type. */
export const DATE_DESCRIPTION = 'дата ГГГГ-ММ-ДД';
export const PERIOD_DESCRIPTION = 'месяц ГГГГ-ММ';

/**
 * A calendar date 'YYYY-MM-DD' that exists (2028-02-29 yes, 2027-02-29 and 2027-02-31 no).
 * @param label the field as the clerk knows it, capitalised: «Дата обещания»
 */
export function isoDateSchema(label = 'Дата') {
  return z
    .string({ error: `${label}: укажите дату.` })
    .max(SHOWN_MAX, `${label} — в виде ГГГГ-ММ-ДД, например 2026-11-25.`)
    .superRefine((text, ctx) => {
      if (text.length > SHOWN_MAX) return; // refused by max(); not quoted back
      if (!DATE_SHAPE.test(text)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} — в виде ГГГГ-ММ-ДД, например 2026-11-25 (получено «${text}»).`,
        });
      } else if (!isIsoDate(text)) {
        ctx.addIssue({ code: 'custom', message: `${label}: такой даты нет в календаре — ${formatRuDate(text)}.` });
      }
    })
    .describe(DATE_DESCRIPTION);
}

/**
 * A billing month 'YYYY-MM' with a month from 01 to 12.
 * @param label the field as the clerk knows it, capitalised: «Расчётный месяц»
 */
export function periodSchema(label = 'Месяц') {
  return z
    .string({ error: `${label}: укажите месяц.` })
    .max(SHOWN_MAX, `${label} — в виде ГГГГ-ММ, например 2026-09.`)
    .superRefine((text, ctx) => {
      if (text.length > SHOWN_MAX) return; // refused by max(); not quoted back
      if (!PERIOD_SHAPE.test(text)) {
        ctx.addIssue({ code: 'custom', message: `${label} — в виде ГГГГ-ММ, например 2026-09 (получено «${text}»).` });
      } else if (!isPeriod(text)) {
        ctx.addIssue({ code: 'custom', message: `${label}: месяца ${text.slice(5)} не бывает — ${text}.` });
      }
    })
    .describe(PERIOD_DESCRIPTION);
}

/** The commonest fields, ready made. */
export const IsoDateSchema = isoDateSchema();
export const PeriodSchema = periodSchema();

/**
 * Checks a value given on the command line with a schema above built with the option as its label
 * (`isoDateSchema('--as-of')`): the value, or the Russian message («--as-of: такой даты нет в календаре — 31.02.2027.»).
 */
export function checkCalendarValue(
  schema: z.ZodType<string>,
  value: unknown,
): { ok: true; value: string } | { ok: false; message: string } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Неверное значение.' };
}
