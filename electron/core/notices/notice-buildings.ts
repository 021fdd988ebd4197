/**
 * @file Buildings to choose for stairwell notices (measure 6), each with the number of flats the rule book's
 * measure-6 conditions would list today — the same evaluation as the notices and the account card, over the
 * whole district in id ranges.
 */
import type Database from 'better-sqlite3';
import { count, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, buildings, premises } from '../../../shared/db/schema';
import type { NoticeBuildingView } from '../../../shared/api/contract-documents';
import { currentRuleBook } from '../rules/rule-book-repo';
import { noticeVerdicts } from './notice-eligibility';

export function noticeBuildings(sqlite: Database.Database, today: string): NoticeBuildingView[] {
  const verdicts = noticeVerdicts(sqlite, currentRuleBook(sqlite), today, null, false);
  const db = drizzleOf(sqlite);
  const buildingRows = db
    .select({ id: buildings.id, address: buildings.address, entrances: buildings.entrances, flats: count() })
    .from(buildings)
    .innerJoin(premises, eq(premises.buildingId, buildings.id))
    .groupBy(buildings.id)
    .orderBy(buildings.addressSearch, buildings.id)
    .all();
  const listed = new Map<number, Set<number>>();
  const flatAccounts = db
    .select({ accountId: accounts.id, premisesId: premises.id, buildingId: premises.buildingId })
    .from(accounts)
    .innerJoin(premises, eq(premises.id, accounts.premisesId))
    .all();
  for (const a of flatAccounts) {
    if (!verdicts.get(a.accountId)?.listed) continue;
    const set = listed.get(a.buildingId) ?? new Set<number>();
    set.add(a.premisesId);
    listed.set(a.buildingId, set);
  }
  return buildingRows.map((b) => ({ ...b, listedFlats: listed.get(b.id)?.size ?? 0 }));
}
