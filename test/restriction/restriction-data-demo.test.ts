/**
 * @file The demo load brings measure 8's illustrative norms and tariffs (sewage, hot water) with the district, as it
 * brings the demo courts: marked ILLUSTRATIVE, journaled, and never twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAuthCore, type AuthCore } from '../auth/auth-core';
import { runJobTask } from '../../electron/core/jobs/run-job-task';
import { addDemoServiceNorms } from '../../electron/core/demo/demo-service-norms';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
let t: AuthCore;

beforeEach(() => {
  t = openAuthCore();
});
afterEach(async () => {
  await t.core.close();
});

describe('demo norms', () => {
  it('are loaded with the demo district: sewage and hot water from three dates, marked illustrative', async () => {
    const by = { userId: null, name: 'тест' };
    await runJobTask(
      { task: 'demo', accounts: 12, seed: 'norms-test', months: 3 },
      { sqlite: t.core.ctx.sqlite, dataDir: t.core.ctx.dataDir, by, nowMs: NOW, onProgress: () => {} },
    );
    const rows = t.core.ctx.sqlite
      .prepare<[], { service: string; from: string; note: string; tariff: number }>(
        `SELECT service, valid_from_date AS "from", note, tariff_kopecks AS tariff FROM service_norms ORDER BY service, valid_from_date`,
      )
      .all();
    expect(rows.map((r) => `${r.service} ${r.from}`)).toEqual([
      'Водоотведение 2025-07-01',
      'Водоотведение 2026-01-01',
      'Водоотведение 2026-10-01',
      'Горячее водоснабжение 2025-07-01',
      'Горячее водоснабжение 2026-01-01',
      'Горячее водоснабжение 2026-10-01',
    ]);
    expect(rows.every((r) => r.note.startsWith('ILLUSTRATIVE'))).toBe(true);
    // The demo's sewage tariff of July 2025: 45 ₽ × 1,119 (the Moscow-region step) = 50,36 ₽ (50,355 rounded).
    expect(rows[0]!.tariff).toBe(5036);
    expect(addDemoServiceNorms(t.core.ctx.sqlite, by, NOW)).toBe(0);
    const journal = t.core.ctx.sqlite
      .prepare<[], { n: number }>(`SELECT count(*) AS n FROM actions WHERE kind = 'restriction.data'`)
      .get()!;
    expect(journal.n).toBe(1);
  });
});
