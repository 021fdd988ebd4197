/**
 * @file The rows of `restriction_cases` as the warnings, the delivery and the timers read and write them (measure 8):
 * one case per account and service from the warning on. SQL lives here; the services (restriction-warn.ts,
 * restriction-delivery.ts, restriction-timers.ts) decide. A case is «open» until it is restored or closed: a second
 * warning for the same account and service is refused while one is open.
 */
import type Database from 'better-sqlite3';
import type {
  RestrictionCaseStatus,
  RestrictionCaseView,
  RestrictionDeliveryMethod,
} from '../../../shared/api/contract-restriction';
import { daysBetween } from '../../../shared/calendar/date-math';
import { AppError } from '../app-error';

/** The statuses in which a case is still under way (a new warning for the account and service is refused). */
export const OPEN_CASE_STATUSES: readonly RestrictionCaseStatus[] = [
  'warned',
  'delivered',
  'ordered',
  'restricted',
  'restoration_due',
];

interface CaseRow {
  id: number;
  accountId: number;
  accountNumber: string;
  address: string;
  service: string;
  status: RestrictionCaseStatus;
  debtKopecks: number;
  thresholdKopecks: number;
  thresholdBasis: 'norm' | 'average';
  asOfDate: string;
  restrictionPossible: number;
  warningDate: string;
  warningDocumentId: number | null;
  deliveryMethod: RestrictionDeliveryMethod | null;
  mailItemId: number | null;
  batchId: number | null;
  mailOutcome: RestrictionCaseView['mailOutcome'];
  trackingNumber: string | null;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  closedReason: string | null;
  userName: string;
}

const SELECT_CASE = `
  SELECT c.id, c.account_id AS accountId, a.number AS accountNumber, coalesce(s.address, '') AS address, c.service,
         c.status, c.debt_kopecks AS debtKopecks, c.threshold_kopecks AS thresholdKopecks,
         c.threshold_basis AS thresholdBasis, c.as_of_date AS asOfDate, c.restriction_possible AS restrictionPossible,
         c.warning_date AS warningDate, c.warning_document_id AS warningDocumentId, c.delivery_method AS deliveryMethod,
         c.mail_item_id AS mailItemId, m.batch_id AS batchId, m.outcome AS mailOutcome, m.tracking_number AS trackingNumber,
         c.delivered_date AS deliveredDate, c.timer_ends_date AS timerEndsDate, c.closed_reason AS closedReason,
         c.user_name AS userName
    FROM restriction_cases c
    JOIN accounts a ON a.id = c.account_id
    LEFT JOIN account_summaries s ON s.account_id = c.account_id
    LEFT JOIN mail_items m ON m.id = c.mail_item_id`;

function toView(r: CaseRow, today: string): RestrictionCaseView {
  return {
    ...r,
    restrictionPossible: r.restrictionPossible === 1,
    daysLeft: r.timerEndsDate === null ? null : daysBetween(today, r.timerEndsDate),
  };
}

/** The open case of an account's service, if any. */
export function openCaseOf(
  sqlite: Database.Database,
  accountId: number,
  service: string,
): { id: number; status: RestrictionCaseStatus } | null {
  return (
    sqlite
      .prepare<[number, string], { id: number; status: RestrictionCaseStatus }>(
        `SELECT id, status FROM restriction_cases
          WHERE account_id = ? AND service = ? AND status IN (${OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(',')})
          ORDER BY id DESC LIMIT 1`,
      )
      .get(accountId, service) ?? null
  );
}

export interface NewCase {
  accountId: number;
  service: string;
  debtKopecks: number;
  thresholdKopecks: number;
  thresholdBasis: 'norm' | 'average';
  asOfDate: string;
  restrictionPossible: boolean;
  warningDate: string;
  warningDocumentId: number;
  deliveryMethod: RestrictionDeliveryMethod;
  mailItemId: number | null;
  userName: string;
  nowMs: number;
}

export function insertCase(sqlite: Database.Database, c: NewCase): number {
  const info = sqlite
    .prepare(
      `INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis,
         as_of_date, restriction_possible, warning_date, warning_document_id, delivery_method, mail_item_id, user_name,
         created_at_ms, updated_at_ms)
       VALUES (?, ?, 'warned', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      c.accountId,
      c.service,
      c.debtKopecks,
      c.thresholdKopecks,
      c.thresholdBasis,
      c.asOfDate,
      c.restrictionPossible ? 1 : 0,
      c.warningDate,
      c.warningDocumentId,
      c.deliveryMethod,
      c.mailItemId,
      c.userName,
      c.nowMs,
      c.nowMs,
    );
  return Number(info.lastInsertRowid);
}

/** One case, or NOT_FOUND in Russian. */
export function readCase(sqlite: Database.Database, caseId: number, today: string): RestrictionCaseView {
  const row = sqlite.prepare<[number], CaseRow>(`${SELECT_CASE} WHERE c.id = ?`).get(caseId);
  if (!row) throw new AppError('NOT_FOUND', `Дело об ограничении № ${caseId} не найдено. Ничего не изменено.`);
  return toView(row, today);
}

export interface CaseFilter {
  status?: RestrictionCaseStatus | undefined;
  service?: string | undefined;
  accountId?: number | undefined;
  limit: number;
  offset: number;
}

export function listCases(
  sqlite: Database.Database,
  filter: CaseFilter,
  today: string,
): { total: number; items: RestrictionCaseView[] } {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: filter.limit, offset: filter.offset };
  if (filter.status) {
    where.push('c.status = @status');
    params.status = filter.status;
  }
  if (filter.service) {
    where.push('c.service = @service');
    params.service = filter.service;
  }
  if (filter.accountId !== undefined) {
    where.push('c.account_id = @accountId');
    params.accountId = filter.accountId;
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total =
    sqlite
      .prepare<Record<string, string | number>, { n: number }>(
        `SELECT count(*) AS n FROM restriction_cases c ${clause}`,
      )
      .get(params)?.n ?? 0;
  const rows = sqlite
    .prepare<Record<string, string | number>, CaseRow>(
      `${SELECT_CASE} ${clause} ORDER BY c.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params);
  return { total, items: rows.map((r) => toView(r, today)) };
}

/** Cases in the given statuses (the timers: 'delivered', 'warned'), oldest term first. */
export function casesInStatus(
  sqlite: Database.Database,
  status: 'warned' | 'delivered',
  today: string,
): RestrictionCaseView[] {
  return sqlite
    .prepare<[string], CaseRow>(
      `${SELECT_CASE} WHERE c.status = ? ORDER BY coalesce(c.timer_ends_date, c.warning_date), c.id`,
    )
    .all(status)
    .map((r) => toView(r, today));
}

export function setDelivered(
  sqlite: Database.Database,
  caseId: number,
  d: { method: RestrictionDeliveryMethod; deliveredDate: string; timerEndsDate: string; nowMs: number },
): void {
  sqlite
    .prepare(
      `UPDATE restriction_cases SET status = 'delivered', delivery_method = ?, delivered_date = ?, timer_ends_date = ?,
              updated_at_ms = ? WHERE id = ?`,
    )
    .run(d.method, d.deliveredDate, d.timerEndsDate, d.nowMs, caseId);
}

export function setClosed(sqlite: Database.Database, caseId: number, reason: string, nowMs: number): void {
  sqlite
    .prepare(`UPDATE restriction_cases SET status = 'closed', closed_reason = ?, updated_at_ms = ? WHERE id = ?`)
    .run(reason, nowMs, caseId);
}

/** A letter by post whose outcome its case (still 'warned') has not taken yet. */
export interface PostOutcomeRow {
  caseId: number;
  accountId: number;
  service: string;
  warningDate: string;
  outcome: 'delivered' | 'returned' | 'refused';
  outcomeDate: string;
  trackingNumber: string | null;
  orderNumber: string;
}

/**
 * Cases sent by post, still 'warned', whose mail item has an outcome; `mailItemId` narrows to one letter. A case
 * takes its letter's outcome once: the cockpit counts each 'restriction.delivered' entry as one delivered warning.
 */
export function postOutcomesToTake(sqlite: Database.Database, mailItemId?: number): PostOutcomeRow[] {
  return sqlite
    .prepare<{ item: number | null }, PostOutcomeRow>(
      `SELECT c.id AS caseId, c.account_id AS accountId, c.service, c.warning_date AS warningDate, m.outcome, m.outcome_date AS outcomeDate,
              m.tracking_number AS trackingNumber, m.batch_id || '-' || m.position AS orderNumber
         FROM restriction_cases c JOIN mail_items m ON m.id = c.mail_item_id
        WHERE c.delivery_method = 'post' AND m.outcome IN ('delivered', 'returned', 'refused')
          AND m.outcome_date IS NOT NULL
          AND c.status = 'warned'
          AND (@item IS NULL OR m.id = @item)
        ORDER BY c.id`,
    )
    .all({ item: mailItemId ?? null });
}
