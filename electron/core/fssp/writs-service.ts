/**
 * @file Writs entered and edited by hand, and their events by hand. Every field is checked (real dates in order, the
 * term start not before the act, sums in kopecks ≥ 0 and not all zero, the account by its number, the debtor among
 * the account's persons, the number not already in the registry for the same act date); one transaction per change,
 * journaled: a new writ 'fssp.writ_received', an edit or an event 'fssp.writ_changed' with before and after.
 *
 * An event by hand moves the status as the register and the proceedings services would: presented → sent (the writ
 * left the creditor), returned → returned (back with the creditor, to send again); a partial payment leaves it.
 * The checks are shared with the import (writs-import.ts), which reports them per row.
 */
import type Database from 'better-sqlite3';
import { and, eq, ne } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { writs } from '../../../shared/db/schema-fssp';
import { courts } from '../../../shared/db/schema-court';
import { accountPersons, accounts, persons } from '../../../shared/db/schema';
import type { WritFields, WritView } from '../../../shared/api/contract-fssp-writs';
import { WRIT_EVENT_LABELS, WRIT_KIND_LABELS, type WritEventType } from '../../../shared/fssp/fssp-terms';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { addWritEvent, setWritStatus } from './writ-events';
import { readWrit } from './writs-repo';

export type WritRecord = typeof writs.$inferSelect;

/** What a writ's fields must satisfy besides their shapes; problems in Russian, without the final stop. */
export function writFieldProblems(f: WritFields, today: string): string[] {
  const p: string[] = [];
  const ru = formatRuDate;
  if (f.actDate > today) p.push(`дата акта ${ru(f.actDate)} ещё не наступила`);
  if (f.inForceDate !== null && f.inForceDate < f.actDate)
    p.push(`дата вступления в силу ${ru(f.inForceDate)} раньше даты акта ${ru(f.actDate)}`);
  if (f.inForceDate !== null && f.inForceDate > today)
    p.push(`дата вступления в силу ${ru(f.inForceDate)} ещё не наступила`);
  if (f.kind === 'writ_of_execution' && f.inForceDate === null)
    p.push('для исполнительного листа укажите дату вступления решения в силу');
  if (f.termStartDate < f.actDate) p.push(`начало срока ${ru(f.termStartDate)} раньше даты акта ${ru(f.actDate)}`);
  if (f.termStartDate > today) p.push(`начало срока ${ru(f.termStartDate)} ещё не наступило`);
  if (f.receivedDate < f.actDate) p.push(`дата получения ${ru(f.receivedDate)} раньше даты акта ${ru(f.actDate)}`);
  if (f.receivedDate > today) p.push(`дата получения ${ru(f.receivedDate)} ещё не наступила`);
  if (f.principalKopecks + f.penaltyKopecks + f.dutyKopecks === 0) p.push('сумма по документу равна нулю');
  return p;
}

export interface ResolvedAccount {
  accountId: number;
  managementCompanyId: number;
  debtorName: string;
}

/** The account by number and the debtor among its persons, or the problem in Russian. */
export function resolveAccountDebtor(
  sqlite: Database.Database,
  accountNumber: string,
  debtorPersonId: number,
): ResolvedAccount | string {
  const db = drizzleOf(sqlite);
  const acc = db
    .select({ id: accounts.id, mc: accounts.managementCompanyId })
    .from(accounts)
    .where(eq(accounts.number, accountNumber.trim()))
    .get();
  if (!acc) return `лицевой счёт «${accountNumber.trim()}» не найден`;
  const person = db
    .select({ name: persons.fullName })
    .from(accountPersons)
    .innerJoin(persons, eq(persons.id, accountPersons.personId))
    .where(and(eq(accountPersons.accountId, acc.id), eq(accountPersons.personId, debtorPersonId)))
    .get();
  if (!person) return `должник не значится на лицевом счёте ${accountNumber.trim()} — выберите его из списка лиц счёта`;
  return { accountId: acc.id, managementCompanyId: acc.mc, debtorName: person.name };
}

/** Another writ with the same number and act date, if any. */
export function sameNumber(
  sqlite: Database.Database,
  number: string,
  actDate: string,
  exceptId?: number,
): number | null {
  const row = drizzleOf(sqlite)
    .select({ id: writs.id })
    .from(writs)
    .where(
      and(
        eq(writs.number, number),
        eq(writs.actDate, actDate),
        ...(exceptId !== undefined ? [ne(writs.id, exceptId)] : []),
      ),
    )
    .get();
  return row?.id ?? null;
}

function checkOrThrow(sqlite: Database.Database, f: WritFields, today: string, exceptId?: number): ResolvedAccount {
  const problems = writFieldProblems(f, today);
  const resolved = resolveAccountDebtor(sqlite, f.accountNumber, f.debtorPersonId);
  if (typeof resolved === 'string') problems.push(resolved);
  if (
    f.courtId !== null &&
    !drizzleOf(sqlite).select({ id: courts.id }).from(courts).where(eq(courts.id, f.courtId)).get()
  )
    problems.push(`суд с кодом ${f.courtId} не найден в справочнике`);
  if (problems.length > 0) {
    const text = problems.join('; ');
    throw new AppError('VALIDATION', `${text[0]!.toUpperCase()}${text.slice(1)}.`, { problems });
  }
  const other = sameNumber(sqlite, f.number, f.actDate, exceptId);
  if (other !== null)
    throw new AppError(
      'CONFLICT',
      `Документ № ${f.number} от ${formatRuDate(f.actDate)} уже есть в реестре (запись № ${other}).`,
    );
  return resolved as ResolvedAccount;
}

export function writValues(f: WritFields, r: ResolvedAccount) {
  return {
    kind: f.kind,
    number: f.number,
    actDate: f.actDate,
    inForceDate: f.inForceDate,
    termStartDate: f.termStartDate,
    courtId: f.courtId,
    courtName: f.courtName,
    courtCaseNumber: f.courtCaseNumber === '' ? null : f.courtCaseNumber,
    accountId: r.accountId,
    managementCompanyId: r.managementCompanyId,
    debtorPersonId: f.debtorPersonId,
    debtorName: r.debtorName,
    principalKopecks: f.principalKopecks,
    penaltyKopecks: f.penaltyKopecks,
    dutyKopecks: f.dutyKopecks,
    totalKopecks: f.principalKopecks + f.penaltyKopecks + f.dutyKopecks,
    receivedDate: f.receivedDate,
    note: f.note,
  };
}

export const writSummary = (w: Pick<WritRecord, 'kind' | 'number' | 'actDate' | 'debtorName' | 'totalKopecks'>) =>
  `${WRIT_KIND_LABELS[w.kind]} № ${w.number} от ${formatRuDate(w.actDate)}, ${w.debtorName}, ${formatKopecksAsRub(w.totalKopecks)}`;

/** Inserts a checked writ and journals 'fssp.writ_received' (the caller runs the transaction). */
export function insertWrit(
  sqlite: Database.Database,
  values: ReturnType<typeof writValues> & { courtCaseId?: number | null },
  source: WritRecord['source'],
  by: JournalActor,
  nowMs: number,
  how: string,
): number {
  const row = drizzleOf(sqlite)
    .insert(writs)
    .values({ ...values, status: 'received', source, createdBy: by.name, createdAtMs: nowMs, updatedAtMs: nowMs })
    .returning()
    .get();
  writeJournal(sqlite, by, nowMs, {
    kind: 'fssp.writ_received',
    summary: `Получен исполнительный документ (${how}): ${writSummary(row)} — для направления в ФССП.`,
    accountId: row.accountId,
    object: { type: 'writ', id: row.id },
    after: row,
  });
  return row.id;
}

export function createWrit(
  sqlite: Database.Database,
  f: WritFields,
  by: JournalActor,
  nowMs: number,
  today: string,
): WritView {
  const id = sqlite.transaction(() => {
    const r = checkOrThrow(sqlite, f, today);
    return insertWrit(sqlite, writValues(f, r), 'manual', by, nowMs, 'внесён вручную');
  })();
  return readWrit(sqlite, id, today);
}

function writRecord(sqlite: Database.Database, writId: number): WritRecord {
  const w = drizzleOf(sqlite).select().from(writs).where(eq(writs.id, writId)).get();
  if (!w) throw new AppError('NOT_FOUND', `Исполнительный документ № ${writId} не найден.`);
  return w;
}

export function updateWrit(
  sqlite: Database.Database,
  input: WritFields & { writId: number },
  by: JournalActor,
  nowMs: number,
  today: string,
): WritView {
  const { writId, ...f } = input;
  sqlite.transaction(() => {
    const before = writRecord(sqlite, writId);
    const r = checkOrThrow(sqlite, f, today, writId);
    const after = drizzleOf(sqlite)
      .update(writs)
      .set({ ...writValues(f, r), updatedAtMs: nowMs })
      .where(eq(writs.id, writId))
      .returning()
      .get();
    const changed = (Object.keys(after) as (keyof WritRecord)[]).filter(
      (k) => k !== 'updatedAtMs' && after[k] !== before[k],
    );
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.writ_changed',
      summary: `Исполнительный документ изменён: ${writSummary(after)}${changed.length > 0 ? ` (изменено: ${changed.join(', ')})` : ' (без изменений)'}.`,
      accountId: after.accountId,
      object: { type: 'writ', id: writId },
      before,
      after,
    });
  })();
  return readWrit(sqlite, writId, today);
}

export function addWritEventByHand(
  sqlite: Database.Database,
  input: { writId: number; type: WritEventType; date: string; note: string },
  by: JournalActor,
  nowMs: number,
  today: string,
): WritView {
  sqlite.transaction(() => {
    const w = writRecord(sqlite, input.writId);
    if (input.date > today)
      throw new AppError('VALIDATION', `Дата события ${formatRuDate(input.date)} ещё не наступила.`);
    if (input.date < w.actDate)
      throw new AppError(
        'VALIDATION',
        `Дата события ${formatRuDate(input.date)} раньше даты акта ${formatRuDate(w.actDate)}.`,
      );
    if (w.status === 'performed' || w.status === 'cancelled')
      throw new AppError(
        'FSSP.WRIT_STATE',
        `Документ № ${w.number} ${w.status === 'performed' ? 'исполнен' : 'отменён'}: события не добавляются.`,
      );
    const eventId = addWritEvent(sqlite, input, by, nowMs);
    let status = w.status;
    if (input.type === 'presented' && (w.status === 'received' || w.status === 'returned')) status = 'sent';
    if (input.type === 'returned' && (w.status === 'sent' || w.status === 'in_proceedings')) status = 'returned';
    if (status !== w.status) setWritStatus(sqlite, w.id, status, nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.writ_changed',
      summary: `${writSummary(w)}: ${WRIT_EVENT_LABELS[input.type]} ${formatRuDate(input.date)}${input.note ? ` (${input.note})` : ''}.`,
      accountId: w.accountId,
      object: { type: 'writ', id: w.id },
      details: { eventId, ...input },
      before: { status: w.status },
      after: { status },
    });
  })();
  return readWrit(sqlite, input.writId, today);
}
