/**
 * @file Who a stairwell notice lists (measure 6): the rule book's measure-6 conditions, evaluated by the same
 * evaluator and facts as the account card's next-step panel (electron/core/rules/account-next-step.ts) — one
 * evaluation, no threshold of its own. For an account left out, the reason is the first condition it fails,
 * worded for a group («месяцев просрочки ≥ 3 — не выполнено», «работа приостановлена»).
 */
import type Database from 'better-sqlite3';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { FACT_SPECS, factValues, type AccountFacts, type FactKey } from '../../../shared/rules/eligibility/facts';
import { formatCondition, formatFactValue } from '../../../shared/rules/eligibility/format-fact';
import type { MeasureRule, RuleBook } from '../../../shared/rules/eligibility/rule-book';
import { AppError } from '../app-error';
import { conditionsOf, forEachFactsChunk } from '../rules/account-facts';

export const NOTICE_MEASURE = 6;

export interface NoticeVerdict {
  accountId: number;
  listed: boolean;
  /** The account's debt as the card shows it (account_summaries). */
  debtKopecks: number;
  /** Why it is not listed, as one group's label; null when listed. */
  leftOutReason: string | null;
}

export function noticeRule(book: RuleBook): MeasureRule {
  const rule = book.measures.find((m) => m.measure === NOTICE_MEASURE);
  if (!rule) {
    throw new AppError(
      'NOTICES.NO_RULE',
      `В правилах ${book.version} нет условий мероприятия 6 (объявления в подъездах). Дополните их на странице «Правила».`,
    );
  }
  return rule;
}

/**
 * The conditions a resident may read on the notice: what the debt is measured by. Booleans (pause, promise) and
 * the tenure (a status: 152-ФЗ, docs/legal-notes.md § Personal data) are the office's business, never printed on a
 * board.
 */
export function publicConditions(rule: MeasureRule): string[] {
  return rule.conditions
    .filter((c) => FACT_SPECS[c.fact].kind !== 'bool' && FACT_SPECS[c.fact].kind !== 'tenure')
    .map(formatCondition);
}

function leftOutReason(rule: MeasureRule, book: RuleBook, facts: AccountFacts, today: string): string | null {
  const values = factValues(facts, today);
  const verdict = evaluateMeasure(rule, facts, book, today, values, false);
  if (verdict.available) return null;
  const conditions = [...book.commonConditions, ...rule.conditions];
  const index = verdict.trace.findIndex((t) => !t.pass);
  const failed = index >= 0 ? conditions[index] : undefined;
  if (!failed)
    return rule.perAccount ? 'превышены ограничения контактов (ФЗ-230)' : 'мероприятие не применяется к лицевым счетам';
  const fact: FactKey = failed.fact;
  // A yes/no fact reads as its state («работа приостановлена», «счёт закрыт»); a measure as the unmet condition.
  if (FACT_SPECS[fact].kind === 'bool') return formatFactValue(fact, values[fact]);
  return `не выполнено условие «${formatCondition(failed)}»`;
}

/**
 * The smallest debt any account listed by the rule can have: accounts below it fail a debt condition for sure,
 * so a count over the whole district need not read their facts (the evaluator still decides for the rest).
 */
export function minimumListedDebt(rule: MeasureRule, book: RuleBook): number | undefined {
  let min: number | undefined;
  for (const c of [...book.commonConditions, ...rule.conditions]) {
    if (c.fact !== 'debtKopecks' || typeof c.value !== 'number') continue;
    const floor = c.op === 'gte' ? c.value : c.op === 'gt' ? Math.floor(c.value) + 1 : undefined;
    if (floor !== undefined) min = Math.max(min ?? floor, floor);
  }
  return min;
}

/**
 * Measure-6 verdicts of the given accounts (all accounts when `accountIds` is null), read in id ranges.
 * @param withReasons false for counting only (the building list over a whole district): then accounts below
 *   the rule's debt floor are not read at all and are absent from the map (they are not listed).
 */
export function noticeVerdicts(
  sqlite: Database.Database,
  book: RuleBook,
  today: string,
  accountIds: readonly number[] | null,
  withReasons = true,
): Map<number, NoticeVerdict> {
  const rule = noticeRule(book);
  const verdicts = new Map<number, NoticeVerdict>();
  const minDebtKopecks = withReasons ? undefined : minimumListedDebt(rule, book);
  const filter = {
    ...(accountIds ? { accountIds } : {}),
    ...(minDebtKopecks !== undefined ? { minDebtKopecks } : {}),
    conditions: conditionsOf(book, rule),
  };
  forEachFactsChunk(sqlite, today, filter, (chunk) => {
    for (const facts of chunk) {
      if (withReasons) {
        const reason = leftOutReason(rule, book, facts, today);
        verdicts.set(facts.accountId, {
          accountId: facts.accountId,
          listed: reason === null,
          debtKopecks: facts.debtKopecks,
          leftOutReason: reason,
        });
      } else {
        const listed = evaluateMeasure(rule, facts, book, today, undefined, false).available;
        verdicts.set(facts.accountId, {
          accountId: facts.accountId,
          listed,
          debtKopecks: facts.debtKopecks,
          leftOutReason: null,
        });
      }
    }
  });
  return verdicts;
}
