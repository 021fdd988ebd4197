/**
 * @file The restriction cases as the orders, acts and restorations show them: the case row with its account's
 * address, flat, management company and order, and the service's overdue debt RE-READ for today
 * (service-debt.ts `readServiceDebts`, the same reader the warning used) — an order or an act must never rest on the
 * debt the warning named weeks ago, only on the debt still there.
 */
import type Database from 'better-sqlite3';
import type { RestrictionCaseRow } from '../../../shared/api/contract-restriction-orders';
import { AppError } from '../app-error';
import { readServiceDebts, type ServiceDebtLine } from './service-debt';

interface RawCase {
  caseId: number;
  accountId: number;
  accountNumber: string;
  address: string | null;
  apartment: string | null;
  companyId: number;
  companyName: string;
  service: string;
  status: string;
  warningDebtKopecks: number;
  restrictionPossible: number;
  warningDate: string;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  orderId: number | null;
  orderNumber: string | null;
  restrictedDate: string | null;
  restorationReason: 'paid' | 'agreement' | null;
  restorationDueDate: string | null;
  restoredDate: string | null;
  agreementSigned: number;
}

const SELECT = `
  SELECT c.id AS caseId, c.account_id AS accountId, a.number AS accountNumber, b.address AS address,
         p.apartment AS apartment, a.management_company_id AS companyId, mc.name AS companyName, c.service AS service,
         c.status AS status, c.debt_kopecks AS warningDebtKopecks, c.restriction_possible AS restrictionPossible,
         c.warning_date AS warningDate, c.delivered_date AS deliveredDate, c.timer_ends_date AS timerEndsDate,
         c.order_id AS orderId, o.number AS orderNumber, c.restricted_date AS restrictedDate,
         c.restoration_reason AS restorationReason, c.restoration_due_date AS restorationDueDate,
         c.restored_date AS restoredDate,
         EXISTS (SELECT 1 FROM repayment_agreements ra WHERE ra.account_id = c.account_id AND ra.status = 'signed')
           AS agreementSigned
    FROM restriction_cases c
    JOIN accounts a ON a.id = c.account_id
    JOIN management_companies mc ON mc.id = a.management_company_id
    LEFT JOIN premises p ON p.id = a.premises_id
    LEFT JOIN buildings b ON b.id = p.building_id
    LEFT JOIN restriction_orders o ON o.id = c.order_id`;

/** Reads the service debts of each account once per call. */
export function serviceDebtReader(
  sqlite: Database.Database,
  today: string,
): (accountId: number, service: string) => ServiceDebtLine | null {
  const cache = new Map<number, ServiceDebtLine[]>();
  return (accountId, service) => {
    let lines = cache.get(accountId);
    if (!lines) cache.set(accountId, (lines = readServiceDebts(sqlite, accountId, today)));
    return lines.find((l) => l.service === service) ?? null;
  };
}

function toRow(r: RawCase, debtOf: ReturnType<typeof serviceDebtReader>): RestrictionCaseRow {
  const line = debtOf(r.accountId, r.service);
  return {
    caseId: r.caseId,
    accountId: r.accountId,
    accountNumber: r.accountNumber,
    address: r.address ?? '',
    apartment: r.apartment ?? '',
    companyId: r.companyId,
    companyName: r.companyName,
    service: r.service,
    status: r.status,
    warningDebtKopecks: r.warningDebtKopecks,
    debtKopecks: line?.debtKopecks ?? 0,
    thresholdKopecks: line?.threshold?.thresholdKopecks ?? null,
    overThreshold: line?.overThreshold ?? false,
    restrictionPossible: r.restrictionPossible === 1,
    warningDate: r.warningDate,
    deliveredDate: r.deliveredDate,
    timerEndsDate: r.timerEndsDate,
    orderId: r.orderId,
    orderNumber: r.orderNumber,
    restrictedDate: r.restrictedDate,
    restorationReason: r.restorationReason,
    restorationDueDate: r.restorationDueDate,
    restoredDate: r.restoredDate,
    agreementSigned: r.agreementSigned === 1,
  };
}

/** The cases in the given statuses, by address. */
export function caseRowsByStatus(
  sqlite: Database.Database,
  statuses: readonly string[],
  today: string,
  debtOf = serviceDebtReader(sqlite, today),
): RestrictionCaseRow[] {
  const marks = statuses.map(() => '?').join(', ');
  return sqlite
    .prepare<string[], RawCase>(`${SELECT} WHERE c.status IN (${marks}) ORDER BY b.address, p.apartment, c.id`)
    .all(...statuses)
    .map((r) => toRow(r, debtOf));
}

/** One case; NOT_FOUND when there is none. */
export function caseRow(
  sqlite: Database.Database,
  caseId: number,
  today: string,
  debtOf = serviceDebtReader(sqlite, today),
): RestrictionCaseRow {
  const raw = sqlite.prepare<[number], RawCase>(`${SELECT} WHERE c.id = ?`).get(caseId);
  if (!raw) throw new AppError('NOT_FOUND', `Дело об ограничении № ${caseId} не найдено; ничего не изменено.`);
  return toRow(raw, debtOf);
}

/** «ул. Мира, д. 10, кв. 7» — the address line of a case. */
export function caseAddress(row: Pick<RestrictionCaseRow, 'address' | 'apartment'>): string {
  return row.apartment ? `${row.address}, кв. ${row.apartment}` : row.address;
}
