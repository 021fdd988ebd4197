/**
 * @file What the housing match reads of an eviction case: its status, household size, the dwelling reserved, and
 * the account's number and the address of its flat's building (whose settlement the dwelling must share).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';

export interface EvictionCaseForHousing {
  id: number;
  accountId: number;
  accountNumber: string;
  status: string;
  householdSize: number;
  dwellingId: number | null;
  buildingAddress: string | null;
  apartment: string | null;
}

export function readCaseForHousing(sqlite: Database.Database, caseId: number): EvictionCaseForHousing {
  const row = sqlite
    .prepare<[number], EvictionCaseForHousing>(
      `SELECT e.id, e.account_id AS accountId, a.number AS accountNumber, e.status, e.household_size AS householdSize,
              e.dwelling_id AS dwellingId, b.address AS buildingAddress, p.apartment
         FROM eviction_cases e
         JOIN accounts a ON a.id = e.account_id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE e.id = ?`,
    )
    .get(caseId);
  if (!row) throw new AppError('NOT_FOUND', `Дело о выселении № ${caseId} не найдено. Ничего не изменено.`);
  return row;
}

export function setCaseDwelling(
  sqlite: Database.Database,
  caseId: number,
  dwellingId: number | null,
  nowMs: number,
): void {
  sqlite
    .prepare('UPDATE eviction_cases SET dwelling_id = ?, updated_at_ms = ? WHERE id = ?')
    .run(dwellingId, nowMs, caseId);
}
