/**
 * The cockpit for measures 10 and 11 on a small fixture. Measure 10 — writs sent to the bailiffs against all received:
 * two writs sent this month (journal «fssp.writ_sent»), one received and one returned still waiting → «2 из 4
 * документов»; one sent in November counts in November's bar only. Measure 11 — one reconciliation, one raid and
 * three petitions this month → «5 действий», a petition in September is outside the quarter.
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

describe('cockpit: measures 10 and 11', () => {
  let core: Core;
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-cockpit-fssp-'));
    core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
    seedCourtFixture(core);
    const s = core.ctx.sqlite;
    const writ = s.prepare(
      `INSERT INTO writs (kind, number, act_date, term_start_date, court_name, account_id, management_company_id,
         debtor_person_id, debtor_name, principal_kopecks, penalty_kopecks, duty_kopecks, total_kopecks, received_date,
         status, source, created_by, created_at_ms, updated_at_ms)
       VALUES ('court_order', ?, '2026-09-01', '2026-09-01', 'Судебный участок № 123', 1, 1, 1, 'Иванов Иван Иванович',
         100000, 0, 0, 100000, '2026-10-01', ?, 'manual', 'тест', 0, 0)`,
    );
    ['sent', 'sent', 'sent', 'received', 'returned', 'in_proceedings'].forEach((status, i) =>
      writ.run(`2-${i + 1}/2026`, status),
    );
    const by = { userId: null, name: 'тест' };
    const log = (kind: JournalKind, actionDate: string, accountId: number | null = 1) =>
      writeJournal(s, by, NOW, { kind, summary: kind, accountId, actionDate });
    log('fssp.writ_sent', '2026-12-01');
    log('fssp.writ_sent', '2026-12-04');
    log('fssp.writ_sent', '2026-11-20');
    log('fssp.reconciliation', '2026-12-02', null);
    log('fssp.raid_planned', '2026-12-03', null);
    log('fssp.petition_sent', '2026-12-01');
    log('fssp.petition_sent', '2026-12-01');
    log('fssp.petition_sent', '2026-12-06');
    log('fssp.petition_sent', '2026-09-30');
    // Not an action the plan counts for measure 11.
    log('fssp.proceeding', '2026-12-05');
  });
  afterAll(async () => {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('measure 10: writs sent this month of all received (sent + still waiting)', async () => {
    const m = (await call<Cockpit>(core, 'cockpit.get', {})).measures.find((x) => x.measure === 10)!;
    expect(m).toMatchObject({
      unit: 'writs',
      today: 0,
      week: 2,
      month: 2,
      monthText: '2 документа',
      target: 4,
      targetLabel: 'все полученные: 4 документа',
      progressText: '2 из 4 документов в месяц (50 %)',
      detail: 'Ждут направления в ФССП: 2 документа',
    });
    expect(m.history.map((h) => h.count)).toEqual([0, 0, 0, 0, 1, 2]);
  });

  it('measure 11: reconciliations, raids and petitions', async () => {
    const m = (await call<Cockpit>(core, 'cockpit.get', {})).measures.find((x) => x.measure === 11)!;
    expect(m).toMatchObject({
      unit: 'fssp_actions',
      today: 1,
      month: 5,
      monthText: '5 действий',
      periodActual: 5,
      detail: 'сверок 1, рейдов 1, ходатайств 3',
    });
    expect(m.history.map((h) => h.count)).toEqual([0, 0, 1, 0, 0, 5]);
  });
});
