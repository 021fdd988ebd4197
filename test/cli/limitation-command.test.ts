/**
 * @file `limitation --input FILE.json --json` (the court work's fixed contract), with last days worked by hand from
 * ГК ст.196, 200, 204 and the production calendar.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { makeTempDir } from '../support/temp-dir';

async function limitation(input: unknown): Promise<{ code: number; out: string; err: string }> {
  const dir = makeTempDir();
  const file = path.join(dir, 'input.json');
  fs.writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  let out = '';
  let err = '';
  const code = await runCli(['limitation', '--input', file, '--json', '--data-dir', path.join(dir, 'data')], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe('limitation --input FILE.json --json', () => {
  it('answers month by month: due + 3 years, court orders, the next working day', async () => {
    const r = await limitation({
      asOf: '2026-12-06',
      periods: ['2021-06', '2023-04', '2023-09', '2026-02'],
      courtOrders: [
        { filed: '2024-03-01', cancelled: '2024-04-15', periods: ['2021-06'] },
        { filed: '2026-01-20', cancelled: null, periods: ['2023-09'] },
      ],
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const months = (
      JSON.parse(r.out) as { months: Array<{ period: string; expiresOn: string | null; expired: boolean }> }
    ).months;
    expect(months.map((m) => [m.period, m.expiresOn, m.expired])).toEqual([
      // due 10.07.2021 → 10.07.2024; order 01.03–15.04.2024 (45 days) → 24.08.2024, but cancelled + 6 months = 15.10.2024
      ['2021-06', '2024-10-15', true],
      // due 10.05.2023 → 10.05.2026 (Sunday), 11.05.2026 a holiday → 12.05.2026
      ['2023-04', '2026-05-12', true],
      // a pending court order suspends the term
      ['2023-09', null, false],
      // February 2026 is due 15.03.2026 (the 15th) → 15.03.2029, beyond the calendar (a Thursday)
      ['2026-02', '2029-03-15', false],
    ]);
  });

  it('refuses an impossible date with the schema’s Russian message, each with its path in the file, exit 2', async () => {
    const r = await limitation({ asOf: '2026-02-30', periods: ['2021-13'] });
    expect(r.code).toBe(2);
    expect(r.err).toContain('asOf: Дата: такой даты нет в календаре — 30.02.2026.');
    expect(r.err).toContain('periods.0: Расчётный месяц: месяца 13 не бывает — 2021-13.');
  });
});
