/**
 * @file The dated data of measures 8 and 12 as the rules take it: the norms and tariffs per service, the list of
 * restrictable services and the whole-number rules (tables service_norms, restrictable_services, measure_rules).
 * Read whole (tens of rows); the rules pick the row in force on their day.
 */
import type Database from 'better-sqlite3';
import type { ServiceNormRow } from '../../../shared/restriction/restriction-threshold';
import { measureRuleOn, type MeasureRuleKey, type MeasureRuleRow } from '../../../shared/restriction/measure-rules';

export interface RestrictableRow {
  service: string;
  validFromDate: string;
  restrictable: number;
  note: string;
}

export function readServiceNorms(sqlite: Database.Database): ServiceNormRow[] {
  return sqlite
    .prepare<[], ServiceNormRow>(
      `SELECT service, valid_from_date AS validFromDate, norm_milli AS normMilli, unit, tariff_kopecks AS tariffKopecks
         FROM service_norms ORDER BY service, valid_from_date`,
    )
    .all();
}

export function readRestrictableRows(sqlite: Database.Database): RestrictableRow[] {
  return sqlite
    .prepare<[], RestrictableRow>(
      `SELECT service, valid_from_date AS validFromDate, restrictable, note
         FROM restrictable_services ORDER BY service, valid_from_date`,
    )
    .all();
}

/** Whether `service` may be restricted on `date`, and why (a service the list does not name may not). */
export function restrictableOn(
  rows: readonly RestrictableRow[],
  service: string,
  date: string,
): { restrictable: boolean; note: string } {
  let best: RestrictableRow | null = null;
  for (const r of rows)
    if (r.service === service && r.validFromDate <= date && (best === null || r.validFromDate > best.validFromDate))
      best = r;
  if (!best) return { restrictable: false, note: 'услуги нет в перечне ограничиваемых' };
  return { restrictable: best.restrictable === 1, note: best.note };
}

export function readMeasureRules(sqlite: Database.Database): MeasureRuleRow[] {
  return sqlite
    .prepare<[], MeasureRuleRow>(
      `SELECT key, valid_from_date AS validFromDate, value_int AS valueInt, note FROM measure_rules
        ORDER BY key, valid_from_date`,
    )
    .all();
}

/** The rule's value on `date`; the seeds make every key present, so a missing one is a broken database. */
export function measureRule(sqlite: Database.Database, key: MeasureRuleKey, date: string): number {
  const value = measureRuleOn(readMeasureRules(sqlite), key, date);
  if (value === null) throw new Error(`Нет правила ${key} на ${date}`);
  return value;
}
