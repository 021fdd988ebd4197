/**
 * @file Orders to restriction contractors (measure 8, Правила № 354 п.119 «б»): the candidates — delivered warnings
 * whose 20-day term has ended (timer_ends_date before today) with the service's debt STILL above the threshold,
 * re-read today — grouped by the contractor of the account's management company; one order per contractor with the
 * PDF and the XLSX address list (both in generated_documents); the cases become «ordered». A case whose term still
 * runs (RESTRICTION.TIMER_RUNNING) or whose warning was not delivered (RESTRICTION.NO_DELIVERED_WARNING) is refused,
 * and so is the whole order: a contractor gets a list that is right or none.
 *
 * A case whose debt fell to the threshold or below (or with a signed agreement) is not ordered: it is listed apart,
 * to be closed (`closeRestrictionCase`).
 */
import type Database from 'better-sqlite3';
import type {
  OrderCandidateGroup,
  OrderCandidatesView,
  OrderCreated,
  OrdersListView,
  OrderRow,
  RestrictionCaseRow,
} from '../../../shared/api/contract-restriction-orders';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { organisationForDocuments, saveDocument } from '../documents/document-files';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import type { OrderInput } from '../../../shared/documents/restriction-order/order-view';
import { ORDER_TEMPLATE_VERSION } from '../../../shared/documents/restriction-order/RestrictionOrderDocument';
import { caseAddress, caseRow, caseRowsByStatus, serviceDebtReader } from './restriction-case-rows';
import { readContractor } from './contractors-repo';
import { renderOrderPdf } from './order-document';
import { orderXlsx } from './order-xlsx';

export interface OrderEnv {
  sqlite: Database.Database;
  dataDir: string;
  by: JournalActor;
  nowMs: number;
}

/** The contractor of each management company. */
function contractorOfCompanies(sqlite: Database.Database): Map<number, { id: number; name: string }> {
  const rows = sqlite
    .prepare<[], { companyId: number; id: number; name: string }>(
      `SELECT cc.management_company_id AS companyId, c.id, c.name
         FROM contractor_companies cc JOIN restriction_contractors c ON c.id = cc.contractor_id`,
    )
    .all();
  return new Map(rows.map((r) => [r.companyId, { id: r.id, name: r.name }]));
}

const termEnded = (r: RestrictionCaseRow, today: string): boolean =>
  r.timerEndsDate !== null && r.timerEndsDate < today;
const stillDue = (r: RestrictionCaseRow): boolean => r.overThreshold && !r.agreementSigned;

export function orderCandidates(sqlite: Database.Database, today: string): OrderCandidatesView {
  const rows = caseRowsByStatus(sqlite, ['delivered'], today);
  const ended = rows.filter((r) => termEnded(r, today));
  const byCompany = contractorOfCompanies(sqlite);
  const groups = new Map<string, OrderCandidateGroup>();
  for (const r of ended.filter(stillDue)) {
    const contractor = byCompany.get(r.companyId) ?? null;
    const key = contractor ? `c${contractor.id}` : 'none';
    let g = groups.get(key);
    if (!g) {
      g = { contractorId: contractor?.id ?? null, contractorName: contractor?.name ?? null, companies: [], cases: [] };
      groups.set(key, g);
    }
    if (!g.companies.some((c) => c.id === r.companyId)) g.companies.push({ id: r.companyId, name: r.companyName });
    g.cases.push(r);
  }
  return {
    today,
    // Contractors by name; the companies that need a contractor last.
    groups: [...groups.values()].sort(
      (a, b) =>
        Number(a.contractorId === null) - Number(b.contractorId === null) ||
        (a.contractorName ?? '').localeCompare(b.contractorName ?? '', 'ru'),
    ),
    belowThreshold: ended.filter((r) => !stillDue(r)),
    timerRunning: rows.length - ended.length,
  };
}

/** Why a case may not go into an order today, or null. */
export function orderRefusal(r: RestrictionCaseRow, today: string): AppError | null {
  const who = `Л/с ${r.accountNumber} (${r.service})`;
  if (r.deliveredDate === null || r.status === 'warned')
    return new AppError(
      'RESTRICTION.NO_DELIVERED_WARNING',
      `${who}: предупреждение не доставлено — заявку исполнителю направить нельзя. Ничего не изменено.`,
    );
  if (r.status !== 'delivered')
    return new AppError(
      'RESTRICTION.BAD_STEP',
      `${who}: дело уже в состоянии «${r.status}», в заявку не включается. Ничего не изменено.`,
    );
  if (!termEnded(r, today))
    return new AppError(
      'RESTRICTION.TIMER_RUNNING',
      `${who}: срок предупреждения истекает ${formatRuDate(r.timerEndsDate ?? today)}, заявка возможна со следующего дня. Ничего не изменено.`,
    );
  if (r.agreementSigned)
    return new AppError(
      'RESTRICTION.NOT_ELIGIBLE',
      `${who}: подписано соглашение о погашении — ограничение не вводится. Ничего не изменено.`,
    );
  if (!r.overThreshold)
    return new AppError(
      'RESTRICTION.NOT_ELIGIBLE',
      `${who}: долг по услуге ${rublesText(r.debtKopecks)} руб. не превышает порог ${rublesText(r.thresholdKopecks ?? 0)} руб. — закройте дело. Ничего не изменено.`,
    );
  return null;
}

/** «З-2026-0007»: the next number of the year. */
function nextOrderNumber(sqlite: Database.Database, year: string): string {
  const rows = sqlite
    .prepare<[string], { number: string }>('SELECT number FROM restriction_orders WHERE number LIKE ?')
    .all(`З-${year}-%`);
  const last = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(7)) || 0), 0);
  return `З-${year}-${String(last + 1).padStart(4, '0')}`;
}

export async function createOrder(
  env: OrderEnv,
  input: { contractorId: number; caseIds: number[] },
): Promise<OrderCreated> {
  const { sqlite, dataDir, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  const contractor = readContractor(sqlite, input.contractorId);
  const served = new Set(contractor.companies.map((c) => c.id));
  const debtOf = serviceDebtReader(sqlite, today);
  const rows = [...new Set(input.caseIds)].map((id) => caseRow(sqlite, id, today, debtOf));
  for (const r of rows) {
    const refusal = orderRefusal(r, today);
    if (refusal) throw refusal;
    if (!served.has(r.companyId))
      throw new AppError(
        'CONFLICT',
        `Л/с ${r.accountNumber}: дома «${r.companyName}» обслуживает не «${contractor.name}» — выберите адреса этого исполнителя. Ничего не изменено.`,
      );
  }
  const number = nextOrderNumber(sqlite, today.slice(0, 4));
  const org = organisationForDocuments(sqlite);
  const orderInput: OrderInput = {
    number,
    orderDate: today,
    organisationName: org.organisationName,
    responsiblePerson: org.responsiblePerson,
    contractor: { name: contractor.name, address: contractor.address, phone: contractor.phone },
    lines: rows.map((r) => ({
      address: r.address,
      apartment: r.apartment,
      accountNumber: r.accountNumber,
      service: r.service,
      debtKopecks: r.debtKopecks,
      deliveredDate: r.deliveredDate as string,
      timerEndsDate: r.timerEndsDate as string,
      restrictionPossible: r.restrictionPossible,
    })),
  };
  const pdf = await renderOrderPdf(orderInput);
  const xlsx = await orderXlsx(orderInput);
  const total = rows.reduce((s, r) => s + r.debtKopecks, 0);
  return sqlite.transaction((): OrderCreated => {
    const orderId = Number(
      sqlite
        .prepare(
          `INSERT INTO restriction_orders (contractor_id, number, order_date, user_name, created_at_ms)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(contractor.id, number, today, by.name, nowMs).lastInsertRowid,
    );
    const stem = `documents/restriction/orders/order-${orderId}/zayavka-${number.replace('З', 'Z')}`;
    const doc = (ext: 'pdf' | 'xlsx', bytes: Buffer, pages: number | null) =>
      saveDocument(sqlite, dataDir, {
        batchId: null,
        kind: ext === 'pdf' ? 'restriction_order' : 'restriction_order_xlsx',
        templateVersion: ORDER_TEMPLATE_VERSION,
        issuedDate: today,
        filePath: `${stem}.${ext}`,
        bytes,
        pages,
        totalKopecks: total,
        userName: by.name,
        atMs: nowMs,
      });
    const pdfDocumentId = doc('pdf', pdf.bytes, pdf.pages);
    const xlsxDocumentId = doc('xlsx', xlsx, null);
    sqlite
      .prepare('UPDATE restriction_orders SET pdf_document_id = ?, xlsx_document_id = ? WHERE id = ?')
      .run(pdfDocumentId, xlsxDocumentId, orderId);
    const mark = sqlite.prepare(
      `UPDATE restriction_cases SET status = 'ordered', order_id = ?, updated_at_ms = ? WHERE id = ? AND status = 'delivered'`,
    );
    for (const r of rows) {
      // Checked above; a change meanwhile (another window) rolls the whole order back.
      if (mark.run(orderId, nowMs, r.caseId).changes !== 1)
        throw new AppError(
          'CONFLICT',
          `Л/с ${r.accountNumber}: дело изменилось, пока формировалась заявка. Ничего не изменено.`,
        );
      writeJournal(sqlite, by, nowMs, {
        kind: 'restriction.ordered',
        summary: `Заявка № ${number} исполнителю «${contractor.name}» на ограничение: ${r.service}, ${caseAddress(r)}, долг ${rublesText(r.debtKopecks)} руб.`,
        accountId: r.accountId,
        object: { type: 'restriction', id: r.caseId },
        details: { caseId: r.caseId, orderId, number, service: r.service, debtKopecks: r.debtKopecks },
      });
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.order',
      summary: `Сформирована заявка № ${number} исполнителю «${contractor.name}»: адресов ${rows.length}, долг ${rublesText(total)} руб.`,
      object: { type: 'order', id: orderId },
      details: {
        orderId,
        number,
        contractorId: contractor.id,
        caseIds: rows.map((r) => r.caseId),
        pdfDocumentId,
        xlsxDocumentId,
      },
    });
    return { orderId, number, orderDate: today, pdfDocumentId, xlsxDocumentId, caseIds: rows.map((r) => r.caseId) };
  })();
}

export function listOrders(sqlite: Database.Database, today: string): OrdersListView {
  const orders = sqlite
    .prepare<[], OrderRow>(
      `SELECT o.id, o.number, o.order_date AS orderDate, o.contractor_id AS contractorId, c.name AS contractorName,
              (SELECT count(*) FROM restriction_cases rc WHERE rc.order_id = o.id) AS caseCount,
              o.pdf_document_id AS pdfDocumentId, o.xlsx_document_id AS xlsxDocumentId, o.user_name AS userName
         FROM restriction_orders o JOIN restriction_contractors c ON c.id = o.contractor_id
        ORDER BY o.order_date DESC, o.id DESC`,
    )
    .all();
  const debtOf = serviceDebtReader(sqlite, today);
  return {
    today,
    orders,
    ordered: caseRowsByStatus(sqlite, ['ordered'], today, debtOf),
    restricted: caseRowsByStatus(sqlite, ['restricted'], today, debtOf),
  };
}

const CLOSABLE = new Set(['warned', 'delivered', 'ordered']);

/**
 * Closes a case not yet restricted: the debt was paid to the threshold or below, an agreement was signed, or the
 * clerk decided so. A restricted case is never closed here: the service must be restored first (an act).
 */
export function closeRestrictionCase(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: { caseId: number; reason: string },
): RestrictionCaseRow {
  const today = isoDateInZone(nowMs);
  const r = caseRow(sqlite, input.caseId, today);
  if (!CLOSABLE.has(r.status))
    throw new AppError(
      'RESTRICTION.BAD_STEP',
      r.status === 'restricted' || r.status === 'restoration_due'
        ? `Л/с ${r.accountNumber}: услуга ограничена — сначала восстановите её и запишите акт о возобновлении. Ничего не изменено.`
        : `Л/с ${r.accountNumber}: дело уже завершено. Ничего не изменено.`,
    );
  sqlite.transaction(() => {
    sqlite
      .prepare(`UPDATE restriction_cases SET status = 'closed', closed_reason = ?, updated_at_ms = ? WHERE id = ?`)
      .run(input.reason, nowMs, r.caseId);
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.closed',
      summary: `Дело об ограничении закрыто без ограничения: ${r.service}, ${caseAddress(r)} — ${input.reason}`,
      accountId: r.accountId,
      object: { type: 'restriction', id: r.caseId },
      details: { caseId: r.caseId, from: r.status, reason: input.reason, debtKopecks: r.debtKopecks },
    });
  })();
  return caseRow(sqlite, r.caseId, today);
}
