/**
 * @file Measure 8's facts for many accounts at once (the rule evaluator reads them for the card, the worklists and
 * every batch): whether a restrictable service's overdue debt exceeds its threshold, and whether a restriction is
 * already under way. Set-based over the ids of one chunk of account-facts.ts (≤ 5,000 ids).
 *
 * The verdict must be the one-account reader's (service-debt.ts `readServiceDebts`, from the whole debt position),
 * without allocating every account's payments again. `debt_months` already holds, per account, month and kind, the
 * unpaid part after allocation with the month's due date and limitation; the paid part of a kind is its net charge
 * less that. So only the overdue months within the limitation are read back with their charges, grouped and split
 * among the services by the very functions of the debt position (shared/debt/account-debt.ts `groupObligations`,
 * `serviceLines`: in proportion to the charges, to the kopeck by largest remainder, the services in charge order).
 * The month counts only when the month as a whole is unpaid (a credit of the other kind may cover it), as there.
 * Thresholds (restriction-threshold.ts) are counted only for the accounts with a restrictable service in debt.
 */
import type Database from 'better-sqlite3';
import { groupObligations, serviceLines, type DebtCharge } from '../../../shared/debt/account-debt';
import { creditorLookup, type CreditorOf } from '../../../shared/debt/creditors';
import {
  restrictionThreshold,
  type ServiceNormRow,
  type ServiceThreshold,
} from '../../../shared/restriction/restriction-threshold';
import type { RestrictionCandidateService } from '../../../shared/restriction/restriction-types';
import { readServiceCreditors } from '../debt/debt-tables-repo';
import { measureRule, readRestrictableRows, readServiceNorms, restrictableOn } from './restriction-tables-repo';
import { lastTwelvePeriods } from './service-debt';

export interface RestrictionFacts {
  overThreshold: boolean;
  open: boolean;
}

/** The statuses of a restriction under way (a new warning for the account is not offered meanwhile). */
export const OPEN_RESTRICTION_STATUSES = ['warned', 'delivered', 'ordered', 'restricted', 'restoration_due'] as const;

/** Facts of the accounts in `accountIds` (missing = no debt over threshold, no restriction). */
export function readRestrictionFacts(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
): Map<number, RestrictionFacts> {
  const out = new Map<number, RestrictionFacts>();
  if (accountIds.length === 0) return out;
  const ids = JSON.stringify(accountIds);
  for (const r of sqlite
    .prepare<{ ids: string }, { accountId: number }>(
      `SELECT DISTINCT account_id AS accountId FROM restriction_cases
        WHERE account_id IN (SELECT value FROM json_each(@ids))
          AND status IN (${OPEN_RESTRICTION_STATUSES.map((s) => `'${s}'`).join(', ')})`,
    )
    .all({ ids }))
    out.set(r.accountId, { overThreshold: false, open: true });
  for (const accountId of readServicesOverThreshold(sqlite, accountIds, today, true).keys()) {
    const f = out.get(accountId);
    if (f) f.overThreshold = true;
    else out.set(accountId, { overThreshold: true, open: false });
  }
  return out;
}

/** The dated data the thresholds are counted by, read once per call (tens of rows). */
interface ThresholdData {
  restrictable: Set<string>;
  norms: ServiceNormRow[];
  months: number;
  creditorOf: CreditorOf;
}

function thresholdData(sqlite: Database.Database, today: string): ThresholdData {
  const listed = readRestrictableRows(sqlite);
  const restrictable = new Set<string>();
  for (const service of new Set(listed.map((r) => r.service)))
    if (restrictableOn(listed, service, today).restrictable) restrictable.add(service);
  return {
    restrictable,
    norms: readServiceNorms(sqlite),
    months: measureRule(sqlite, 'restriction.threshold_months', today),
    creditorOf: creditorLookup(readServiceCreditors(sqlite)),
  };
}

/**
 * The restrictable services whose overdue debt within the limitation exceeds the threshold, per account (accounts
 * with none are absent). `firstOnly`: stop at the first such service of an account (the facts need a yes or no).
 */
export function readServicesOverThreshold(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
  firstOnly = false,
): Map<number, RestrictionCandidateService[]> {
  const result = new Map<number, RestrictionCandidateService[]>();
  if (accountIds.length === 0) return result;
  const data = thresholdData(sqlite, today);
  if (data.restrictable.size === 0) return result;
  const debts = readRestrictableDebts(sqlite, accountIds, today, data);
  if (debts.size === 0) return result;
  const debtorIds = [...debts.keys()];
  const residents = readResidents(sqlite, debtorIds);
  const periods = lastTwelvePeriods(today);
  // The average basis needs the last 12 months of charges, only for the services without a norm in force.
  const withoutNorm = [...data.restrictable].filter(
    (s) => !data.norms.some((n) => n.service === s && n.validFromDate <= today),
  );
  const recent = new Map<string, number[]>();
  if (withoutNorm.length > 0)
    for (const r of sqlite
      .prepare<
        { ids: string; services: string; from: string; to: string },
        { accountId: number; service: string; kopecks: number }
      >(
        `SELECT account_id AS accountId, service, sum(amount_kopecks) AS kopecks FROM charges
          WHERE account_id IN (SELECT value FROM json_each(@ids)) AND service IN (SELECT value FROM json_each(@services))
            AND period BETWEEN @from AND @to
          GROUP BY account_id, service, period ORDER BY account_id, service, period`,
      )
      .all({
        ids: JSON.stringify(debtorIds),
        services: JSON.stringify(withoutNorm),
        from: periods[0] as string,
        to: periods[periods.length - 1] as string,
      })) {
      const key = `${r.accountId}\u0000${r.service}`;
      const list = recent.get(key);
      if (list) list.push(r.kopecks);
      else recent.set(key, [r.kopecks]);
    }
  for (const [accountId, services] of debts) {
    const over: RestrictionCandidateService[] = [];
    for (const [service, debtKopecks] of services) {
      const threshold: ServiceThreshold | null = restrictionThreshold({
        service,
        date: today,
        months: data.months,
        norms: data.norms,
        residents: residents.get(accountId) ?? 1,
        recentMonthlyCharges: recent.get(`${accountId}\u0000${service}`) ?? [],
      });
      if (threshold === null || debtKopecks <= threshold.thresholdKopecks) continue;
      over.push({
        service,
        debtKopecks,
        thresholdKopecks: threshold.thresholdKopecks,
        basis: threshold.basis,
        detail: threshold.detail,
      });
      if (firstOnly) break;
    }
    if (over.length > 0)
      result.set(
        accountId,
        over.sort((a, b) => b.debtKopecks - a.debtKopecks),
      );
  }
  return result;
}

/** People on each account (the norm is per resident; at least 1), as service-debt.ts `residentsOf`. */
function readResidents(sqlite: Database.Database, accountIds: readonly number[]): Map<number, number> {
  const rows = sqlite
    .prepare<{ ids: string }, { accountId: number; n: number }>(
      `SELECT account_id AS accountId, count(*) AS n FROM account_persons
        WHERE account_id IN (SELECT value FROM json_each(@ids)) GROUP BY account_id`,
    )
    .all({ ids: JSON.stringify(accountIds) });
  return new Map(rows.map((r) => [r.accountId, Math.max(1, r.n)]));
}

interface MonthRow {
  accountId: number;
  period: string;
  kind: 'housing' | 'capital_repair';
  openKopecks: number;
}
type ChargeRow = DebtCharge & { accountId: number };

/**
 * Each account's overdue debt within the limitation per restrictable service (only positive amounts), exactly as
 * the debt position shares the months: the months overdue and not time-barred that hold unpaid money of a kind
 * with a restrictable service, read with all their charges and unpaid parts.
 */
function readRestrictableDebts(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
  data: ThresholdData,
): Map<number, Map<string, number>> {
  const kinds = new Set<string>();
  for (const s of data.restrictable)
    kinds.add(data.creditorOf(s) === 'capital_repair_operator' ? 'capital_repair' : 'housing');
  const params = { ids: JSON.stringify(accountIds), kinds: JSON.stringify([...kinds]), today };
  // The months in question: overdue (due date passed) and within the limitation; both kinds' rows of a month carry
  // the month's dates, so one kind's row selects the month.
  const monthsCte = `WITH m AS (
      SELECT DISTINCT account_id, period FROM debt_months
       WHERE account_id IN (SELECT value FROM json_each(@ids)) AND kind IN (SELECT value FROM json_each(@kinds))
         AND open_kopecks > 0 AND due_date < @today
         AND (limitation_expires_on IS NULL OR limitation_expires_on >= @today))`;
  const monthRows = sqlite
    .prepare<typeof params, MonthRow>(
      `${monthsCte}
       SELECT d.account_id AS accountId, d.period, d.kind, d.open_kopecks AS openKopecks
         FROM m JOIN debt_months d ON d.account_id = m.account_id AND d.period = m.period`,
    )
    .all(params);
  const result = new Map<number, Map<string, number>>();
  if (monthRows.length === 0) return result;
  const chargeRows = sqlite
    .prepare<typeof params, ChargeRow>(
      `${monthsCte}
       SELECT c.account_id AS accountId, c.period, c.service, c.amount_kopecks AS kopecks
         FROM m JOIN charges c ON c.account_id = m.account_id AND c.period = m.period
        ORDER BY c.account_id, c.period, c.id`,
    )
    .all(params);
  const openOf = new Map<string, number>();
  for (const r of monthRows)
    openOf.set(`${r.accountId}/${r.kind === 'housing' ? r.period : `${r.period}/c`}`, r.openKopecks);
  const lastPeriod = today.slice(0, 7);
  let from = 0;
  while (from < chargeRows.length) {
    const accountId = (chargeRows[from] as ChargeRow).accountId;
    let to = from;
    while (to < chargeRows.length && (chargeRows[to] as ChargeRow).accountId === accountId) to++;
    const obligations = groupObligations(chargeRows.slice(from, to), lastPeriod, data.creditorOf);
    from = to;
    // The month as a whole: the unpaid parts of its kinds, less a credit kind (as DebtMonth.openKopecks).
    const monthOpen = new Map<string, number>();
    for (const o of obligations.values()) {
      const part = o.net > 0 ? (openOf.get(`${accountId}/${o.key}`) ?? 0) : o.net;
      monthOpen.set(o.period, (monthOpen.get(o.period) ?? 0) + part);
    }
    let services: Map<string, number> | undefined;
    for (const o of obligations.values()) {
      if (o.net <= 0 || (monthOpen.get(o.period) ?? 0) <= 0) continue;
      const open = openOf.get(`${accountId}/${o.key}`) ?? 0;
      if (open <= 0 || !o.services.some((s) => data.restrictable.has(s.service))) continue;
      for (const line of serviceLines(o, o.net - open)) {
        if (line.openKopecks <= 0 || !data.restrictable.has(line.service)) continue;
        if (!services) result.set(accountId, (services = new Map()));
        services.set(line.service, (services.get(line.service) ?? 0) + line.openKopecks);
      }
    }
  }
  return result;
}
