/**
 * @file Who may face eviction for non-payment (measure 12): the rule book's conditions (social tenant, more than six
 * months in a row without payment, no kept repayment agreement, no case under way; account open, not paused) over
 * the facts of every account with overdue debt — the same evaluator as the card — and why the others are out,
 * counted by the first condition they fail. Imitates electron/core/sms/sms-worklist.ts.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { forEachFactsChunk } from '../rules/account-facts';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { FACT_SPECS, type FactKey } from '../../../shared/rules/eligibility/facts';
import { formatCondition } from '../../../shared/rules/eligibility/format-fact';
import type { MeasureRule, RuleBook } from '../../../shared/rules/eligibility/rule-book';
import type { EvictionCandidate, EvictionCandidatesResult } from '../../../shared/api/contract-eviction';

export function evictionRule(book: RuleBook): MeasureRule {
  const rule = book.measures.find((m) => m.measure === 12);
  if (!rule) throw new AppError('CONFLICT', 'В правилах нет условий выселения (мероприятие 12). Ничего не изменено.');
  return rule;
}

/** Tenant, family and registered people per account (the household that moves), at least 1. */
export function householdSizes(sqlite: Database.Database, accountIds: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const stmt = sqlite.prepare<{ ids: string }, { accountId: number; n: number }>(
    `SELECT ap.account_id AS accountId, count(*) AS n FROM account_persons ap
      WHERE ap.account_id IN (SELECT value FROM json_each(@ids)) AND ap.role IN ('tenant', 'family', 'registered')
      GROUP BY ap.account_id`,
  );
  for (let i = 0; i < accountIds.length; i += 5000)
    for (const r of stmt.all({ ids: JSON.stringify(accountIds.slice(i, i + 5000)) })) out.set(r.accountId, r.n);
  for (const id of accountIds) if (!out.has(id)) out.set(id, 1);
  return out;
}

export function evictionCandidates(sqlite: Database.Database, today: string): EvictionCandidatesResult {
  const book = currentRuleBook(sqlite);
  const rule = evictionRule(book);
  const found: Array<Omit<EvictionCandidate, 'address' | 'tenantName' | 'householdSize'>> = [];
  const skipped = new Map<string, number>();
  // Only accounts with overdue debt can have a month without payment (facts give 0 otherwise).
  const checked = forEachFactsChunk(sqlite, today, { minDebtKopecks: 1 }, (chunk) => {
    for (const facts of chunk) {
      const verdict = evaluateMeasure(rule, facts, book, today, undefined, false);
      if (verdict.available) {
        found.push({
          accountId: facts.accountId,
          number: facts.number,
          monthsWithoutPayment: facts.monthsWithoutPayment,
          debtKopecks: facts.debtKopecks,
        });
      } else {
        const failed = verdict.trace.find((t) => !t.pass);
        const label = failed ? (FACT_SPECS[failed.fact as FactKey]?.label ?? failed.fact) : 'другое';
        skipped.set(label, (skipped.get(label) ?? 0) + 1);
      }
    }
  });
  found.sort(
    (a, b) =>
      b.monthsWithoutPayment - a.monthsWithoutPayment || b.debtKopecks - a.debtKopecks || a.accountId - b.accountId,
  );
  const ids = found.map((f) => f.accountId);
  const sizes = householdSizes(sqlite, ids);
  const info = new Map<number, { address: string; mainPerson: string | null }>();
  const stmt = sqlite.prepare<{ ids: string }, { accountId: number; address: string; mainPerson: string | null }>(
    `SELECT account_id AS accountId, address, main_person AS mainPerson FROM account_summaries
      WHERE account_id IN (SELECT value FROM json_each(@ids))`,
  );
  for (let i = 0; i < ids.length; i += 5000)
    for (const r of stmt.all({ ids: JSON.stringify(ids.slice(i, i + 5000)) })) info.set(r.accountId, r);
  const candidates: EvictionCandidate[] = found.map((f) => ({
    ...f,
    address: info.get(f.accountId)?.address ?? '',
    tenantName: info.get(f.accountId)?.mainPerson ?? null,
    householdSize: sizes.get(f.accountId) ?? 1,
  }));
  return {
    candidates,
    checked,
    skipped: [...skipped.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    ruleText: [...book.commonConditions, ...rule.conditions].map(formatCondition).join('; '),
  };
}
