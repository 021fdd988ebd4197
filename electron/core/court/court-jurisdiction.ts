/**
 * @file Which application and which court for a claim on a day: the pure rule (shared/court/jurisdiction.ts) with
 * the thresholds in force that day (court rules court_order_max_kopecks, magistrate_lawsuit_max_kopecks).
 */
import type Database from 'better-sqlite3';
import { jurisdiction, type Jurisdiction } from '../../../shared/court/jurisdiction';
import { courtRule } from './court-rules-repo';

export function jurisdictionFor(
  sqlite: Database.Database,
  kind: 'court_order' | 'lawsuit',
  claimKopecks: number,
  onDate: string,
): Jurisdiction {
  return jurisdiction(claimKopecks, kind, {
    courtOrderMaxKopecks: courtRule(sqlite, 'court_order_max_kopecks', onDate),
    magistrateLawsuitMaxKopecks: courtRule(sqlite, 'magistrate_lawsuit_max_kopecks', onDate),
  });
}
