/**
 * @file The demo district model: companies and buildings up front, accounts generated one at a time.
 *
 * Only the small parts (УК, buildings, the month list) are kept in memory. An account — its flat, people,
 * charges and payments — is a pure function of (seed, options, account index): `generateAccount` can be
 * called in any order, from any worker, and always returns the same account.
 */

import { buildingOf, generateBuildings, type Building } from './buildings';
import { generateCompanies, type Company } from './companies';
import { MAX_ACCOUNTS } from './identifiers';
import { addMonths, parsePeriod } from './periods';
import { hash128 } from './prng';
import { tariffLevel } from './tariffs';

export interface DistrictOptions {
  accounts: number;
  seed: string | number;
  /** Months of history. */
  months: number;
  /** Last month of the history, 'YYYY-MM'. */
  endPeriod: string;
  /**
   * 'YYYY-MM-DD': payments that would fall after this day have not happened yet and are left out (a billing
   * file never holds a payment dated in the future, and the import refuses one). Default: none left out.
   */
  asOfDate?: string;
}

export interface District {
  options: DistrictOptions;
  /** A number derived from the seed, used to place identifiers (account numbers, СНИЛС …) per district. */
  seedSalt: number;
  companies: Company[];
  buildings: Building[];
  /** The history's months, oldest first; periods[months] is not included (it is the payments-only month). */
  periods: string[];
  /** Tariff level of each month of `periods`. */
  levels: number[];
  endYear: number;
}

export function buildDistrict(options: DistrictOptions): District {
  const { accounts, months, endPeriod, seed } = options;
  if (!Number.isInteger(accounts) || accounts < 1 || accounts > MAX_ACCOUNTS) {
    throw new RangeError(`accounts must be an integer in [1, ${MAX_ACCOUNTS}], got ${accounts}`);
  }
  if (!Number.isInteger(months) || months < 1 || months > 600) {
    throw new RangeError(`months must be an integer in [1, 600], got ${months}`);
  }
  const { year: endYear } = parsePeriod(endPeriod);
  const seedSalt = hash128(`salt\u0001${String(seed)}`)[0];
  const companies = generateCompanies(seed, accounts, seedSalt);
  const buildings = generateBuildings(
    seed,
    accounts,
    companies.map((c) => c.weight),
  );
  const start = addMonths(endPeriod, -(months - 1));
  const periods = Array.from({ length: months }, (_, m) => addMonths(start, m));
  return { options, seedSalt, companies, buildings, periods, levels: periods.map(tariffLevel), endYear };
}

export function buildingOfAccount(district: District, accountIndex: number): Building {
  return buildingOf(district.buildings, accountIndex);
}
