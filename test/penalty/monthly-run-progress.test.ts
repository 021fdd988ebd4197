/**
 * The monthly penalty run reports its progress as it goes, not only at the end: a 10 000-account district was one
 * chunk of 5 000 ids per thread, so the bar stood at «0 %» for the whole 21 s run and jumped to the end. On a small
 * district with the default chunking (no test-only chunk size) the run now reports many intermediate shares, each
 * with «N из M лицевых счетов» counting up to every open account, and never goes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { accountsOutOf, runMonthlyPenalty } from '../../electron/core/penalty/monthly-penalty-run';
import { NOW, closeDistrictCore, count, openDistrictCore } from './penalty-district';

let core: Core;
beforeAll(async () => {
  core = await openDistrictCore(150, 12);
});
afterAll(async () => {
  await closeDistrictCore(core);
});

describe('monthly penalty run progress', () => {
  it('moves through many intermediate values with accounts done out of the total', async () => {
    const seen: Array<{ stage: string; fraction: number }> = [];
    await runMonthlyPenalty({
      sqlite: core.ctx.sqlite,
      dataDir: core.ctx.dataDir,
      period: '2026-09',
      companyId: null,
      by: { userId: null, name: 'Тестовый сотрудник' },
      nowMs: NOW,
      threads: 2,
      onProgress: (stage, fraction) => seen.push({ stage, fraction }),
    });
    const open = count(core, `SELECT count(*) AS n FROM accounts WHERE status = 'open'`);
    expect(open).toBeGreaterThan(100);
    const intermediate = [...new Set(seen.map((s) => s.fraction).filter((f) => f > 0 && f < 0.85))];
    // 150 ids in chunks of 25: six chunks, each reported.
    expect(intermediate.length).toBeGreaterThanOrEqual(5);
    // Never backwards.
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
    const counted = seen
      .map((s) => /^Расчёт пени за сентябрь 2026: (\d+) из (\d+) лицевых счетов$/.exec(s.stage.replace(/\s/g, ' ')))
      .filter((m) => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])]);
    // One report per chunk: 150 ids in chunks of 25.
    expect(counted).toHaveLength(6);
    expect(counted.every(([, total]) => total === open)).toBe(true);
    expect(counted.at(-1)).toEqual([open, open]);
    expect(counted[0]![0]).toBeLessThan(open);
    expect(seen.at(-1)).toEqual({ stage: 'Готово', fraction: 1 });
  });

  it('counts accounts in Russian with the right plural after «из»', () => {
    expect(accountsOutOf(0, 1)).toBe('0 из 1 лицевого счёта');
    expect(accountsOutOf(2, 3)).toBe('2 из 3 лицевых счетов');
    expect(accountsOutOf(4_500, 10_000).replace(/\s/g, ' ')).toBe('4 500 из 10 000 лицевых счетов');
  });
});
