/**
 * The penalty a УК's claim demands: the engine's lines restricted to the УК's obligations — capital repair left
 * out, a social-tenancy month's housing line taken in the УК's share of the month's charge, time-barred months
 * left out (ГК ст.207) unless the setting demands them. Hand-made lines and months; kopecks worked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { AccountDebt, DebtMonth } from '../../debt/account-debt';
import type { PenaltyLine, PenaltyResult } from '../../rules/penalty/penalty-types';
import { claimPenalty } from './claim-penalty';

function line(period: string, kind: PenaltyLine['kind'], baseKopecks: number, penaltyKopecks: number): PenaltyLine {
  return {
    period,
    kind,
    from: '2026-10-01',
    to: '2026-10-31',
    days: 31,
    delayDayFrom: 31,
    delayDayTo: 61,
    baseKopecks,
    rateBasisPoints: 950,
    rateDates: ['2026-11-14'],
    fraction: { num: 1n, den: 300n } as unknown as PenaltyLine['fraction'],
    moratorium: false,
    moratoriumId: null,
    scaleId: 'ch14',
    penaltyKopecks,
  };
}

function month(
  period: string,
  limitationExpiresOn: string,
  services: Array<[string, DebtMonth['services'][number]['creditor'], number]>,
): DebtMonth {
  const charged = services.reduce((a, [, , k]) => a + k, 0);
  return {
    period,
    dueDate: `${period}-28`,
    limitationExpiresOn,
    status: 'overdue',
    chargedKopecks: charged,
    paidKopecks: 0,
    openKopecks: charged,
    services: services.map(([service, creditor, k]) => ({
      service,
      creditor,
      chargedKopecks: k,
      paidKopecks: 0,
      openKopecks: k,
    })),
  };
}

const debt = {
  asOf: '2026-11-14',
  months: [
    // Past the limitation period on 14.11.2026.
    month('2021-10', '2024-11-11', [['Содержание жилого помещения', 'management_company', 1_000_000]]),
    // An owner's month: upkeep (УК) and capital repair (the operator).
    month('2026-08', '2029-09-17', [
      ['Содержание жилого помещения', 'management_company', 1_000_000],
      ['Взнос на капитальный ремонт', 'capital_repair_operator', 300_000],
    ]),
    // A social tenant's month: upkeep 16 000,00 (УК) and rent 4 000,00 (the landlord) in one housing obligation.
    month('2026-09', '2029-10-15', [
      ['Содержание жилого помещения', 'management_company', 1_600_000],
      ['Социальный наём', 'landlord', 400_000],
    ]),
  ],
} as unknown as AccountDebt;

const engine = {
  calculationDate: '2026-11-14',
  tablesVersion: 'test',
  totalKopecks: 50_000 + 3_167 + 1_250 + 1_001,
  lines: [
    line('2021-10', 'housing', 1_000_000, 50_000),
    line('2026-08', 'housing', 1_000_000, 3_167),
    line('2026-08', 'capital_repair', 300_000, 1_250),
    line('2026-09', 'housing', 2_000_000, 1_001),
  ],
  reasons: [],
  obligations: [],
  advanceKopecks: 0,
} as unknown as PenaltyResult;

describe('claimPenalty', () => {
  it('keeps the УК’s lines: owner’s housing whole, capital repair out, social month in the УК’s share, time-barred out', () => {
    const p = claimPenalty(engine, debt, 'management_company', { includeTimeBarred: false });
    expect(p.lines.map((l) => [l.period, l.kind, l.baseKopecks, l.penaltyKopecks])).toEqual([
      ['2026-08', 'housing', 1_000_000, 3_167],
      // 16 000 / 20 000 = 4/5: base 20 000,00 → 16 000,00; penalty 10,01 → 8,008 → 8,01 (half up).
      ['2026-09', 'housing', 1_600_000, 801],
    ]);
    expect(p.totalKopecks).toBe(3_968);
    expect(p.proportional).toBe(true);
    expect(p.timeBarredPeriods).toEqual(['2021-10']);
  });

  it('keeps time-barred months when the setting demands them', () => {
    const p = claimPenalty(engine, debt, 'management_company', { includeTimeBarred: true });
    expect(p.lines.map((l) => l.period)).toEqual(['2021-10', '2026-08', '2026-09']);
    expect(p.totalKopecks).toBe(53_968);
    expect(p.timeBarredPeriods).toEqual([]);
  });

  it('gives the regional operator only the capital-repair line', () => {
    const p = claimPenalty(engine, debt, 'capital_repair_operator', { includeTimeBarred: false });
    expect(p.lines.map((l) => [l.period, l.kind, l.penaltyKopecks])).toEqual([['2026-08', 'capital_repair', 1_250]]);
    expect(p.totalKopecks).toBe(1_250);
  });
});
