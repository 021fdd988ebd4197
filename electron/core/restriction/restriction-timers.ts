/**
 * @file The 20-day terms of measure 8 (Правила № 354 п.119 «а»): warnings delivered whose term is running (days left),
 * those whose term ended today or earlier (ready for an order to the contractor, restriction-orders), and warnings
 * made but not delivered yet, with their age — the clerk chases them. The outcomes of letters by post are taken
 * first (restriction-delivery.ts), so a letter returned yesterday already runs its term here.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { daysBetween } from '../../../shared/calendar/date-math';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type {
  RestrictionCaseView,
  RestrictionTimerItem,
  RestrictionTimers,
} from '../../../shared/api/contract-restriction';
import { casesInStatus } from './restriction-cases-repo';
import { measureRule } from './restriction-tables-repo';
import { takePostOutcomes } from './restriction-delivery';

function item(c: RestrictionCaseView, today: string): RestrictionTimerItem {
  return {
    caseId: c.id,
    accountId: c.accountId,
    accountNumber: c.accountNumber,
    address: c.address,
    service: c.service,
    debtKopecks: c.debtKopecks,
    deliveryMethod: c.deliveryMethod,
    warningDate: c.warningDate,
    deliveredDate: c.deliveredDate,
    timerEndsDate: c.timerEndsDate,
    daysLeft: c.daysLeft,
    ageDays: daysBetween(c.warningDate, today),
  };
}

export function restrictionTimers(sqlite: Database.Database, by: JournalActor, nowMs: number): RestrictionTimers {
  const today = isoDateInZone(nowMs);
  takePostOutcomes(sqlite, by, nowMs);
  const delivered = casesInStatus(sqlite, 'delivered', today).map((c) => item(c, today));
  return {
    today,
    warningDays: measureRule(sqlite, 'restriction.warning_days', today),
    running: delivered.filter((d) => d.timerEndsDate !== null && d.timerEndsDate > today),
    ended: delivered.filter((d) => d.timerEndsDate !== null && d.timerEndsDate <= today),
    waiting: casesInStatus(sqlite, 'warned', today)
      .map((c) => item(c, today))
      .sort((a, b) => b.ageDays - a.ageDays || a.caseId - b.caseId),
  };
}
