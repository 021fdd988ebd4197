/** @file Tests of the generated district model: people, shares, social tenancy, charges, payments, debt brackets. */
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVICES } from '../../../shared/import/layouts';
import { generateAccount, type DemoAccount } from './account';
import { CHARGED_SERVICES } from './charges';
import { isValidInn, isValidOgrn, isValidSettlementAccount, isValidSnils } from './check-digits';
import { buildDistrict, type District } from './district';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from './names-data';
import { feminineSurname } from './names';
import { addMonths } from './periods';

const ACCOUNTS = 2000;
let district: District;
let accounts: DemoAccount[];

beforeAll(() => {
  district = buildDistrict({ accounts: ACCOUNTS, seed: 'test-district', months: 60, endPeriod: '2025-12' });
  accounts = Array.from({ length: ACCOUNTS }, (_, i) => generateAccount(district, i));
});

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

describe('demo district model', () => {
  it('generates each account the same way in any order', () => {
    const again = generateAccount(district, 1234);
    expect(again).toEqual(accounts[1234]);
    const other = buildDistrict({ accounts: ACCOUNTS, seed: 'test-district', months: 60, endPeriod: '2025-12' });
    expect(generateAccount(other, 7)).toEqual(accounts[7]);
  });

  it('scales the number of management companies and gives them valid requisites', () => {
    expect(buildDistrict({ accounts: 20, seed: 1, months: 1, endPeriod: '2025-01' }).companies).toHaveLength(1);
    expect(buildDistrict({ accounts: 80, seed: 1, months: 1, endPeriod: '2025-01' }).companies).toHaveLength(2);
    const big = buildDistrict({ accounts: 150_000, seed: 1, months: 1, endPeriod: '2025-01' });
    expect(big.companies.length).toBeGreaterThanOrEqual(20);
    expect(big.companies.length).toBeLessThanOrEqual(30);
    for (const c of big.companies) {
      expect(isValidInn(c.inn)).toBe(true);
      expect(isValidOgrn(c.ogrn)).toBe(true);
      expect(c.bik).toMatch(/^04\d{7}$/);
      expect(c.correspondentAccount).toMatch(/^301\d{17}$/);
      expect(c.settlementAccount).toMatch(/^40702\d{15}$/);
      expect(isValidSettlementAccount(c.bik, c.settlementAccount)).toBe(true);
    }
    expect(new Set(big.companies.map((c) => c.inn)).size).toBe(big.companies.length);
    expect(new Set(big.buildings.map((b) => b.address)).size).toBe(big.buildings.length);
  });

  it('numbers flats continuously and keeps entrances in range', () => {
    for (const a of accounts) {
      expect(a.entrance).toBeGreaterThanOrEqual(1);
      expect(a.entrance).toBeLessThanOrEqual(a.building.entrances);
      expect(a.building.entrances).toBeLessThanOrEqual(12);
      expect(Number(a.area)).toBeGreaterThanOrEqual(18);
      expect(Number(a.area)).toBeLessThanOrEqual(120);
      expect(a.building.address).toMatch(
        /^(г\. Красногорск|р\.п\. Нахабино|д\. Глухово), .+, д\. [^,]+(, корп\. \d+)?$/,
      );
    }
    expect(new Set(accounts.map((a) => a.number)).size).toBe(ACCOUNTS);
    expect(new Set(accounts.map((a) => `${a.building.address}|${a.apartment}`)).size).toBe(ACCOUNTS);
  });

  it('has about 10 % social tenants and 1–2 % closed accounts', () => {
    const social = accounts.filter((a) => a.social).length / ACCOUNTS;
    expect(social).toBeGreaterThan(0.07);
    expect(social).toBeLessThan(0.13);
    const closed = accounts.filter((a) => a.closed).length / ACCOUNTS;
    expect(closed).toBeGreaterThan(0.005);
    expect(closed).toBeLessThan(0.03);
  });

  it('gives owners shares summing to 1 and tenants a family without shares', () => {
    for (const a of accounts) {
      if (a.persons.length === 0) {
        expect(a.closed).toBe(true);
        continue;
      }
      expect(a.persons.length).toBeLessThanOrEqual(4);
      if (a.social) {
        expect(a.persons[0]?.role).toBe('наниматель');
        for (const p of a.persons.slice(1)) expect(p.role).toBe('член семьи');
        for (const p of a.persons) expect(p.share).toBeNull();
        continue;
      }
      let num = 0;
      let den = 1;
      for (const p of a.persons.filter((x) => x.role === 'собственник')) {
        const [n, d] = (p.share ?? '').split('/').map(Number);
        const pn = n ?? 0;
        const pd = d ?? 1;
        num = num * pd + pn * den;
        den *= pd;
        const g = gcd(num, den);
        num /= g;
        den /= g;
      }
      expect(`${num}/${den}`).toBe('1/1');
    }
  });

  it('writes names with correct gender agreement and unique people', () => {
    const feminine = new Set(SURNAMES.map(feminineSurname));
    const masculine = new Set(SURNAMES);
    const names = new Set<string>();
    for (const a of accounts) {
      for (const p of a.persons) {
        const [surname = '', first = '', patronymic = ''] = p.fullName.split(' ');
        if (FEMALE_NAMES.includes(first)) {
          expect(feminine.has(surname), p.fullName).toBe(true);
          expect(patronymic, p.fullName).toMatch(/(вна|чна)$/);
        } else {
          expect(MALE_NAMES.includes(first), p.fullName).toBe(true);
          expect(masculine.has(surname), p.fullName).toBe(true);
          expect(patronymic, p.fullName).toMatch(/(вич|ич)$/);
        }
        names.add(`${p.fullName}|${p.birthDate ?? ''}|${a.number}`);
      }
    }
    const persons = accounts.flatMap((a) => a.persons);
    expect(names.size).toBe(persons.length);
    const snils = persons.flatMap((p) => (p.snils ? [p.snils] : []));
    expect(new Set(snils).size).toBe(snils.length);
    for (const s of snils) expect(isValidSnils(s)).toBe(true);
    for (const p of persons) if (p.inn) expect(isValidInn(p.inn)).toBe(true);
  });

  it('leaves gaps in personal data at about the intended rates', () => {
    const adults = accounts.flatMap((a) => a.persons).filter((p) => p.role !== 'член семьи');
    const rate = (pred: (p: (typeof adults)[number]) => boolean): number => adults.filter(pred).length / adults.length;
    expect(rate((p) => p.snils === null)).toBeGreaterThan(0.05);
    expect(rate((p) => p.snils === null)).toBeLessThan(0.11);
    expect(rate((p) => p.inn === null)).toBeGreaterThan(0.11);
    expect(rate((p) => p.inn === null)).toBeLessThan(0.19);
    expect(rate((p) => p.birthDate === null)).toBeGreaterThan(0.03);
    expect(rate((p) => p.birthDate === null)).toBeLessThan(0.07);
    expect(rate((p) => p.phone === null)).toBeGreaterThan(0.25);
    expect(rate((p) => p.phone === null)).toBeLessThan(0.35);
    for (const p of adults) if (p.passport) expect(p.passport).toMatch(/^\d{2} \d{2} \d{6}$/);
  });

  it('charges positive kopecks for the right services with typical bills of 4–12 thousand ₽', () => {
    expect(CHARGED_SERVICES.every((s) => (SERVICES as readonly string[]).includes(s))).toBe(true);
    const bills: number[] = [];
    let negative = 0;
    let misplaced = 0;
    for (const a of accounts) {
      for (let m = 0; m < a.chargedMonths; m++) {
        const month = Array.from(a.charges.subarray(m * 9, m * 9 + 9));
        negative += month.filter((v) => v < 0).length;
        // Капремонт (7) only for owners, наём (8) only for social tenants; maintenance and heating always.
        if ((a.social ? month[7] : month[8]) !== 0 || !month[0] || !month[4]) misplaced++;
        if (m === 30) bills.push(month.reduce((s, v) => s + v, 0) / 100);
      }
    }
    expect(negative).toBe(0);
    expect(misplaced).toBe(0);
    bills.sort((x, y) => x - y);
    const median = bills[Math.floor(bills.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(4000);
    expect(median).toBeLessThan(12000);
  });

  it('dates payments inside the history and the month after it, with unique numbers', () => {
    const first = `${district.periods[0]}-01`;
    const last = `${addMonths('2025-12', 1)}-31`;
    const numbers = new Set<string>();
    let withPeriod = 0;
    let total = 0;
    let bad = 0;
    for (const a of accounts) {
      for (const p of a.payments) {
        if (!(p.date > first && p.date <= last && p.amountKopecks > 0)) bad++;
        numbers.add(p.documentNumber);
        if (p.period) withPeriod++;
        total++;
      }
    }
    expect(bad).toBe(0);
    expect(numbers.size).toBe(total);
    expect(withPeriod / total).toBeGreaterThan(0.55);
    expect(withPeriod / total).toBeLessThan(0.65);
  });

  it('ends with 15–20 % of accounts in debt over 5 000 ₽, spread across the brackets', () => {
    const rub = accounts.map((a) => a.debtKopecks / 100);
    const share = (lo: number, hi: number): number => rub.filter((d) => d > lo && d <= hi).length / ACCOUNTS;
    const over5k = share(5000, Infinity);
    expect(over5k).toBeGreaterThan(0.14);
    expect(over5k).toBeLessThan(0.21);
    expect(share(100_000, Infinity)).toBeGreaterThan(0.02);
    expect(share(50_000, 100_000)).toBeGreaterThan(0.01);
    expect(share(10_000, 50_000)).toBeGreaterThan(0.04);
    expect(share(5_000, 10_000)).toBeGreaterThan(0.01);
    for (const d of rub) expect(d).toBeGreaterThanOrEqual(0);
    // Social tenants are over-represented among debtors.
    const socialDebtors =
      accounts.filter((a) => a.social && a.debtKopecks > 500_000).length / accounts.filter((a) => a.social).length;
    expect(socialDebtors).toBeGreaterThan(over5k * 1.5);
    // Chronic debtors over five years pass 100 000 ₽.
    for (const a of accounts.filter((x) => x.behaviour === 'chronic'))
      expect(a.debtKopecks).toBeGreaterThan(10_000_000);
  });
});
