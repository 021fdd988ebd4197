/**
 * @file Reading enforcement proceedings: the list (running ones first, then by the date opened, newest first) with
 * the sums collected and the balance, one proceeding's card (its writ and the writ's deadline today, the statuses it
 * may move to, collections, payments that may be linked, petitions, the journal's history), the writs a proceeding
 * may be recorded on and the departments to choose from.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries, actions } from '../../../shared/db/schema';
import {
  bailiffDepartments,
  enforcementProceedings,
  fsspApplications,
  fsspCollections,
  fsspPetitions,
  writs,
} from '../../../shared/db/schema-fssp';
import {
  PROCEEDING_OPEN,
  PROCEEDING_STATUS_LABELS,
  WRIT_KIND_LABELS,
  WRIT_STATUS_LABELS,
  type ProceedingStatus,
} from '../../../shared/fssp/fssp-terms';
import { travelBanOffer } from '../../../shared/fssp/travel-ban';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import type {
  DepartmentOption,
  ProceedingRow,
  ProceedingsList,
  ProceedingView,
  WritOpenable,
} from '../../../shared/api/contract-fssp-proceedings';
import { AppError } from '../app-error';
import { courtRule } from '../court/court-rules-repo';
import { departmentForBuilding } from './department-for-building';
import { readWritDeadline } from './writ-events';
import { collectionsOf, paymentCandidates } from './collections';
import { petitionsOfProceeding } from './petitions-repo';

/** Where a proceeding may go from each status. Ended and terminated are final here (ст.44, 47). */
export const PROCEEDING_TRANSITIONS: Record<ProceedingStatus, ProceedingStatus[]> = {
  opened: ['suspended', 'ended_performed', 'ended_impossible', 'terminated'],
  suspended: ['opened', 'ended_performed', 'ended_impossible', 'terminated'],
  ended_performed: [],
  ended_impossible: [],
  terminated: [],
};

const collected = sql<number>`coalesce((select sum(${fsspCollections.amountKopecks}) from ${fsspCollections} where ${fsspCollections.proceedingId} = ${enforcementProceedings.id}), 0)`;

function rowsQuery(sqlite: Database.Database, where: SQL | undefined, today: string) {
  const overdue = sql<number>`(select count(*) from ${fsspPetitions} where ${fsspPetitions.proceedingId} = ${enforcementProceedings.id} and ${fsspPetitions.answer} is null and ${fsspPetitions.sentDate} is not null and ${fsspPetitions.answerDueDate} < ${today})`;
  return drizzleOf(sqlite)
    .select({
      id: enforcementProceedings.id,
      number: enforcementProceedings.number,
      openedDate: enforcementProceedings.openedDate,
      departmentId: enforcementProceedings.departmentId,
      departmentName: bailiffDepartments.name,
      bailiffName: enforcementProceedings.bailiffName,
      writId: enforcementProceedings.writId,
      writNumber: writs.number,
      accountId: writs.accountId,
      accountNumber: accountSummaries.number,
      debtorName: writs.debtorName,
      status: enforcementProceedings.status,
      statusDate: enforcementProceedings.statusDate,
      statusNote: enforcementProceedings.statusNote,
      debtKopecks: enforcementProceedings.debtKopecks,
      collectedKopecks: collected,
      petitionsOverdue: overdue,
    })
    .from(enforcementProceedings)
    .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
    .leftJoin(bailiffDepartments, eq(bailiffDepartments.id, enforcementProceedings.departmentId))
    .where(where);
}

type RawRow = Omit<ProceedingRow, 'statusLabel' | 'balanceKopecks'>;

function finishRow(r: RawRow): ProceedingRow {
  return {
    ...r,
    statusLabel: PROCEEDING_STATUS_LABELS[r.status],
    balanceKopecks: Math.max(0, r.debtKopecks - r.collectedKopecks),
  };
}

export function departmentOptions(sqlite: Database.Database): DepartmentOption[] {
  return drizzleOf(sqlite)
    .select({ id: bailiffDepartments.id, name: bailiffDepartments.name, code: bailiffDepartments.code })
    .from(bailiffDepartments)
    .where(eq(bailiffDepartments.active, 1))
    .orderBy(asc(bailiffDepartments.name))
    .all();
}

function searchConditions(search: string | undefined, extra: (pattern: string) => SQL[]): SQL[] {
  const where: SQL[] = [];
  for (const word of foldForSearch(search ?? '')
    .split(' ')
    .filter(Boolean)) {
    const pattern = `%${word.replace(/[%_]/g, '')}%`;
    where.push(
      or(
        like(accountSummaries.searchText, pattern),
        like(sql`lower(${writs.debtorName})`, pattern),
        like(sql`lower(${writs.number})`, pattern),
        ...extra(pattern),
      ) as SQL,
    );
  }
  return where;
}

export function listProceedings(
  sqlite: Database.Database,
  q: { status: string; departmentId?: number | undefined; search?: string | undefined; page: number; pageSize: number },
  today: string,
): ProceedingsList {
  const where: SQL[] = [];
  if (q.status === 'open') where.push(inArray(enforcementProceedings.status, [...PROCEEDING_OPEN]));
  else if (q.status !== 'all') where.push(eq(enforcementProceedings.status, q.status as ProceedingStatus));
  if (q.departmentId !== undefined) where.push(eq(enforcementProceedings.departmentId, q.departmentId));
  where.push(...searchConditions(q.search, (p) => [like(sql`lower(${enforcementProceedings.number})`, p)]));
  const cond = where.length > 0 ? and(...where) : undefined;
  const total =
    drizzleOf(sqlite)
      .select({ n: sql<number>`count(*)` })
      .from(enforcementProceedings)
      .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
      .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
      .where(cond)
      .get()?.n ?? 0;
  const running = sql`case when ${enforcementProceedings.status} in ('opened', 'suspended') then 0 else 1 end`;
  const rows = rowsQuery(sqlite, cond, today)
    .orderBy(running, desc(enforcementProceedings.openedDate), desc(enforcementProceedings.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all()
    .map(finishRow);
  return { rows, total, page: q.page, pageSize: q.pageSize };
}

export function readProceedingView(sqlite: Database.Database, proceedingId: number, today: string): ProceedingView {
  const raw = rowsQuery(sqlite, eq(enforcementProceedings.id, proceedingId), today).get();
  if (!raw) throw new AppError('NOT_FOUND', `Исполнительное производство № ${proceedingId} не найдено.`);
  const row = finishRow(raw);
  const db = drizzleOf(sqlite);
  const w = db
    .select({
      id: writs.id,
      kind: writs.kind,
      number: writs.number,
      actDate: writs.actDate,
      courtName: writs.courtName,
      status: writs.status,
      totalKopecks: writs.totalKopecks,
      address: accountSummaries.address,
      companyName: accountSummaries.companyName,
    })
    .from(writs)
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
    .where(eq(writs.id, row.writId))
    .get()!;
  const deadline = readWritDeadline(sqlite, w.id, today);
  const history = db
    .select({ atMs: actions.atMs, userName: actions.userName, summary: actions.summary })
    .from(actions)
    .where(
      or(
        and(eq(actions.objectType, 'proceeding'), eq(actions.objectId, String(proceedingId))),
        and(
          eq(actions.objectType, 'petition'),
          inArray(
            actions.objectId,
            db
              .select({ id: sql<string>`cast(${fsspPetitions.id} as text)` })
              .from(fsspPetitions)
              .where(eq(fsspPetitions.proceedingId, proceedingId)),
          ),
        ),
      ),
    )
    .orderBy(desc(actions.atMs), desc(actions.id))
    .limit(200)
    .all();
  const threshold = courtRule(sqlite, 'travel_ban_min_kopecks', today);
  return {
    ...row,
    address: w.address,
    managementCompanyName: w.companyName,
    writ: {
      id: w.id,
      kind: w.kind,
      kindLabel: WRIT_KIND_LABELS[w.kind],
      number: w.number,
      actDate: w.actDate,
      courtName: w.courtName,
      status: w.status,
      statusLabel: WRIT_STATUS_LABELS[w.status],
      totalKopecks: w.totalKopecks,
      deadline: deadline.deadline,
      deadlineExpired: deadline.expired,
    },
    transitions: PROCEEDING_TRANSITIONS[row.status],
    collections: collectionsOf(sqlite, proceedingId),
    candidates:
      PROCEEDING_OPEN.includes(row.status) || row.status === 'ended_performed'
        ? paymentCandidates(sqlite, proceedingId)
        : [],
    petitions: petitionsOfProceeding(sqlite, proceedingId, today),
    travelBan: travelBanOffer(row.balanceKopecks, threshold),
    history,
  };
}

/** The statuses a proceeding may be recorded on; see proceedings-open.ts for why. */
export const WRIT_OPENABLE = ['sent', 'received', 'returned'] as const;

/** The department of the writ's latest application, else of the account's building; null when neither is known. */
export function defaultDepartmentOfWrit(sqlite: Database.Database, writId: number): DepartmentOption | null {
  const db = drizzleOf(sqlite);
  const app = db
    .select({ id: bailiffDepartments.id, name: bailiffDepartments.name, code: bailiffDepartments.code })
    .from(fsspApplications)
    .innerJoin(bailiffDepartments, eq(bailiffDepartments.id, fsspApplications.departmentId))
    .where(and(eq(fsspApplications.writId, writId), inArray(fsspApplications.status, ['sent', 'prepared'])))
    .orderBy(desc(fsspApplications.applicationDate), desc(fsspApplications.id))
    .get();
  if (app) return app;
  const building = db
    .select({ buildingId: accountSummaries.buildingId })
    .from(writs)
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
    .where(eq(writs.id, writId))
    .get();
  if (!building?.buildingId) return null;
  const d = departmentForBuilding(sqlite, building.buildingId);
  return d ? { id: d.id, name: d.name, code: d.code } : null;
}

export function openableWrits(sqlite: Database.Database, search: string | undefined): WritOpenable[] {
  const where: SQL[] = [inArray(writs.status, [...WRIT_OPENABLE]), ...searchConditions(search, () => [])];
  const rows = drizzleOf(sqlite)
    .select({
      writId: writs.id,
      number: writs.number,
      kind: writs.kind,
      actDate: writs.actDate,
      status: writs.status,
      accountNumber: accountSummaries.number,
      debtorName: writs.debtorName,
      totalKopecks: writs.totalKopecks,
    })
    .from(writs)
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, writs.accountId))
    .where(and(...where))
    // Sent ones first: those are the writs whose proceedings the clerk is waiting for.
    .orderBy(sql`case ${writs.status} when 'sent' then 0 else 1 end`, desc(writs.updatedAtMs), desc(writs.id))
    .limit(200)
    .all();
  return rows.map(({ kind, ...r }) => {
    const d = defaultDepartmentOfWrit(sqlite, r.writId);
    return {
      ...r,
      kindLabel: WRIT_KIND_LABELS[kind],
      statusLabel: WRIT_STATUS_LABELS[r.status],
      departmentId: d?.id ?? null,
      departmentName: d?.name ?? null,
    };
  });
}
