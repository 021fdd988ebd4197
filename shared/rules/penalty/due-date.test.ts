/**
 * @file The due date by billing month: the 10th, the 15th from the 177-ФЗ switch (February 2026 on the debtor-favourable
 * default), a management contract's day where the law allowed it.
 */
import { describe, expect, it } from 'vitest';
import { dueDateFor } from './due-date';
import type { PenaltyTables } from './legal-tables';
import { SEED_PENALTY_TABLES as T } from './seed/index';

describe('due date', () => {
  it.each([
    ['2015-09', 'housing', undefined, '2015-10-10'],
    ['2019-05', 'housing', undefined, '2019-06-10'],
    ['2025-12', 'housing', undefined, '2026-01-10'],
    ['2026-01', 'housing', undefined, '2026-02-10'], // the last month on the 10th
    ['2026-02', 'housing', undefined, '2026-03-15'], // ⚠️ debtor-favourable default
    ['2026-03', 'housing', undefined, '2026-04-15'],
    ['2026-12', 'housing', undefined, '2027-01-15'], // year rolls over
    ['2024-01', 'capital_repair', undefined, '2024-02-10'],
    ['2024-01', 'housing', 20, '2024-02-20'], // contract day, allowed before 177-ФЗ
    ['2016-11', 'housing', 15, '2016-12-15'],
    ['2024-03', 'housing', 31, '2024-04-30'], // contract day past the month's end
    ['2024-01', 'housing', 31, '2024-02-29'], // leap February
    ['2026-03', 'housing', 20, '2026-04-15'], // no contract day after 177-ФЗ
    ['2026-02', 'housing', 5, '2026-03-15'],
  ] as const)('%s %s contract %s → %s', (period, kind, contract, expected) =>
    expect(dueDateFor(period, kind, T, contract).lastPayDay).toBe(expected),
  );

  it('says why, and names the unconfirmed February 2026 transition only for that month', () => {
    expect(dueDateFor('2026-02', 'housing', T).reason).toContain('⚠️');
    expect(dueDateFor('2026-03', 'housing', T).reason).not.toContain('⚠️');
    expect(dueDateFor('2026-03', 'housing', T, 20).reason).toContain('не применён');
    expect(dueDateFor('2024-01', 'housing', T, 20)).toMatchObject({ contractDayUsed: true });
  });

  it('lets the administrator choose 10.03.2026 for February 2026 by moving one validFrom', () => {
    const strict: PenaltyTables = {
      ...T,
      dueDays: T.dueDays.map((r) => (r.validFrom === '2026-02-01' ? { ...r, validFrom: '2026-03-01' } : r)),
    };
    expect(dueDateFor('2026-02', 'housing', strict).lastPayDay).toBe('2026-03-10');
    expect(dueDateFor('2026-03', 'housing', strict).lastPayDay).toBe('2026-04-15');
  });

  it('takes a regional capital-repair day without touching housing', () => {
    const regional: PenaltyTables = {
      ...T,
      dueDays: [
        ...T.dueDays,
        {
          validFrom: '2014-01-01',
          kinds: ['capital_repair'],
          dueDay: 20,
          contractDayAllowed: false,
          source: 'закон края',
          note: '',
        },
      ],
    };
    expect(dueDateFor('2024-01', 'capital_repair', regional).lastPayDay).toBe('2024-02-20');
    expect(dueDateFor('2024-01', 'housing', regional).lastPayDay).toBe('2024-02-10');
  });
});
