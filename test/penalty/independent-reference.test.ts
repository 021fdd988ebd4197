/**
 * @file The penalty engine against an independent day-by-day reference (test/penalty/reference/): its own
 * allocation, due dates, shares, rate and moratorium lookups from its own copies of the seed CSV files, its own
 * calendar and rounding — nothing imported from shared/rules/penalty but the input shape.
 *
 * 1. Hand-worked accounts pin the reference itself (a lawyer's arithmetic in the comments); the engine must give
 *    the same kopecks.
 * 2. A few hundred seeded random accounts, 2014–2027: per account the total, every obligation (last pay day, paid,
 *    unpaid, penalty, moratorium days) and every printed line (days, day-of-delay counter, base, rate, share,
 *    moratorium, rate dates, kopecks) must be equal. A failure names the seed, the profile and the accounts; rerun
 *    one seed with PENREF_SEED=<n>.
 */
import { describe, expect, it } from 'vitest';
import { calculatePenalty } from '../../shared/rules/penalty/calculate-penalty';
import type { PenaltyInput, PenaltyResult } from '../../shared/rules/penalty/penalty-types';
import { SEED_PENALTY_TABLES } from '../../shared/rules/penalty/seed/index';
import { toDay, toIso } from './reference/calendar';
import { parseCsv } from './reference/csv';
import { referencePenalty, type RateDateRule, type RefResult } from './reference/day-walk';
import { mulberry32, randomAccount, type Profile, type RandomAccount } from './reference/random-accounts';

const SEED = Number(process.env['PENREF_SEED'] ?? 20_261_207);

function engine(input: PenaltyInput, rule: RateDateRule = 'payment-day'): PenaltyResult {
  return calculatePenalty(input, SEED_PENALTY_TABLES, { rateDateRule: rule, reasons: false });
}

/** A line as both sides can state it, for comparison. */
interface LineView {
  obligation: string;
  from: string;
  to: string;
  days: number;
  delay: string;
  base: number;
  rate: number;
  share: string;
  free: boolean;
  kopecks: number;
  rateDates: string;
}

interface ObligationView {
  obligation: string;
  lastPayDay: string;
  amount: number;
  paid: number;
  unpaid: number;
  penalty: number;
  freeDays: number;
}

interface View {
  total: number;
  advance: number;
  obligations: ObligationView[];
  lines: LineView[];
}

const byKey = <T extends { obligation: string }>(a: T, b: T, more: (x: T) => string): number =>
  a.obligation === b.obligation
    ? more(a) < more(b)
      ? -1
      : more(a) > more(b)
        ? 1
        : 0
    : a.obligation < b.obligation
      ? -1
      : 1;

function sortView(v: View): View {
  v.obligations.sort((a, b) => byKey(a, b, () => ''));
  v.lines.sort((a, b) => byKey(a, b, (l) => `${l.from} ${String(l.rate).padStart(5, '0')}`));
  return v;
}

function engineView(r: PenaltyResult): View {
  // Moratorium days per obligation: a run of days printed as several lines (one per rate) counts once.
  const freeDays = new Map<string, number>();
  const freeRuns = new Set<string>();
  const lines = r.lines.map((l) => {
    const obligation = `${l.period} ${l.kind}`;
    const run = `${obligation} ${l.from}`;
    if (l.moratorium && !freeRuns.has(run)) {
      freeRuns.add(run);
      freeDays.set(obligation, (freeDays.get(obligation) ?? 0) + l.days);
    }
    return {
      obligation,
      from: l.from,
      to: l.to,
      days: l.days,
      delay: `${l.delayDayFrom}–${l.delayDayTo}`,
      base: l.baseKopecks,
      rate: l.rateBasisPoints,
      share: l.fraction.num === 0 ? '0' : `${l.fraction.num}/${l.fraction.den}`,
      free: l.moratorium,
      kopecks: l.penaltyKopecks,
      rateDates: [...l.rateDates].sort().join(' '),
    };
  });
  return sortView({
    total: r.totalKopecks,
    advance: r.advanceKopecks,
    obligations: r.obligations.map((o) => ({
      obligation: `${o.period} ${o.kind}`,
      lastPayDay: o.lastPayDay,
      amount: o.amountKopecks,
      paid: o.paidKopecks,
      unpaid: o.unpaidKopecks,
      penalty: o.penaltyKopecks,
      freeDays: freeDays.get(`${o.period} ${o.kind}`) ?? 0,
    })),
    lines,
  });
}

function referenceView(r: RefResult): View {
  return sortView({
    total: r.totalKopecks,
    advance: r.advanceKopecks,
    obligations: r.obligations.map((o) => ({
      obligation: `${o.period} ${o.kind}`,
      lastPayDay: o.lastPayDay,
      amount: o.amountKopecks,
      paid: o.paidKopecks,
      unpaid: o.unpaidKopecks,
      penalty: o.penaltyKopecks,
      freeDays: o.freeDays,
    })),
    lines: r.lines.map((l) => ({
      obligation: `${l.period} ${l.kind}`,
      from: l.from,
      to: l.to,
      days: l.delayTo - l.delayFrom + 1,
      delay: `${l.delayFrom}–${l.delayTo}`,
      base: l.baseKopecks,
      rate: l.rate,
      share: l.share,
      free: l.free,
      kopecks: l.penaltyKopecks,
      rateDates: l.rateDates.join(' '),
    })),
  });
}

/** The first place two views differ, small enough to read in a failure message; null when equal. */
function firstDifference(e: View, r: View): { what: string; engine: unknown; reference: unknown } | null {
  const n = Math.max(e.obligations.length, r.obligations.length);
  for (let i = 0; i < n; i++)
    if (JSON.stringify(e.obligations[i]) !== JSON.stringify(r.obligations[i]))
      return { what: `obligation #${i}`, engine: e.obligations[i], reference: r.obligations[i] };
  const m = Math.max(e.lines.length, r.lines.length);
  for (let i = 0; i < m; i++)
    if (JSON.stringify(e.lines[i]) !== JSON.stringify(r.lines[i]))
      return { what: `line #${i}`, engine: e.lines[i], reference: r.lines[i] };
  if (e.total !== r.total) return { what: 'total', engine: e.total, reference: r.total };
  if (e.advance !== r.advance) return { what: 'advance', engine: e.advance, reference: r.advance };
  return null;
}

/** Lines of a reference result in the order the hand tables below list them. */
function refRows(r: RefResult, obligation: string): string[] {
  return referenceView(r)
    .lines.filter((l) => l.obligation === obligation)
    .map((l) => `${l.from} ${l.to} ${l.base} ${l.rate} ${l.share}${l.free ? ' free' : ''} ${l.kopecks}`);
}

describe("the reference's own calendar and CSV reader", () => {
  it('counts every day of 2013–2028 as the JavaScript UTC calendar does', () => {
    // An outside oracle for the reference's integer calendar: Date in UTC (not the engine's day-count).
    const first = toDay('2013-01-01');
    for (let n = 0; n < 16 * 366; n++) {
      const iso = new Date(Date.UTC(2013, 0, 1 + n)).toISOString().slice(0, 10);
      expect(toIso(first + n)).toBe(iso);
      expect(toDay(iso)).toBe(first + n);
    }
  });

  it('reads a quoted field with a comma and a doubled quote', () => {
    expect(parseCsv('a,b\n"x, ""y""",2\n')).toEqual([{ a: 'x, "y"', b: '2' }]);
  });
});

describe('hand-worked accounts pin the reference (and the engine agrees)', () => {
  it('EX1c: May 2019, 1 000 ₽, 100 ₽ paid 01.01.2020, the rest unpaid to 18.04.2024 — 832,84 ₽', () => {
    // Due 10.06.2019. The 100 ₽ part at the rate on its payment day 01.01.2020: key 6.25 % (from 16.12.2019);
    // the unpaid 900 ₽ at the rate on 18.04.2024: min(9.5; key 16) = 9.5 %. Both moratoria cover May 2019.
    //   11.06–10.07.2019  days 1–30, grace                                   0
    //   11.07–08.09.2019  60 d × 1/300: 100 × 6.25 % × 60/300 = 1.25; 900 × 9.5 % × 60/300 = 17.10
    //   09.09.2019–01.01.2020 115 d × 1/130: 100 × 6.25 % × 115/130 = 5.5288 → 5.53; 900 × 9.5 % × 115/130 = 75.6346 → 75.63
    //   02.01–05.04.2020  95 d: 900 × 9.5 % × 95/130 = 62.4808 → 62.48
    //   06.04–31.12.2020  Decree 424, free
    //   01.01.2021–31.03.2022 455 d: 900 × 9.5 % × 455/130 = 299.25
    //   01.04–01.10.2022  Decree 497 (a March-2022-or-older month), free
    //   02.10.2022–18.04.2024 565 d: 900 × 9.5 % × 565/130 = 371.596 → 371.60
    //   total 1.25 + 17.10 + 5.53 + 75.63 + 62.48 + 299.25 + 371.60 = 832.84
    const input: PenaltyInput = {
      calculationDate: '2024-04-18',
      charges: [{ period: '2019-05', amountKopecks: 1_000_00 }],
      payments: [{ date: '2020-01-01', amountKopecks: 100_00 }],
    };
    const ref = referencePenalty(input);
    expect(ref.totalKopecks).toBe(832_84);
    expect(refRows(ref, '2019-05 housing')).toEqual([
      '2019-06-11 2019-07-10 10000 625 0 0',
      '2019-06-11 2019-07-10 90000 950 0 0',
      '2019-07-11 2019-09-08 10000 625 1/300 125',
      '2019-07-11 2019-09-08 90000 950 1/300 1710',
      '2019-09-09 2020-01-01 10000 625 1/130 553',
      '2019-09-09 2020-01-01 90000 950 1/130 7563',
      '2020-01-02 2020-04-05 90000 950 1/130 6248',
      '2020-04-06 2020-12-31 90000 950 1/130 free 0',
      '2021-01-01 2022-03-31 90000 950 1/130 29925',
      '2022-04-01 2022-10-01 90000 950 1/130 free 0',
      '2022-10-02 2024-04-18 90000 950 1/130 37160',
    ]);
    expect(engine(input).totalKopecks).toBe(832_84);
  });

  it('C1: January 2024, 10 000 ₽ paid in full 15.05.2024 — 226,54 ₽', () => {
    // Due 10.02.2024; rate on 15.05.2024 = min(9.5; key 16) = 9.5 %. 2024 is a leap year: day 31 = 12.03, day 91 = 11.05.
    //   12.03–10.05 60 d × 1/300: 10 000 × 9.5 % × 60/300 = 190.00;  11.05–15.05 5 d × 1/130: 36.538 → 36.54
    const input: PenaltyInput = {
      calculationDate: '2024-12-01',
      charges: [{ period: '2024-01', amountKopecks: 10_000_00 }],
      payments: [{ date: '2024-05-15', amountKopecks: 10_000_00 }],
    };
    const ref = referencePenalty(input);
    expect(refRows(ref, '2024-01 housing')).toEqual([
      '2024-02-11 2024-03-11 1000000 950 0 0',
      '2024-03-12 2024-05-10 1000000 950 1/300 19000',
      '2024-05-11 2024-05-15 1000000 950 1/130 3654',
    ]);
    expect(ref.totalKopecks).toBe(226_54);
    expect(engine(input).totalKopecks).toBe(226_54);
  });

  it('October 2015 unpaid into 2016: the old text to 31.12.2015, then the new scale on the running day counter — 154,00 ₽', () => {
    // Due 10.11.2015; unpaid, rate on the calculation day 31.03.2016 = key 11 % (refinancing rate = key from 2016).
    //   11.11–31.12.2015 51 d, old ч.14, 1/300 from day 1: 2 000 × 11 % × 51/300 = 37.40
    //   01.01–08.02.2016 days of delay 52–90, new ч.14, 1/300 (a new line: the law changed): 2 000 × 11 % × 39/300 = 28.60
    //   09.02–31.03.2016 days 91–142, 1/130 (February 2016 has 29 days): 2 000 × 11 % × 52/130 = 88.00
    const input: PenaltyInput = {
      calculationDate: '2016-03-31',
      charges: [{ period: '2015-10', amountKopecks: 2_000_00 }],
      payments: [],
    };
    const ref = referencePenalty(input);
    expect(refRows(ref, '2015-10 housing')).toEqual([
      '2015-11-11 2015-12-31 200000 1100 1/300 3740',
      '2016-01-01 2016-02-08 200000 1100 1/300 2860',
      '2016-02-09 2016-03-31 200000 1100 1/130 8800',
    ]);
    expect(ref.totalKopecks).toBe(154_00);
    expect(engine(input).totalKopecks).toBe(154_00);
  });

  describe('2022: Decree 497 covers March 2022 but not April 2022; capital repair; a named payment', () => {
    // March 2022 ЖКУ 3 000 ₽ and capital repair 500 ₽ (both due 10.04.2022), April 2022 ЖКУ 3 000 ₽ (due 10.05.2022);
    // 1 000 ₽ paid 05.05.2022; calculation day 31.12.2022, rate min(9.5; key 7.5) = 7.5 %.
    const base = {
      calculationDate: '2022-12-31',
      charges: [
        { period: '2022-03', amountKopecks: 3_000_00 },
        { period: '2022-03', amountKopecks: 500_00, kind: 'capital_repair' as const },
        { period: '2022-04', amountKopecks: 3_000_00 },
      ],
    };

    it('the payment names April 2022 — 366,19 ₽', () => {
      // The 1 000 ₽ goes to April, on time (05.05 ≤ 10.05): no penalty on it; April's 2 000 ₽ rest is unpaid.
      // March ЖКУ 3 000: days 1–174 (11.04–01.10) free under Decree 497; 02.10–31.12 91 d × 1/130:
      //   3 000 × 7.5 % × 91/130 = 157.50
      // March capital repair 500 (ч.14.1, 1/300 from day 1): free to 01.10; 91 d: 500 × 7.5 % × 91/300 = 11.375 → 11.38
      //   (exactly half a kopeck: rounded up)
      // April ЖКУ 2 000 (not covered): 11.05–09.06 grace; 10.06–08.08 60 d × 1/300: 2 000 × 7.5 % × 60/300 = 30.00;
      //   09.08–31.12 145 d × 1/130: 2 000 × 7.5 % × 145/130 = 167.3077 → 167.31
      // total 157.50 + 11.38 + 30.00 + 167.31 = 366.19
      const input: PenaltyInput = {
        ...base,
        payments: [{ date: '2022-05-05', amountKopecks: 1_000_00, period: '2022-04' }],
      };
      const ref = referencePenalty(input);
      expect(refRows(ref, '2022-03 housing')).toEqual([
        '2022-04-11 2022-05-10 300000 750 0 free 0',
        '2022-05-11 2022-07-09 300000 750 1/300 free 0',
        '2022-07-10 2022-10-01 300000 750 1/130 free 0',
        '2022-10-02 2022-12-31 300000 750 1/130 15750',
      ]);
      expect(refRows(ref, '2022-03 capital_repair')).toEqual([
        '2022-04-11 2022-10-01 50000 750 1/300 free 0',
        '2022-10-02 2022-12-31 50000 750 1/300 1138',
      ]);
      expect(refRows(ref, '2022-04 housing')).toEqual([
        '2022-05-11 2022-06-09 200000 750 0 0',
        '2022-06-10 2022-08-08 200000 750 1/300 3000',
        '2022-08-09 2022-12-31 200000 750 1/130 16731',
      ]);
      expect(ref.totalKopecks).toBe(366_19);
      expect(engine(input).totalKopecks).toBe(366_19);
    });

    it('the same payment naming nothing pays the oldest month — 412,34 ₽', () => {
      // The 1 000 ₽ goes to March ЖКУ (due 10.04, oldest; ЖКУ before capital repair), late, but its days
      // 11.04–05.05 are all free. March ЖКУ 2 000: 91 d × 1/130: 2 000 × 7.5 % × 91/130 = 105.00; capital repair 11.38;
      // April ЖКУ 3 000: 60 d × 1/300: 45.00; 145 d × 1/130: 3 000 × 7.5 % × 145/130 = 250.9615 → 250.96
      // total 105.00 + 11.38 + 45.00 + 250.96 = 412.34
      const input: PenaltyInput = { ...base, payments: [{ date: '2022-05-05', amountKopecks: 1_000_00 }] };
      const ref = referencePenalty(input);
      expect(ref.obligations.find((o) => o.period === '2022-03' && o.kind === 'housing')?.paidKopecks).toBe(1_000_00);
      expect(ref.totalKopecks).toBe(412_34);
      expect(engine(input).totalKopecks).toBe(412_34);
    });
  });

  it('2026: a contract day for January, the 15th from February (177-ФЗ), a rate date in 2027 — 2 756,92 ₽', () => {
    // Contract day 25: January 2026 due 25.02.2026; February 2026 due 15.03.2026 (a contract may no longer move it).
    // Unpaid on 20.01.2027: no decree covers 2027, key rate 14 % (from 27.07.2026).
    // January 5 000: day 31 = 28.03, day 91 = 27.05.2026. 60 d × 1/300: 5 000 × 14 % × 60/300 = 140.00;
    //   27.05.2026–20.01.2027 = 5+30+31+31+30+31+30+31+20 = 239 d × 1/130: 700 × 239/130 = 1 286.923 → 1 286.92
    // February 5 000: day 31 = 15.04, day 91 = 14.06.2026. 60 d: 140.00;
    //   14.06.2026–20.01.2027 = 17+31+31+30+31+30+31+20 = 221 d: 700 × 221/130 = 1 190.00
    // total 140.00 + 1 286.92 + 140.00 + 1 190.00 = 2 756.92
    const input: PenaltyInput = {
      calculationDate: '2027-01-20',
      contractDueDay: 25,
      charges: [
        { period: '2026-01', amountKopecks: 5_000_00 },
        { period: '2026-02', amountKopecks: 5_000_00 },
      ],
      payments: [],
    };
    const ref = referencePenalty(input);
    expect(ref.obligations.map((o) => o.lastPayDay)).toEqual(['2026-02-25', '2026-03-15']);
    expect(refRows(ref, '2026-01 housing')).toEqual([
      '2026-02-26 2026-03-27 500000 1400 0 0',
      '2026-03-28 2026-05-26 500000 1400 1/300 14000',
      '2026-05-27 2027-01-20 500000 1400 1/130 128692',
    ]);
    expect(refRows(ref, '2026-02 housing')).toEqual([
      '2026-03-16 2026-04-14 500000 1400 0 0',
      '2026-04-15 2026-06-13 500000 1400 1/300 14000',
      '2026-06-14 2027-01-20 500000 1400 1/130 119000',
    ]);
    expect(ref.totalKopecks).toBe(2_756_92);
    expect(engine(input).totalKopecks).toBe(2_756_92);
  });
});

/** What the accounts of one profile reached, so a generator that drifts away from a rule is noticed. */
interface Reach {
  accounts: number;
  penaltyKopecks: number;
  freeDays424: number;
  freeDays497: number;
  notFree497: number;
  oldLaw: number;
  rate950: number;
  fixedRegime: number;
  rateBelow950In2022to2024: number;
  capitalRepair: number;
  paidLate: number;
  paidOnTime: number;
  namedPayments: number;
  partlyPaid: number;
  due15th: number;
  contractDay: number;
  rate2027: number;
  calculationDayRule: number;
}

function reach(accounts: readonly RandomAccount[], results: readonly RefResult[]): Reach {
  const r: Reach = {
    accounts: accounts.length,
    penaltyKopecks: 0,
    freeDays424: 0,
    freeDays497: 0,
    notFree497: 0,
    oldLaw: 0,
    rate950: 0,
    fixedRegime: 0,
    rateBelow950In2022to2024: 0,
    capitalRepair: 0,
    paidLate: 0,
    paidOnTime: 0,
    namedPayments: 0,
    partlyPaid: 0,
    due15th: 0,
    contractDay: 0,
    rate2027: 0,
    calculationDayRule: 0,
  };
  accounts.forEach((a, i) => {
    const res = results[i] as RefResult;
    r.penaltyKopecks += res.totalKopecks;
    if (a.rule === 'calculation-day') r.calculationDayRule++;
    if (a.input.contractDueDay !== undefined) r.contractDay++;
    r.namedPayments += a.input.payments.filter((p) => p.period !== undefined).length;
    for (const o of res.obligations) {
      if (o.kind === 'capital_repair') r.capitalRepair++;
      if (o.paidKopecks > 0 && o.unpaidKopecks > 0) r.partlyPaid++;
      if (o.paidOnTimeKopecks > 0) r.paidOnTime++;
      if (o.lastPayDay.endsWith('-15')) r.due15th++;
    }
    for (const l of res.lines) {
      const days = l.delayTo - l.delayFrom + 1;
      if (l.free && l.from < '2021-01-01') r.freeDays424 += days;
      if (l.free && l.from >= '2022-04-01') r.freeDays497 += days;
      if (!l.free && l.share !== '0' && l.to >= '2022-04-01' && l.from <= '2022-10-01') r.notFree497 += days;
      if (l.from < '2016-01-01' && l.kind === 'housing') r.oldLaw++;
      if (l.rate === 950) r.rate950++;
      if (l.rateDates.some((d) => d >= '2022-02-28' && d <= '2022-07-31')) r.fixedRegime++;
      if (l.rate < 950 && l.rateDates.some((d) => d >= '2022-02-28' && d <= '2024-12-31')) r.rateBelow950In2022to2024++;
      if (l.rateDates.some((d) => d >= '2027-01-01')) r.rate2027++;
      if (l.rateDates.some((d) => d < a.input.calculationDate)) r.paidLate++;
    }
  });
  return r;
}

const PROFILES: readonly [Profile, number][] = [
  ['any', 120],
  ['switch-2016', 60],
  ['moratoria', 100],
  ['switch-2026', 60],
];

describe(`the engine against the independent reference on random accounts (seed ${SEED})`, () => {
  it.each(PROFILES)('profile %s: %i accounts, every line, obligation and total equal', (profile, count) => {
    const random = mulberry32(SEED + PROFILES.findIndex(([p]) => p === profile) * 1_000_003);
    const accounts: RandomAccount[] = [];
    const results: RefResult[] = [];
    const differing: { index: number; what: string; engine: unknown; reference: unknown }[] = [];
    for (let index = 0; index < count; index++) {
      const account = randomAccount(random, profile);
      const ref = referencePenalty(account.input, account.rule);
      accounts.push(account);
      results.push(ref);
      const diff = firstDifference(engineView(engine(account.input, account.rule)), referenceView(ref));
      if (diff) differing.push({ index, ...diff });
    }
    const first = differing[0];
    if (first) {
      const input = (accounts[first.index] as RandomAccount).input;
      const rule = (accounts[first.index] as RandomAccount).rule;
      const shown = differing
        .slice(0, 10)
        .map((d) => `#${d.index}`)
        .concat(differing.length > 10 ? ['…'] : [])
        .join(', ');
      expect(
        first.engine,
        `seed ${SEED}, profile ${profile}: ${differing.length} of ${count} accounts differ ` +
          `(${shown}). First: account #${first.index}, ${first.what} ` +
          `(engine ≠ reference), rule ${rule}, input ${JSON.stringify(input)}`,
      ).toEqual(first.reference);
    }

    // The accounts reached what this profile is for (counts over the reference's own lines and obligations).
    const r = reach(accounts, results);
    expect(r.penaltyKopecks, 'some penalty at all').toBeGreaterThan(0);
    expect(r.capitalRepair, 'capital repair').toBeGreaterThan(0);
    expect(r.namedPayments, 'named payments').toBeGreaterThan(0);
    expect(r.partlyPaid, 'partly paid obligations').toBeGreaterThan(0);
    expect(r.paidOnTime, 'payments on time').toBeGreaterThan(0);
    expect(r.paidLate, 'parts paid late, at their payment day rate').toBeGreaterThan(0);
    expect(r.contractDay, 'a contract due day').toBeGreaterThan(0);
    expect(r.calculationDayRule, "the 'calculation-day' rate rule").toBeGreaterThan(0);
    if (profile === 'any' || profile === 'switch-2016')
      expect(r.oldLaw, 'days under the pre-2016 text').toBeGreaterThan(0);
    if (profile === 'any' || profile === 'moratoria') {
      expect(r.freeDays424, 'Decree 424 days').toBeGreaterThan(0);
      expect(r.freeDays497, 'Decree 497 days').toBeGreaterThan(0);
      expect(r.notFree497, 'April-2022-or-later months bearing penalty during Decree 497').toBeGreaterThan(0);
      expect(r.rate950, 'the 9.5 % cap').toBeGreaterThan(0);
      expect(r.fixedRegime, 'rate dates under «fixed 9.5» (28.02–31.07.2022)').toBeGreaterThan(0);
      expect(r.rateBelow950In2022to2024, 'min(9.5, key) with the key below 9.5').toBeGreaterThan(0);
    }
    if (profile === 'switch-2026') {
      expect(r.due15th, 'the 15th from February 2026').toBeGreaterThan(0);
      expect(r.rate2027, 'rate dates in 2027, after the cap').toBeGreaterThan(0);
    }
  });
});
