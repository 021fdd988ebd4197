/**
 * @file The delivery of a restriction warning (measure 8, Правила № 354 п.119 «а»): the day the warning reached the
 * debtor starts the term — `timer_ends_date` = delivered + the dated rule restriction.warning_days on the delivery
 * date. The clerk records it for the ЕПД, SMS and against signature (not before the warning, not after today); a
 * letter by post takes the outcome of its mail item — delivered, refused, or returned unclaimed, which is deemed
 * delivered on the day it came back (ГК ст.165.1 ч.1; Пленум ВС № 25 от 23.06.2015 п.67) — when the outcome is
 * recorded (mailing's setDeliveryOutcome calls `takePostOutcomes` for that letter) and again whenever the cases or
 * timers are read, so an outcome written any other way is never lost. Journaled 'restriction.delivered'.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { addDays } from '../../../shared/calendar/date-math';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import type { RestrictionCaseView } from '../../../shared/api/contract-restriction';
import { writeJournal } from '../journal/journal-writer';
import { measureRule } from './restriction-tables-repo';
import { postOutcomesToTake, readCase, setDelivered } from './restriction-cases-repo';

export interface DeliveryInput {
  caseId: number;
  method: 'epd' | 'sms' | 'signature';
  deliveredDate: string;
  note?: string | undefined;
}

const METHOD_TEXT = { epd: 'текстом в ЕПД', sms: 'по СМС', signature: 'под подпись' } as const;
const OUTCOME_TEXT = {
  delivered: 'письмо вручено',
  refused: 'адресат отказался от получения письма',
  returned: 'письмо возвращено за истечением срока хранения — считается доставленным (ст. 165.1 ГК РФ)',
} as const;

/** The last day of the term for a warning delivered on `deliveredDate`. */
export function timerEnd(sqlite: Database.Database, deliveredDate: string): { days: number; ends: string } {
  const days = measureRule(sqlite, 'restriction.warning_days', deliveredDate);
  return { days, ends: addDays(deliveredDate, days) };
}

export function recordDelivery(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: DeliveryInput,
): RestrictionCaseView {
  const today = isoDateInZone(nowMs);
  const c = readCase(sqlite, input.caseId, today);
  if (c.status !== 'warned') {
    throw new AppError(
      'RESTRICTION.BAD_STEP',
      c.status === 'delivered'
        ? `Доставка предупреждения по делу № ${c.id} уже отмечена (${formatRuDate(c.deliveredDate ?? today)}). Ничего не изменено.`
        : `Дело № ${c.id} уже не ждёт доставки предупреждения. Ничего не изменено.`,
    );
  }
  if (c.deliveryMethod === 'post' && c.mailItemId !== null) {
    throw new AppError(
      'RESTRICTION.BAD_STEP',
      `Предупреждение по делу № ${c.id} отправлено заказным письмом: доставку отмечают в списке писем пакета № ${c.batchId ?? '—'} (вручено, отказ или возврат). Ничего не изменено.`,
    );
  }
  if (input.deliveredDate > today) {
    throw new AppError(
      'VALIDATION',
      `Дата доставки ${formatRuDate(input.deliveredDate)} ещё не наступила. Ничего не изменено.`,
    );
  }
  if (input.deliveredDate < c.warningDate) {
    throw new AppError(
      'VALIDATION',
      `Дата доставки ${formatRuDate(input.deliveredDate)} раньше даты предупреждения ${formatRuDate(c.warningDate)}. Ничего не изменено.`,
    );
  }
  const { days, ends } = timerEnd(sqlite, input.deliveredDate);
  sqlite.transaction(() => {
    setDelivered(sqlite, c.id, {
      method: input.method,
      deliveredDate: input.deliveredDate,
      timerEndsDate: ends,
      nowMs,
    });
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.delivered',
      accountId: c.accountId,
      actionDate: input.deliveredDate,
      object: { type: 'restriction', id: c.id },
      summary:
        `Предупреждение об ограничении услуги «${c.service}» доставлено ${METHOD_TEXT[input.method]} ` +
        `${formatRuDate(input.deliveredDate)}; срок ${days} дн. — по ${formatRuDate(ends)}` +
        (input.note ? ` (${input.note})` : ''),
      details: {
        caseId: c.id,
        method: input.method,
        deliveredDate: input.deliveredDate,
        timerEndsDate: ends,
        warningDays: days,
        note: input.note ?? null,
      },
    });
  })();
  return readCase(sqlite, c.id, today);
}

/**
 * Takes the outcomes of the letters by post whose cases still wait ('warned'): the case becomes 'delivered' on the
 * outcome's date with its term (once — a later change of the letter's outcome does not move a running term). Inside the caller's transaction when there is one. Returns how
 * many cases changed. `mailItemId` narrows it to one letter (the mailing's outcome).
 */
export function takePostOutcomes(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  mailItemId?: number,
): number {
  const rows = postOutcomesToTake(sqlite, mailItemId);
  if (rows.length === 0) return 0;
  let changed = 0;
  const run = () => {
    for (const r of rows) {
      // An outcome dated before the warning is a typing error in the mailing: the case keeps waiting.
      if (r.outcomeDate < r.warningDate) continue;
      const { days, ends } = timerEnd(sqlite, r.outcomeDate);
      setDelivered(sqlite, r.caseId, { method: 'post', deliveredDate: r.outcomeDate, timerEndsDate: ends, nowMs });
      writeJournal(sqlite, by, nowMs, {
        kind: 'restriction.delivered',
        accountId: r.accountId,
        actionDate: r.outcomeDate,
        object: { type: 'restriction', id: r.caseId },
        summary:
          `Предупреждение об ограничении услуги «${r.service}» ` +
          `(письмо ${r.orderNumber}${r.trackingNumber ? `, ШПИ ${r.trackingNumber}` : ''}): ${OUTCOME_TEXT[r.outcome]} ` +
          `${formatRuDate(r.outcomeDate)}; срок ${days} дн. — по ${formatRuDate(ends)}`,
        details: {
          caseId: r.caseId,
          method: 'post',
          outcome: r.outcome,
          deliveredDate: r.outcomeDate,
          timerEndsDate: ends,
          warningDays: days,
        },
      });
      changed += 1;
    }
  };
  if (sqlite.inTransaction) run();
  else sqlite.transaction(run)();
  return changed;
}
