/**
 * The debt floor a district-wide count may skip below: only debt conditions that every listed account must meet
 * count, the highest wins, and a rule without one reads every account.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_BOOK } from '../../../shared/rules/eligibility/default-rule-book';
import type { MeasureRule } from '../../../shared/rules/eligibility/rule-book';
import { minimumListedDebt, noticeRule } from './notice-eligibility';

const rule = (conditions: MeasureRule['conditions']): MeasureRule => ({
  measure: 6,
  action: 'объявление',
  perAccount: true,
  conditions,
});

describe('minimumListedDebt', () => {
  it('is the seeded rule’s 10 000 ₽', () => {
    expect(minimumListedDebt(noticeRule(DEFAULT_RULE_BOOK), DEFAULT_RULE_BOOK)).toBe(1_000_000);
  });

  it('takes «>» as one kopeck more and the highest of several floors', () => {
    expect(minimumListedDebt(rule([{ fact: 'debtKopecks', op: 'gt', value: 500_000 }]), DEFAULT_RULE_BOOK)).toBe(
      500_001,
    );
    expect(
      minimumListedDebt(
        rule([
          { fact: 'debtKopecks', op: 'gte', value: 300_000 },
          { fact: 'debtKopecks', op: 'gt', value: 700_000 },
        ]),
        DEFAULT_RULE_BOOK,
      ),
    ).toBe(700_001);
  });

  it('has no floor when no condition bounds the debt from below', () => {
    expect(
      minimumListedDebt(rule([{ fact: 'monthsInArrears', op: 'gte', value: 3 }]), DEFAULT_RULE_BOOK),
    ).toBeUndefined();
    expect(
      minimumListedDebt(rule([{ fact: 'debtKopecks', op: 'lt', value: 500_000 }]), DEFAULT_RULE_BOOK),
    ).toBeUndefined();
  });

  it('has no measure-6 rule to read in a book without one: a Russian error', () => {
    expect(() =>
      noticeRule({ ...DEFAULT_RULE_BOOK, measures: DEFAULT_RULE_BOOK.measures.filter((m) => m.measure !== 6) }),
    ).toThrow(/нет условий мероприятия 6/);
  });
});
