/**
 * @file Which accounts a claim batch covers, and who is left out and why. The accounts of one bracket
 * (optionally one УК) with a debt, in delivery order (building → entrance → apartment), each put through:
 *  1. the rule book's measure 5, by the card's own evaluator (claim-eligibility.ts): an open promise to pay, a
 *     pause, a closed account, a debt or months in arrears below the thresholds leave the account out;
 *  2. the cooldown (document rule `claim_cooldown_days`): no second claim within so many days of the last;
 *  3. the УК's bank details: a claim without payee details and a QR code is not sent;
 *  4. the demand (claim-facts.ts): the УК's overdue debt within the limitation period — an account whose debt is
 *     owed only to other creditors, not yet due or time-barred gets no letter; the letters each account gets
 *     (one per debtor whose part is at least a kopeck) are counted here, so letters can be numbered in advance.
 * Every account left out is listed with its reason, for the preview, the batch summary and the CLI.
 */
import type Database from 'better-sqlite3';
import { and, eq, gt, sql, type AnyColumn } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import {
  accounts as accountsTable,
  accountSummaries,
  buildings,
  managementCompanies,
  premises,
} from '../../../shared/db/schema';
import type { ClaimExclusionKind, ClaimExclusionView } from '../../../shared/api/contract-documents';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { addDays } from '../../../shared/rules/penalty/day-count';
import { documentRule } from '../documents/document-rules';
import { claimContext, claimContextData } from './claim-context';
import { claimVerdicts } from './claim-eligibility';
import { accountDemand, type ClaimContext } from './claim-facts';

export interface ClaimBatchRequest {
  bracket: string;
  companyId: number | null;
  /** The date the debt and penalty are stated on. */
  asOfDate: string;
  /** The date printed on the letters (today); the rules are evaluated on it. */
  issuedDate: string;
  /** Cap on accounts in one batch (0 = all). */
  limit: number;
}

export interface ClaimCandidate {
  accountId: number;
  number: string;
  address: string;
  companyId: number;
  buildingId: number | null;
  entrance: number | null;
  apartment: string | null;
  debtKopecks: number;
  /** Letters the account gets (one per debtor with a part of at least a kopeck). */
  letters: number;
}

export type { ClaimExclusionKind };
/** An account of the group left out, with its reason. */
export type ClaimExclusion = ClaimExclusionView;

export interface ClaimCandidates {
  accounts: ClaimCandidate[];
  /** Accounts of the group left out, in print order, each with its reason. */
  excluded: ClaimExclusion[];
  cooldownDays: number;
  /** The rule book version the accounts were evaluated by. */
  ruleVersion: string;
}

const KIND_LABELS: Record<ClaimExclusionKind, string> = {
  rules: 'по правилам мероприятия 5',
  cooldown: 'претензия была недавно',
  no_payee: 'у УК нет банковских реквизитов',
  nothing_due: 'нет долга, который УК может предъявить',
};

/** «Не включены 5 л/с: по правилам мероприятия 5 — 3, претензия была недавно — 2.»; empty when nobody was left out. */
export function exclusionSummary(excluded: readonly Pick<ClaimExclusion, 'kind'>[]): string {
  if (excluded.length === 0) return '';
  const counts = new Map<ClaimExclusionKind, number>();
  for (const e of excluded) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const parts = (Object.keys(KIND_LABELS) as ClaimExclusionKind[])
    .filter((k) => counts.has(k))
    .map((k) => `${KIND_LABELS[k]} — ${counts.get(k)}`);
  return `Не включены ${excluded.length} л/с: ${parts.join(', ')}.`;
}

export function claimCandidates(
  sqlite: Database.Database,
  r: ClaimBatchRequest,
  ctx: ClaimContext = claimContext(sqlite, claimContextData(sqlite, r.asOfDate, r.issuedDate)),
): ClaimCandidates {
  const cooldownDays = documentRule(sqlite, 'claim_cooldown_days', r.issuedDate);
  const cooldownFrom = addDays(r.issuedDate, -cooldownDays);
  const s = accountSummaries;
  const a = accountsTable;
  const c = managementCompanies;
  const p = premises;
  const b = buildings;
  const filled = (column: AnyColumn) => sql`coalesce(${column}, '') <> ''`;
  const rows = drizzleOf(sqlite)
    .select({
      accountId: s.accountId,
      number: s.number,
      address: s.address,
      companyId: a.managementCompanyId,
      buildingId: p.buildingId,
      entrance: p.entrance,
      apartment: p.apartment,
      debtKopecks: s.debtKopecks,
      // Scalar subquery and a boolean of four columns: the builder has neither in a select list.
      lastClaimDate: sql<string | null>`(SELECT max(g.issued_date) FROM generated_documents g
        WHERE g.account_id = ${s.accountId} AND g.kind = 'claim')`,
      hasPayee: sql<number>`(${filled(c.settlementAccount)} AND ${filled(c.bik)} AND ${filled(c.correspondentAccount)}
        AND ${filled(c.bankName)})`,
    })
    .from(s)
    .innerJoin(a, eq(a.id, s.accountId))
    .innerJoin(c, eq(c.id, a.managementCompanyId))
    .leftJoin(p, eq(p.id, a.premisesId))
    .leftJoin(b, eq(b.id, p.buildingId))
    .where(
      and(
        eq(s.bracket, r.bracket),
        gt(s.debtKopecks, 0),
        r.companyId === null ? undefined : eq(a.managementCompanyId, r.companyId),
      ),
    )
    .orderBy(
      sql`coalesce(${b.addressSearch}, ${s.addressSort})`,
      sql`coalesce(${p.entrance}, 0)`,
      sql`CAST(${p.apartment} AS INTEGER)`,
      p.apartment,
      s.number,
    )
    .all();
  const verdicts = claimVerdicts(
    sqlite,
    rows.map((row) => row.accountId),
    r.issuedDate,
  );
  const accounts: ClaimCandidate[] = [];
  const excluded: ClaimExclusion[] = [];
  let ruleVersion = '';
  for (const { lastClaimDate, hasPayee, ...account } of rows) {
    const verdict = verdicts.get(account.accountId);
    ruleVersion ||= verdict?.ruleVersion ?? '';
    const leaveOut = (kind: ClaimExclusionKind, reason: string) =>
      excluded.push({ accountId: account.accountId, number: account.number, address: account.address, kind, reason });
    if (!verdict?.available) {
      leaveOut('rules', `по правилам (мероприятие 5): ${verdict?.reason ?? 'нет оценки'}`);
    } else if (lastClaimDate !== null && lastClaimDate > cooldownFrom) {
      leaveOut(
        'cooldown',
        `претензия уже направлена ${formatRuDate(lastClaimDate)}; повторная — не ранее ${formatRuDate(addDays(lastClaimDate, cooldownDays))}`,
      );
    } else if (!hasPayee) {
      leaveOut('no_payee', 'у УК не указаны банковские реквизиты (р/с, банк, БИК, корр. счёт)');
    } else if (r.limit === 0 || accounts.length < r.limit) {
      const demand = accountDemand(sqlite, account.accountId, ctx);
      if (demand.skipped !== null) leaveOut('nothing_due', demand.skipped);
      else accounts.push({ ...account, letters: demand.debtParts.filter((p) => p > 0).length });
    }
  }
  return { accounts, excluded, cooldownDays, ruleVersion };
}
