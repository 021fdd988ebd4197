/**
 * @file Reading petitions (ходатайства, 229-ФЗ ст.64.1) with their state for the «Ходатайства» tab and the
 * proceeding's card: every petition, those made with an application (sent when its register is handed over) and
 * those made later in the proceedings. The state is computed, never stored: draft — not sent yet; answered — the
 * bailiff's decision recorded; overdue — no answer and today is after the due date (the last of the 10 working
 * days, ст.15); awaiting — otherwise. Overdue ones come first, the longest overdue at the top.
 */
import type Database from 'better-sqlite3';
import { and, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries } from '../../../shared/db/schema';
import {
  bailiffDepartments,
  enforcementProceedings,
  fsspApplications,
  fsspPetitions,
  writs,
} from '../../../shared/db/schema-fssp';
import { PETITION_LABELS } from '../../../shared/fssp/fssp-terms';
import { daysBetween } from '../../../shared/calendar/date-math';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import type { PetitionFilter, PetitionRow, PetitionsList } from '../../../shared/api/contract-fssp-proceedings';
import { AppError } from '../app-error';

export function petitionState(
  p: { sentDate: string | null; answerDueDate: string | null; answer: string | null },
  today: string,
): PetitionRow['state'] {
  if (p.answer !== null) return 'answered';
  if (p.sentDate === null) return 'draft';
  return p.answerDueDate !== null && today > p.answerDueDate ? 'overdue' : 'awaiting';
}

function petitionRows(sqlite: Database.Database, where: SQL | undefined, today: string): PetitionRow[] {
  // The department: the proceeding's, else the application's.
  const rows = drizzleOf(sqlite)
    .select({
      id: fsspPetitions.id,
      writId: fsspPetitions.writId,
      proceedingId: fsspPetitions.proceedingId,
      proceedingNumber: enforcementProceedings.number,
      applicationId: fsspPetitions.applicationId,
      kind: fsspPetitions.kind,
      accountId: writs.accountId,
      accountNumber: accountSummaries.number,
      debtorName: writs.debtorName,
      departmentName: bailiffDepartments.name,
      seniorBailiff: bailiffDepartments.seniorBailiff,
      sentDate: fsspPetitions.sentDate,
      answerDueDate: fsspPetitions.answerDueDate,
      answer: fsspPetitions.answer,
      answerDate: fsspPetitions.answerDate,
      answerNote: fsspPetitions.answerNote,
      answerFilePath: fsspPetitions.answerFilePath,
      documentId: fsspPetitions.documentId,
      complaintDocumentId: fsspPetitions.complaintDocumentId,
      complaintDate: fsspPetitions.complaintDate,
    })
    .from(fsspPetitions)
    .innerJoin(writs, eq(writs.id, fsspPetitions.writId))
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
    .leftJoin(enforcementProceedings, eq(enforcementProceedings.id, fsspPetitions.proceedingId))
    .leftJoin(fsspApplications, eq(fsspApplications.id, fsspPetitions.applicationId))
    .leftJoin(
      bailiffDepartments,
      eq(
        bailiffDepartments.id,
        sql`coalesce(${enforcementProceedings.departmentId}, ${fsspApplications.departmentId})`,
      ),
    )
    .where(where)
    .all();
  return rows.map(({ answerFilePath, ...r }) => {
    const state = petitionState(r, today);
    return {
      ...r,
      kindLabel: PETITION_LABELS[r.kind],
      hasAnswerFile: answerFilePath !== null,
      state,
      daysOverdue: state === 'overdue' ? daysBetween(r.answerDueDate as string, today) : null,
    };
  });
}

const STATE_ORDER: Record<PetitionRow['state'], number> = { overdue: 0, awaiting: 1, draft: 2, answered: 3 };

function sortPetitions(rows: PetitionRow[]): PetitionRow[] {
  return rows.sort((a, b) => {
    const s = STATE_ORDER[a.state] - STATE_ORDER[b.state];
    if (s !== 0) return s;
    if (a.state === 'answered') return (b.answerDate ?? '').localeCompare(a.answerDate ?? '') || b.id - a.id;
    // Overdue and awaiting: the earliest due first.
    return (a.answerDueDate ?? '9999').localeCompare(b.answerDueDate ?? '9999') || a.id - b.id;
  });
}

export function listPetitions(
  sqlite: Database.Database,
  q: { filter: PetitionFilter; proceedingId?: number | undefined; search?: string | undefined },
  today: string,
): PetitionsList {
  const where: SQL[] = [];
  if (q.proceedingId !== undefined) where.push(eq(fsspPetitions.proceedingId, q.proceedingId));
  for (const word of foldForSearch(q.search ?? '')
    .split(' ')
    .filter(Boolean)) {
    const pattern = `%${word.replace(/[%_]/g, '')}%`;
    where.push(
      or(
        like(accountSummaries.searchText, pattern),
        like(sql`lower(${writs.debtorName})`, pattern),
        like(sql`lower(${enforcementProceedings.number})`, pattern),
      ) as SQL,
    );
  }
  const all = petitionRows(sqlite, where.length > 0 ? and(...where) : undefined, today);
  const counts = { awaiting: 0, overdue: 0, answered: 0, draft: 0 };
  for (const r of all) counts[r.state] += 1;
  const rows =
    q.filter === 'all'
      ? all
      : q.filter === 'awaiting'
        ? all.filter((r) => r.state === 'awaiting' || r.state === 'overdue')
        : all.filter((r) => r.state === q.filter);
  return { rows: sortPetitions(rows), counts, today };
}

export function petitionsOfProceeding(sqlite: Database.Database, proceedingId: number, today: string): PetitionRow[] {
  return sortPetitions(petitionRows(sqlite, eq(fsspPetitions.proceedingId, proceedingId), today));
}

export function readPetitionRow(sqlite: Database.Database, petitionId: number, today: string): PetitionRow {
  const row = petitionRows(sqlite, eq(fsspPetitions.id, petitionId), today)[0];
  if (!row) throw new AppError('NOT_FOUND', `Ходатайство № ${petitionId} не найдено.`);
  return row;
}
