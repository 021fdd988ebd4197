/**
 * @file Recording enforcement proceedings opened on a writ (the bailiff's decision, 229-ФЗ ст.30): the number
 * (NNNNN/YY/NNNNN-ИП), the date, the department and the bailiff, the sum in the proceedings (the writ's total by
 * default). The writ becomes 'in_proceedings'.
 *
 * Which writs: 'sent' (the normal way — we handed the application over, the bailiff opened proceedings) and also
 * 'received' and 'returned' — a writ presented before the registry knew it, or sent again by post outside the
 * application; the proceeding is the proof that the writ is with the bailiff, so refusing it would leave the
 * registry wrong. Refused: 'in_proceedings' (a writ is enforced in one proceeding at a time: end the running one
 * first), 'performed' and 'cancelled' (nothing left to enforce).
 *
 * The presentation term: when the writ's events do not already put it with the bailiff (no `presented` after the
 * last return), a `presented` event is added on the opening date — the day we know for sure the writ was presented
 * (ст.22 ч.1: presentation interrupts the term). The petitions of the writ not yet tied to a proceeding (those made
 * with the application) are tied to this one: the bailiff decides on them in these proceedings.
 *
 * The department: the one chosen; else the department whose code the number carries; else the writ's application's;
 * else the building's. Everything in one transaction, journaled as 'fssp.proceeding' on the account.
 */
import type Database from 'better-sqlite3';
import { and, eq, isNull } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments, enforcementProceedings, fsspPetitions, writs } from '../../../shared/db/schema-fssp';
import { WRIT_STATUS_LABELS } from '../../../shared/fssp/fssp-terms';
import { parseProceedingNumber } from '../../../shared/fssp/proceeding-number';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { addWritEvent, readWritDeadline, setWritStatus } from './writ-events';
import { defaultDepartmentOfWrit, WRIT_OPENABLE } from './proceedings-repo';

export interface OpenProceedingInput {
  writId: number;
  number: string;
  openedDate: string;
  departmentId?: number | undefined;
  bailiffName?: string | undefined;
  debtKopecks?: number | undefined;
}

function departmentFor(
  sqlite: Database.Database,
  input: OpenProceedingInput,
  code: string,
): { id: number; name: string } | null {
  const db = drizzleOf(sqlite);
  if (input.departmentId !== undefined) {
    const d = db
      .select({ id: bailiffDepartments.id, name: bailiffDepartments.name })
      .from(bailiffDepartments)
      .where(eq(bailiffDepartments.id, input.departmentId))
      .get();
    if (!d)
      throw new AppError('NOT_FOUND', `Отдел судебных приставов № ${input.departmentId} не найден в справочнике.`);
    return d;
  }
  const byCode = db
    .select({ id: bailiffDepartments.id, name: bailiffDepartments.name })
    .from(bailiffDepartments)
    .where(and(eq(bailiffDepartments.code, code), eq(bailiffDepartments.active, 1)))
    .get();
  return byCode ?? defaultDepartmentOfWrit(sqlite, input.writId);
}

export function openProceeding(
  sqlite: Database.Database,
  input: OpenProceedingInput,
  today: string,
  by: JournalActor,
  nowMs: number,
): number {
  const parsed = parseProceedingNumber(input.number);
  if (!parsed.ok) throw new AppError('FSSP.BAD_NUMBER', parsed.message);
  const number = parsed.value.number;
  const db = drizzleOf(sqlite);
  const writ = db.select().from(writs).where(eq(writs.id, input.writId)).get();
  if (!writ) throw new AppError('NOT_FOUND', `Исполнительный документ № ${input.writId} не найден.`);
  if (!(WRIT_OPENABLE as readonly string[]).includes(writ.status)) {
    if (writ.status === 'in_proceedings') {
      const running = db
        .select({ number: enforcementProceedings.number, openedDate: enforcementProceedings.openedDate })
        .from(enforcementProceedings)
        .where(eq(enforcementProceedings.writId, writ.id))
        .all()
        .at(-1);
      throw new AppError(
        'FSSP.WRIT_STATE',
        `По исполнительному документу № ${writ.number} уже ведётся производство` +
          (running ? ` № ${running.number} от ${formatRuDate(running.openedDate)}` : '') +
          ': сначала отметьте его окончание или прекращение.',
      );
    }
    throw new AppError(
      'FSSP.WRIT_STATE',
      `Исполнительный документ № ${writ.number} ${WRIT_STATUS_LABELS[writ.status]}: производство по нему не записывается.`,
    );
  }
  if (input.openedDate > today)
    throw new AppError('VALIDATION', `Дата возбуждения ${formatRuDate(input.openedDate)} ещё не наступила.`);
  if (input.openedDate < writ.actDate)
    throw new AppError(
      'VALIDATION',
      `Дата возбуждения ${formatRuDate(input.openedDate)} раньше даты судебного акта (${formatRuDate(writ.actDate)}).`,
    );
  const same = db
    .select({ writNumber: writs.number })
    .from(enforcementProceedings)
    .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
    .where(eq(enforcementProceedings.number, number))
    .get();
  if (same)
    throw new AppError(
      'CONFLICT',
      `Производство № ${number} уже записано (исполнительный документ № ${same.writNumber}).`,
    );
  const department = departmentFor(sqlite, input, parsed.value.departmentCode);
  const debtKopecks = input.debtKopecks ?? writ.totalKopecks;
  const bailiffName = input.bailiffName?.trim() || null;

  return sqlite.transaction(() => {
    const id = db
      .insert(enforcementProceedings)
      .values({
        writId: writ.id,
        number,
        openedDate: input.openedDate,
        departmentId: department?.id ?? null,
        bailiffName,
        status: 'opened',
        statusDate: input.openedDate,
        debtKopecks,
        createdBy: by.name,
        createdAtMs: nowMs,
        updatedAtMs: nowMs,
      })
      .returning({ id: enforcementProceedings.id })
      .get().id;
    const before = readWritDeadline(sqlite, writ.id, input.openedDate);
    if (!before.withBailiff)
      addWritEvent(
        sqlite,
        { writId: writ.id, type: 'presented', date: input.openedDate, note: `возбуждено ИП № ${number}` },
        by,
        nowMs,
      );
    setWritStatus(sqlite, writ.id, 'in_proceedings', nowMs);
    const tied = db
      .update(fsspPetitions)
      .set({ proceedingId: id })
      .where(and(eq(fsspPetitions.writId, writ.id), isNull(fsspPetitions.proceedingId)))
      .run().changes;
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.proceeding',
      summary:
        `Возбуждено исполнительное производство № ${number} от ${formatRuDate(input.openedDate)} ` +
        `по исполнительному документу № ${writ.number} (${writ.debtorName})` +
        `${department ? `, ${department.name}` : ''}${bailiffName ? `, СПИ ${bailiffName}` : ''}; ` +
        `сумма ${rublesKopecksText(debtKopecks)}`,
      accountId: writ.accountId,
      object: { type: 'proceeding', id },
      details: {
        proceedingId: id,
        writId: writ.id,
        number,
        openedDate: input.openedDate,
        departmentId: department?.id ?? null,
        bailiffName,
        debtKopecks,
        writStatusBefore: writ.status,
        presentedAdded: !before.withBailiff,
        petitionsTied: tied,
      },
    });
    return id;
  })();
}

/** Corrects the department, the bailiff or the sum in the proceedings; journaled with the before and after. */
export function editProceeding(
  sqlite: Database.Database,
  input: {
    proceedingId: number;
    departmentId?: number | null | undefined;
    bailiffName?: string | undefined;
    debtKopecks?: number | undefined;
  },
  by: JournalActor,
  nowMs: number,
): void {
  const db = drizzleOf(sqlite);
  const p = db.select().from(enforcementProceedings).where(eq(enforcementProceedings.id, input.proceedingId)).get();
  if (!p) throw new AppError('NOT_FOUND', `Исполнительное производство № ${input.proceedingId} не найдено.`);
  if (input.departmentId !== undefined && input.departmentId !== null) {
    const d = db
      .select({ id: bailiffDepartments.id })
      .from(bailiffDepartments)
      .where(eq(bailiffDepartments.id, input.departmentId))
      .get();
    if (!d)
      throw new AppError('NOT_FOUND', `Отдел судебных приставов № ${input.departmentId} не найден в справочнике.`);
  }
  const before = { departmentId: p.departmentId, bailiffName: p.bailiffName, debtKopecks: p.debtKopecks };
  const after = {
    departmentId: input.departmentId === undefined ? p.departmentId : input.departmentId,
    bailiffName: input.bailiffName === undefined ? p.bailiffName : input.bailiffName.trim() || null,
    debtKopecks: input.debtKopecks ?? p.debtKopecks,
  };
  const changed = (Object.keys(after) as Array<keyof typeof after>).filter((k) => after[k] !== before[k]);
  if (changed.length === 0) return;
  const accountId = db.select({ a: writs.accountId }).from(writs).where(eq(writs.id, p.writId)).get()!.a;
  const names = { departmentId: 'отдел', bailiffName: 'пристав', debtKopecks: 'сумма' } as const;
  sqlite.transaction(() => {
    db.update(enforcementProceedings)
      .set({ ...after, updatedAtMs: nowMs })
      .where(eq(enforcementProceedings.id, p.id))
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.proceeding',
      summary:
        `Исполнительное производство № ${p.number}: изменены ${changed.map((k) => names[k]).join(', ')}` +
        `${changed.includes('debtKopecks') ? ` (сумма ${rublesKopecksText(after.debtKopecks)})` : ''}` +
        `${changed.includes('bailiffName') && after.bailiffName ? ` (СПИ ${after.bailiffName})` : ''}`,
      accountId,
      object: { type: 'proceeding', id: p.id },
      before,
      after,
    });
  })();
}
