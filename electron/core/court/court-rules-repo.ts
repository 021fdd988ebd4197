/**
 * @file Reading the court work's dated rules and the state-duty scale editions: the row with the latest
 * valid-from date not after the day applies (shared/court/court-rules.ts; shared/court/state-duty.ts).
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courtRules, dutyScales } from '../../../shared/db/schema-court';
import type { CourtRuleKey } from '../../../shared/court/court-rules';
import { COURT_RULE_KEYS } from '../../../shared/court/court-rules';
import type { DutyBand, DutyScale } from '../../../shared/court/state-duty';
import { AppError } from '../app-error';

export function courtRule(sqlite: Database.Database, key: CourtRuleKey, onDate: string): number {
  const row = drizzleOf(sqlite)
    .select({ v: courtRules.valueInt })
    .from(courtRules)
    .where(and(eq(courtRules.key, key), lte(courtRules.validFromDate, onDate)))
    .orderBy(desc(courtRules.validFromDate))
    .limit(1)
    .get();
  if (!row)
    throw new AppError(
      'DOCUMENTS.RULE_MISSING',
      `Не задано правило судебной работы «${COURT_RULE_KEYS[key]}» на ${onDate}. Дополните правила в настройках.`,
    );
  return row.v;
}

/** Every edition of the state-duty scale, oldest first. */
export function readDutyScales(sqlite: Database.Database): DutyScale[] {
  return drizzleOf(sqlite)
    .select()
    .from(dutyScales)
    .orderBy(asc(dutyScales.validFromDate))
    .all()
    .map((r) => ({
      validFrom: r.validFromDate,
      bands: JSON.parse(r.bandsJson) as DutyBand[],
      minKopecks: r.minKopecks,
      maxKopecks: r.maxKopecks,
      courtOrderPercent: r.courtOrderPercent,
      courtOrderMinKopecks: r.courtOrderMinKopecks,
      source: r.source,
    }));
}
