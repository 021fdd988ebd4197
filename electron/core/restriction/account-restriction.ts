/**
 * @file One account's measure 8 for the card: its debt per service against the threshold (service-debt.ts, exact
 * from the debt position, time-barred apart) and the restrictions under way on it.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { RestrictionCaseView, ServiceDebtsView } from '../../../shared/api/contract-restriction-data';
import { readServiceDebts } from './service-debt';
import { OPEN_RESTRICTION_STATUSES } from './restriction-facts';

export function accountServiceDebts(sqlite: Database.Database, accountId: number, today: string): ServiceDebtsView {
  const exists = sqlite.prepare<[number], { id: number }>('SELECT id FROM accounts WHERE id = ?').get(accountId);
  if (!exists) throw new AppError('NOT_FOUND', 'Лицевой счёт не найден. Ничего не изменено.');
  const openCases = sqlite
    .prepare<[number], RestrictionCaseView>(
      `SELECT id, service, status, debt_kopecks AS debtKopecks, threshold_kopecks AS thresholdKopecks,
              warning_date AS warningDate, delivery_method AS deliveryMethod, delivered_date AS deliveredDate,
              timer_ends_date AS timerEndsDate, restricted_date AS restrictedDate,
              restoration_due_date AS restorationDueDate
         FROM restriction_cases
        WHERE account_id = ? AND status IN (${OPEN_RESTRICTION_STATUSES.map((s) => `'${s}'`).join(', ')})
        ORDER BY id DESC`,
    )
    .all(accountId);
  return { accountId, today, lines: readServiceDebts(sqlite, accountId, today), openCases };
}
