/**
 * @file One account's next step with the reason, and why each other measure is not available (the account card).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import { evaluateAccount } from '../../../shared/rules/eligibility/evaluate-account';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { AccountNextStep } from '../../../shared/api/contract-work';
import { currentRuleBook } from './rule-book-repo';
import { readAccountFacts } from './account-facts';

export function accountNextStep(sqlite: Database.Database, accountId: number, nowMs: number): AccountNextStep {
  const today = localMoment(nowMs).date;
  const facts = readAccountFacts(sqlite, accountId, today);
  if (!facts) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет (или долг по нему ещё не рассчитан).');
  const evaluation = evaluateAccount(facts, currentRuleBook(sqlite), today);
  return {
    ...evaluation,
    pausedUntilDate: facts.pausedUntilDate,
    pauseReason: facts.pauseReason,
    blockedCategories: [...facts.blockedCategories],
  };
}
