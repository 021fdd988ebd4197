/**
 * @file Management companies as other services name them: a company's name by id, for titles and messages.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { managementCompanies } from '../../../shared/db/schema';
import { drizzleOf } from '../db/drizzle-of';

/** The company's name, or null when there is no such company. */
export function companyName(sqlite: Database.Database, companyId: number): string | null {
  return (
    drizzleOf(sqlite)
      .select({ name: managementCompanies.name })
      .from(managementCompanies)
      .where(eq(managementCompanies.id, companyId))
      .get()?.name ?? null
  );
}
