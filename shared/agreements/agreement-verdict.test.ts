/**
 * The verdict of an agreement by hand. The schedule of most cases: signed 01.12.2026, 3 000,00 ₽ in three
 * instalments of 1 000,00 ₽ due 10.12.2026, 10.01.2027, 10.02.2027; tolerance 100,00 ₽, grace 5 days — so the
 * deadlines are 15.12.2026, 15.01.2027, 15.02.2027 and the cumulative sums due 1 000, 2 000, 3 000 ₽.
 */
import { describe, expect, it } from 'vitest';
import { agreementVerdict, type AgreementPayment } from './agreement-verdict';
import type { Instalment } from './agreement-schedule';

const R = 100;
const SCHEDULE: Instalment[] = [
  { seq: 1, dueDate: '2026-12-10', amountKopecks: 1_000 * R },
  { seq: 2, dueDate: '2027-01-10', amountKopecks: 1_000 * R },
  { seq: 3, dueDate: '2027-02-10', amountKopecks: 1_000 * R },
];
const verdict = (payments: AgreementPayment[], today: string, over: { tolerance?: number; grace?: number } = {}) =>
  agreementVerdict({
    instalments: SCHEDULE,
    payments,
    signedDate: '2026-12-01',
    today,
    toleranceKopecks: over.tolerance ?? 100 * R,
    graceDays: over.grace ?? 5,
  });
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('agreement verdict', () => {
  it('kept so far with nothing paid before the first deadline', () => {
    const v = verdict([], '2026-12-15'); // 15.12 is the deadline itself: still in time
    expect(v.status).toBe('kept');
    expect(v.lines.map((l) => l.status)).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(v.dueToDateKopecks).toBe(1_000 * R);
    expect(nb(v.text)).toBe(
      'Соблюдается: в погашение долга зачтено 0,00 ₽ из 3 000,00 ₽; следующий платёж 1 000,00 ₽ до 10.12.2026.',
    );
  });

  it('the grace edge: nothing paid, on 16.12 (deadline 15.12 + 1) it is broken, shortfall 1 000,00 ₽', () => {
    const v = verdict([], '2026-12-16');
    expect(v.status).toBe('broken');
    expect(v.missed).toEqual({
      seq: 1,
      dueDate: '2026-12-10',
      deadlineDate: '2026-12-15',
      shortfallKopecks: 1_000 * R,
    });
    expect(v.endedDate).toBe('2026-12-16');
    expect(v.lines[0]!.status).toBe('missed');
    expect(nb(v.text)).toBe(
      'Нарушено: платёж № 1 со сроком 10.12.2026 (с отсрочкой до 15.12.2026) не внесён полностью — недоплата 1 000,00 ₽.',
    );
  });

  it('a payment on the last day of grace counts; one a day later does not mend it', () => {
    expect(verdict([{ date: '2026-12-15', amountKopecks: 1_000 * R }], '2026-12-20').status).toBe('kept');
    const late = verdict([{ date: '2026-12-16', amountKopecks: 1_000 * R }], '2026-12-20');
    expect(late.status).toBe('broken');
    expect(late.missed?.seq).toBe(1);
  });

  it('the tolerance edge: exactly 100,00 ₽ short is kept, 100,01 ₽ short is broken', () => {
    // Paid 900,00 by 15.12: due 1 000,00 − tolerance 100,00 = 900,00 → not below → kept.
    const edge = verdict([{ date: '2026-12-10', amountKopecks: 900 * R }], '2026-12-20');
    expect(edge.status).toBe('kept');
    expect(edge.lines[0]!.status).toBe('partly');
    expect(edge.lines[0]!.coveredKopecks).toBe(900 * R);
    // Paid 899,99: 899,99 < 900,00 → missed, shortfall 1 000,00 − 899,99 = 100,01.
    const over = verdict([{ date: '2026-12-10', amountKopecks: 899_99 }], '2026-12-20');
    expect(over.status).toBe('broken');
    expect(over.missed?.shortfallKopecks).toBe(100_01);
  });

  it('counts cumulatively: 2 000,00 ₽ paid at once covers the first two instalments', () => {
    const v = verdict([{ date: '2026-12-05', amountKopecks: 2_000 * R }], '2027-01-20');
    expect(v.status).toBe('kept');
    expect(v.lines.map((l) => l.status)).toEqual(['paid', 'paid', 'upcoming']);
    expect(v.next).toEqual({ seq: 3, dueDate: '2027-02-10', remainingKopecks: 1_000 * R });
  });

  it('kept and then broken: the first paid, nothing for the second by 15.01 → broken on 16.01', () => {
    const payments = [{ date: '2026-12-09', amountKopecks: 1_000 * R }];
    expect(verdict(payments, '2027-01-15').status).toBe('kept');
    const v = verdict(payments, '2027-01-16');
    expect(v.status).toBe('broken');
    // Σ due 1…2 = 2 000,00; paid by 15.01 = 1 000,00 → short 1 000,00.
    expect(v.missed).toEqual({
      seq: 2,
      dueDate: '2027-01-10',
      deadlineDate: '2027-01-15',
      shortfallKopecks: 1_000 * R,
    });
    expect(v.lines.map((l) => l.status)).toEqual(['paid', 'missed', 'upcoming']);
  });

  it('a reversal is netted: 1 000,00 paid, 1 000,00 reversed before the deadline → broken', () => {
    const v = verdict(
      [
        { date: '2026-12-09', amountKopecks: 1_000 * R },
        { date: '2026-12-12', amountKopecks: -1_000 * R },
      ],
      '2026-12-16',
    );
    expect(v.status).toBe('broken');
    expect(v.paidKopecks).toBe(0);
  });

  it('payments before signing and after today are not counted', () => {
    const v = verdict(
      [
        { date: '2026-11-30', amountKopecks: 3_000 * R },
        { date: '2026-12-20', amountKopecks: 3_000 * R },
      ],
      '2026-12-16',
    );
    expect(v.status).toBe('broken');
    expect(v.paidKopecks).toBe(0);
  });

  it('completed when 2 900,00 ₽ (total less the tolerance) is paid, even before the last due date', () => {
    const v = verdict(
      [
        { date: '2026-12-10', amountKopecks: 1_000 * R },
        { date: '2027-01-05', amountKopecks: 1_900 * R },
      ],
      '2027-01-06',
    );
    expect(v.status).toBe('completed');
    expect(v.endedDate).toBe('2027-01-05');
    expect(nb(v.text)).toBe('Исполнено: в погашение долга зачтено 2 900,00 ₽ из 3 000,00 ₽.');
  });

  it('without grace days the deadline is the due date itself', () => {
    const v = verdict([], '2026-12-11', { grace: 0 });
    expect(v.status).toBe('broken');
    expect(nb(v.text)).toBe('Нарушено: платёж № 1 со сроком 10.12.2026 не внесён полностью — недоплата 1 000,00 ₽.');
  });
});
