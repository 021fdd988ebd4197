/**
 * @file `registry.filterOptions`: what the registry's filter controls offer.
 */
import type Database from 'better-sqlite3';
import type { RegistryFilterOptions } from '../../../shared/registry/registry-types';
import { readBrackets } from '../repositories/brackets-repo';

export function registryFilterOptions(sqlite: Database.Database): RegistryFilterOptions {
  return {
    companies: sqlite.prepare('SELECT id, name FROM management_companies ORDER BY name').all() as RegistryFilterOptions['companies'],
    buildings: sqlite
      .prepare('SELECT id, address, management_company_id AS companyId FROM buildings ORDER BY address_search')
      .all() as RegistryFilterOptions['buildings'],
    brackets: readBrackets(sqlite),
  };
}
