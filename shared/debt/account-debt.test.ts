import { describe, expect, it } from 'vitest';
import { PRODUCTION_CALENDAR } from '../calendar/production-calendar-data';
import { SEED_PENALTY_TABLES } from '../rules/penalty/seed/index';
import { accountDebt, debtForCreditor, type DebtCharge, type DebtTables } from './account-debt';
import { creditorLookup, SEED_SERVICE_CREDITORS } from './creditors';

const tables: DebtTables = {
  penalty: SEED_PENALTY_TABLES,
  creditorOf: creditorLookup(SEED_SERVICE_CREDITORS),
  calendar: PRODUCTION_CALENDAR,
};
const UPKEEP = 'Содержание жилого помещения';
const COLD = 'Холодное водоснабжение';
const CAPITAL = 'Взнос на капитальный ремонт';
const RENT = 'Социальный наём';

const month = (period: string): DebtCharge[] => [
  { period, service: UPKEEP, kopecks: 200_000 },
  { period, service: COLD, kopecks: 100_000 },
  { period, service: CAPITAL, kopecks: 50_000 },
];

describe('accountDebt: overdue, not yet due, time-barred', () => {
  // Charges 3 500,00 ₽ a month (2 000 upkeep + 1 000 water + 500 capital repair) for 09, 10, 11.2026.
  // 05.10.2026 pays 3 500,00 → September (due 15.10.2026) in full; 20.11.2026 pays 1 000,00 → October's housing part.
  const input = {
    charges: [...month('2026-09'), ...month('2026-10'), ...month('2026-11')],
    payments: [
      { date: '2026-10-05', kopecks: 350_000, period: null },
      { date: '2026-11-20', kopecks: 100_000, period: null },
    ],
  };

  it('the November charge, due 15.12.2026, is not yet debt on 06.12.2026', () => {
    const d = accountDebt({ ...input, asOf: '2026-12-06' }, tables);
    // October: 3 500,00 − 1 000,00 = 2 500,00 overdue since 16.11.2026; November 3 500,00 not yet due.
    expect(d.overdueKopecks).toBe(250_000);
    expect(d.notYetDueKopecks).toBe(350_000);
    expect(d.timeBarredKopecks).toBe(0);
    expect(d.balanceKopecks).toBe(600_000);
    expect(d.monthsInArrears).toBe(1);
    expect(d.debtSincePeriod).toBe('2026-10');
    expect(d.lastPaymentDate).toBe('2026-11-20');
    expect(d.lastPaymentKopecks).toBe(100_000);
    expect(d.months.map((m) => [m.period, m.dueDate, m.status, m.openKopecks])).toEqual([
      ['2026-09', '2026-10-15', 'paid', 0],
      ['2026-10', '2026-11-15', 'overdue', 250_000],
      ['2026-11', '2026-12-15', 'not_yet_due', 350_000],
    ]);
  });

  it('on the due date itself the month is still on time; the day after it is overdue', () => {
    expect(accountDebt({ ...input, asOf: '2026-12-15' }, tables).overdueKopecks).toBe(250_000);
    const after = accountDebt({ ...input, asOf: '2026-12-16' }, tables);
    expect(after.overdueKopecks).toBe(600_000);
    expect(after.notYetDueKopecks).toBe(0);
    expect(after.monthsInArrears).toBe(2);
  });

  it("shares the paid money among a month's services in proportion, to the kopeck", () => {
    const d = accountDebt({ ...input, asOf: '2026-12-06' }, tables);
    const october = d.months[1]!;
    // 1 000,00 ₽ over upkeep 2 000 and water 1 000: 666,67 and 333,33 (largest remainder); capital repair unpaid.
    expect(october.services).toEqual([
      {
        service: UPKEEP,
        creditor: 'management_company',
        chargedKopecks: 200_000,
        paidKopecks: 66_667,
        openKopecks: 133_333,
      },
      {
        service: COLD,
        creditor: 'management_company',
        chargedKopecks: 100_000,
        paidKopecks: 33_333,
        openKopecks: 66_667,
      },
      {
        service: CAPITAL,
        creditor: 'capital_repair_operator',
        chargedKopecks: 50_000,
        paidKopecks: 0,
        openKopecks: 50_000,
      },
    ]);
    const uk = debtForCreditor(d, 'management_company');
    expect(uk.overdueKopecks).toBe(200_000);
    expect(uk.notYetDueKopecks).toBe(300_000);
    expect(debtForCreditor(d, 'capital_repair_operator').overdueKopecks).toBe(50_000);
  });

  it('marks months past the limitation period, after a named payment, a credit month and a reversal', () => {
    const d = accountDebt(
      {
        asOf: '2026-12-06',
        charges: [
          { period: '2021-10', service: UPKEEP, kopecks: 100_000 }, // due 10.11.2021 → last day 11.11.2024 (10th a Sunday)
          { period: '2023-12', service: UPKEEP, kopecks: 100_000 }, // due 10.01.2024 → last day 11.01.2027
          { period: '2024-03', service: UPKEEP, kopecks: -30_000 }, // a recalculation: a credit of 300,00 on 01.04.2024
        ],
        payments: [
          { date: '2024-02-01', kopecks: 50_000, period: '2023-12' }, // named: to 12.2023, not to the older month
          { date: '2024-05-01', kopecks: 20_000, period: null },
          { date: '2024-05-03', kopecks: -20_000, period: null }, // reversed
        ],
      },
      tables,
    );
    // 10.2021: 1 000,00 − credit 300,00 = 700,00, time-barred; 12.2023: 1 000,00 − 500,00 = 500,00, overdue.
    expect(d.overdueKopecks).toBe(120_000);
    expect(d.timeBarredKopecks).toBe(70_000);
    expect(d.monthsInArrears).toBe(2);
    expect(d.debtSincePeriod).toBe('2021-10');
    expect(d.months.find((m) => m.period === '2021-10')).toMatchObject({
      status: 'time_barred',
      limitationExpiresOn: '2024-11-11',
    });
    expect(d.months.find((m) => m.period === '2023-12')).toMatchObject({
      status: 'overdue',
      limitationExpiresOn: '2027-01-11',
    });
    expect(d.balanceKopecks).toBe(120_000);
  });

  it('a contract due day moves the due date, not the limitation (which counts from the default day)', () => {
    const d = accountDebt(
      {
        asOf: '2021-11-20',
        charges: [{ period: '2021-10', service: UPKEEP, kopecks: 100_000 }],
        payments: [],
        contractDueDay: 25,
      },
      tables,
    );
    expect(d.months[0]).toMatchObject({
      dueDate: '2021-11-25',
      status: 'not_yet_due',
      limitationExpiresOn: '2024-11-11',
    });
    expect(d.overdueKopecks).toBe(0);
  });

  it("social-tenancy rent is owed to the landlord; a negative line reduces the month's other services alike", () => {
    const d = accountDebt(
      {
        asOf: '2026-12-06',
        charges: [
          { period: '2026-10', service: RENT, kopecks: 40_000 },
          { period: '2026-10', service: UPKEEP, kopecks: 60_000 },
          { period: '2026-10', service: 'Электроэнергия', kopecks: -10_000 },
        ],
        payments: [{ date: '2026-11-10', kopecks: 45_000, period: null }],
      },
      tables,
    );
    // Net 900,00 shared 40:60 → rent 360,00, upkeep 540,00; paid 450,00 → 180,00 and 270,00.
    expect(
      d.months[0]!.services.map((s) => [s.service, s.creditor, s.chargedKopecks, s.paidKopecks, s.openKopecks]),
    ).toEqual([
      [RENT, 'landlord', 36_000, 18_000, 18_000],
      [UPKEEP, 'management_company', 54_000, 27_000, 27_000],
    ]);
    expect(debtForCreditor(d, 'landlord').overdueKopecks).toBe(18_000);
    expect(debtForCreditor(d, 'management_company').overdueKopecks).toBe(27_000);
    expect(d.overdueKopecks).toBe(45_000);
  });

  it('an overpayment is an advance: no debt at all', () => {
    const d = accountDebt(
      {
        asOf: '2026-12-06',
        charges: month('2026-10'),
        payments: [{ date: '2026-11-01', kopecks: 400_000, period: null }],
      },
      tables,
    );
    expect(d.overdueKopecks).toBe(0);
    expect(d.advanceKopecks).toBe(50_000);
    expect(d.balanceKopecks).toBe(-50_000);
    expect(d.monthsInArrears).toBe(0);
  });
});
