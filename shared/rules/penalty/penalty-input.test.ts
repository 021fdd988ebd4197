/**
 * @file The request check shared by the CLI and the UI: what passes, and the Russian message for what does not.
 */
import { describe, expect, it } from 'vitest';
import { parsePenaltyInput } from './penalty-input';

describe('parsePenaltyInput', () => {
  it('accepts the documented shape; kind and payments may be omitted', () => {
    expect(
      parsePenaltyInput({
        calculationDate: '2024-04-18',
        charges: [
          { period: '2019-05', amountKopecks: 100_000 },
          { period: '2019-05', amountKopecks: 0, kind: 'capital_repair' },
        ],
      }),
    ).toEqual({
      ok: true,
      value: {
        calculationDate: '2024-04-18',
        charges: [
          { period: '2019-05', amountKopecks: 100_000 },
          { period: '2019-05', amountKopecks: 0, kind: 'capital_repair' },
        ],
        payments: [],
      },
    });
  });

  it('keeps a named month and a contract day', () => {
    const r = parsePenaltyInput({
      calculationDate: '2024-04-18',
      charges: [],
      payments: [{ date: '2024-01-05', amountKopecks: 1, period: '2023-12' }],
      contractDueDay: 20,
    });
    expect(r).toMatchObject({ ok: true, value: { payments: [{ period: '2023-12' }], contractDueDay: 20 } });
  });

  it.each([
    [null, 'Ожидается объект JSON'],
    [{ charges: [] }, 'calculationDate: ожидается дата'],
    [{ calculationDate: '2024-01-01' }, 'charges: ожидается список начислений'],
    [{ calculationDate: '2024-01-01', charges: [], payments: {} }, 'payments: ожидается список оплат'],
    [{ calculationDate: '2024-01-01', charges: [5] }, 'charges[0]: ожидается объект'],
    [{ calculationDate: '2024-01-01', charges: [{ period: '2024-1', amountKopecks: 1 }] }, 'charges[0].period'],
    [{ calculationDate: '2024-01-01', charges: [{ period: '2024-01', amountKopecks: '100' }] }, 'получено «100»'],
    [{ calculationDate: '2024-01-01', charges: [{ period: '2024-01', amountKopecks: -1 }] }, 'неотрицательное'],
    [
      { calculationDate: '2024-01-01', charges: [], payments: [{ date: '2024-01-01', amountKopecks: 0 }] },
      'положительное',
    ],
    [
      {
        calculationDate: '2024-01-01',
        charges: [],
        payments: [{ date: '2024-01-01', amountKopecks: 5, period: '12.2023' }],
      },
      'payments[0].period',
    ],
    [
      { calculationDate: '2024-01-01', charges: [], contractDueDay: 32 },
      'contractDueDay: ожидается число месяца от 1 до 31',
    ],
    [{ calculationDate: '2024-01-01', charges: [], today: '2024-01-01' }, 'запрос: неизвестное поле «today»'],
    [{ calculationDate: '2024-01-01', charges: [{ period: '2024-01', amountKopecks: 2 ** 53 }] }, 'целое'],
  ])('%j → %s', (raw, message) => {
    const r = parsePenaltyInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });
});
