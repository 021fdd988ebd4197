/**
 * @file Who may be warned about a restriction today (measure 8): the rule book's measure 8 over the facts of every
 * debtor (forEachFactsChunk + evaluateMeasure, as sms-worklist.ts), each candidate with the restrictable services
 * whose debt exceeds the threshold; the others counted by reason.
 *
 * FOUNDATION STUB: the restriction-eligibility helper fills it in.
 */
import type Database from 'better-sqlite3';
import type { RestrictionWorklist } from '../../../shared/restriction/restriction-types';

export function restrictionWorklist(_sqlite: Database.Database, today: string): RestrictionWorklist {
  return { today, candidates: [], skipped: [] };
}
