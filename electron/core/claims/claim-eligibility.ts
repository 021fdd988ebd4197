/**
 * @file Whether the rule book lets each account of a claim batch have a claim (measure 5), by THE SAME evaluator
 * and the same facts as the account card (electron/core/rules/account-next-step.ts): the facts of
 * account-facts.ts, the rule book in force (rule-book-repo.ts), shared/rules/eligibility/evaluate-account.ts.
 * An account whose measure-5 verdict fails (an open promise to pay, a pause, a closed account, a debt or months
 * below the thresholds) gets no letter, and the clerk is told why in the card's own words.
 */
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries } from '../../../shared/db/schema';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { evaluateAccount } from '../../../shared/rules/eligibility/evaluate-account';
import type { AccountFacts } from '../../../shared/rules/eligibility/facts';
import { forEachFactsChunk } from '../rules/account-facts';
import { currentRuleBook } from '../rules/rule-book-repo';

/** The measure of the plan a claim is. */
export const CLAIM_MEASURE = 5;

export interface ClaimVerdict {
  available: boolean;
  /** Why not, as the card says it («ждём оплату по обещанию до 05.12.2026»); the passed conditions otherwise. */
  reason: string;
  ruleVersion: string;
}

function verdictOf(facts: AccountFacts, today: string, book: ReturnType<typeof currentRuleBook>): ClaimVerdict {
  const evaluation = evaluateAccount(facts, book, today);
  const verdict = evaluation.measures.find((m) => m.measure === CLAIM_MEASURE);
  if (!verdict) {
    return { available: false, reason: 'в правилах нет мероприятия 5 (претензии)', ruleVersion: book.version };
  }
  const failed = verdict.trace.find((t) => !t.pass);
  let reason = verdict.reason;
  // The card says «ждём оплату по обещанию»; a batch list also names the date promised.
  if (failed?.fact === 'promisePending' && facts.openPromiseDate) {
    reason = `${reason} (обещана оплата до ${formatRuDate(facts.openPromiseDate)})`;
  }
  return { available: verdict.available, reason, ruleVersion: book.version };
}

/**
 * Verdicts for the given accounts on `today`. Facts are read in id ranges of the accounts' brackets (one query
 * per table and range, as the district-wide evaluation does), so a batch of thousands costs a few queries.
 * An account the facts do not cover (no summary yet) is not available.
 */
export function claimVerdicts(
  sqlite: Database.Database,
  accountIds: readonly number[],
  today: string,
): Map<number, ClaimVerdict> {
  const book = currentRuleBook(sqlite);
  const wanted = new Set(accountIds);
  const verdicts = new Map<number, ClaimVerdict>();
  if (wanted.size === 0) return verdicts;
  const brackets = [
    ...new Set(
      drizzleOf(sqlite)
        .selectDistinct({ bracket: accountSummaries.bracket })
        .from(accountSummaries)
        // json_each: one bound parameter for thousands of ids (SQLite limits the number of parameters).
        .where(sql`${accountSummaries.accountId} IN (SELECT value FROM json_each(${JSON.stringify([...wanted])}))`)
        .all()
        .map((r) => r.bracket),
    ),
  ];
  forEachFactsChunk(sqlite, today, { brackets }, (chunk) => {
    for (const facts of chunk) {
      if (wanted.has(facts.accountId)) verdicts.set(facts.accountId, verdictOf(facts, today, book));
    }
  });
  for (const id of wanted) {
    if (!verdicts.has(id)) {
      verdicts.set(id, { available: false, reason: 'долг по счёту ещё не рассчитан', ruleVersion: book.version });
    }
  }
  return verdicts;
}
