/**
 * @file Who may be warned about a restriction today (measure 8): the rule book's measure 8 over the facts of every
 * debtor (forEachFactsChunk + evaluateMeasure, as sms-worklist.ts), each candidate with the restrictable services
 * whose debt exceeds the threshold (restriction-facts.ts, the same reader the facts come from); the others counted
 * by the Russian text of the first condition they fail.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { currentRuleBook } from '../rules/rule-book-repo';
import { forEachFactsChunk } from '../rules/account-facts';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { FACT_SPECS, factValues, type AccountFacts, type FactKey } from '../../../shared/rules/eligibility/facts';
import type { MeasureRule, RuleBook } from '../../../shared/rules/eligibility/rule-book';
import type { RestrictionCandidate, RestrictionWorklist } from '../../../shared/restriction/restriction-types';
import { readServicesOverThreshold } from './restriction-facts';

export function restrictionRule(book: RuleBook): MeasureRule {
  const rule = book.measures.find((m) => m.measure === 8);
  if (!rule) throw new AppError('CONFLICT', 'В правилах нет условий для ограничения услуги (мероприятие 8).');
  return rule;
}

/** The Russian text of the first failed condition: the bool facts' wording of the value, else the fact's name. */
function reasonOf(fact: string, facts: AccountFacts, today: string): string {
  const spec = FACT_SPECS[fact as FactKey];
  if (!spec) return fact;
  if (spec.kind === 'bool') {
    const value = factValues(facts, today)[fact as FactKey];
    return (value ? spec.yes : spec.no) ?? spec.label;
  }
  return spec.label;
}

export function restrictionWorklist(sqlite: Database.Database, today: string): RestrictionWorklist {
  const book = currentRuleBook(sqlite);
  const rule = restrictionRule(book);
  const candidates: RestrictionCandidate[] = [];
  const skipped = new Map<string, number>();
  const info = sqlite.prepare<{ ids: string }, Omit<RestrictionCandidate, 'services'>>(
    `SELECT account_id AS accountId, number, address, company_name AS companyName, tenure FROM account_summaries
      WHERE account_id IN (SELECT value FROM json_each(@ids))`,
  );
  // Debtors only: measure 8 needs an overdue debt (the facts of the others would all fail the first condition).
  forEachFactsChunk(sqlite, today, { minDebtKopecks: 1 }, (chunk) => {
    const chosen: number[] = [];
    for (const facts of chunk) {
      const verdict = evaluateMeasure(rule, facts, book, today, undefined, false);
      if (verdict.available) {
        chosen.push(facts.accountId);
        continue;
      }
      const failed = verdict.trace.find((t) => !t.pass);
      const reason = failed ? reasonOf(failed.fact, facts, today) : 'другое';
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
    }
    if (chosen.length === 0) return;
    const services = readServicesOverThreshold(sqlite, chosen, today);
    for (const row of info.all({ ids: JSON.stringify(chosen) }))
      candidates.push({ ...row, services: services.get(row.accountId) ?? [] });
  });
  const maxDebt = (c: RestrictionCandidate) => c.services.reduce((a, s) => Math.max(a, s.debtKopecks), 0);
  candidates.sort((a, b) => maxDebt(b) - maxDebt(a) || a.accountId - b.accountId);
  return {
    today,
    candidates,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
  };
}
