/**
 * @file Buildings to choose for stairwell notices (measure 6), each with the number of flats the rule book's
 * measure-6 conditions would list today — the same evaluation as the notices and the account card, over the
 * whole district in id ranges.
 */
import type Database from 'better-sqlite3';
import type { NoticeBuildingView } from '../../../shared/api/contract-documents';
import { currentRuleBook } from '../rules/rule-book-repo';
import { noticeVerdicts } from './notice-eligibility';

export function noticeBuildings(sqlite: Database.Database, today: string): NoticeBuildingView[] {
  const verdicts = noticeVerdicts(sqlite, currentRuleBook(sqlite), today, null, false);
  const buildings = sqlite
    .prepare(
      `SELECT b.id, b.address, b.entrances, count(*) AS flats FROM buildings b JOIN premises p ON p.building_id = b.id
        GROUP BY b.id ORDER BY b.address_search, b.id`,
    )
    .all() as Array<Omit<NoticeBuildingView, 'listedFlats'>>;
  const listed = new Map<number, Set<number>>();
  const accounts = sqlite.prepare('SELECT a.id AS accountId, p.id AS premisesId, p.building_id AS buildingId FROM accounts a JOIN premises p ON p.id = a.premises_id');
  for (const a of accounts.iterate() as IterableIterator<{ accountId: number; premisesId: number; buildingId: number }>) {
    if (!verdicts.get(a.accountId)?.listed) continue;
    const set = listed.get(a.buildingId) ?? new Set<number>();
    set.add(a.premisesId);
    listed.set(a.buildingId, set);
  }
  return buildings.map((b) => ({ ...b, listedFlats: listed.get(b.id)?.size ?? 0 }));
}
