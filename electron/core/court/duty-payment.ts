/**
 * @file Payment orders of a УК matched to its applications, and exemptions: the two ways a case passes the duty
 * gate (prepared → duty_paid). A payment order is taken whole or not at all: its allocations sum to its amount,
 * each goes to a prepared case of the same УК and never beyond what is still due (duty − offset − paid), and the
 * same order (УК, number, date) is never recorded twice. Without allocations the order is matched to the УК's
 * latest request when its amount equals exactly what that request still awaits; anything else asks the clerk to
 * allocate by hand. Each case a payment touches is journaled (court.duty_payment, on the account's timeline).
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { journalWriter } from '../journal/journal-writer';
import { accounts, managementCompanies } from '../../../shared/db/schema';
import { courtCases, dutyPaymentCases, dutyPayments, dutyRequests } from '../../../shared/db/schema-court';
import type { DutyCaseView, DutyPaymentView, DutyRecordPaymentResult } from '../../../shared/api/contract-court-duty';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { awaitsDuty, caseLabel, readDutyCases } from './duty-cases';
import { companyOf, readDutyRequests, type DutyEnv } from './duty-request';

export interface RecordPaymentInput {
  managementCompanyId: number;
  orderNumber: string;
  orderDate: string;
  amountKopecks: number;
  payer: string;
  note: string;
  allocations?: ReadonlyArray<{ caseId: number; amountKopecks: number }> | undefined;
}

const rub = (k: number): string => `${rublesText(k)} руб.`;

/** The allocation of an order given without one: the latest request's unpaid cases, when the sum matches exactly. */
function matchLatestRequest(
  sqlite: Database.Database,
  companyId: number,
  amountKopecks: number,
): { requestId: number; allocations: Array<{ caseId: number; amountKopecks: number }> } {
  const latest = drizzleOf(sqlite)
    .select({ id: dutyRequests.id })
    .from(dutyRequests)
    .where(eq(dutyRequests.managementCompanyId, companyId))
    .orderBy(desc(dutyRequests.id))
    .limit(1)
    .get();
  if (!latest)
    throw new AppError(
      'COURT.DUTY',
      'Запросов госпошлины этой УК ещё не было: укажите, по каким заявлениям платёжное поручение.',
    );
  const request = readDutyRequests(sqlite, { requestId: latest.id })[0]!;
  const open = request.cases.filter(awaitsDuty);
  const total = open.reduce((s, c) => s + c.stillDueKopecks, 0);
  if (total === 0)
    throw new AppError(
      'COURT.DUTY',
      `По последнему запросу ГП-${request.id} пошлина уже оплачена: укажите, по каким заявлениям платёжное поручение.`,
    );
  if (total !== amountKopecks)
    throw new AppError(
      'COURT.DUTY',
      `Сумма платёжного поручения ${rub(amountKopecks)} не равна остатку по последнему запросу ГП-${request.id} (${rub(total)}, заявлений: ${open.length}). Распределите платёж по заявлениям вручную.`,
    );
  return {
    requestId: request.id,
    allocations: open.map((c) => ({ caseId: c.caseId, amountKopecks: c.stillDueKopecks })),
  };
}

export function recordDutyPayment(env: DutyEnv, input: RecordPaymentInput): DutyRecordPaymentResult {
  const { sqlite, by, nowMs } = env;
  const db = drizzleOf(sqlite);
  return sqlite.transaction((): DutyRecordPaymentResult => {
    const mc = companyOf(sqlite, input.managementCompanyId);
    const orderText = `№ ${input.orderNumber} от ${formatRuDate(input.orderDate)}`;
    const same = db
      .select({ id: dutyPayments.id, userName: dutyPayments.userName })
      .from(dutyPayments)
      .where(
        and(
          eq(dutyPayments.managementCompanyId, mc.id),
          eq(dutyPayments.orderNumber, input.orderNumber),
          eq(dutyPayments.orderDate, input.orderDate),
        ),
      )
      .get();
    if (same)
      throw new AppError(
        'CONFLICT',
        `Платёжное поручение ${orderText} ${mc.name} уже записано (${same.userName}). Повторно его не записать.`,
      );

    let matchedRequestId: number | null = null;
    let allocations = input.allocations ? [...input.allocations] : null;
    if (!allocations) {
      const match = matchLatestRequest(sqlite, mc.id, input.amountKopecks);
      matchedRequestId = match.requestId;
      allocations = match.allocations;
    }
    const ids = allocations.map((a) => a.caseId);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length > 0)
      throw new AppError('COURT.DUTY', `Заявление № ${repeated[0]} указано в распределении дважды.`);
    const allocated = allocations.reduce((s, a) => s + a.amountKopecks, 0);
    if (allocated !== input.amountKopecks)
      throw new AppError(
        'COURT.DUTY',
        `Распределено ${rub(allocated)}, а сумма платёжного поручения ${rub(input.amountKopecks)}: суммы по заявлениям должны дать сумму поручения.`,
      );
    const cases = new Map(readDutyCases(sqlite, { caseIds: ids }).map((c) => [c.caseId, c]));
    const problems: string[] = [];
    for (const a of allocations) {
      const c = cases.get(a.caseId);
      if (!c) problems.push(`№ ${a.caseId} — заявление не найдено`);
      else if (c.managementCompanyId !== mc.id) problems.push(`${caseLabel(c)} — заявление другой УК`);
      else if (c.status !== 'prepared')
        problems.push(`${caseLabel(c)} — пошлина уже не нужна (состояние дела не «подготовлено»)`);
      else if (c.exemptReason !== null) problems.push(`${caseLabel(c)} — освобождено от пошлины`);
      else if (a.amountKopecks > c.stillDueKopecks)
        problems.push(
          `${caseLabel(c)} — к оплате осталось ${rub(c.stillDueKopecks)}, распределено ${rub(a.amountKopecks)}`,
        );
    }
    if (problems.length > 0)
      throw new AppError(
        'COURT.DUTY',
        `Платёжное поручение ${orderText} не записано: ${problems.join('; ')}`.replace(/\.?$/, '.'),
      );

    const paymentId = db
      .insert(dutyPayments)
      .values({
        managementCompanyId: mc.id,
        orderNumber: input.orderNumber,
        orderDate: input.orderDate,
        amountKopecks: input.amountKopecks,
        payer: input.payer,
        note: input.note,
        userName: by.name,
        createdAtMs: nowMs,
      })
      .returning({ id: dutyPayments.id })
      .get().id;
    const journal = journalWriter(sqlite);
    const paidCaseIds: number[] = [];
    for (const a of allocations) {
      const c = cases.get(a.caseId) as DutyCaseView;
      db.insert(dutyPaymentCases).values({ paymentId, caseId: a.caseId, amountKopecks: a.amountKopecks }).run();
      const left = c.stillDueKopecks - a.amountKopecks;
      if (left === 0) {
        db.update(courtCases)
          .set({ status: 'duty_paid', updatedAtMs: nowMs })
          .where(and(eq(courtCases.id, c.caseId), eq(courtCases.status, 'prepared')))
          .run();
        paidCaseIds.push(c.caseId);
      }
      journal.write(by, nowMs, {
        kind: 'court.duty_payment',
        summary:
          left === 0
            ? `Госпошлина по заявлению № ${c.caseId} (${c.debtorName}) оплачена: платёжное поручение ${orderText}, ${rub(a.amountKopecks)}.`
            : `Госпошлина по заявлению № ${c.caseId} (${c.debtorName}) оплачена частично: платёжное поручение ${orderText}, ${rub(a.amountKopecks)}; осталось ${rub(left)}.`,
        accountId: c.accountId,
        object: { type: 'case', id: c.caseId },
        details: {
          paymentId,
          orderNumber: input.orderNumber,
          orderDate: input.orderDate,
          amountKopecks: a.amountKopecks,
          leftKopecks: left,
        },
        ...(left === 0 ? { before: { status: 'prepared' }, after: { status: 'duty_paid' } } : {}),
      });
    }
    return { payment: readDutyPayments(sqlite, { paymentId })[0]!, paidCaseIds, matchedRequestId };
  })();
}

export function recordDutyExemption(env: DutyEnv, input: { caseId: number; reason: string }): DutyCaseView {
  const { sqlite, by, nowMs } = env;
  return sqlite.transaction((): DutyCaseView => {
    const c = readDutyCases(sqlite, { caseIds: [input.caseId] })[0];
    if (!c) throw new AppError('NOT_FOUND', `Заявление № ${input.caseId} не найдено.`);
    if (c.status !== 'prepared')
      throw new AppError(
        'COURT.BAD_STEP',
        `${caseLabel(c)}: освобождение записывается только для подготовленного заявления, до оплаты пошлины.`,
      );
    drizzleOf(sqlite)
      .update(courtCases)
      .set({ status: 'duty_paid', dutyExemptReason: input.reason, updatedAtMs: nowMs })
      .where(eq(courtCases.id, c.caseId))
      .run();
    journalWriter(sqlite).write(by, nowMs, {
      kind: 'court.duty_payment',
      summary: `Госпошлина по заявлению № ${c.caseId} (${c.debtorName}) не уплачивается: ${input.reason}${c.paidKopecks > 0 ? ` (ранее оплачено ${rub(c.paidKopecks)})` : ''}.`,
      accountId: c.accountId,
      object: { type: 'case', id: c.caseId },
      details: { exemption: input.reason },
      before: { status: 'prepared', dutyExemptReason: null },
      after: { status: 'duty_paid', dutyExemptReason: input.reason },
    });
    return readDutyCases(sqlite, { caseIds: [c.caseId] })[0]!;
  })();
}

export function readDutyPayments(
  sqlite: Database.Database,
  filter: { managementCompanyId?: number | null; paymentId?: number },
): DutyPaymentView[] {
  const db = drizzleOf(sqlite);
  const rows = db
    .select({ p: dutyPayments, mcName: managementCompanies.name })
    .from(dutyPayments)
    .innerJoin(managementCompanies, eq(managementCompanies.id, dutyPayments.managementCompanyId))
    .where(
      filter.paymentId !== undefined
        ? eq(dutyPayments.id, filter.paymentId)
        : filter.managementCompanyId
          ? eq(dutyPayments.managementCompanyId, filter.managementCompanyId)
          : undefined,
    )
    .orderBy(desc(dutyPayments.orderDate), desc(dutyPayments.id))
    .all();
  if (rows.length === 0) return [];
  const links = db
    .select({
      paymentId: dutyPaymentCases.paymentId,
      caseId: dutyPaymentCases.caseId,
      amountKopecks: dutyPaymentCases.amountKopecks,
      accountNumber: accounts.number,
      debtorName: courtCases.debtorName,
      status: courtCases.status,
    })
    .from(dutyPaymentCases)
    .innerJoin(courtCases, eq(courtCases.id, dutyPaymentCases.caseId))
    .innerJoin(accounts, eq(accounts.id, courtCases.accountId))
    .where(
      inArray(
        dutyPaymentCases.paymentId,
        rows.map((r) => r.p.id),
      ),
    )
    .orderBy(asc(dutyPaymentCases.caseId))
    .all();
  return rows.map(({ p, mcName }) => ({
    id: p.id,
    managementCompanyId: p.managementCompanyId,
    managementCompanyName: mcName,
    orderNumber: p.orderNumber,
    orderDate: p.orderDate,
    amountKopecks: p.amountKopecks,
    payer: p.payer,
    note: p.note,
    userName: p.userName,
    allocations: links
      .filter((l) => l.paymentId === p.id)
      .map((l) => ({
        caseId: l.caseId,
        accountNumber: l.accountNumber,
        debtorName: l.debtorName,
        amountKopecks: l.amountKopecks,
        status: l.status,
      })),
  }));
}
