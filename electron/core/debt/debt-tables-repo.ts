/**
 * @file The tables the debt position reads (shared/debt/account-debt.ts): the penalty engine's due-day rules (seed +
 * administrator rows), the service → creditor table and the production calendar.
 */
import type Database from 'better-sqlite3';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import type { DebtTables } from '../../../shared/debt/account-debt';
import { creditorLookup, type ServiceCreditorRow } from '../../../shared/debt/creditors';
import { loadPenaltyTables } from '../penalty/penalty-tables-repo';

export function readServiceCreditors(sqlite: Database.Database): ServiceCreditorRow[] {
  return sqlite
    .prepare('SELECT service, creditor FROM service_creditors ORDER BY service')
    .all() as ServiceCreditorRow[];
}

export function loadDebtTables(sqlite: Database.Database): DebtTables {
  return {
    penalty: loadPenaltyTables(sqlite),
    creditorOf: creditorLookup(readServiceCreditors(sqlite)),
    calendar: PRODUCTION_CALENDAR,
  };
}
