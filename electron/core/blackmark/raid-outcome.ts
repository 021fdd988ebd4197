/**
 * @file What happened at one address of a «Чёрная метка» raid (measure 7): no access, the notice handed, paid on
 * the spot (the sum), a promise to pay (date and sum), or — on a demonstrative disconnection only — the service
 * restricted. Recorded on or after the raid's day, while the raid is planned; recording again replaces the outcome
 * and the journal keeps the before and after. Each is journaled 'blackmark.visit' with the account, on the raid's
 * day (the effectiveness report counts the visit from it).
 *
 * A promise becomes an ordinary open promise to pay (payment_promises, the table the calls write): the rule book's
 * promisePending holds the account's other measures until the promised date, and the promise check marks it kept
 * or broken against the payments. A replaced promise still open is removed; one already checked stays as history.
 *
 * «Restricted» is a claim about measure 8's case, so measure 8's gate decides it (restriction-acts.ts): a delivered
 * warning whose term ended before the raid's day, the debt still over the threshold, no signed agreement — or the
 * act already recorded for that day. The act of restriction itself is made in measure 8 (only it changes the case);
 * the raid records that the team saw it done. A sum paid on the spot is recorded here only: the debt changes when
 * the payment arrives with billing.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { caseRowsByStatus } from '../restriction/restriction-case-rows';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { BLACKMARK_OUTCOME_LABELS, type BlackmarkOutcome } from '../../../shared/blackmark/blackmark-terms';
import type { BlackmarkRaidView } from '../../../shared/api/contract-blackmark';
import { restrictableCases } from './raid-candidates';
import { raidRow, readBlackmarkRaid, type AddressRow } from './raid-read';

export interface BlackmarkOutcomeInput {
  raidId: number;
  accountId: number;
  outcome: BlackmarkOutcome;
  paidKopecks: number | null;
  promiseDate: string | null;
  promiseKopecks: number | null;
  note: string;
}

type State = Pick<AddressRow, 'outcome' | 'paidKopecks' | 'promiseDate' | 'promiseKopecks' | 'note'>;

function outcomeText(a: State): string {
  if (a.outcome === null) return 'итог не записан';
  const label = BLACKMARK_OUTCOME_LABELS[a.outcome];
  if (a.outcome === 'paid_on_spot') return `${label} ${rublesText(a.paidKopecks ?? 0)} ₽`;
  if (a.outcome === 'promise')
    return `${label} ${rublesText(a.promiseKopecks ?? 0)} ₽ до ${formatRuDate(a.promiseDate ?? '')}`;
  return label;
}

const stateOf = (a: State): State => ({
  outcome: a.outcome,
  paidKopecks: a.paidKopecks,
  promiseDate: a.promiseDate,
  promiseKopecks: a.promiseKopecks,
  note: a.note,
});

/** The restriction case that lets «restricted» be recorded on `raidDate`, or the refusal. */
function restrictionCaseFor(sqlite: Database.Database, accountId: number, raidDate: string, today: string): number {
  const done = caseRowsByStatus(sqlite, ['restricted', 'restoration_due'], today).find(
    (c) => c.accountId === accountId && c.restrictedDate === raidDate,
  );
  if (done) return done.caseId;
  const open = restrictableCases(sqlite, today, raidDate, new Set([accountId])).get(accountId);
  if (open) return open.caseId;
  throw new AppError(
    'BLACKMARK.NOT_ELIGIBLE',
    'По этому адресу ограничение недопустимо: нет дела об ограничении с доставленным предупреждением и истёкшим сроком (или долг уже ниже порога, или подписано соглашение). Итог не записан, ничего не изменено.',
  );
}

export function recordBlackmarkOutcome(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: BlackmarkOutcomeInput,
): { raid: BlackmarkRaidView; summary: string; promiseId: number | null } {
  const today = isoDateInZone(nowMs);
  const result = sqlite.transaction(() => {
    const raid = raidRow(sqlite, input.raidId);
    if (raid.status !== 'planned')
      throw new AppError(
        'BLACKMARK.BAD_STEP',
        `Рейд № ${raid.id} ${raid.status === 'done' ? 'уже завершён' : 'отменён'} — итоги по адресам не меняются. Ничего не изменено.`,
      );
    if (raid.raidDate > today)
      throw new AppError(
        'BLACKMARK.BAD_STEP',
        `Рейд № ${raid.id} назначен на ${formatRuDate(raid.raidDate)} — итог записывается в день рейда или позже. Ничего не изменено.`,
      );
    const address = sqlite
      .prepare<[number, number], AddressRow>(
        `SELECT id, raid_id AS raidId, account_id AS accountId, route_order AS routeOrder, debt_kopecks AS debtKopecks,
                outcome, paid_kopecks AS paidKopecks, promise_date AS promiseDate, promise_kopecks AS promiseKopecks,
                note, recorded_by AS recordedBy, recorded_at_ms AS recordedAtMs
           FROM blackmark_raid_addresses WHERE raid_id = ? AND account_id = ?`,
      )
      .get(input.raidId, input.accountId);
    if (!address)
      throw new AppError(
        'NOT_FOUND',
        `В рейде № ${input.raidId} нет такого адреса (л/с код ${input.accountId}); ничего не изменено.`,
      );

    const after: State = {
      outcome: input.outcome,
      paidKopecks: null,
      promiseDate: null,
      promiseKopecks: null,
      note: input.note,
    };
    if (input.outcome === 'paid_on_spot') {
      if (input.paidKopecks === null || input.paidKopecks <= 0)
        throw new AppError('VALIDATION', 'Укажите сумму, оплаченную на месте (больше нуля). Итог не записан.');
      after.paidKopecks = input.paidKopecks;
    } else if (input.paidKopecks !== null) {
      throw new AppError(
        'VALIDATION',
        'Сумма оплаты указывается только для итога «оплачено на месте». Итог не записан.',
      );
    }
    if (input.outcome === 'promise') {
      if (input.promiseDate === null || input.promiseKopecks === null)
        throw new AppError(
          'VALIDATION',
          'Для обещания укажите дату и сумму, которую должник обещал оплатить. Итог не записан.',
        );
      if (input.promiseDate < raid.raidDate)
        throw new AppError(
          'VALIDATION',
          `Дата обещанной оплаты (${formatRuDate(input.promiseDate)}) раньше дня рейда (${formatRuDate(raid.raidDate)}). Итог не записан.`,
        );
      after.promiseDate = input.promiseDate;
      after.promiseKopecks = input.promiseKopecks;
    } else if (input.promiseDate !== null || input.promiseKopecks !== null) {
      throw new AppError(
        'VALIDATION',
        'Дата и сумма обещания указываются только для итога «обещание оплатить». Итог не записан.',
      );
    }
    let caseId: number | null = null;
    if (input.outcome === 'restricted') {
      if (raid.kind !== 'demonstrative')
        throw new AppError(
          'BLACKMARK.NOT_ELIGIBLE',
          'Итог «услуга ограничена» — только для показательного отключения; акция «Чёрная метка» услуг не ограничивает. Итог не записан, ничего не изменено.',
        );
      caseId = restrictionCaseFor(sqlite, input.accountId, raid.raidDate, today);
    }

    // A replaced promise still open is removed (it was made by this address: same account, day, date and moment).
    if (address.outcome === 'promise' && address.recordedAtMs !== null)
      sqlite
        .prepare(
          `DELETE FROM payment_promises WHERE account_id = ? AND made_date = ? AND promised_date = ? AND at_ms = ? AND status = 'open'`,
        )
        .run(address.accountId, raid.raidDate, address.promiseDate, address.recordedAtMs);
    let promiseId: number | null = null;
    if (after.promiseDate !== null && after.promiseKopecks !== null)
      promiseId = Number(
        sqlite
          .prepare(
            `INSERT INTO payment_promises (account_id, made_date, promised_date, amount_kopecks, status, user_name, at_ms)
             VALUES (?, ?, ?, ?, 'open', ?, ?)`,
          )
          .run(input.accountId, raid.raidDate, after.promiseDate, after.promiseKopecks, by.name, nowMs).lastInsertRowid,
      );

    sqlite
      .prepare(
        `UPDATE blackmark_raid_addresses SET outcome = ?, paid_kopecks = ?, promise_date = ?, promise_kopecks = ?, note = ?,
                recorded_by = ?, recorded_at_ms = ? WHERE id = ?`,
      )
      .run(
        after.outcome,
        after.paidKopecks,
        after.promiseDate,
        after.promiseKopecks,
        after.note,
        by.name,
        nowMs,
        address.id,
      );

    const replaced = address.outcome !== null;
    const summary = `Рейд «Чёрная метка» ${formatRuDate(raid.raidDate)}: ${outcomeText(after)}${replaced ? ` (было: ${outcomeText(address)})` : ''}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'blackmark.visit',
      accountId: input.accountId,
      object: { type: 'blackmark_raid', id: raid.id },
      summary,
      actionDate: raid.raidDate,
      details: {
        raidId: raid.id,
        kind: raid.kind,
        routeOrder: address.routeOrder,
        outcome: after.outcome,
        paidKopecks: after.paidKopecks,
        promiseKopecks: after.promiseKopecks,
        promiseDate: after.promiseDate,
        promiseId,
        restrictionCaseId: caseId,
        replaced,
      },
      ...(replaced ? { before: stateOf(address), after } : {}),
    });
    return { summary, promiseId };
  })();
  return { raid: readBlackmarkRaid(sqlite, input.raidId), ...result };
}
