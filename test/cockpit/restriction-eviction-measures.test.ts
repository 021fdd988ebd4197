/**
 * The cockpit for measures 8 and 12 on a small fixture. Measure 8 counts the steps of restriction: this month two
 * warnings delivered, one service restricted and one restored → «4 шага», with the breakdown; a warning made but not
 * delivered is not a step; a delivery in October counts in October's bar only. Measure 12 counts social tenants
 * whose eviction case was opened: accounts 1 and 2 this month (account 1 twice — still one), a checklist entry is not
 * an opening.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import type { Cockpit } from '../../shared/api/contract-work';
import { call } from '../calls/demo-district';
import { seedCourtFixture } from '../court/package-fixture';
import { writeJournal } from '../../electron/core/journal/journal-writer';
import type { JournalKind } from '../../shared/journal/journal-kinds';

const NOW = Date.parse('2026-12-06T09:00:00Z');

describe('cockpit: measures 8 and 12', () => {
  let core: Core;
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-cockpit-8-12-'));
    core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
    seedCourtFixture(core);
    const s = core.ctx.sqlite;
    const accounts = s.prepare('SELECT id FROM accounts ORDER BY id LIMIT 2').all() as Array<{ id: number }>;
    const [a1, a2] = accounts.map((a) => a.id) as [number, number];
    const by = { userId: null, name: 'тест' };
    const log = (kind: JournalKind, actionDate: string, accountId: number) =>
      writeJournal(s, by, NOW, { kind, summary: kind, accountId, actionDate });
    log('restriction.warning', '2026-12-01', a1);
    log('restriction.delivered', '2026-12-02', a1);
    log('restriction.delivered', '2026-12-06', a2);
    log('restriction.restricted', '2026-12-03', a1);
    log('restriction.restored', '2026-12-05', a1);
    log('restriction.delivered', '2026-10-15', a2);
    log('eviction.case_opened', '2026-12-01', a1);
    log('eviction.case_opened', '2026-12-04', a1);
    log('eviction.case_opened', '2026-12-04', a2);
    log('eviction.checklist', '2026-12-05', a2);
  });
  afterAll(async () => {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('measure 8: warnings delivered, restrictions and restorations', async () => {
    const m = (await call<Cockpit>(core, 'cockpit.get', {})).measures.find((x) => x.measure === 8)!;
    expect(m).toMatchObject({
      unit: 'restriction_steps',
      readiness: 'ready',
      today: 1,
      month: 4,
      monthText: '4 шага',
      detail: 'предупреждений доставлено 2, ограничено 1, восстановлено 1',
    });
    expect(m.history.map((h) => h.count)).toEqual([0, 0, 0, 1, 0, 4]);
  });

  it('measure 12: social tenants whose eviction case was opened', async () => {
    const m = (await call<Cockpit>(core, 'cockpit.get', {})).measures.find((x) => x.measure === 12)!;
    expect(m).toMatchObject({ unit: 'accounts', readiness: 'ready', month: 2, monthText: '2' });
  });
});
