/**
 * @file `duty --claim-kopecks N --filed ГГГГ-ММ-ДД --kind court_order|lawsuit [--json]` through the real CLI entry on
 * a fresh data folder (the court work's fixed contract): the duty by hand from НК РФ ст.333.19, the explanation,
 * and every kind of bad input refused with a Russian message and exit code 1.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { makeTempDir } from '../support/temp-dir';

let dataDir: string;
beforeAll(() => {
  dataDir = path.join(makeTempDir(), 'data');
});

async function duty(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['duty', ...args, '--data-dir', dataDir], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe('duty --json', () => {
  it.each([
    // [claim kopecks, filed, kind, duty kopecks, scale]
    // 12 345,67 × 4 % = 493,8268 → 494 ₽ (old scale); the order 246,9134 → 247 ₽
    ['1234567', '2024-09-08', 'lawsuit', 49_400, '2005-01-01'],
    ['1234567', '2024-09-08', 'court_order', 24_700, '2005-01-01'],
    // the same claim from 09.09.2024: 4 000 ₽ fixed, the order 2 000 ₽
    ['1234567', '2024-09-09', 'lawsuit', 400_000, '2024-09-09'],
    ['1234567', '2024-09-09', 'court_order', 200_000, '2024-09-09'],
    // 703 841 ₽: 15 000 + 2 % × 203 841 = 19 076,82 → 19 077 ₽; the order 9 538,41 → 9 538 ₽
    ['70384100', '2026-12-06', 'lawsuit', 1_907_700, '2024-09-09'],
    ['70384100', '2026-12-06', 'court_order', 953_800, '2024-09-09'],
  ])('claim %s kopecks filed %s as %s → %d kopecks', async (claim, filed, kind, expected, scaleFrom) => {
    const r = await duty('--claim-kopecks', claim, '--filed', filed, '--kind', kind, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(json).toMatchObject({ dutyKopecks: expected, claimKopecks: Number(claim), filed, kind, scaleFrom });
    expect(Array.isArray(json.explanation)).toBe(true);
    expect((json.explanation as string[]).length).toBeGreaterThan(1);
  });

  it('answers in Russian without --json, with the explanation', async () => {
    const r = await duty('--claim-kopecks', '1234567', '--filed', '2024-09-08', '--kind', 'court_order');
    expect(r.code).toBe(0);
    const text = r.out.replace(/\u00a0/g, ' ');
    expect(text).toContain('Госпошлина: 247 ₽ — судебный приказ, цена иска 12 345,67 ₽, подача 08.09.2024.');
    expect(text).toContain('4 % = 493,8268 ₽');
    expect(text).toContain('Округление до полного рубля (НК РФ ст.52 п.6): 247 ₽');
  });

  it('prints its help', async () => {
    const r = await duty('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--claim-kopecks');
    expect(r.out).toContain('court_order|lawsuit');
  });
});

describe('duty: bad input → a Russian message, exit 1', () => {
  it.each([
    [['--claim-kopecks', '12.5', '--filed', '2024-09-09', '--kind', 'lawsuit'], 'целое число копеек'],
    [['--claim-kopecks', 'abc', '--filed', '2024-09-09', '--kind', 'lawsuit'], 'укажите целое число копеек'],
    [['--claim-kopecks', '0', '--filed', '2024-09-09', '--kind', 'lawsuit'], 'должна быть больше нуля'],
    [['--claim-kopecks', '-5', '--filed', '2024-09-09', '--kind', 'lawsuit'], 'должна быть больше нуля'],
    [
      ['--claim-kopecks', '100000', '--filed', '2026-02-30', '--kind', 'lawsuit'],
      'такой даты нет в календаре — 30.02.2026',
    ],
    [['--claim-kopecks', '100000', '--filed', '06.12.2026', '--kind', 'lawsuit'], 'в виде ГГГГ-ММ-ДД'],
    [
      ['--claim-kopecks', '100000', '--filed', '2026-12-06', '--kind', 'appeal'],
      'court_order (судебный приказ) или lawsuit',
    ],
    [['--filed', '2026-12-06', '--kind', 'lawsuit'], '--claim-kopecks'],
    [['--claim-kopecks', '100000', '--kind', 'lawsuit'], '--filed'],
    [['--claim-kopecks', '100000', '--filed', '2026-12-06'], '--kind'],
    [['--claim-kopecks', '--filed', '2026-12-06', '--kind', 'lawsuit'], 'нужно значение'],
    [
      ['--claim-kopecks', '100000', '--filed', '2026-12-06', '--kind', 'lawsuit', '--colour', 'red'],
      'Неизвестный параметр «--colour»',
    ],
    [
      ['--claim-kopecks', '100000', '--filed', '2004-12-31', '--kind', 'lawsuit'],
      'Шкала госпошлины для даты подачи 31.12.2004 не задана.',
    ],
  ])('%j', async (args, message) => {
    const r = await duty(...args);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });
});
