/**
 * @file `registry.filterOptions`: what the registry's filter controls offer.
 */
import type Database from 'better-sqlite3';
import { buildings, managementCompanies } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';
import type { RegistryFilterOptions } from '../../../shared/registry/registry-types';
import { readBrackets } from '../repositories/brackets-repo';

export function registryFilterOptions(sqlite: Database.Database): RegistryFilterOptions {
  const db = drizzleOf(sqlite);
  return {
    companies: db
      .select({ id: managementCompanies.id, name: managementCompanies.name })
      .from(managementCompanies)
      .orderBy(managementCompanies.name)
      .all(),
    buildings: db
      .select({ id: buildings.id, address: buildings.address, companyId: buildings.managementCompanyId })
      .from(buildings)
      .orderBy(buildings.addressSearch)
      .all(),
    brackets: readBrackets(sqlite),
  };
}
