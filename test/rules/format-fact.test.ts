/**
 * Conditions and outcomes read as a clerk says them: every fact of facts.ts with every comparison it is used with,
 * the condition and how a passing and a failing value read — each sentence written by hand. No «<», «≥», «≠»,
 * «из» or «(соцнайм)» anywhere.
 */
import { describe, expect, it } from 'vitest';
import { FACT_SPECS, NEVER_DAYS, NO_EVENT_DAYS, type FactKey } from '../../shared/rules/eligibility/facts';
import { conditionAroundValue, formatCondition, formatOutcome } from '../../shared/rules/eligibility/format-fact';
import type { Condition, ConditionOp } from '../../shared/rules/eligibility/rule-book';
import { ruleVersionWords, withFullStop } from '../../shared/rules/eligibility/rule-version-words';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

type Row = [
  fact: FactKey,
  op: ConditionOp,
  value: Condition['value'],
  condition: string,
  passing: number | boolean | string,
  passText: string,
  failing: number | boolean | string,
  failText: string,
];

// prettier-ignore
const TABLE: Row[] = [
  // money
  ['debtKopecks', 'gt', 3_000_000, 'долг больше 30 000 ₽', 3_400_000, 'долг 34 000 ₽ — больше порога 30 000 ₽', 2_480_000, 'долг 24 800 ₽ — не больше порога 30 000 ₽'],
  ['debtKopecks', 'gte', 500_000, 'долг не меньше 5 000 ₽', 1_234_567, 'долг 12 345,67 ₽ — не меньше порога 5 000 ₽', 499_999, 'долг 4 999,99 ₽ — меньше порога 5 000 ₽'],
  ['debtKopecks', 'lt', 100_000, 'долг меньше 1 000 ₽', 99_950, 'долг 999,50 ₽ — меньше порога 1 000 ₽', 100_000, 'долг 1 000 ₽ — не меньше порога 1 000 ₽'],
  ['debtKopecks', 'lte', 100_000, 'долг не больше 1 000 ₽', 100_000, 'долг 1 000 ₽ — не больше порога 1 000 ₽', 100_001, 'долг 1 000,01 ₽ — больше порога 1 000 ₽'],
  ['debtKopecks', 'eq', 0, 'долг ровно 0 ₽', 0, 'долг 0 ₽', 500, 'долг 5 ₽, а не 0 ₽'],
  ['courtableDebtKopecks', 'gte', 1_000_000, 'долг УК для суда (без давности) не меньше 10 000 ₽', 2_000_000, 'долг УК для суда (без давности) 20 000 ₽ — не меньше порога 10 000 ₽', 900_000, 'долг УК для суда (без давности) 9 000 ₽ — меньше порога 10 000 ₽'],
  // counts
  ['monthsInArrears', 'gte', 3, 'не меньше 3 месяцев просрочки', 3, '3 месяца просрочки — не меньше 3', 1, '1 месяц просрочки — меньше 3'],
  ['monthsInArrears', 'gte', 1, 'не меньше 1 месяца просрочки', 5, '5 месяцев просрочки — не меньше 1', 0, '0 месяцев просрочки — меньше 1'],
  ['monthsInArrears', 'lt', 21, 'меньше 21 месяца просрочки', 2, '2 месяца просрочки — меньше 21', 21, '21 месяц просрочки — не меньше 21'],
  ['monthsInArrears', 'eq', 2, 'ровно 2 месяца просрочки', 2, '2 месяца просрочки', 4, '4 месяца просрочки, а не 2'],
  ['monthsWithoutPayment', 'gt', 6, 'больше 6 месяцев подряд без оплаты', 7, '7 месяцев подряд без оплаты — больше 6', 6, '6 месяцев подряд без оплаты — не больше 6'],
  ['monthsWithoutPayment', 'lte', 6, 'не больше 6 месяцев подряд без оплаты', 6, '6 месяцев подряд без оплаты — не больше 6', 11, '11 месяцев подряд без оплаты — больше 6'],
  // days
  ['daysSinceLastPayment', 'lt', 60, 'меньше 60 дней с последней оплаты', 14, '14 дней с последней оплаты — меньше 60', 61, '61 день с последней оплаты — не меньше 60'],
  ['daysSinceLastPayment', 'gt', 90, 'больше 90 дней с последней оплаты', NEVER_DAYS, 'оплат ещё не было', 22, '22 дня с последней оплаты — не больше 90'],
  ['daysSinceLastSms', 'gte', 14, 'не меньше 14 дней с последнего SMS', NEVER_DAYS, 'SMS ещё не отправляли', 5, '5 дней с последнего SMS — меньше 14'],
  ['daysSinceLastSms', 'lte', 1, 'не больше 1 дня с последнего SMS', 1, '1 день с последнего SMS — не больше 1', 2, '2 дня с последнего SMS — больше 1'],
  ['daysSinceClaimDelivered', 'gte', 30, 'не меньше 30 дней с вручения претензии', 56, '56 дней с вручения претензии — не меньше 30', NO_EVENT_DAYS, 'претензия не вручена (нет доставленной, возвращённой или отклонённой претензии)'],
  ['daysSinceClaimDelivered', 'gte', 30, 'не меньше 30 дней с вручения претензии', 31, '31 день с вручения претензии — не меньше 30', 10, '10 дней с вручения претензии — меньше 30'],
  // categories
  ['bracket', 'in', ['over_100k', 'from_50k', 'from_10k', 'from_5k'], 'группа долга «больше 100 тыс. ₽», «50–100 тыс. ₽», «10–50 тыс. ₽» или «5–10 тыс. ₽»', 'from_50k', 'группа долга «50–100 тыс. ₽»', 'below_5k', 'группа долга «меньше 5 тыс. ₽», а подходят только «больше 100 тыс. ₽», «50–100 тыс. ₽», «10–50 тыс. ₽» или «5–10 тыс. ₽»'],
  ['bracket', 'eq', 'over_100k', 'группа долга «больше 100 тыс. ₽»', 'over_100k', 'группа долга «больше 100 тыс. ₽»', 'none', 'группа долга «нет долга», а не «больше 100 тыс. ₽»'],
  ['courtBracket', 'in', ['over_100k', 'from_50k'], 'группа долга УК для суда «больше 100 тыс. ₽» или «50–100 тыс. ₽»', 'over_100k', 'группа долга УК для суда «больше 100 тыс. ₽»', 'from_10k', 'группа долга УК для суда «10–50 тыс. ₽», а подходят только «больше 100 тыс. ₽» или «50–100 тыс. ₽»'],
  ['tenure', 'eq', 'social_tenant', 'наниматель по договору соцнайма', 'social_tenant', 'наниматель по договору соцнайма', 'owner', 'собственник, а не наниматель по договору соцнайма'],
  ['tenure', 'eq', 'owner', 'собственник', 'owner', 'собственник', 'social_tenant', 'наниматель по договору соцнайма, а не собственник'],
  // yes / no facts: the condition and each value are whole phrases
  ['accountOpen', 'eq', true, 'счёт открыт', true, 'счёт открыт', false, 'счёт закрыт'],
  ['paused', 'eq', false, 'без паузы', false, 'без паузы', true, 'работа приостановлена'],
  ['blocked', 'eq', false, 'запретов нет', false, 'запретов нет', true, 'контакты запрещены (ФЗ-230 ст.7 ч.1)'],
  ['hasPhone', 'eq', true, 'телефон есть', true, 'телефон есть', false, 'телефона нет'],
  ['hasSmsPhone', 'eq', true, 'мобильный номер есть, отказа от SMS нет', true, 'мобильный номер есть, отказа от SMS нет', false, 'нет мобильного номера без отказа от SMS'],
  ['promisePending', 'eq', false, 'открытых обещаний нет', false, 'открытых обещаний нет', true, 'ждём оплату по обещанию'],
  ['hasWrit', 'eq', false, 'исполнительного документа нет', false, 'исполнительного документа нет', true, 'исполнительный документ есть'],
  ['openCourtCase', 'eq', false, 'незавершённых судебных дел нет', false, 'незавершённых судебных дел нет', true, 'есть незавершённое судебное дело'],
  ['writToSend', 'eq', true, 'есть исполнительный документ, не направленный в ФССП (получен или возвращён)', true, 'есть исполнительный документ, не направленный в ФССП (получен или возвращён)', false, 'ненаправленных исполнительных документов нет'],
  ['openProceedings', 'eq', true, 'идёт исполнительное производство', true, 'идёт исполнительное производство', false, 'исполнительного производства нет'],
  ['restrictionDebtOverThreshold', 'eq', true, 'долг по ограничиваемой услуге больше 2 месячных начислений по нормативу', true, 'долг по ограничиваемой услуге больше 2 месячных начислений по нормативу', false, 'долг ни по одной ограничиваемой услуге не превышает 2 месячных начислений по нормативу'],
  ['openRestriction', 'eq', false, 'ограничение не ведётся', false, 'ограничение не ведётся', true, 'ограничение уже ведётся (предупреждение, заявка или ограничено)'],
  ['agreementHonoured', 'eq', false, 'соблюдаемого соглашения о погашении нет', false, 'соблюдаемого соглашения о погашении нет', true, 'подписанное соглашение о погашении соблюдается'],
  ['openEviction', 'eq', false, 'дела о выселении нет', false, 'дела о выселении нет', true, 'дело о выселении уже ведётся'],
];

describe('conditions in words', () => {
  it.each(TABLE)('%s %s %j', (fact, op, value, condition, passing, passText, failing, failText) => {
    const c: Condition = { fact, op, value };
    expect(plain(formatCondition(c))).toBe(condition);
    expect(plain(formatOutcome(c, passing, true))).toBe(passText);
    expect(plain(formatOutcome(c, failing, false))).toBe(failText);
  });

  it('covers every fact the rules know, and no sentence holds a formula sign', () => {
    expect(new Set(TABLE.map((r) => r[0]))).toEqual(new Set(Object.keys(FACT_SPECS)));
    const covered = new Set(
      TABLE.filter((r) => ['money', 'count', 'days'].includes(FACT_SPECS[r[0]].kind)).map((r) => r[1]),
    );
    expect(covered).toEqual(new Set(['gt', 'gte', 'lt', 'lte', 'eq']));
    for (const r of TABLE) for (const text of [r[3], r[5], r[7]]) expect(text).not.toMatch(/[<>≤≥≠=]| из |\(соцнайм\)/);
  });

  it('splits a numeric condition around its threshold for the rule editor', () => {
    const parts = (c: Condition) => {
      const p = conditionAroundValue(c);
      return p && { before: plain(p.before), after: plain(p.after) };
    };
    expect(parts({ fact: 'debtKopecks', op: 'gt', value: 3_000_000 })).toEqual({ before: 'долг больше', after: '₽' });
    expect(parts({ fact: 'monthsInArrears', op: 'gte', value: 3 })).toEqual({
      before: 'не меньше',
      after: 'месяцев просрочки',
    });
    expect(parts({ fact: 'daysSinceLastSms', op: 'gte', value: 1 })).toEqual({
      before: 'не меньше',
      after: 'дня с последнего SMS',
    });
    expect(parts({ fact: 'hasPhone', op: 'eq', value: true })).toBeNull();
  });
});

describe('rule versions as dates in words', () => {
  it('reads the seeded version and a stored revision', () => {
    expect(ruleVersionWords('2026-01-01/0')).toBe('от 1 января 2026 г.');
    expect(ruleVersionWords('2026-11-27/2')).toBe('от 27 ноября 2026 г., редакция 2');
    expect(withFullStop(`Правила ${ruleVersionWords('2026-01-01/0')}`)).toBe('Правила от 1 января 2026 г.');
    expect(withFullStop(`Правила ${ruleVersionWords('2026-11-27/2')}`)).toBe(
      'Правила от 27 ноября 2026 г., редакция 2.',
    );
  });
});
