/**
 * The pure evaluator: each condition with its value and pass/fail, the next step with its reason, why other
 * measures are not available, pauses and contact limits; a changed threshold changes the verdict.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAccount } from '../../shared/rules/eligibility/evaluate-account';
import { DEFAULT_RULE_BOOK } from '../../shared/rules/eligibility/default-rule-book';
import type { AccountFacts } from '../../shared/rules/eligibility/facts';
import type { RuleBook } from '../../shared/rules/eligibility/rule-book';

const TODAY = '2026-11-25';
const base: AccountFacts = {
  accountId: 1,
  number: '5000000001',
  debtKopecks: 2_480_000,
  bracket: 'from_10k',
  monthsInArrears: 4,
  lastPaymentDate: '2026-07-10',
  tenure: 'owner',
  status: 'open',
  pausedUntilDate: null,
  pauseReason: null,
  phone: '+79161234567',
  smsPhone: '+79161234567',
  blockedCategories: [],
  callDates: [],
  smsDates: [],
  openPromiseDate: null,
  hasWrit: false,
  courtableDebtKopecks: 2_480_000,
  courtBracket: 'from_10k',
  courtTimeBarredKopecks: 0,
  claimDeliveredDate: null,
  openCourtCase: false,
  restrictionDebtOverThreshold: false,
  openRestriction: false,
  agreementHonoured: false,
  monthsWithoutPayment: 0,
  openEviction: false,
  writToSend: false,
  openProceedings: false,
};
const nbsp = (s: string | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const verdict = (facts: AccountFacts, measure: number, book: RuleBook = DEFAULT_RULE_BOOK) =>
  evaluateAccount(facts, book, TODAY).measures.find((m) => m.measure === measure);

describe('next step and reasons', () => {
  it('suggests a call first and explains why SMS is not available: debt below 30 000 ₽', () => {
    const ev = evaluateAccount(base, DEFAULT_RULE_BOOK, TODAY);
    expect(ev.next?.measure).toBe(2);
    expect(ev.next?.action).toBe('позвонить должнику');
    expect(nbsp(verdict(base, 1)?.reason)).toBe('долг 24 800 ₽ — не больше порога 30 000 ₽');
    expect(verdict(base, 1)?.available).toBe(false);
  });
  it('traces every condition with its value and pass/fail', () => {
    const trace = verdict(base, 2)?.trace ?? [];
    expect(trace.map((t) => [t.fact, t.pass])).toEqual([
      ['accountOpen', true],
      ['paused', true],
      ['bracket', true],
      ['hasPhone', true],
      ['blocked', true],
      ['promisePending', true],
      ['limit', true],
    ]);
    expect(trace.at(-1)?.actual).toBe('звонков сегодня 0, за 7 дней 0, за месяц 0 — в пределах ФЗ-230');
  });
  it('a call yesterday and the day before: «звонок» refused by the weekly limit, the next step moves on', () => {
    const facts = { ...base, callDates: ['2026-11-24', '2026-11-23'] };
    const ev = evaluateAccount(facts, DEFAULT_RULE_BOOK, TODAY);
    expect(verdict(facts, 2)?.reason).toBe('звонков за 7 дней 2 — предел 2 в неделю');
    expect(ev.next?.measure).toBe(5);
  });
  it('a paused account has no next step and every measure says why', () => {
    const facts = { ...base, pausedUntilDate: '2026-12-31', pauseReason: 'спор о долге' };
    const ev = evaluateAccount(facts, DEFAULT_RULE_BOOK, TODAY);
    expect(ev.next).toBeNull();
    expect(ev.noNextReason).toBe('работа приостановлена до 31.12.2026 (спор о долге)');
    expect(verdict(facts, 2)?.available).toBe(false);
    // An expired pause no longer counts.
    expect(evaluateAccount({ ...facts, pausedUntilDate: '2026-11-24' }, DEFAULT_RULE_BOOK, TODAY).next?.measure).toBe(
      2,
    );
  });
  it('SMS for a debt over the threshold with a mobile; not with an opt-out, not within the cooldown', () => {
    const big = { ...base, debtKopecks: 4_500_000, bracket: 'from_10k' };
    expect(verdict(big, 1)?.available).toBe(true);
    expect(verdict({ ...big, smsPhone: null }, 1)?.reason).toBe('нет мобильного номера без отказа от SMS');
    expect(verdict({ ...big, smsDates: ['2026-11-20'] }, 1)?.reason).toBe('5 дней с последнего SMS — меньше 14');
  });
  it('measures done for a district are explained as such; eviction only for social tenants', () => {
    expect(verdict(base, 7)?.reason).toContain('по району');
    expect(verdict(base, 12)?.reason).toBe('собственник, а не наниматель по договору соцнайма');
    // ЖК ст.90: more than six months in a row without payment; six is not enough.
    expect(verdict({ ...base, tenure: 'social_tenant', monthsWithoutPayment: 7 }, 12)?.available).toBe(true);
    expect(verdict({ ...base, tenure: 'social_tenant', monthsWithoutPayment: 6 }, 12)?.reason).toBe(
      '6 месяцев подряд без оплаты — не больше 6',
    );
    expect(
      verdict({ ...base, tenure: 'social_tenant', monthsWithoutPayment: 9, agreementHonoured: true }, 12)?.available,
    ).toBe(false);
  });
  it('restriction needs a service debt over its threshold and no honoured agreement; the court waits for a kept agreement', () => {
    expect(verdict({ ...base, restrictionDebtOverThreshold: true }, 8)?.available).toBe(true);
    expect(verdict(base, 8)?.available).toBe(false);
    expect(verdict({ ...base, restrictionDebtOverThreshold: true, agreementHonoured: true }, 8)?.reason).toBe(
      'подписанное соглашение о погашении соблюдается',
    );
    expect(verdict({ ...base, restrictionDebtOverThreshold: true, openRestriction: true }, 8)?.available).toBe(false);
  });
  it('an administrator’s new threshold changes the verdict (rules are data)', () => {
    const lower: RuleBook = {
      ...DEFAULT_RULE_BOOK,
      measures: DEFAULT_RULE_BOOK.measures.map((m) =>
        m.measure === 1
          ? { ...m, conditions: m.conditions.map((c) => (c.fact === 'debtKopecks' ? { ...c, value: 2_000_000 } : c)) }
          : m,
      ),
    };
    expect(verdict(base, 1, lower)?.available).toBe(true);
  });
  it('the bulk mode without wording gives the same verdicts and next step', () => {
    for (const facts of [
      base,
      { ...base, callDates: ['2026-11-24', '2026-11-23'] },
      { ...base, pausedUntilDate: '2026-12-31' },
      { ...base, debtKopecks: 4_500_000 },
    ]) {
      const full = evaluateAccount(facts, DEFAULT_RULE_BOOK, TODAY);
      const bulk = evaluateAccount(facts, DEFAULT_RULE_BOOK, TODAY, { texts: false });
      expect(bulk.next?.measure).toBe(full.next?.measure);
      expect(bulk.measures.map((m) => m.available)).toEqual(full.measures.map((m) => m.available));
    }
  });
});
