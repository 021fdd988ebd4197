/**
 * @file The demo district's six months of recorded work across the measures, with payments that respond to some of
 * it (seeded). STUB of the foundation: the demo-history helper fills it.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';

export interface DemoHistory {
  actions: number;
  payments: number;
}

export function addDemoHistory(
  _sqlite: Database.Database,
  _by: JournalActor,
  _today: string,
  _nowMs: number,
  _seed: string,
): DemoHistory {
  return { actions: 0, payments: 0 };
}
