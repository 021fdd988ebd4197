/**
 * @file Postal codes per building (table `postal_codes`, scope «building:<id>»): the buildings with their own
 * code, or the locality's code they fall back on, or none — for the screen that fills the gaps; and setting or
 * removing one building's code.
 */
import type Database from 'better-sqlite3';
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
  return (
    sqlite
      .prepare(`SELECT scope, postal_code AS code FROM postal_codes WHERE scope NOT LIKE 'building:%'`)
      .all() as Array<{ scope: string; code: string }>
  ).sort((a, b) => b.scope.length - a.scope.length);
}

export function listBuildingPostalCodes(
  sqlite: Database.Database,
  p: { onlyWithout: boolean; search: string; limit: number },
): BuildingPostalCodes {
  const localities = localityCodes(sqlite);
  const all = (
    sqlite
      .prepare(
        `SELECT b.id AS buildingId, b.address, c.name AS companyName, pc.postal_code AS postalCode, b.address_search AS folded
           FROM buildings b JOIN management_companies c ON c.id = b.management_company_id
           LEFT JOIN postal_codes pc ON pc.scope = 'building:' || b.id
          ORDER BY b.address_search`,
      )
      .all() as Array<Omit<BuildingPostalCode, 'localityCode'> & { folded: string }>
  ).map(({ folded, ...b }) => ({
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
  const exists = sqlite.prepare('SELECT 1 FROM buildings WHERE id = ?').get(buildingId);
  if (!exists) throw new AppError('NOT_FOUND', `Дом № ${buildingId} не найден.`);
  if (postalCode === null) {
    sqlite.prepare('DELETE FROM postal_codes WHERE scope = ?').run(`building:${buildingId}`);
    return { buildingId, postalCode: null };
  }
  const code = postalCode.trim();
  const problem = postalCodeProblem(code);
  if (problem) throw new AppError('VALIDATION', `Индекс не сохранён: ${problem}.`);
  sqlite
    .prepare(
      'INSERT INTO postal_codes (scope, postal_code) VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET postal_code = excluded.postal_code',
    )
    .run(`building:${buildingId}`, code);
  return { buildingId, postalCode: code };
}
