/**
 * @file Reading the writ registry: the list (filters, search by number / debtor / account, the writs to send first
 * and then the nearest deadline, paged), one writ with its events, deadline steps, applications and proceedings
 * (read-only from the other helpers' tables), and an account with its persons for the manual entry form.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { enforcementProceedings, fsspApplications, writEvents, writs } from '../../../shared/db/schema-fssp';
import { accountPersons, accounts, managementCompanies, persons } from '../../../shared/db/schema';
import { WRIT_TO_SEND, type WritStatus } from '../../../shared/fssp/fssp-terms';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import type { WritAccountPersons, WritRow, WritsPage, WritView } from '../../../shared/api/contract-fssp-writs';
import { AppError } from '../app-error';
import { byUrgency, deadlineRules, deadlinesOf, warningOf } from './writ-deadlines';

export interface WritsQuery {
  status: 'to_send' | 'all' | WritStatus;
  managementCompanyId?: number | undefined;
  search?: string | undefined;
  page: number;
  pageSize: number;
}

type BaseRow = Omit<WritRow, 'deadline' | 'daysLeft' | 'warning'>;

const BASE_SELECT = `SELECT w.id, w.kind, w.number, w.act_date AS actDate, w.term_start_date AS termStartDate,
       w.court_name AS courtName, w.account_id AS accountId, a.number AS accountNumber,
       w.management_company_id AS managementCompanyId, mc.name AS companyName, w.debtor_person_id AS debtorPersonId,
       w.debtor_name AS debtorName, w.total_kopecks AS totalKopecks, w.received_date AS receivedDate, w.status, w.source
  FROM writs w JOIN accounts a ON a.id = w.account_id JOIN management_companies mc ON mc.id = w.management_company_id
  JOIN persons p ON p.id = w.debtor_person_id`;

export function listWrits(sqlite: Database.Database, q: WritsQuery, today: string): WritsPage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.status === 'to_send') where.push(`w.status IN ('received', 'returned')`);
  else if (q.status !== 'all') {
    where.push('w.status = @status');
    params.status = q.status;
  }
  if (q.managementCompanyId !== undefined) {
    where.push('w.management_company_id = @mc');
    params.mc = q.managementCompanyId;
  }
  const search = q.search ? foldForSearch(q.search) : '';
  if (search !== '') {
    where.push(`(lower(w.number) LIKE @like OR w.number LIKE @raw OR a.number LIKE @raw OR p.name_search LIKE @like)`);
    params.like = `%${search.replace(/[%_]/g, '')}%`;
    params.raw = `%${(q.search ?? '').trim().replace(/[%_]/g, '')}%`;
  }
  const sqlText = `${BASE_SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const rows = sqlite.prepare<Record<string, unknown>, BaseRow>(sqlText).all(params);
  const rules = deadlineRules(sqlite, today);
  const deadlines = deadlinesOf(sqlite, rows, rules);
  const full: (WritRow & { toSend: boolean })[] = rows.map((r) => {
    const d = deadlines.get(r.id);
    return {
      ...r,
      deadline: d?.deadline ?? null,
      daysLeft: d?.daysLeft ?? null,
      warning: d ? warningOf(d, rules) : null,
      toSend: WRIT_TO_SEND.includes(r.status),
    };
  });
  full.sort(byUrgency);
  const start = (q.page - 1) * q.pageSize;
  const toSendTotal =
    sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM writs WHERE status IN ('received', 'returned')`).get()
      ?.n ?? 0;
  return {
    asOf: today,
    rows: full.slice(start, start + q.pageSize).map(({ toSend: _t, ...r }) => r),
    total: full.length,
    page: q.page,
    pageSize: q.pageSize,
    toSendTotal,
    companies: sqlite
      .prepare<[], { id: number; name: string }>(
        `SELECT DISTINCT mc.id, mc.name FROM writs w JOIN management_companies mc ON mc.id = w.management_company_id ORDER BY mc.name`,
      )
      .all(),
  };
}

export function readWrit(sqlite: Database.Database, writId: number, today: string): WritView {
  const base = sqlite.prepare<[number], BaseRow>(`${BASE_SELECT} WHERE w.id = ?`).get(writId);
  if (!base) throw new AppError('NOT_FOUND', `Исполнительный документ № ${writId} не найден.`);
  const db = drizzleOf(sqlite);
  const w = db.select().from(writs).where(eq(writs.id, writId)).get()!;
  const rules = deadlineRules(sqlite, today);
  const d = deadlinesOf(sqlite, [base], rules).get(writId) ?? null;
  const events = db
    .select({
      id: writEvents.id,
      type: writEvents.type,
      date: writEvents.eventDate,
      note: writEvents.note,
      createdBy: writEvents.createdBy,
      createdAtMs: writEvents.createdAtMs,
    })
    .from(writEvents)
    .where(eq(writEvents.writId, writId))
    .orderBy(asc(writEvents.eventDate), asc(writEvents.id))
    .all();
  const applications = db
    .select({
      id: fsspApplications.id,
      applicationDate: fsspApplications.applicationDate,
      status: fsspApplications.status,
      recipient: fsspApplications.recipient,
    })
    .from(fsspApplications)
    .where(eq(fsspApplications.writId, writId))
    .orderBy(asc(fsspApplications.id))
    .all();
  const proceedings = db
    .select({
      id: enforcementProceedings.id,
      number: enforcementProceedings.number,
      openedDate: enforcementProceedings.openedDate,
      status: enforcementProceedings.status,
    })
    .from(enforcementProceedings)
    .where(eq(enforcementProceedings.writId, writId))
    .orderBy(asc(enforcementProceedings.id))
    .all();
  return {
    ...base,
    deadline: d?.deadline ?? null,
    daysLeft: d?.daysLeft ?? null,
    warning: d ? warningOf(d, rules) : null,
    inForceDate: w.inForceDate,
    courtId: w.courtId,
    courtCaseNumber: w.courtCaseNumber,
    courtCaseId: w.courtCaseId,
    principalKopecks: w.principalKopecks,
    penaltyKopecks: w.penaltyKopecks,
    dutyKopecks: w.dutyKopecks,
    note: w.note,
    createdBy: w.createdBy,
    createdAtMs: w.createdAtMs,
    updatedAtMs: w.updatedAtMs,
    events,
    deadlineInfo: d,
    applications,
    proceedings,
  };
}

/** The account by its number and the persons on it (owners and tenants first, as billing lists them). */
export function accountWithPersons(sqlite: Database.Database, accountNumber: string): WritAccountPersons {
  const db = drizzleOf(sqlite);
  const acc = db
    .select({
      id: accounts.id,
      number: accounts.number,
      managementCompanyId: accounts.managementCompanyId,
      companyName: managementCompanies.name,
    })
    .from(accounts)
    .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
    .where(eq(accounts.number, accountNumber.trim()))
    .get();
  if (!acc) throw new AppError('NOT_FOUND', `Лицевой счёт «${accountNumber.trim()}» не найден.`);
  const address =
    sqlite
      .prepare<[number], { address: string }>('SELECT address FROM account_summaries WHERE account_id = ?')
      .get(acc.id)?.address ?? '';
  const people = db
    .select({
      personId: persons.id,
      fullName: persons.fullName,
      birthDate: persons.birthDate,
      role: accountPersons.role,
    })
    .from(accountPersons)
    .innerJoin(persons, eq(persons.id, accountPersons.personId))
    .where(and(eq(accountPersons.accountId, acc.id)))
    .orderBy(asc(accountPersons.position))
    .all();
  return {
    accountId: acc.id,
    accountNumber: acc.number,
    address,
    managementCompanyId: acc.managementCompanyId,
    companyName: acc.companyName,
    persons: people,
  };
}
