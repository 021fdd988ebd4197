/**
 * The schedule of a repayment agreement, by hand: equal instalments with the odd kopecks on the first, due dates month
 * by month from the first one and clamped to month ends, typed rows checked.
 */
import { describe, expect, it } from 'vitest';
import { customSchedule, equalSchedule } from './agreement-schedule';

describe('equal instalments', () => {
  it('1 000,00 ₽ in 3: 333,34 + 333,33 + 333,33 — the odd kopeck on the first', () => {
    const r = equalSchedule(100_000, '2027-01-15', 3);
    expect(r).toEqual({
      ok: true,
      instalments: [
        { seq: 1, dueDate: '2027-01-15', amountKopecks: 33_334 },
        { seq: 2, dueDate: '2027-02-15', amountKopecks: 33_333 },
        { seq: 3, dueDate: '2027-03-15', amountKopecks: 33_333 },
      ],
    });
  });

  it('31.01 → 28.02 → 31.03 → 30.04 (counted from the first date, not from the clamped one)', () => {
    const r = equalSchedule(400_000, '2027-01-31', 4);
    if (!r.ok) throw new Error(r.message);
    expect(r.instalments.map((i) => i.dueDate)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    // 4 000,00 / 4 = 1 000,00 exactly: no remainder.
    expect(r.instalments.map((i) => i.amountKopecks)).toEqual([100_000, 100_000, 100_000, 100_000]);
  });

  it('a leap year: 31.01.2028 → 29.02.2028', () => {
    const r = equalSchedule(200, '2028-01-31', 2);
    if (!r.ok) throw new Error(r.message);
    expect(r.instalments[1]!.dueDate).toBe('2028-02-29');
  });

  it('across the year: 30.11.2026 in 3 → 30.12.2026, 30.01.2027', () => {
    const r = equalSchedule(100_001, '2026-11-30', 3);
    if (!r.ok) throw new Error(r.message);
    // 100 001 kopecks / 3 = 33 333 rem 2 → 33 335 + 33 333 + 33 333.
    expect(r.instalments).toEqual([
      { seq: 1, dueDate: '2026-11-30', amountKopecks: 33_335 },
      { seq: 2, dueDate: '2026-12-30', amountKopecks: 33_333 },
      { seq: 3, dueDate: '2027-01-30', amountKopecks: 33_333 },
    ]);
  });

  it('36 instalments at most, 1 at least, and not less than a kopeck each', () => {
    expect(equalSchedule(100_000, '2027-01-15', 36).ok).toBe(true);
    expect(equalSchedule(100_000, '2027-01-15', 37)).toEqual({ ok: false, message: 'Число платежей — от 1 до 36.' });
    expect(equalSchedule(100_000, '2027-01-15', 0).ok).toBe(false);
    expect(equalSchedule(2, '2027-01-15', 3).ok).toBe(false);
    expect(equalSchedule(0, '2027-01-15', 1).ok).toBe(false);
  });
});

describe('typed rows', () => {
  it('accepts rows adding up to the total with increasing dates', () => {
    const r = customSchedule(150_000, [
      { dueDate: '2027-01-10', amountKopecks: 100_000 },
      { dueDate: '2027-03-10', amountKopecks: 50_000 },
    ]);
    expect(r).toEqual({
      ok: true,
      instalments: [
        { seq: 1, dueDate: '2027-01-10', amountKopecks: 100_000 },
        { seq: 2, dueDate: '2027-03-10', amountKopecks: 50_000 },
      ],
    });
  });

  it('refuses a sum that does not match, naming the difference', () => {
    const r = customSchedule(150_000, [
      { dueDate: '2027-01-10', amountKopecks: 100_000 },
      { dueDate: '2027-02-10', amountKopecks: 49_999 },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message.replace(/\u00a0/g, ' ')).toBe(
        'Платежи графика в сумме 1 499,99 ₽, а сумма соглашения 1 500,00 ₽: не хватает 0,01 ₽.',
      );
  });

  it('refuses dates not increasing, zero sums and a bad date', () => {
    const same = customSchedule(200, [
      { dueDate: '2027-01-10', amountKopecks: 100 },
      { dueDate: '2027-01-10', amountKopecks: 100 },
    ]);
    expect(same).toEqual({
      ok: false,
      message: 'Платёж № 2: срок 10.01.2027 должен быть позже срока платежа № 1 (10.01.2027).',
    });
    expect(customSchedule(100, [{ dueDate: '2027-01-10', amountKopecks: 0 }]).ok).toBe(false);
    expect(customSchedule(100, [{ dueDate: '2027-02-30', amountKopecks: 100 }]).ok).toBe(false);
    expect(customSchedule(100, []).ok).toBe(false);
  });
});
