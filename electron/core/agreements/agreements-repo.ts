/**
 * @file Reading repayment agreements: the rows, their schedules, the account's payments since signing, and the
 * verdict of the pure shared/agreements/agreement-verdict.ts for today — the list of the tab, one agreement with its
 * instalment lines, and the card's section. SQL only here and in the services beside it.
 */
import { readAccountDebt } from '../debt/account-debt-repo';
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { addMonthsClamped } from '../../../shared/debt/limitation';
import {
  agreementVerdict,
  type AgreementPayment,
  type AgreementVerdict,
} from '../../../shared/agreements/agreement-verdict';
import type { Instalment } from '../../../shared/agreements/agreement-schedule';
import type {
  AccountAgreements,
  AgreementListItem,
  AgreementStatus,
  AgreementView,
} from '../../../shared/api/contract-agreements';

export interface AgreementRow {
  id: number;
  accountId: number;
  number: string;
  status: AgreementStatus;
  totalKopecks: number;
  signedDate: string | null;
  toleranceKopecks: number;
  graceDays: number;
  measure: number | null;
  endedDate: string | null;
  documentId: number | null;
  note: string | null;
  userName: string;
  createdAtMs: number;
}

const ROW_COLUMNS = `a.id, a.account_id AS accountId, a.number, a.status, a.total_kopecks AS totalKopecks,
  a.signed_date AS signedDate, a.tolerance_kopecks AS toleranceKopecks, a.grace_days AS graceDays, a.measure,
  a.ended_date AS endedDate, a.document_id AS documentId, a.note, a.user_name AS userName, a.created_at_ms AS createdAtMs`;

/** One agreement's row; NOT_FOUND in Russian when there is none. */
export function readAgreementRow(sqlite: Database.Database, id: number): AgreementRow {
  const row = sqlite
    .prepare<[number], AgreementRow>(`SELECT ${ROW_COLUMNS} FROM repayment_agreements a WHERE a.id = ?`)
    .get(id);
  if (!row) throw new AppError('NOT_FOUND', `Соглашение с кодом ${id} не найдено. Ничего не изменено.`);
  return row;
}

/** The schedules of several agreements, in instalment order. */
export function readInstalments(sqlite: Database.Database, agreementIds: readonly number[]): Map<number, Instalment[]> {
  const map = new Map<number, Instalment[]>();
  if (agreementIds.length === 0) return map;
  const rows = sqlite
    .prepare<[string], Instalment & { agreementId: number }>(
      `SELECT agreement_id AS agreementId, seq, due_date AS dueDate, amount_kopecks AS amountKopecks
         FROM agreement_instalments WHERE agreement_id IN (SELECT value FROM json_each(?)) ORDER BY agreement_id, seq`,
    )
    .all(JSON.stringify(agreementIds));
  for (const r of rows) {
    const list = map.get(r.agreementId) ?? [];
    list.push({ seq: r.seq, dueDate: r.dueDate, amountKopecks: r.amountKopecks });
    map.set(r.agreementId, list);
  }
  return map;
}

/** The account's payments (reversals negative) from `from` to `to` inclusive, by the payments' date index. */
/**
 * What counts towards the schedule from `from` to `to`: the account's payments, less each monthly bill that fell due
 * after signing (a negative entry on its due date). An agreement repays the arrears; it does not free the debtor from
 * the current charges (the agreement's clause 5.2), so a debtor who pays only the monthly bill keeps nothing of it.
 * The bills are the debt position's months (shared/debt/account-debt.ts: net charge and due date per month).
 */
export function readCreditedPayments(
  sqlite: Database.Database,
  accountId: number,
  from: string,
  to: string,
): AgreementPayment[] {
  const payments = readPaymentsBetween(sqlite, accountId, from, to);
  const bills: AgreementPayment[] = [];
  for (const m of readAccountDebt(sqlite, accountId, to).months)
    if (m.dueDate > from && m.dueDate <= to && m.chargedKopecks > 0)
      bills.push({ date: m.dueDate, amountKopecks: -m.chargedKopecks });
  return [...payments, ...bills].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function readPaymentsBetween(
  sqlite: Database.Database,
  accountId: number,
  from: string,
  to: string,
): AgreementPayment[] {
  return sqlite
    .prepare<[number, string, string], AgreementPayment>(
      `SELECT payment_date AS date, amount_kopecks AS amountKopecks FROM payments
        WHERE account_id = ? AND payment_date >= ? AND payment_date <= ? ORDER BY payment_date`,
    )
    .all(accountId, from, to);
}

/** The verdict today of a signed, broken or completed agreement; null for a draft or a cancelled one. */
export function verdictOf(
  sqlite: Database.Database,
  row: AgreementRow,
  instalments: readonly Instalment[],
  today: string,
): AgreementVerdict | null {
  if (row.signedDate === null || row.status === 'draft' || row.status === 'cancelled') return null;
  return agreementVerdict({
    instalments,
    payments: readCreditedPayments(sqlite, row.accountId, row.signedDate, today),
    signedDate: row.signedDate,
    today,
    toleranceKopecks: row.toleranceKopecks,
    graceDays: row.graceDays,
  });
}

interface AccountInfo {
  accountId: number;
  number: string;
  address: string;
}

function accountInfos(
  sqlite: Database.Database,
  accountIds: readonly number[],
): Map<number, AccountInfo & { names: string[] }> {
  const ids = JSON.stringify([...new Set(accountIds)]);
  const infos = new Map<number, AccountInfo & { names: string[] }>();
  for (const a of sqlite
    .prepare<[string], AccountInfo>(
      `SELECT a.id AS accountId, a.number, coalesce(s.address, '') AS address
         FROM accounts a LEFT JOIN account_summaries s ON s.account_id = a.id
        WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids))
    infos.set(a.accountId, { ...a, names: [] });
  for (const p of sqlite
    .prepare<[string], { accountId: number; fullName: string }>(
      `SELECT ap.account_id AS accountId, p.full_name AS fullName
         FROM account_persons ap JOIN persons p ON p.id = ap.person_id
        WHERE ap.account_id IN (SELECT value FROM json_each(?)) AND ap.role IN ('owner', 'tenant')
        ORDER BY ap.account_id, CASE ap.role WHEN 'owner' THEN 0 ELSE 1 END, ap.position`,
    )
    .all(ids))
    infos.get(p.accountId)?.names.push(p.fullName);
  return infos;
}

function listItem(
  row: AgreementRow,
  instalments: readonly Instalment[],
  verdict: AgreementVerdict | null,
  info: (AccountInfo & { names: string[] }) | undefined,
): AgreementListItem {
  return {
    id: row.id,
    number: row.number,
    accountId: row.accountId,
    accountNumber: info?.number ?? '',
    address: info?.address ?? '',
    debtorNames: info?.names ?? [],
    status: row.status,
    measure: row.measure,
    totalKopecks: row.totalKopecks,
    instalmentCount: instalments.length,
    firstDueDate: instalments[0]?.dueDate ?? '',
    lastDueDate: instalments[instalments.length - 1]?.dueDate ?? '',
    signedDate: row.signedDate,
    endedDate: row.endedDate,
    paidKopecks: verdict?.paidKopecks ?? 0,
    verdict: verdict ? { status: verdict.status, text: verdict.text } : null,
    documentId: row.documentId,
    userName: row.userName,
    createdAtMs: row.createdAtMs,
  };
}

const LIST_LIMIT = 1000;

/** Agreements newest first (at most 1 000), with today's verdict of the signed, broken and completed ones. */
export function listAgreements(
  sqlite: Database.Database,
  filter: { status: AgreementStatus | null; accountId: number | null },
  today: string,
): AgreementListItem[] {
  const rows = sqlite
    .prepare<{ status: string | null; accountId: number | null; limit: number }, AgreementRow>(
      `SELECT ${ROW_COLUMNS} FROM repayment_agreements a
        WHERE (@status IS NULL OR a.status = @status) AND (@accountId IS NULL OR a.account_id = @accountId)
        ORDER BY a.id DESC LIMIT @limit`,
    )
    .all({ status: filter.status, accountId: filter.accountId, limit: LIST_LIMIT });
  const schedules = readInstalments(
    sqlite,
    rows.map((r) => r.id),
  );
  const infos = accountInfos(
    sqlite,
    rows.map((r) => r.accountId),
  );
  return rows.map((r) => {
    const inst = schedules.get(r.id) ?? [];
    return listItem(r, inst, verdictOf(sqlite, r, inst, today), infos.get(r.accountId));
  });
}

/** One agreement with its instalment lines and today's verdict. */
export function readAgreementView(sqlite: Database.Database, id: number, today: string): AgreementView {
  const row = readAgreementRow(sqlite, id);
  const inst = readInstalments(sqlite, [id]).get(id) ?? [];
  const verdict = verdictOf(sqlite, row, inst, today);
  const info = accountInfos(sqlite, [row.accountId]).get(row.accountId);
  let cumulative = 0;
  return {
    ...listItem(row, inst, verdict, info),
    toleranceKopecks: row.toleranceKopecks,
    graceDays: row.graceDays,
    note: row.note ?? '',
    lines:
      verdict?.lines ??
      inst.map((i) => {
        cumulative += i.amountKopecks;
        return {
          ...i,
          deadlineDate: i.dueDate,
          cumulativeDueKopecks: cumulative,
          coveredKopecks: 0,
          status: 'upcoming' as const,
        };
      }),
    missed: verdict?.missed ?? null,
    next: verdict?.next ?? null,
  };
}

/** The overdue debt the registry shows (time-barred months included), 0 when not counted yet. */
export function overdueDebtOf(sqlite: Database.Database, accountId: number): number {
  return (
    sqlite
      .prepare<[number], { debt: number }>('SELECT debt_kopecks AS debt FROM account_summaries WHERE account_id = ?')
      .get(accountId)?.debt ?? 0
  );
}

/** The card's section on agreements. */
export function accountAgreements(sqlite: Database.Database, accountId: number, today: string): AccountAgreements {
  const exists = sqlite.prepare<[number], { id: number }>('SELECT id FROM accounts WHERE id = ?').get(accountId);
  if (!exists) throw new AppError('NOT_FOUND', `Лицевой счёт с кодом ${accountId} не найден.`);
  const all = listAgreements(sqlite, { status: null, accountId }, today);
  const signed = all.find((a) => a.status === 'signed') ?? null;
  return {
    accountId,
    inForce: signed ? readAgreementView(sqlite, signed.id, today) : null,
    drafts: all.filter((a) => a.status === 'draft'),
    earlier: all.filter((a) => a.status !== 'draft' && a.status !== 'signed'),
    overdueKopecks: overdueDebtOf(sqlite, accountId),
    defaultFirstDueDate: addMonthsClamped(today, 1),
  };
}
