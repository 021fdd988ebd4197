/**
 * @file The pure evaluator: an account's facts against the rule book on a day → for every measure, each
 * condition with its value and pass/fail, whether the measure is available, and the suggested next step with
 * its reason. Contact measures also get the ФЗ-230 limit checks of their channel.
 */
import { checkLimits } from '../contact/contact-limits';
import { contactCounts, factValues, type AccountFacts, type FactValues } from './facts';
import { formatCondition, formatKopecksAsRub, formatOutcome } from './format-fact';
import type { Condition, MeasureRule, RuleBook } from './rule-book';

export interface TraceLine {
  /** The fact's key, or 'limit' for a contact limit. */
  fact: string;
  condition: string;
  actual: string;
  pass: boolean;
}

export interface MeasureVerdict {
  measure: number;
  action: string;
  available: boolean;
  /** For an available measure: the passed conditions in short; otherwise the first reason it is not. */
  reason: string;
  trace: TraceLine[];
}

export interface AccountEvaluation {
  accountId: number;
  today: string;
  ruleVersion: string;
  next: { measure: number; action: string; reason: string } | null;
  /** Why there is no next step (paused, closed, nothing applies). */
  noNextReason: string | null;
  measures: MeasureVerdict[];
}

function test(c: Condition, actual: number | boolean | string): boolean {
  switch (c.op) {
    case 'gt':
      return Number(actual) > Number(c.value);
    case 'gte':
      return Number(actual) >= Number(c.value);
    case 'lt':
      return Number(actual) < Number(c.value);
    case 'lte':
      return Number(actual) <= Number(c.value);
    case 'eq':
      return actual === c.value;
    case 'in':
      return Array.isArray(c.value) && (c.value as readonly string[]).includes(String(actual));
  }
}

function traceCondition(c: Condition, values: FactValues, pausedText: string | null, texts = true): TraceLine {
  const actual = values[c.fact];
  const pass = test(c, actual);
  // Bulk runs over 150,000 accounts need only pass/fail; the Russian wording costs most of the time.
  if (!texts) return { fact: c.fact, condition: '', actual: '', pass };
  let actualText = formatOutcome(c, actual, pass);
  if (c.fact === 'paused' && actual === true && pausedText) actualText = pausedText;
  // The court's bracket is read with the sum it is taken from: «… «больше 100 тыс. ₽» (703 841 ₽ без давности)».
  if (c.fact === 'courtBracket')
    actualText += ` (${formatKopecksAsRub(Number(values.courtableDebtKopecks))} без давности)`;
  return { fact: c.fact, condition: formatCondition(c), actual: actualText, pass };
}

export function evaluateMeasure(
  rule: MeasureRule,
  facts: AccountFacts,
  book: RuleBook,
  today: string,
  values = factValues(facts, today),
  texts = true,
): MeasureVerdict {
  if (!rule.perAccount) {
    return {
      measure: rule.measure,
      action: rule.action,
      available: false,
      reason: 'мероприятие проводится по району или дому, а не по лицевому счёту',
      trace: [],
    };
  }
  const pausedText = facts.pausedUntilDate
    ? `работа приостановлена до ${facts.pausedUntilDate.split('-').reverse().join('.')}${facts.pauseReason ? ` (${facts.pauseReason})` : ''}`
    : null;
  const trace = [...book.commonConditions, ...rule.conditions].map((c) => traceCondition(c, values, pausedText, texts));
  if (rule.channel) {
    const counts = contactCounts(facts, today);
    const channelCounts = rule.channel === 'call' ? counts.calls : counts.sms;
    const violations = checkLimits(rule.channel, channelCounts, book.contactLimits);
    const l = book.contactLimits[rule.channel];
    trace.push({
      fact: 'limit',
      condition: `ФЗ-230: не более ${l.perDay} в день, ${l.perWeek} в неделю, ${l.perMonth} в месяц`,
      actual: !texts
        ? ''
        : violations.length > 0
          ? violations.map((v) => v.text).join('; ')
          : `${rule.channel === 'call' ? 'звонков' : 'SMS'} сегодня ${channelCounts.day}, за 7 дней ${channelCounts.week}, за месяц ${channelCounts.month} — в пределах ФЗ-230`,
      pass: violations.length === 0,
    });
  }
  const failed = trace.find((t) => !t.pass);
  const available = failed === undefined;
  const reason = !texts
    ? (failed?.fact ?? '')
    : available
      ? trace
          .filter((t) => t.fact !== 'accountOpen' && t.fact !== 'paused')
          .map((t) => t.actual)
          .join('; ')
      : failed.actual;
  return { measure: rule.measure, action: rule.action, available, reason, trace };
}

/**
 * @param options.texts false for bulk runs: verdicts and failed facts only, no Russian wording (reasons then
 *   hold the failed fact's key).
 */
export function evaluateAccount(
  facts: AccountFacts,
  book: RuleBook,
  today: string,
  options: { texts?: boolean } = {},
): AccountEvaluation {
  const texts = options.texts ?? true;
  const values = factValues(facts, today);
  const measures = book.measures.map((rule) => evaluateMeasure(rule, facts, book, today, values, texts));
  let next: AccountEvaluation['next'] = null;
  for (const number of book.nextStepOrder) {
    const verdict = measures.find((m) => m.measure === number);
    if (verdict?.available) {
      next = { measure: number, action: verdict.action, reason: verdict.reason };
      break;
    }
  }
  let noNextReason: string | null = null;
  if (!next && texts) {
    const pausedText =
      measures.find((m) => m.trace.some((t) => t.fact === 'paused' && !t.pass))?.trace.find((t) => t.fact === 'paused')
        ?.actual ?? null;
    const common = book.commonConditions.map((c) => traceCondition(c, values, pausedText)).find((t) => !t.pass);
    noNextReason = common
      ? common.actual
      : Number(values.debtKopecks) <= 0
        ? 'долга нет'
        : 'ни одно мероприятие не подходит по правилам';
  }
  return { accountId: facts.accountId, today, ruleVersion: book.version, next, noNextReason, measures };
}
