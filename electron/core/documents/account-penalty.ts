/**
 * @file `penalty.forAccount`: the penalty of one account on a calculation date — the engine on the account's
 * charges and payments with the office's legal tables (seed + administrator's rows, never the seed alone), plus
 * the account's facts and the Russian notes a screen or a court document prints beside the lines.
 */
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, accountSummaries, buildings, managementCompanies, premises } from '../../../shared/db/schema';
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
  const facts = drizzleOf(sqlite)
    .select({
      number: accounts.number,
      companyName: managementCompanies.name,
      companyInn: managementCompanies.inn,
      address: sql<string | null>`COALESCE(${accountSummaries.address}, ${buildings.address}
        || CASE WHEN ${premises.apartment} IS NOT NULL THEN ', кв. ' || ${premises.apartment} ELSE '' END)`,
    })
    .from(accounts)
    .innerJoin(managementCompanies, eq(managementCompanies.id, accounts.managementCompanyId))
    .leftJoin(accountSummaries, eq(accountSummaries.accountId, accounts.id))
    .leftJoin(premises, eq(premises.id, accounts.premisesId))
    .leftJoin(buildings, eq(buildings.id, premises.buildingId))
    .where(eq(accounts.id, accountId))
    .get();
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
