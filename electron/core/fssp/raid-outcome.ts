/**
 * @file The outcome of a raid at one address (measure 11): no access, property arrested, paid on the spot (with
 * the sum), a promise to pay (with the date, not before the raid), refused. Journaled as 'fssp.raid_visit' with the
 * account, on the raid's day; recording again replaces the outcome, the journal keeps the before and after.
 *
 * A promise becomes an ordinary open promise to pay (payment_promises, the table the calls write): the rule book's
 * promisePending holds the account's other measures until the promised date, and the promise check marks it kept
 * or broken against the payments. Its amount is the sum promised, or the address's debt when none was named. A
 * replaced promise still open is removed; one already checked (kept or broken) stays as history.
 *
 * A sum paid on the spot is recorded here only: the debt changes when the payment arrives with billing.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { paymentPromises } from '../../../shared/db/schema-work';
import { raidAddresses } from '../../../shared/db/schema-fssp';
import { RAID_OUTCOME_LABELS, type RaidOutcome } from '../../../shared/fssp/fssp-terms';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import type { RaidView } from '../../../shared/api/contract-fssp-raids';
import { promiseOfAddress, raidRow, readRaid } from './raid-read';

export interface RaidOutcomeInput {
  raidId: number;
  accountId: number;
  outcome: RaidOutcome;
  paidKopecks: number | null;
  promiseDate: string | null;
  promiseKopecks: number | null;
  note: string;
}

type AddressRow = typeof raidAddresses.$inferSelect;

function outcomeText(
  a: { outcome: RaidOutcome | null; paidKopecks: number | null; promiseDate: string | null },
  promised: number | null,
): string {
  if (a.outcome === null) return 'итог не записан';
  const label = RAID_OUTCOME_LABELS[a.outcome];
  if (a.outcome === 'paid') return `${label} ${rublesText(a.paidKopecks ?? 0)} ₽`;
  if (a.outcome === 'promise')
    return `${label}${promised ? ` ${rublesText(promised)} ₽` : ''} до ${formatRuDate(a.promiseDate ?? '')}`;
  return label;
}

function stateOf(a: AddressRow) {
  return { outcome: a.outcome, paidKopecks: a.paidKopecks, promiseDate: a.promiseDate, note: a.note };
}

export function recordRaidOutcome(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: RaidOutcomeInput,
): { raid: RaidView; summary: string; promiseId: number | null } {
  const db = drizzleOf(sqlite);
  const raid = raidRow(sqlite, input.raidId);
  const result = sqlite.transaction(() => {
    const address = db
      .select()
      .from(raidAddresses)
      .where(and(eq(raidAddresses.raidId, input.raidId), eq(raidAddresses.accountId, input.accountId)))
      .get();
    if (!address)
      throw new AppError('NOT_FOUND', `В рейде № ${input.raidId} нет такого адреса (л/с код ${input.accountId}).`);

    let paidKopecks: number | null = null;
    let promiseDate: string | null = null;
    let promiseKopecks: number | null = null;
    if (input.outcome === 'paid') {
      if (input.paidKopecks === null || input.paidKopecks <= 0)
        throw new AppError('VALIDATION', 'Укажите сумму, оплаченную на месте (больше нуля).');
      paidKopecks = input.paidKopecks;
    } else if (input.paidKopecks !== null) {
      throw new AppError('VALIDATION', 'Сумма оплаты указывается только для итога «оплачено на месте».');
    }
    if (input.outcome === 'promise') {
      if (input.promiseDate === null)
        throw new AppError('VALIDATION', 'Укажите дату, до которой должник обещал оплатить.');
      if (input.promiseDate < raid.raidDate)
        throw new AppError(
          'VALIDATION',
          `Дата обещанной оплаты (${formatRuDate(input.promiseDate)}) раньше дня рейда (${formatRuDate(raid.raidDate)}).`,
        );
      promiseDate = input.promiseDate;
      promiseKopecks = input.promiseKopecks ?? address.debtKopecks;
    } else if (input.promiseDate !== null || input.promiseKopecks !== null) {
      throw new AppError('VALIDATION', 'Дата и сумма обещания указываются только для итога «обещание оплатить».');
    }

    const oldPromise = address.outcome === 'promise' ? promiseOfAddress(sqlite, raid.raidDate, address) : null;
    if (oldPromise && oldPromise.status === 'open')
      db.delete(paymentPromises).where(eq(paymentPromises.id, oldPromise.id)).run();

    let promiseId: number | null = null;
    if (promiseDate !== null && promiseKopecks !== null)
      promiseId = db
        .insert(paymentPromises)
        .values({
          accountId: input.accountId,
          madeDate: raid.raidDate,
          promisedDate: promiseDate,
          amountKopecks: promiseKopecks,
          status: 'open',
          userName: by.name,
          atMs: nowMs,
        })
        .returning({ id: paymentPromises.id })
        .get().id;

    db.update(raidAddresses)
      .set({
        outcome: input.outcome,
        paidKopecks,
        promiseDate,
        note: input.note,
        recordedBy: by.name,
        recordedAtMs: nowMs,
      })
      .where(and(eq(raidAddresses.raidId, input.raidId), eq(raidAddresses.accountId, input.accountId)))
      .run();

    const after = { outcome: input.outcome, paidKopecks, promiseDate, note: input.note };
    const text = outcomeText(after, promiseKopecks);
    const replaced = address.outcome !== null;
    const summary = `Рейд ${formatRuDate(raid.raidDate)}: ${text}${replaced ? ` (было: ${outcomeText(address, oldPromise?.amountKopecks ?? null)})` : ''}.`;
    const today = isoDateInZone(nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.raid_visit',
      accountId: input.accountId,
      object: { type: 'raid', id: input.raidId },
      summary,
      actionDate: raid.raidDate <= today ? raid.raidDate : today,
      details: { raidId: input.raidId, routeOrder: address.routeOrder, promiseId, promiseKopecks, replaced },
      ...(replaced ? { before: stateOf(address), after } : {}),
    });
    return { summary, promiseId };
  })();
  return { raid: readRaid(sqlite, input.raidId), ...result };
}
