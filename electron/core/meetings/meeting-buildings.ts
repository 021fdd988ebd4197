/**
 * @file Buildings by address for measure 13 (the meeting's buildings, the kit's building): the registry's
 * buildings whose folded address contains the folded query, with their УК and the number of flats known.
 */
import type Database from 'better-sqlite3';
import type { MeetingBuildingOption } from '../../../shared/api/contract-meetings';
import { foldForSearch } from '../../../shared/text/fold-for-search';

export function searchBuildings(sqlite: Database.Database, query: string, limit: number): MeetingBuildingOption[] {
  const folded = foldForSearch(query).replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return sqlite
    .prepare<{ q: string; limit: number }, MeetingBuildingOption>(
      `SELECT b.id, b.address, c.name AS companyName,
              (SELECT COUNT(*) FROM premises p WHERE p.building_id = b.id) AS flats
         FROM buildings b JOIN management_companies c ON c.id = b.management_company_id
        WHERE b.address_search LIKE '%' || @q || '%' ESCAPE '\\'
        ORDER BY b.address_search, b.id
        LIMIT @limit`,
    )
    .all({ q: folded, limit });
}
