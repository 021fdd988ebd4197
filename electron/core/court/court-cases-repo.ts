/**
 * @file Reading court cases: the paged list with its filters and one case whole — the debtor's identifiers, the
 * duty paid and still due, the filing gates (duty, identifiers, court), the steps the case may take next, the
 * objection window, the current balance after filing (payments after the filing date reduce the claim) and the
 * case's history from the journal.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries, actions, payments as paymentsTable, persons } from '../../../shared/db/schema';
import { courtCases, courts, dutyPaymentCases } from '../../../shared/db/schema-court';
import type {
  CaseBalance,
  CaseGate,
  CaseStepOffer,
  CourtCaseRow,
  CourtCasesPage,
  CourtCaseView,
  DebtorIdentifiers,
} from '../../../shared/api/contract-court-cases';
import { CASE_STEPS, stepShownFrom, stepTitle, statusTitle, type CaseStatus } from '../../../shared/court/case-steps';
import { identifierGaps } from '../../../shared/court/identifiers';
import { orderInForceFrom } from '../../../shared/court/procedural-days';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { daysBetween } from '../../../shared/calendar/date-math';
import { dayInfo } from '../../../shared/calendar/day-kind';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { shareText, splitByShares } from '../../../shared/debt/split-by-shares';
import { rub } from '../../../shared/court/state-duty';
import { AppError } from '../app-error';

export type CaseRecord = typeof courtCases.$inferSelect;

export interface CasesQuery {
  status?: CaseStatus[] | undefined;
  kind?: 'court_order' | 'lawsuit' | undefined;
  courtId?: number | undefined;
  managementCompanyId?: number | undefined;
  search?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

const rowColumns = {
  id: courtCases.id,
  kind: courtCases.kind,
  status: courtCases.status,
  accountId: courtCases.accountId,
  accountNumber: accountSummaries.number,
  address: accountSummaries.address,
  debtorName: courtCases.debtorName,
  companyName: accountSummaries.companyName,
  courtName: courts.name,
  periodFrom: courtCases.periodFrom,
  periodTo: courtCases.periodTo,
  claimKopecks: courtCases.claimKopecks,
  dutyKopecks: courtCases.dutyKopecks,
  identifiersStatus: courtCases.identifiersStatus,
  filedDate: courtCases.filedDate,
  issuedNumber: courtCases.issuedNumber,
  objectionDeadline: courtCases.objectionDeadline,
  updatedAtMs: courtCases.updatedAtMs,
};

export function listCases(sqlite: Database.Database, q: CasesQuery): CourtCasesPage {
  const db = drizzleOf(sqlite);
  const where: SQL[] = [];
  if (q.status && q.status.length > 0) where.push(inArray(courtCases.status, q.status));
  if (q.kind) where.push(eq(courtCases.kind, q.kind));
  if (q.courtId) where.push(eq(courtCases.courtId, q.courtId));
  if (q.managementCompanyId) where.push(eq(courtCases.managementCompanyId, q.managementCompanyId));
  for (const word of foldForSearch(q.search ?? '')
    .split(' ')
    .filter(Boolean)) {
    const pattern = `%${word.replace(/[%_]/g, '')}%`;
    where.push(
      or(like(accountSummaries.searchText, pattern), like(sql`lower(${courtCases.debtorName})`, pattern)) as SQL,
    );
  }
  const cond = where.length > 0 ? and(...where) : undefined;
  const pageSize = q.pageSize ?? 50;
  const page = q.page ?? 1;
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(courtCases)
      .innerJoin(accountSummaries, eq(accountSummaries.accountId, courtCases.accountId))
      .where(cond)
      .get()?.n ?? 0;
  const rows = db
    .select(rowColumns)
    .from(courtCases)
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, courtCases.accountId))
    .leftJoin(courts, eq(courts.id, courtCases.courtId))
    .where(cond)
    .orderBy(desc(courtCases.updatedAtMs), desc(courtCases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map((r) => ({ ...r, statusTitle: statusTitle(r.kind, r.status) }) satisfies CourtCaseRow);
  return { rows, total, page, pageSize };
}

export function caseRecord(sqlite: Database.Database, caseId: number): CaseRecord {
  const row = drizzleOf(sqlite).select().from(courtCases).where(eq(courtCases.id, caseId)).get();
  if (!row) throw new AppError('NOT_FOUND', `Дело № ${caseId} не найдено.`);
  return row;
}

export function debtorIdentifiers(sqlite: Database.Database, personId: number): DebtorIdentifiers {
  const p = drizzleOf(sqlite)
    .select({
      personId: persons.id,
      fullName: persons.fullName,
      birthDate: persons.birthDate,
      birthPlace: persons.birthPlace,
      snils: persons.snils,
      inn: persons.inn,
      passport: persons.passport,
      driverLicence: persons.driverLicence,
      vehicleCertificate: persons.vehicleCertificate,
    })
    .from(persons)
    .where(eq(persons.id, personId))
    .get();
  if (!p) throw new AppError('NOT_FOUND', `Должник (запись № ${personId}) не найден.`);
  return { ...p, gaps: identifierGaps(p) };
}

export function jointPersonIds(c: Pick<CaseRecord, 'jointPersonIdsJson'>): number[] {
  const ids = JSON.parse(c.jointPersonIdsJson) as unknown;
  return Array.isArray(ids) ? ids.filter((x): x is number => Number.isInteger(x)) : [];
}

/** Paid for this case by the УК's payment orders. */
export function dutyPaidFor(sqlite: Database.Database, caseId: number): number {
  return (
    drizzleOf(sqlite)
      .select({ s: sql<number>`coalesce(sum(${dutyPaymentCases.amountKopecks}), 0)` })
      .from(dutyPaymentCases)
      .where(eq(dutyPaymentCases.caseId, caseId))
      .get()?.s ?? 0
  );
}

/** Missing identifiers of the debtor and the jointly liable, in Russian; [] when complete. */
export function caseIdentifierGaps(sqlite: Database.Database, c: CaseRecord): string[] {
  const gaps = debtorIdentifiers(sqlite, c.debtorPersonId).gaps;
  const out = gaps.length > 0 ? [`${c.debtorName}: ${gaps.join(', ')}`] : [];
  for (const id of jointPersonIds(c)) {
    const j = debtorIdentifiers(sqlite, id);
    if (j.gaps.length > 0) out.push(`${j.fullName}: ${j.gaps.join(', ')}`);
  }
  return out;
}

/** The three gates of filing (duty, identifiers, court), each with its Russian reason. */
export function filingGates(sqlite: Database.Database, c: CaseRecord): CaseGate[] {
  const paid = dutyPaidFor(sqlite, c.id);
  const due = Math.max(0, c.dutyKopecks - c.dutyOffsetKopecks - paid);
  const dutyOk = c.status !== 'prepared' || c.dutyExemptReason !== null || due === 0;
  const duty: CaseGate = {
    gate: 'duty',
    ok: dutyOk,
    message:
      c.dutyExemptReason !== null
        ? `Пошлина не уплачивается: ${c.dutyExemptReason}.`
        : dutyOk
          ? `Госпошлина оплачена (${rub(c.dutyKopecks)}${c.dutyOffsetKopecks > 0 ? `, из них зачтено ${rub(c.dutyOffsetKopecks)}` : ''}).`
          : `Госпошлина не оплачена: осталось оплатить ${rub(due)} из ${rub(c.dutyKopecks)}${c.dutyOffsetKopecks > 0 ? ` (зачтено ${rub(c.dutyOffsetKopecks)})` : ''}.`,
  };
  let identifiers: CaseGate;
  if (c.identifiersStatus === 'unknown_confirmed') {
    identifiers = {
      gate: 'identifiers',
      ok: true,
      message: `Сведения о должнике неизвестны взыскателю — отмечено${c.identifiersNote ? `: ${c.identifiersNote}` : ''}.`,
    };
  } else {
    const gaps = caseIdentifierGaps(sqlite, c);
    identifiers =
      gaps.length === 0
        ? { gate: 'identifiers', ok: true, message: 'Идентификаторы должника указаны (ГПК РФ ст.124).' }
        : { gate: 'identifiers', ok: false, message: `Нет сведений о должнике (ГПК РФ ст.124): ${gaps.join('; ')}.` };
  }
  const court: CaseGate =
    c.courtId !== null
      ? { gate: 'court', ok: true, message: 'Суд определён.' }
      : {
          gate: 'court',
          ok: false,
          message: 'Суд не определён: дом не привязан к судебному участку или суду (справочник судов).',
        };
  return [duty, identifiers, court];
}

export function readCaseView(sqlite: Database.Database, caseId: number, nowMs: number): CourtCaseView {
  const db = drizzleOf(sqlite);
  const c = caseRecord(sqlite, caseId);
  const today = isoDateInZone(nowMs);
  const head = db
    .select({
      accountNumber: accountSummaries.number,
      address: accountSummaries.address,
      companyName: accountSummaries.companyName,
    })
    .from(accountSummaries)
    .where(eq(accountSummaries.accountId, c.accountId))
    .get();
  const court =
    c.courtId !== null
      ? db.select({ name: courts.name, kind: courts.kind }).from(courts).where(eq(courts.id, c.courtId)).get()
      : undefined;
  const paid = dutyPaidFor(sqlite, c.id);
  const gates = filingGates(sqlite, c);
  const steps: CaseStepOffer[] = CASE_STEPS.filter((s) => stepShownFrom(c.kind, c.status, s)).map((step) => {
    let refusal: string | null = null;
    if (step === 'filed') {
      const failed = gates.filter((g) => !g.ok);
      if (failed.length > 0) refusal = failed.map((g) => g.message).join(' ');
    }
    let proposedDate: string | null = null;
    if (step === 'in_force' && c.kind === 'court_order' && c.objectionDeadline) {
      proposedDate = orderInForceFrom(c.objectionDeadline);
      if (proposedDate > today)
        refusal = `Срок возражений идёт по ${formatRuDate(c.objectionDeadline)} включительно: приказ вступит в силу не раньше ${formatRuDate(proposedDate)}, если возражений не будет.`;
    }
    return { step, title: stepTitle(c.kind, step), allowed: refusal === null, refusal, proposedDate };
  });
  const children = db
    .select({ id: courtCases.id })
    .from(courtCases)
    .where(eq(courtCases.parentCaseId, c.id))
    .orderBy(asc(courtCases.id))
    .all()
    .map((r) => r.id);
  const history = db
    .select({
      atMs: actions.atMs,
      actionDate: actions.actionDate,
      userName: actions.userName,
      summary: actions.summary,
    })
    .from(actions)
    .where(and(eq(actions.objectType, 'case'), eq(actions.objectId, String(c.id))))
    .orderBy(desc(actions.atMs), desc(actions.id))
    .limit(200)
    .all();
  const windowOpen = c.kind === 'court_order' && c.status === 'copy_received' && c.objectionDeadline !== null;
  const joint = jointPersonIds(c).map((id) => debtorIdentifiers(sqlite, id));
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    statusTitle: statusTitle(c.kind, c.status),
    accountId: c.accountId,
    accountNumber: head?.accountNumber ?? '',
    address: head?.address ?? '',
    debtorName: c.debtorName,
    companyName: head?.companyName ?? '',
    courtName: court?.name ?? null,
    courtKind: court?.kind ?? null,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    claimKopecks: c.claimKopecks,
    dutyKopecks: c.dutyKopecks,
    identifiersStatus: c.identifiersStatus,
    filedDate: c.filedDate,
    issuedNumber: c.issuedNumber,
    objectionDeadline: c.objectionDeadline,
    updatedAtMs: c.updatedAtMs,
    managementCompanyId: c.managementCompanyId,
    courtId: c.courtId,
    parentCaseId: c.parentCaseId,
    childCaseIds: children,
    shareText:
      c.shareNum !== null && c.shareDen !== null && c.shareNum !== c.shareDen
        ? shareText({ num: c.shareNum, den: c.shareDen })
        : null,
    periods: JSON.parse(c.periodsJson) as string[],
    asOfDate: c.asOfDate,
    preparedDate: c.preparedDate,
    principalKopecks: c.principalKopecks,
    penaltyKopecks: c.penaltyKopecks,
    dutyOffsetKopecks: c.dutyOffsetKopecks,
    dutyPaidKopecks: paid,
    dutyDueKopecks: c.dutyExemptReason !== null ? 0 : Math.max(0, c.dutyKopecks - c.dutyOffsetKopecks - paid),
    dutyExemptReason: c.dutyExemptReason,
    identifiersNote: c.identifiersNote,
    debtor: debtorIdentifiers(sqlite, c.debtorPersonId),
    jointDebtors: joint,
    filedChannel: c.filedChannel,
    courtCaseNumber: c.courtCaseNumber,
    issuedDate: c.issuedDate,
    copyReceivedDate: c.copyReceivedDate,
    objectionDaysLeft: windowOpen ? workingDaysLeft(today, c.objectionDeadline as string) : null,
    inForceDate: c.inForceDate,
    cancelledDate: c.cancelledDate,
    returnedDate: c.returnedDate,
    writReceivedDate: c.writReceivedDate,
    writNumber: c.writNumber,
    closedReason: c.closedReason,
    timeBarredIncluded: c.timeBarredIncluded === 1,
    timeBarredNote: c.timeBarredNote,
    gates,
    steps,
    lawsuitPossible:
      (c.status === 'cancelled' || c.status === 'returned') &&
      !db.select({ id: courtCases.id }).from(courtCases).where(eq(courtCases.parentCaseId, c.id)).get(),
    balance: c.filedDate !== null ? caseBalance(sqlite, c, today) : null,
    history,
  };
}

/** Working days from the day after `today` to `deadline` inclusive (0 = today is the last day; negative = past). */
export function workingDaysLeft(today: string, deadline: string): number {
  if (deadline < today) return -daysBetween(deadline, today);
  let n = 0;
  for (let d = today; d < deadline;) {
    d = nextDay(d);
    if (dayInfo(d, PRODUCTION_CALENDAR).kind === 'working') n += 1;
  }
  return n;
}

function nextDay(d: string): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Payments after the filing date reduce the claim: the account's payments dated after the filing (up to today), the
 * debtor's share of each, those naming a month outside the application left out (they paid that month's bill).
 */
export function caseBalance(sqlite: Database.Database, c: CaseRecord, today: string): CaseBalance {
  const periods = new Set(JSON.parse(c.periodsJson) as string[]);
  const rows = drizzleOf(sqlite)
    .select({ date: paymentsTable.paymentDate, kopecks: paymentsTable.amountKopecks, period: paymentsTable.period })
    .from(paymentsTable)
    .where(
      and(
        eq(paymentsTable.accountId, c.accountId),
        sql`${paymentsTable.paymentDate} > ${c.filedDate}`,
        sql`${paymentsTable.paymentDate} <= ${today}`,
      ),
    )
    .orderBy(asc(paymentsTable.paymentDate), asc(paymentsTable.id))
    .all()
    .filter((p) => p.period === null || periods.has(p.period));
  const num = c.shareNum ?? 1;
  const den = c.shareDen ?? 1;
  const list = rows.map((p) => {
    const sign = p.kopecks < 0 ? -1 : 1;
    const share =
      num === den
        ? Math.abs(p.kopecks)
        : (splitByShares(Math.abs(p.kopecks), [
            { num, den },
            { num: den - num, den },
          ])[0] as number);
    return { date: p.date, kopecks: p.kopecks, shareKopecks: sign * share };
  });
  const paidSince = Math.max(
    0,
    list.reduce((a, p) => a + p.shareKopecks, 0),
  );
  return {
    principalAtFilingKopecks: c.principalKopecks,
    penaltyKopecks: c.penaltyKopecks,
    paidSinceKopecks: paidSince,
    currentPrincipalKopecks: Math.max(0, c.principalKopecks - paidSince),
    payments: list,
  };
}
