/**
 * @file The sums collected in enforcement proceedings (fssp_collections): entered by hand from the bailiff's
 * notice, or linked to the account's payments that came through the bailiffs. A collection never changes the
 * account's debt — the payment does, when billing imports it; a collection says where the money came from and
 * counts against the sum in the proceedings (balance = debt in the proceedings − collected).
 *
 * A payment «came through ФССП» when its source or document number names this proceedings number, or ФССП /
 * УФССП / ОСП / РОСП / МОСП as a word (not inside another word: «госпошлина» has «осп» in it). `linkPayments`
 * takes the account's unlinked positive payments dated on or after the day the proceedings opened that name this
 * proceeding, or name the bailiffs generally and no other proceeding's number; a payment is linked once
 * (payment_id unique). Any other payment of the account may be linked by hand (`linkPayment`): the clerk knows.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, gt, gte, isNull } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { payments } from '../../../shared/db/schema';
import { enforcementProceedings, fsspCollections, writs } from '../../../shared/db/schema-fssp';
import { proceedingNumbersIn } from '../../../shared/fssp/proceeding-number';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import type { CollectionRow, PaymentCandidate } from '../../../shared/api/contract-fssp-proceedings';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';

const BAILIFF_WORD = /(?<![\p{L}\d])(?:[УМР]?ФССП|[МР]?ОСП)(?![\p{L}])/iu;

/** Whether a payment's source / document names the bailiffs: this proceeding's number, or ФССП / ОСП as a word. */
export function fsspMark(
  payment: { source: string | null; documentNumber: string | null },
  proceedingNumber: string,
): 'this' | 'other' | 'general' | null {
  const text = `${payment.source ?? ''} ${payment.documentNumber ?? ''}`;
  const named = proceedingNumbersIn(text);
  if (named.includes(proceedingNumber)) return 'this';
  if (named.length > 0) return 'other';
  return BAILIFF_WORD.test(text) ? 'general' : null;
}

interface ProceedingHead {
  id: number;
  number: string;
  openedDate: string;
  accountId: number;
}

export function proceedingHead(sqlite: Database.Database, proceedingId: number): ProceedingHead {
  const row = drizzleOf(sqlite)
    .select({
      id: enforcementProceedings.id,
      number: enforcementProceedings.number,
      openedDate: enforcementProceedings.openedDate,
      accountId: writs.accountId,
    })
    .from(enforcementProceedings)
    .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
    .where(eq(enforcementProceedings.id, proceedingId))
    .get();
  if (!row) throw new AppError('NOT_FOUND', `Исполнительное производство № ${proceedingId} не найдено.`);
  return row;
}

export function collectionsOf(sqlite: Database.Database, proceedingId: number): CollectionRow[] {
  return drizzleOf(sqlite)
    .select({
      id: fsspCollections.id,
      date: fsspCollections.collectedDate,
      amountKopecks: fsspCollections.amountKopecks,
      paymentId: fsspCollections.paymentId,
      source: payments.source,
      documentNumber: payments.documentNumber,
      note: fsspCollections.note,
      createdBy: fsspCollections.createdBy,
    })
    .from(fsspCollections)
    .leftJoin(payments, eq(payments.id, fsspCollections.paymentId))
    .where(eq(fsspCollections.proceedingId, proceedingId))
    .orderBy(desc(fsspCollections.collectedDate), desc(fsspCollections.id))
    .all()
    .map(({ source, documentNumber, ...r }) => ({
      ...r,
      paymentText: r.paymentId === null ? null : [source, documentNumber].filter(Boolean).join(', ') || 'платёж',
    }));
}

/** The account's positive payments not linked to any proceeding, since the proceeding opened; ФССП ones first. */
export function paymentCandidates(sqlite: Database.Database, proceedingId: number, limit = 50): PaymentCandidate[] {
  const head = proceedingHead(sqlite, proceedingId);
  const rows = drizzleOf(sqlite)
    .select({
      paymentId: payments.id,
      date: payments.paymentDate,
      amountKopecks: payments.amountKopecks,
      source: payments.source,
      documentNumber: payments.documentNumber,
    })
    .from(payments)
    .leftJoin(fsspCollections, eq(fsspCollections.paymentId, payments.id))
    .where(
      and(
        eq(payments.accountId, head.accountId),
        gt(payments.amountKopecks, 0),
        gte(payments.paymentDate, head.openedDate),
        isNull(fsspCollections.id),
      ),
    )
    .orderBy(asc(payments.paymentDate), asc(payments.id))
    .all();
  return rows
    .map((p) => ({ ...p, mark: fsspMark(p, head.number) }))
    .filter((p) => p.mark !== 'other')
    .sort((a, b) => Number(b.mark !== null) - Number(a.mark !== null) || b.date.localeCompare(a.date))
    .slice(0, limit)
    .map(({ mark, ...p }) => ({ ...p, fssp: mark !== null }));
}

function collectedSum(sqlite: Database.Database, proceedingId: number): number {
  return collectionsOf(sqlite, proceedingId).reduce((s, c) => s + c.amountKopecks, 0);
}

function journalCollection(
  sqlite: Database.Database,
  head: ProceedingHead,
  c: { date: string; amountKopecks: number; paymentId: number | null; note: string },
  by: JournalActor,
  nowMs: number,
): void {
  const total = collectedSum(sqlite, head.id);
  writeJournal(sqlite, by, nowMs, {
    kind: 'fssp.collection',
    summary:
      `Взыскано по ИП № ${head.number}: ${rublesKopecksText(c.amountKopecks)} от ${formatRuDate(c.date)}` +
      `${c.paymentId !== null ? ' (платёж связан)' : ''}; всего взыскано ${rublesKopecksText(total)}`,
    accountId: head.accountId,
    object: { type: 'proceeding', id: head.id },
    details: { proceedingId: head.id, ...c, collectedKopecks: total },
  });
}

export function addCollection(
  sqlite: Database.Database,
  input: { proceedingId: number; date: string; amountKopecks: number; note: string },
  today: string,
  by: JournalActor,
  nowMs: number,
): void {
  const head = proceedingHead(sqlite, input.proceedingId);
  if (input.date > today)
    throw new AppError('VALIDATION', `Дата взыскания ${formatRuDate(input.date)} ещё не наступила.`);
  if (input.date < head.openedDate)
    throw new AppError(
      'VALIDATION',
      `Дата взыскания ${formatRuDate(input.date)} раньше возбуждения производства (${formatRuDate(head.openedDate)}).`,
    );
  sqlite.transaction(() => {
    drizzleOf(sqlite)
      .insert(fsspCollections)
      .values({
        proceedingId: head.id,
        collectedDate: input.date,
        amountKopecks: input.amountKopecks,
        note: input.note,
        createdBy: by.name,
        createdAtMs: nowMs,
      })
      .run();
    journalCollection(sqlite, head, { ...input, paymentId: null }, by, nowMs);
  })();
}

function insertLinked(
  sqlite: Database.Database,
  head: ProceedingHead,
  p: { paymentId: number; date: string; amountKopecks: number },
  note: string,
  by: JournalActor,
  nowMs: number,
): void {
  drizzleOf(sqlite)
    .insert(fsspCollections)
    .values({
      proceedingId: head.id,
      collectedDate: p.date,
      amountKopecks: p.amountKopecks,
      paymentId: p.paymentId,
      note,
      createdBy: by.name,
      createdAtMs: nowMs,
    })
    .run();
  journalCollection(
    sqlite,
    head,
    { date: p.date, amountKopecks: p.amountKopecks, paymentId: p.paymentId, note },
    by,
    nowMs,
  );
}

/** Links every ФССП payment of the account to the proceeding (one transaction); how many were linked. */
export function linkFsspPayments(
  sqlite: Database.Database,
  proceedingId: number,
  by: JournalActor,
  nowMs: number,
): { linked: number; kopecks: number } {
  const head = proceedingHead(sqlite, proceedingId);
  const found = paymentCandidates(sqlite, proceedingId, 10_000).filter((p) => p.fssp);
  sqlite.transaction(() => {
    for (const p of found) insertLinked(sqlite, head, p, 'поступление через ФССП', by, nowMs);
  })();
  return { linked: found.length, kopecks: found.reduce((s, p) => s + p.amountKopecks, 0) };
}

/** Links one payment of the account by hand. */
export function linkPayment(
  sqlite: Database.Database,
  proceedingId: number,
  paymentId: number,
  by: JournalActor,
  nowMs: number,
): void {
  const head = proceedingHead(sqlite, proceedingId);
  const db = drizzleOf(sqlite);
  const p = db
    .select({
      paymentId: payments.id,
      accountId: payments.accountId,
      date: payments.paymentDate,
      amountKopecks: payments.amountKopecks,
    })
    .from(payments)
    .where(eq(payments.id, paymentId))
    .get();
  if (!p) throw new AppError('NOT_FOUND', `Платёж № ${paymentId} не найден.`);
  if (p.accountId !== head.accountId)
    throw new AppError(
      'CONFLICT',
      'Платёж относится к другому лицевому счёту: связать его с этим производством нельзя.',
    );
  if (p.amountKopecks <= 0)
    throw new AppError('CONFLICT', 'Это возврат или сторно (сумма не больше нуля): связать его как взыскание нельзя.');
  const taken = db
    .select({ number: enforcementProceedings.number })
    .from(fsspCollections)
    .innerJoin(enforcementProceedings, eq(enforcementProceedings.id, fsspCollections.proceedingId))
    .where(eq(fsspCollections.paymentId, paymentId))
    .get();
  if (taken) throw new AppError('CONFLICT', `Платёж уже связан с производством № ${taken.number}.`);
  sqlite.transaction(() => insertLinked(sqlite, head, p, 'связан вручную', by, nowMs))();
}
