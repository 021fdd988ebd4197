/**
 * @file The presentation deadlines of many writs at once (the registry, the «Сроки» tab, the CLI `writs deadlines`):
 * each writ's start and events through the one rule (shared/fssp/writ-deadline.ts), the term in years by the court
 * rules on the start day (as readWritDeadline does for one writ), the warning by writ_warn_days_far / _near on the
 * day asked. Performed and cancelled writs have no deadline; a writ with the bailiff has none either (the term does
 * not run). The writs with the creditor that were never sent (received) or came back (returned) go first: the plan
 * is that every received writ goes to the bailiffs.
 */
import type Database from 'better-sqlite3';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { writDeadline, type WritDeadline } from '../../../shared/fssp/writ-deadline';
import { WRIT_TO_SEND, type WritEventType, type WritStatus } from '../../../shared/fssp/fssp-terms';
import type { WritDeadlineItem, WritDeadlines, WritWarning } from '../../../shared/api/contract-fssp-writs';
import { courtRule } from '../court/court-rules-repo';

export interface DeadlineRules {
  asOf: string;
  far: number;
  near: number;
  years(start: string): number;
}

export function deadlineRules(sqlite: Database.Database, asOf: string): DeadlineRules {
  const cache = new Map<string, number>();
  return {
    asOf,
    far: courtRule(sqlite, 'writ_warn_days_far', asOf),
    near: courtRule(sqlite, 'writ_warn_days_near', asOf),
    years(start) {
      const on = start < '2008-02-01' ? '2008-02-01' : start;
      let y = cache.get(on);
      if (y === undefined) cache.set(on, (y = courtRule(sqlite, 'writ_term_years', on)));
      return y;
    },
  };
}

/** Statuses whose deadline matters: the writ is with the creditor, or sent but maybe not yet presented. */
const RUNNING: readonly WritStatus[] = ['received', 'returned', 'sent', 'in_proceedings'];

export function warningOf(
  d: Pick<WritDeadline, 'deadline' | 'expired' | 'daysLeft'>,
  rules: DeadlineRules,
): WritWarning | null {
  if (d.deadline === null || d.daysLeft === null) return null;
  if (d.expired) return 'expired';
  if (d.daysLeft <= rules.near) return 'near';
  if (d.daysLeft <= rules.far) return 'far';
  return null;
}

/** The deadlines of the given writs (id, start, status); performed / cancelled ones are left out of the map. */
export function deadlinesOf(
  sqlite: Database.Database,
  writs: readonly { id: number; termStartDate: string; status: WritStatus }[],
  rules: DeadlineRules,
): Map<number, WritDeadline> {
  const running = writs.filter((w) => RUNNING.includes(w.status));
  const out = new Map<number, WritDeadline>();
  if (running.length === 0) return out;
  const events = new Map<number, { type: WritEventType; date: string }[]>();
  const rows = sqlite
    .prepare<[string], { writId: number; type: WritEventType; date: string }>(
      `SELECT writ_id AS writId, type, event_date AS date FROM writ_events
        WHERE writ_id IN (SELECT value FROM json_each(?)) ORDER BY event_date, id`,
    )
    .all(JSON.stringify(running.map((w) => w.id)));
  for (const r of rows) {
    const list = events.get(r.writId);
    if (list) list.push(r);
    else events.set(r.writId, [r]);
  }
  for (const w of running)
    out.set(
      w.id,
      writDeadline(
        { start: w.termStartDate, events: events.get(w.id) ?? [], asOf: rules.asOf },
        PRODUCTION_CALENDAR,
        rules.years(w.termStartDate),
      ),
    );
  return out;
}

interface DeadlineSource {
  id: number;
  number: string;
  kind: WritDeadlineItem['kind'];
  status: WritStatus;
  termStartDate: string;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  companyName: string;
  totalKopecks: number;
}

/** To send first, then the nearest deadline; ties by number. */
export function byUrgency<T extends { toSend: boolean; deadline: string | null; number: string }>(a: T, b: T): number {
  if (a.toSend !== b.toSend) return a.toSend ? -1 : 1;
  const da = a.deadline ?? '9999-12-31';
  const db = b.deadline ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return a.number.localeCompare(b.number, 'ru');
}

/** Every writ with the creditor (or sent, not yet presented) that has a running deadline, the ones to send first. */
export function listWritDeadlines(
  sqlite: Database.Database,
  asOf: string,
  managementCompanyId?: number,
): WritDeadlines {
  const rules = deadlineRules(sqlite, asOf);
  const writs = sqlite
    .prepare<{ mc: number | null }, DeadlineSource>(
      `SELECT w.id, w.number, w.kind, w.status, w.term_start_date AS termStartDate, w.account_id AS accountId,
              a.number AS accountNumber, w.debtor_name AS debtorName, mc.name AS companyName, w.total_kopecks AS totalKopecks
         FROM writs w JOIN accounts a ON a.id = w.account_id
         JOIN management_companies mc ON mc.id = w.management_company_id
        WHERE w.status IN ('received', 'returned', 'sent') AND (@mc IS NULL OR w.management_company_id = @mc)`,
    )
    .all({ mc: managementCompanyId ?? null });
  const deadlines = deadlinesOf(sqlite, writs, rules);
  const items: WritDeadlineItem[] = [];
  for (const w of writs) {
    const d = deadlines.get(w.id);
    if (!d || d.deadline === null || d.daysLeft === null) continue;
    items.push({
      writId: w.id,
      number: w.number,
      kind: w.kind,
      status: w.status,
      toSend: WRIT_TO_SEND.includes(w.status),
      accountId: w.accountId,
      accountNumber: w.accountNumber,
      debtorName: w.debtorName,
      companyName: w.companyName,
      totalKopecks: w.totalKopecks,
      termStartDate: w.termStartDate,
      deadline: d.deadline,
      daysLeft: d.daysLeft,
      warning: warningOf(d, rules),
    });
  }
  items.sort(byUrgency);
  return {
    asOf,
    farDays: rules.far,
    nearDays: rules.near,
    items,
    counts: {
      toSend: items.filter((i) => i.toSend).length,
      expired: items.filter((i) => i.warning === 'expired').length,
      near: items.filter((i) => i.warning === 'near').length,
      far: items.filter((i) => i.warning === 'far').length,
    },
  };
}
