/**
 * The writ's presentation deadline by the contract of issue 13. Every expected date is counted by hand from the
 * production calendar (2025-03-15 a Saturday; 1–9 January 2026 holidays, 10–11 January a weekend; 2027-02-28 a Sunday).
 */
import { describe, expect, it } from 'vitest';
import { addYears, writDeadline } from './writ-deadline';
import { PRODUCTION_CALENDAR } from '../calendar/production-calendar-data';

const run = (start: string, events: Array<[string, string]>, asOf: string) =>
  writDeadline(
    { start, events: events.map(([type, date]) => ({ type: type as 'presented', date })), asOf },
    PRODUCTION_CALENDAR,
  );

describe('writDeadline', () => {
  it('adds three years; 29 February falls back to the 28th', () => {
    expect(addYears('2023-05-13', 3)).toBe('2026-05-13');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });

  it('a last day on a Saturday moves to Monday, and the day after it is expired', () => {
    const r = run('2022-03-15', [], '2025-03-18');
    expect(r).toMatchObject({ deadline: '2025-03-17', lastDay: '2025-03-15', expired: true, withBailiff: false });
    expect(run('2022-03-15', [], '2025-03-17').expired).toBe(false);
  });

  it('a last day in the New Year holidays moves past them and the weekend', () => {
    expect(run('2023-01-01', [], '2025-12-01').deadline).toBe('2026-01-12');
  });

  it('29 February + 3 years is a Sunday: Monday 1 March 2027', () => {
    expect(run('2024-02-29', [], '2026-12-06').deadline).toBe('2027-03-01');
  });

  it('presented on the moved last day: with the bailiff, no deadline, not expired', () => {
    expect(run('2022-03-15', [['presented', '2025-03-17']], '2026-12-06')).toMatchObject({
      deadline: null,
      expired: false,
      withBailiff: true,
    });
  });

  it('presented after the last day changes nothing', () => {
    expect(run('2022-03-15', [['presented', '2025-03-18']], '2026-12-06')).toMatchObject({
      deadline: '2025-03-17',
      expired: true,
      withBailiff: false,
    });
  });

  it('returned from the bailiff: three years from the return', () => {
    const r = run(
      '2022-03-15',
      [
        ['returned', '2024-06-03'],
        ['presented', '2023-01-10'],
      ],
      '2026-12-06',
    );
    expect(r).toMatchObject({ deadline: '2027-06-03', expired: false, daysLeft: 179 });
  });

  it('a partial payment with the creditor restarts the term; with the bailiff it does nothing', () => {
    expect(run('2021-01-20', [['partial_payment', '2023-06-01']], '2026-12-06')).toMatchObject({
      deadline: '2026-06-01',
      expired: true,
    });
    const r = run(
      '2021-01-20',
      [
        ['presented', '2022-02-01'],
        ['partial_payment', '2023-06-01'],
        ['returned', '2023-09-04'],
      ],
      '2026-12-06',
    );
    expect(r.deadline).toBe('2026-09-04');
  });

  it('a partial payment after the term ran out does not revive it; a return without presentation is ignored', () => {
    expect(
      run(
        '2020-01-20',
        [
          ['partial_payment', '2023-06-01'],
          ['returned', '2023-07-03'],
        ],
        '2026-12-06',
      ).deadline,
    ).toBe('2023-01-20');
  });
});
