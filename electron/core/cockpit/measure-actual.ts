/**
 * @file How much of one measure was done over any span of days, in the plan's own unit — the figure the cockpit
 * shows for today / week / month and the plan report and the press summary show for their period. STUB of the
 * foundation (distinct accounts in the journal for every measure): the plan-report helper moves the cockpit's
 * per-unit counting here so that the cockpit, the plan report and the press summary count alike.
 */
import type Database from 'better-sqlite3';
import { journalAccounts, type Span } from './measure-counts';

export interface MeasureActual {
  /** The count in the measure's unit (null where the unit is a state, e.g. the ЕПД coverage with no export). */
  count: number | null;
  /** «412 л/с», «2 подъезда», «96 %». */
  text: string;
  /** «на 2 л/с», «предупреждений доставлено 3, ограничено 1, …», or null. */
  detail: string | null;
}

export function measureActual(sqlite: Database.Database, measure: number, span: Span): MeasureActual {
  const n = journalAccounts(sqlite, measure, span);
  return { count: n, text: String(n), detail: null };
}
