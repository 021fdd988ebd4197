import { describe, expect, it } from 'vitest';
import { PRODUCTION_CALENDAR } from '../calendar/production-calendar-data';
import { addMonthsClamped, addYearsClamped, limitationOf } from './limitation';

const cal = PRODUCTION_CALENDAR;

describe('limitation of a billing month (ГК ст.196, 200, 204, 193)', () => {
  it('3 years from the due date, same day and month; expired only after the last day', () => {
    // 12.2021 due 10.01.2022 → last day 10.01.2025 (a Friday, working)
    const onLastDay = limitationOf('2021-12', '2022-01-10', '2025-01-10', [], cal);
    expect(onLastDay.expiresOn).toBe('2025-01-10');
    expect(onLastDay.expired).toBe(false);
    expect(limitationOf('2021-12', '2022-01-10', '2025-01-11', [], cal).expired).toBe(true);
  });

  it('a Saturday last day moves to Monday', () => {
    // 09.2023 due 10.10.2023 → 10.10.2026 is a Saturday → 12.10.2026
    expect(limitationOf('2023-09', '2023-10-10', '2026-10-12', [], cal)).toMatchObject({
      expiresOn: '2026-10-12',
      expired: false,
    });
    expect(limitationOf('2023-09', '2023-10-10', '2026-10-13', [], cal).expired).toBe(true);
  });

  it('a Sunday before a transferred holiday moves past both (10.05.2026 Sun, 11.05.2026 holiday → 12.05.2026)', () => {
    expect(limitationOf('2023-04', '2023-05-10', '2026-05-12', [], cal).expiresOn).toBe('2026-05-12');
  });

  it('New Year holidays: 10.01.2027 is a Sunday → 11.01.2027', () => {
    expect(limitationOf('2023-12', '2024-01-10', '2026-12-06', [], cal).expiresOn).toBe('2027-01-11');
  });

  it('beyond the calendar only weekends are known, and it says so', () => {
    const m = limitationOf('2026-01', '2026-02-10', '2026-12-06', [], cal);
    expect(m.expiresOn).toBe('2029-02-12'); // 10.02.2029 is a Saturday
    expect(m.outsideCalendar).toBe(true);
    expect(m.reasons.join('\n')).toContain('за пределами производственного календаря');
  });

  it('a pending court order suspends the term: no last day, not expired', () => {
    const m = limitationOf(
      '2021-06',
      '2021-07-10',
      '2026-12-06',
      [{ filed: '2024-03-01', cancelled: null, periods: ['2021-06'] }],
      cal,
    );
    expect(m.expiresOn).toBeNull();
    expect(m.expired).toBe(false);
  });

  it('a cancelled order: the later of E + the days in court and cancellation + 6 months', () => {
    // 06.2021 due 10.07.2021 → E 10.07.2024; filed 01.03.2024, cancelled 15.04.2024 (45 days) → 24.08.2024;
    // cancelled + 6 months = 15.10.2024 (a Tuesday) is later
    const short = limitationOf(
      '2021-06',
      '2021-07-10',
      '2024-10-15',
      [{ filed: '2024-03-01', cancelled: '2024-04-15', periods: ['2021-06'] }],
      cal,
    );
    expect(short.expiresOn).toBe('2024-10-15');
    expect(short.expired).toBe(false);
    // 01.2023 due 10.02.2023 → E 10.02.2026; filed 01.02.2024, cancelled 01.04.2024 (60 days) → 11.04.2026 (Sat) → 13.04.2026;
    // cancelled + 6 months = 01.10.2024 is earlier
    const long = limitationOf(
      '2023-01',
      '2023-02-10',
      '2026-04-14',
      [{ filed: '2024-02-01', cancelled: '2024-04-01', periods: ['2023-01'] }],
      cal,
    );
    expect(long.expiresOn).toBe('2026-04-13');
    expect(long.expired).toBe(true);
  });

  it('an order for other months, or filed after the last day, changes nothing', () => {
    const other = limitationOf(
      '2021-12',
      '2022-01-10',
      '2026-01-01',
      [{ filed: '2024-01-15', cancelled: null, periods: ['2022-01'] }],
      cal,
    );
    expect(other.expiresOn).toBe('2025-01-10');
    const late = limitationOf(
      '2021-12',
      '2022-01-10',
      '2026-01-01',
      [{ filed: '2025-02-01', cancelled: '2025-03-01', periods: ['2021-12'] }],
      cal,
    );
    expect(late.expiresOn).toBe('2025-01-10');
    expect(late.expired).toBe(true);
  });

  it('date helpers clamp to the month end', () => {
    expect(addYearsClamped('2024-02-29', 3)).toBe('2027-02-28');
    expect(addMonthsClamped('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonthsClamped('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-10-15', 3)).toBe('2025-01-15');
  });
});
