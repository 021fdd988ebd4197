/**
 * @file `penalty.forAccount`: the penalty of one account on a calculation date — the engine on the account's
 * charges and payments with the office's legal tables (seed + administrator's rows, never the seed alone), plus
 * the account's facts and the Russian notes a screen or a court document prints beside the lines.
 */
import type Database from 'better-sqlite3';
import type { AccountPenalty } from '../../../shared/api/contract-penalty';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { PenaltyTableError } from '../../../shared/rules/penalty/legal-tables';
import type { RateDateRule } from '../../../shared/rules/penalty/penalty-types';
import { penaltyNotes } from '../../../shared/documents/penalty-calculation/penalty-notes';
import { AppError } from '../app-error';
import { penaltyInputForAccount } from '../penalty/account-penalty-input';
import { loadPenaltyTables } from '../penalty/penalty-tables-repo';

export interface AccountPenaltyRequest {
  accountId: number;
  calculationDate: string;
  rateDateRule?: RateDateRule | undefined;
}

interface AccountFacts {
  number: string;
  address: string | null;
  companyName: string;
  companyInn: string;
}

function readFacts(sqlite: Database.Database, accountId: number): AccountFacts {
  // The summary holds the address as the registry shows it; an account imported without a summary yet (it is
  // recomputed after each import) falls back to the building's address and the apartment.
  const facts = sqlite
    .prepare(
      `SELECT a.number, c.name AS companyName, c.inn AS companyInn,
              COALESCE(s.address, b.address || CASE WHEN p.apartment IS NOT NULL THEN ', кв. ' || p.apartment ELSE '' END) AS address
         FROM accounts a
         JOIN management_companies c ON c.id = a.management_company_id
         LEFT JOIN account_summaries s ON s.account_id = a.id
         LEFT JOIN premises p ON p.id = a.premises_id
         LEFT JOIN buildings b ON b.id = p.building_id
        WHERE a.id = ?`,
    )
    .get(accountId) as AccountFacts | undefined;
  if (!facts) throw new AppError('NOT_FOUND', `Лицевой счёт не найден (код ${accountId}).`);
  return facts;
}

export function accountPenalty(sqlite: Database.Database, request: AccountPenaltyRequest): AccountPenalty {
  const facts = readFacts(sqlite, request.accountId);
  const rule: RateDateRule = request.rateDateRule ?? 'payment-day';
  const tables = loadPenaltyTables(sqlite);
  const input = penaltyInputForAccount(sqlite, request.accountId, request.calculationDate);
  let result;
  try {
    result = calculatePenalty(input, tables, { rateDateRule: rule });
  } catch (error) {
    // A gap in the tables (e.g. no key rate for a date before 2012) is the administrator's to fix, not a bug.
    if (error instanceof PenaltyTableError) {
      throw new AppError(error.code, `Пени не рассчитаны: ${error.message}. Дополните правовые таблицы.`);
    }
    throw error;
  }
  const notes = penaltyNotes(result, tables, rule);
  return {
    ...result,
    reasons: notes.reasons,
    accountId: request.accountId,
    accountNumber: facts.number,
    address: facts.address ?? 'адрес не указан',
    companyName: facts.companyName,
    companyInn: facts.companyInn,
    rateDateRule: rule,
    tablesAsOf: tables.asOf,
    rateDates: notes.rateDates,
    moratoria: notes.moratoria,
    legalBasis: notes.legalBasis,
  };
}
