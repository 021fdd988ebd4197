/**
 * @file Duty requests to a УК (the plan: the УК pays the state duty): the applications awaiting duty are listed in a
 * letter (PDF) and an XLSX list with the payee details of each court, registered as generated documents, recorded
 * as duty_requests + duty_request_cases and journaled. Cases without a court are refused by name: their payee is
 * unknown, so the clerk maps the building or requests the rest. Also the overview per УК: what awaits duty and
 * the requests sent, with what of each is still due.
 *
 * The request row is written first (its number goes into the letter), then the files are rendered, then the
 * documents are registered; a failed rendering removes the request again, so the database stays as it was.
 */
import type Database from 'better-sqlite3';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { journalWriter } from '../journal/journal-writer';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { renderTemplate } from '../documents/render-documents';
import { managementCompanies } from '../../../shared/db/schema';
import { courtCases, courts, dutyRequestCases, dutyRequests } from '../../../shared/db/schema-court';
import type {
  DutyCaseView,
  DutyCompanyView,
  DutyRequestView as DutyRequestApiView,
  DutyRequestsOverview,
} from '../../../shared/api/contract-court-duty';
import { buildDutyRequestView, type DutyPayee } from '../../../shared/documents/court-duty/duty-request-view';
import {
  DUTY_LETTER_TEMPLATE_VERSION,
  DutyRequestLetter,
} from '../../../shared/documents/court-duty/DutyRequestLetter';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { awaitsDuty, caseLabel, readDutyCases } from './duty-cases';
import { dutyRequestXlsx } from './duty-request-xlsx';

export interface DutyEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

const STATUS_TEXT: Record<string, string> = {
  prepared: 'подготовлено',
  duty_paid: 'пошлина уже оплачена',
  filed: 'уже подано',
  issued: 'приказ вынесен',
  copy_received: 'копия вручена',
  in_force: 'вступило в силу',
  writ_received: 'исполнительный документ получен',
  cancelled: 'приказ отменён',
  returned: 'возвращено',
  closed: 'закрыто',
};

export function companyOf(sqlite: Database.Database, id: number): typeof managementCompanies.$inferSelect {
  const mc = drizzleOf(sqlite).select().from(managementCompanies).where(eq(managementCompanies.id, id)).get();
  if (!mc) throw new AppError('NOT_FOUND', `Управляющая компания (код ${id}) не найдена.`);
  return mc;
}

/** Why a case cannot be asked for duty now, or null when it can. */
function whyNotAwaiting(c: DutyCaseView): string | null {
  if (c.status !== 'prepared') return STATUS_TEXT[c.status] ?? c.status;
  if (c.exemptReason !== null) return 'освобождено от пошлины';
  if (c.dueKopecks === 0) return 'пошлина покрыта зачётом';
  if (c.stillDueKopecks === 0) return 'пошлина оплачена';
  return null;
}

/** The cases of a УК named in `caseIds` (each must be the УК's own), or its prepared cases not yet requested. */
function pickCases(
  sqlite: Database.Database,
  companyId: number,
  companyName: string,
  caseIds: readonly number[] | undefined,
): DutyCaseView[] {
  if (!caseIds) {
    const cases = readDutyCases(sqlite, { managementCompanyId: companyId, statuses: ['prepared'] }).filter(
      (c) => awaitsDuty(c) && c.requestId === null,
    );
    if (cases.length === 0)
      throw new AppError(
        'COURT.DUTY',
        `У ${companyName} нет подготовленных заявлений, по которым пошлина ещё не запрошена.`,
      );
    return cases;
  }
  const unique = [...new Set(caseIds)];
  const found = readDutyCases(sqlite, { caseIds: unique });
  const byId = new Map(found.map((c) => [c.caseId, c]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new AppError('NOT_FOUND', `Заявления не найдены: № ${missing.join(', № ')}.`);
  const foreign = found.filter((c) => c.managementCompanyId !== companyId);
  if (foreign.length > 0)
    throw new AppError('COURT.DUTY', `Заявления не относятся к ${companyName}: ${foreign.map(caseLabel).join('; ')}.`);
  const refused = found.flatMap((c) => {
    const why = whyNotAwaiting(c);
    return why ? [`${caseLabel(c)} — ${why}`] : [];
  });
  if (refused.length > 0)
    throw new AppError('COURT.DUTY', `Пошлину по этим заявлениям запросить нельзя: ${refused.join('; ')}.`);
  return found;
}

function payeesOf(sqlite: Database.Database, courtIds: readonly number[]): DutyPayee[] {
  if (courtIds.length === 0) return [];
  return drizzleOf(sqlite)
    .select()
    .from(courts)
    .where(inArray(courts.id, [...courtIds]))
    .all()
    .map((c) => ({
      courtId: c.id,
      courtName: c.name,
      payeeName: c.payeeName,
      payeeInn: c.payeeInn,
      payeeKpp: c.payeeKpp,
      payeeBankName: c.payeeBankName,
      payeeBik: c.payeeBik,
      payeeBankAccount: c.payeeBankAccount,
      payeeTreasuryAccount: c.payeeTreasuryAccount,
      kbk: c.kbk,
      oktmo: c.oktmo,
      confirmed: c.confirmed === 1,
    }));
}

function jointCount(sqlite: Database.Database, caseId: number): number {
  const row = drizzleOf(sqlite)
    .select({ j: courtCases.jointPersonIdsJson })
    .from(courtCases)
    .where(eq(courtCases.id, caseId))
    .get();
  try {
    const ids = JSON.parse(row?.j ?? '[]') as unknown;
    return Array.isArray(ids) ? ids.length : 0;
  } catch {
    return 0;
  }
}

export async function createDutyRequest(
  env: DutyEnv,
  input: { managementCompanyId: number; caseIds?: readonly number[]; requestDate: string },
): Promise<DutyRequestApiView> {
  const { sqlite, dataDir, by, nowMs } = env;
  const mc = companyOf(sqlite, input.managementCompanyId);
  const cases = pickCases(sqlite, mc.id, mc.name, input.caseIds);
  const noCourt = cases.filter((c) => c.courtId === null);
  if (noCourt.length > 0)
    throw new AppError(
      'COURT.NO_COURT',
      `Суд не определён для ${noCourt.length} ${noCourt.length === 1 ? 'заявления' : 'заявлений'}: ${noCourt.map(caseLabel).join('; ')}. ` +
        'Привяжите дома к судам в справочнике судов или запросите пошлину по остальным заявлениям.',
      { caseIds: noCourt.map((c) => c.caseId) },
    );
  const totalKopecks = cases.reduce((s, c) => s + c.stillDueKopecks, 0);
  const db = drizzleOf(sqlite);
  const requestId = sqlite.transaction(() => {
    const id = db
      .insert(dutyRequests)
      .values({
        managementCompanyId: mc.id,
        requestDate: input.requestDate,
        casesCount: cases.length,
        totalKopecks,
        userName: by.name,
        createdAtMs: nowMs,
      })
      .returning({ id: dutyRequests.id })
      .get().id;
    for (const c of cases)
      db.insert(dutyRequestCases).values({ requestId: id, caseId: c.caseId, dutyKopecks: c.stillDueKopecks }).run();
    return id;
  })();

  try {
    const org = organisationForDocuments(sqlite);
    const view = buildDutyRequestView({
      requestId,
      requestDate: input.requestDate,
      sender: org,
      company: { name: mc.name, inn: mc.inn, kpp: mc.kpp, address: mc.address },
      payees: payeesOf(sqlite, [...new Set(cases.map((c) => c.courtId as number))]),
      rows: cases.map((c) => ({
        caseId: c.caseId,
        accountNumber: c.accountNumber,
        debtorName: c.debtorName,
        jointDebtors: jointCount(sqlite, c.caseId),
        kind: c.kind,
        courtId: c.courtId as number,
        claimKopecks: c.claimKopecks,
        dutyKopecks: c.dutyKopecks,
        dutyOffsetKopecks: c.dutyOffsetKopecks,
        paidKopecks: c.paidKopecks,
        toPayKopecks: c.stillDueKopecks,
      })),
    });
    if (view.totalKopecks !== totalKopecks) throw new Error('Сумма письма не совпала с суммой запроса.');
    const pdfBytes = await renderTemplate(DutyRequestLetter, { view });
    const xlsxBytes = await dutyRequestXlsx(view, mc.name);
    const dir = `documents/court/duty/request-${requestId}`;
    sqlite.transaction(() => {
      const common = { batchId: null, issuedDate: input.requestDate, totalKopecks, userName: by.name, atMs: nowMs };
      const letterId = saveDocument(sqlite, dataDir, {
        ...common,
        kind: 'duty_request_letter',
        templateVersion: DUTY_LETTER_TEMPLATE_VERSION,
        filePath: `${dir}/zapros-gosposhliny-${requestId}.pdf`,
        bytes: pdfBytes,
      });
      const listId = saveDocument(sqlite, dataDir, {
        ...common,
        kind: 'duty_request_list',
        templateVersion: DUTY_LETTER_TEMPLATE_VERSION,
        filePath: `${dir}/spisok-zayavleniy-${requestId}.xlsx`,
        bytes: xlsxBytes,
      });
      db.update(dutyRequests)
        .set({ letterDocumentId: letterId, listDocumentId: listId })
        .where(eq(dutyRequests.id, requestId))
        .run();
      const journal = journalWriter(sqlite);
      journal.write(by, nowMs, {
        kind: 'court.duty_request',
        summary: `Запрос госпошлины ${view.outgoingNumber} от ${formatRuDate(input.requestDate)} в ${mc.name}: ${cases.length} заявл. на ${rublesText(totalKopecks)} руб.`,
        object: { type: 'document', id: letterId },
        details: {
          requestId,
          managementCompanyId: mc.id,
          caseIds: cases.map((c) => c.caseId),
          totalKopecks,
          listDocumentId: listId,
        },
      });
      for (const c of cases)
        journal.write(by, nowMs, {
          kind: 'court.duty_request',
          summary: `Госпошлина ${rublesText(c.stillDueKopecks)} руб. по заявлению № ${c.caseId} (${c.debtorName}) запрошена у ${mc.name}, запрос ${view.outgoingNumber}.`,
          accountId: c.accountId,
          object: { type: 'case', id: c.caseId },
          details: { requestId, dutyKopecks: c.stillDueKopecks },
        });
    })();
  } catch (error) {
    sqlite.transaction(() => {
      db.delete(dutyRequestCases).where(eq(dutyRequestCases.requestId, requestId)).run();
      db.delete(dutyRequests).where(eq(dutyRequests.id, requestId)).run();
    })();
    throw error;
  }
  const made = readDutyRequests(sqlite, { requestId });
  return made[0]!;
}

/** Requests, newest first, with their cases as they stand now. */
export function readDutyRequests(
  sqlite: Database.Database,
  filter: { managementCompanyId?: number | null; requestId?: number },
): DutyRequestApiView[] {
  const db = drizzleOf(sqlite);
  const rows = db
    .select({ r: dutyRequests, mcName: managementCompanies.name })
    .from(dutyRequests)
    .innerJoin(managementCompanies, eq(managementCompanies.id, dutyRequests.managementCompanyId))
    .where(
      filter.requestId !== undefined
        ? eq(dutyRequests.id, filter.requestId)
        : filter.managementCompanyId
          ? eq(dutyRequests.managementCompanyId, filter.managementCompanyId)
          : undefined,
    )
    .orderBy(desc(dutyRequests.id))
    .all();
  if (rows.length === 0) return [];
  const links = db
    .select()
    .from(dutyRequestCases)
    .where(
      inArray(
        dutyRequestCases.requestId,
        rows.map((r) => r.r.id),
      ),
    )
    .orderBy(asc(dutyRequestCases.caseId))
    .all();
  const cases = new Map(
    readDutyCases(sqlite, { caseIds: [...new Set(links.map((l) => l.caseId))] }).map((c) => [c.caseId, c]),
  );
  return rows.map(({ r, mcName }) => {
    const own = links
      .filter((l) => l.requestId === r.id)
      .flatMap((l) => {
        const c = cases.get(l.caseId);
        return c ? [c] : [];
      });
    return {
      id: r.id,
      managementCompanyId: r.managementCompanyId,
      managementCompanyName: mcName,
      requestDate: r.requestDate,
      casesCount: r.casesCount,
      totalKopecks: r.totalKopecks,
      stillDueKopecks: own.reduce((s, c) => s + (c.exemptReason === null ? c.stillDueKopecks : 0), 0),
      letterDocumentId: r.letterDocumentId,
      listDocumentId: r.listDocumentId,
      userName: r.userName,
      cases: own,
    };
  });
}

/** Per УК (the ones with cases), the cases awaiting duty; and the requests. */
export function readDutyOverview(sqlite: Database.Database, managementCompanyId: number | null): DutyRequestsOverview {
  const awaiting = readDutyCases(sqlite, {
    ...(managementCompanyId ? { managementCompanyId } : {}),
    statuses: ['prepared'],
  }).filter(awaitsDuty);
  const companyIds = new Set(
    drizzleOf(sqlite)
      .selectDistinct({ id: courtCases.managementCompanyId })
      .from(courtCases)
      .all()
      .map((r) => r.id)
      .filter((id) => !managementCompanyId || id === managementCompanyId),
  );
  const mcs = drizzleOf(sqlite).select().from(managementCompanies).orderBy(asc(managementCompanies.name)).all();
  const byCompany = new Map<number, DutyCaseView[]>();
  for (const c of awaiting) {
    const mc = c.managementCompanyId;
    (byCompany.get(mc) ?? byCompany.set(mc, []).get(mc)!).push(c);
  }
  const companies: DutyCompanyView[] = mcs
    .filter((m) => companyIds.has(m.id))
    .map((m) => {
      const list = byCompany.get(m.id) ?? [];
      return {
        managementCompanyId: m.id,
        name: m.name,
        inn: m.inn,
        awaiting: list,
        awaitingKopecks: list.reduce((s, c) => s + c.stillDueKopecks, 0),
      };
    });
  return { companies, requests: readDutyRequests(sqlite, { managementCompanyId }) };
}
