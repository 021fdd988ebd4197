/** @file Tests of control digits against real, publicly known identifiers and the generated ones. */
import { describe, expect, it } from 'vitest';
import {
  completeSettlementAccount,
  isValidCorrespondentAccount,
  isValidInn,
  isValidOgrn,
  isValidSettlementAccount,
  isValidSnils,
  snilsControl,
} from './check-digits';
import { accountNumber, personInn, personSnils } from './identifiers';
import { luhnDigit } from './check-digits';

describe('control digits', () => {
  it('accepts real identifiers and rejects altered ones', () => {
    expect(isValidInn('7707083893')).toBe(true); // ПАО Сбербанк
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732259')).toBe(true);
    expect(isValidInn('500100732258')).toBe(false);
    expect(isValidOgrn('1027700132195')).toBe(true); // ПАО Сбербанк
    expect(isValidOgrn('1027700132196')).toBe(false);
    expect(isValidSnils('112-233-445 95')).toBe(true); // the ПФР's textbook example
    expect(isValidSnils('112-233-445 94')).toBe(false);
    expect(isValidCorrespondentAccount('044525225', '30101810400000000225')).toBe(true);
    expect(isValidCorrespondentAccount('044525974', '30101810145250000974')).toBe(true);
  });

  it('applies the СНИЛС special cases (sum 100/101 → 00, above 101 → mod 101)', () => {
    expect(snilsControl('100000000')).toBe('09'); // 1·9
    expect(snilsControl('920000003')).toBe('00'); // 9·9 + 2·8 + 3·1 = 100
    expect(snilsControl('920000004')).toBe('00'); // 101
    expect(snilsControl('920000005')).toBe('01'); // 102 mod 101
    expect(snilsControl('999999999')).toBe('01'); // 405 mod 101
  });

  it('makes settlement accounts whose key checks out', () => {
    const account = completeSettlementAccount('044525225', '40702810000001234567');
    expect(isValidSettlementAccount('044525225', account)).toBe(true);
    expect(isValidSettlementAccount('044525225', `${account.slice(0, 19)}${(Number(account[19]) + 1) % 10}`)).toBe(
      false,
    );
  });

  it('generates valid, unique person identifiers and account numbers', () => {
    const snils = new Set<string>();
    const inns = new Set<string>();
    const numbers = new Set<string>();
    for (let id = 0; id < 20_000; id++) {
      const s = personSnils(id, 987_654_321);
      const inn = personInn(id, 987_654_321);
      const n = accountNumber(id, 987_654_321);
      expect(isValidSnils(s)).toBe(true);
      expect(isValidInn(inn)).toBe(true);
      expect(n).toMatch(/^5\d{9}$/);
      expect(luhnDigit(n.slice(0, 9))).toBe(n[9]);
      snils.add(s);
      inns.add(inn);
      numbers.add(n);
    }
    expect(snils.size).toBe(20_000);
    expect(inns.size).toBe(20_000);
    expect(numbers.size).toBe(20_000);
  });
});
