/**
 * @file Postal codes per building (table `postal_codes`, scope «building:<id>»): the buildings with their own
 * code, or the locality's code they fall back on, or none — for the screen that fills the gaps; and setting or
 * removing one building's code.
 */
import type Database from 'better-sqlite3';
import { eq, notLike, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { buildings, managementCompanies } from '../../../shared/db/schema';
import { postalCodes } from '../../../shared/db/schema-documents';
import { postalCodeProblem } from '../../../shared/documents/mailing/postal-code';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { AppError } from '../app-error';

export interface BuildingPostalCode {
  buildingId: number;
  address: string;
  companyName: string;
  /** The building's own code. */
  postalCode: string | null;
  /** The code of the locality the address starts with, used when the building has none of its own. */
  localityCode: string | null;
}

export interface BuildingPostalCodes {
  buildings: BuildingPostalCode[];
  total: number;
  /** Buildings without a code of their own. */
  withoutOwn: number;
  /** Of those, buildings without even a locality code: their letters carry no index at all. */
  withoutAny: number;
}

export function localityCodes(sqlite: Database.Database): Array<{ scope: string; code: string }> {
  return drizzleOf(sqlite)
    .select({ scope: postalCodes.scope, code: postalCodes.postalCode })
    .from(postalCodes)
    .where(notLike(postalCodes.scope, 'building:%'))
    .all()
    .sort((a, b) => b.scope.length - a.scope.length);
}

export function listBuildingPostalCodes(
  sqlite: Database.Database,
  p: { onlyWithout: boolean; search: string; limit: number },
): BuildingPostalCodes {
  const localities = localityCodes(sqlite);
  const all = drizzleOf(sqlite)
    .select({
      buildingId: buildings.id,
      address: buildings.address,
      companyName: managementCompanies.name,
      postalCode: postalCodes.postalCode,
      folded: buildings.addressSearch,
    })
    .from(buildings)
    .innerJoin(managementCompanies, eq(managementCompanies.id, buildings.managementCompanyId))
    .leftJoin(postalCodes, eq(postalCodes.scope, sql`'building:' || ${buildings.id}`))
    .orderBy(buildings.addressSearch)
    .all()
    .map(({ folded, ...b }) => ({
      ...b,
      folded,
      localityCode: localities.find((l) => b.address.startsWith(l.scope))?.code ?? null,
    }));
  const query = foldForSearch(p.search);
  const shown = all.filter(
    (b) => (!p.onlyWithout || b.postalCode === null) && (query === '' || b.folded.includes(query)),
  );
  return {
    buildings: shown.slice(0, p.limit).map(({ folded: _folded, ...b }) => b),
    total: all.length,
    withoutOwn: all.filter((b) => b.postalCode === null).length,
    withoutAny: all.filter((b) => b.postalCode === null && b.localityCode === null).length,
  };
}

/** Sets a building's own code, or removes it (null): its letters then fall back on the locality's code. */
export function setBuildingPostalCode(
  sqlite: Database.Database,
  buildingId: number,
  postalCode: string | null,
): { buildingId: number; postalCode: string | null } {
  const db = drizzleOf(sqlite);
  const exists = db.select({ id: buildings.id }).from(buildings).where(eq(buildings.id, buildingId)).get();
  if (!exists) throw new AppError('NOT_FOUND', `Дом № ${buildingId} не найден.`);
  if (postalCode === null) {
    db.delete(postalCodes)
      .where(eq(postalCodes.scope, `building:${buildingId}`))
      .run();
    return { buildingId, postalCode: null };
  }
  const code = postalCode.trim();
  const problem = postalCodeProblem(code);
  if (problem) throw new AppError('VALIDATION', `Индекс не сохранён: ${problem}.`);
  db.insert(postalCodes)
    .values({ scope: `building:${buildingId}`, postalCode: code })
    .onConflictDoUpdate({ target: postalCodes.scope, set: { postalCode: code } })
    .run();
  return { buildingId, postalCode: code };
}
