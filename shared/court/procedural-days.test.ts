/**
 * The objection window to a court order, counted by hand from the production calendar
 * (shared/data/production-calendar.csv, 2026: 01.05 holiday, 09.05 holiday (Saturday), 11.05 holiday moved from
 * 09.05; 30.04 and 08.05 are short working days).
 */
import { describe, expect, it } from 'vitest';
import { PRODUCTION_CALENDAR } from '../calendar/production-calendar-data';
import { objectionDeadline, orderInForceFrom, workingDaysAfter } from './procedural-days';

describe('objection window (ГПК ст.128, ст.107 ч.3)', () => {
  it('over the May holidays of 2026: received 28.04 → last day 14.05, in force from 15.05', () => {
    // Received Tuesday 28.04.2026; the term runs from the next day, working days only:
    //  1 — Wed 29.04, 2 — Thu 30.04 (short, working), [Fri 01.05 holiday, Sat 02.05, Sun 03.05],
    //  3 — Mon 04.05, 4 — Tue 05.05, 5 — Wed 06.05, 6 — Thu 07.05, 7 — Fri 08.05 (short, working),
    //  [Sat 09.05 holiday, Sun 10.05, Mon 11.05 holiday moved from 09.05],
    //  8 — Tue 12.05, 9 — Wed 13.05, 10 — Thu 14.05.
    const term = objectionDeadline('2026-04-28', PRODUCTION_CALENDAR);
    expect(term.lastDay).toBe('2026-05-14');
    expect(term.skipped).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-09', '2026-05-10', '2026-05-11']);
    expect(term.covered).toBe(true);
    expect(orderInForceFrom(term.lastDay)).toBe('2026-05-15');
  });

  it('an ordinary fortnight: received Monday 16.11.2026 → Monday 30.11.2026', () => {
    // 17,18,19,20 (4), [21,22], 23,24,25,26,27 (9), [28,29], 30 (10).
    expect(objectionDeadline('2026-11-16', PRODUCTION_CALENDAR).lastDay).toBe('2026-11-30');
  });

  it('received on a Saturday: the count starts on Monday', () => {
    // Sat 14.11.2026 received; [Sun 15], 16..20 (5), [21,22], 23..27 (10).
    expect(objectionDeadline('2026-11-14', PRODUCTION_CALENDAR).lastDay).toBe('2026-11-27');
  });

  it('over the New Year: received 25.12.2026 (Friday)', () => {
    // [26, 27], 28, 29, 30 (3), [31.12 moved holiday], [01–08.01.2027 holidays], [09, 10 weekend],
    // Mon 11.01 (4), 12, 13, 14, 15 (8), [16, 17], 18 (9), 19 (10).
    expect(objectionDeadline('2026-12-25', PRODUCTION_CALENDAR).lastDay).toBe('2027-01-19');
  });

  it('one working day', () => {
    expect(workingDaysAfter('2026-04-30', 1, PRODUCTION_CALENDAR).lastDay).toBe('2026-05-04');
  });
});
