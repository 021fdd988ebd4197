/**
 * The demo district is dated by the core's clock, not the computer's: on a core whose «today» is 10.03.2025 the
 * load succeeds, no payment is after that day and the charges end with February 2025. (CI once ran the browser
 * tests, whose clock starts on 06.12.2026, on a later day: the files held payments «from the future» and the
 * import refused them.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJobTask } from '../../electron/core/jobs/run-job-task';
import { openAuthCore, type AuthCore } from '../auth/auth-core';

const MARCH_10_2025 = Date.parse('2025-03-10T09:00:00+03:00');

let t: AuthCore;
beforeEach(async () => {
  t = openAuthCore();
  await t.value(t.connection(), 'auth.setupAdmin', {
    login: 'admin',
    fullName: 'Орлова Татьяна Ивановна',
    password: 'Admin-pass-1',
  });
});
afterEach(async () => {
  await t.core.close();
});

describe('demo load and the clock', () => {
  it('writes the district as of the core’s today, so a past clock loads without refused payments', async () => {
    const outcome = await runJobTask(
      { task: 'demo', accounts: 12, seed: 'clock-test', months: 3 },
      {
        sqlite: t.core.ctx.sqlite,
        dataDir: t.core.ctx.dataDir,
        by: { userId: 1, name: 'Орлова Татьяна Ивановна' },
        nowMs: MARCH_10_2025,
        onProgress: () => {},
      },
    );
    expect(outcome.summary).toContain('демонстрационные сотрудники');
    const sqlite = t.core.ctx.sqlite;
    const last = sqlite.prepare('SELECT max(payment_date) AS lastPayment FROM payments').get() as {
      lastPayment: string;
    };
    expect(last.lastPayment <= '2025-03-10').toBe(true);
    const periods = sqlite.prepare('SELECT min(period) AS first, max(period) AS last FROM charges').get() as {
      first: string;
      last: string;
    };
    expect(periods).toEqual({ first: '2024-12', last: '2025-02' });
  });
});
