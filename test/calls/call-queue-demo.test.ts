/**
 * On the default demo district: today's call queue holds ≥ 400 accounts in bracket priority order, split evenly
 * among the operators; nobody in it breaks a contact limit, is paused, blocked or without a phone; a call outside
 * the hours of the production calendar or over the limits is refused when recording; the day's XLSX list and the
 * import of results; promises kept and broken against payments, broken ones back in the queue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CallQueueSummary,
  CallsImportResult,
  PromiseCheckResult,
  QueueItemView,
} from '../../shared/api/contract-work';
import { countContacts } from '../../shared/rules/contact/contact-limits';
import { normalisePhone } from '../../shared/rules/contact/phone-number';
import { DEFAULT_RULE_BOOK } from '../../shared/rules/eligibility/default-rule-book';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { penaltyInputForAccount } from '../../electron/core/penalty/account-penalty-input';
import { loadPenaltyTables } from '../../electron/core/penalty/penalty-tables-repo';
import { calculatePenalty } from '../../shared/rules/penalty/calculate-penalty';
import { call, callAsUser, callAsUserError, openDemoCore, WEDNESDAY_11, type DemoCore } from './demo-district';

const BRACKETS = DEFAULT_RULE_BOOK.callQueue.brackets;
const DAY = 86_400_000;

describe('the daily call queue on the demo district', () => {
  let demo: DemoCore;
  let summary: CallQueueSummary;
  let queue: QueueItemView[];
  const heldBack: Record<string, number> = {};

  beforeAll(async () => {
    demo = await openDemoCore(3000);
    const sqlite = demo.core.ctx.sqlite;
    // History that must keep accounts out: two calls this week, a pause, a ban on contacts.
    const big = sqlite
      .prepare(
        `SELECT s.account_id AS id FROM account_summaries s WHERE s.bracket = 'over_100k' AND s.status = 'open'
          AND EXISTS (SELECT 1 FROM account_persons ap JOIN persons p ON p.id = ap.person_id WHERE ap.account_id = s.account_id AND p.phone IS NOT NULL)
          ORDER BY s.debt_kopecks DESC LIMIT 3`,
      )
      .all() as Array<{ id: number }>;
    const [limited, paused, blocked] = big.map((b) => b.id) as [number, number, number];
    Object.assign(heldBack, { limited, paused, blocked });
    const insert = sqlite.prepare(
      `INSERT INTO contacts (account_id, channel, contact_date, local_minute, at_ms, outcome, user_name) VALUES (?, 'call', ?, 600, ?, 'no_answer', 'тест')`,
    );
    insert.run(limited, '2026-11-23', WEDNESDAY_11 - 2 * DAY);
    insert.run(limited, '2026-11-24', WEDNESDAY_11 - DAY);
    await call(demo.core, 'account.pause', {
      accountId: paused,
      untilDate: '2026-12-31',
      reason: 'dispute',
      comment: 'оспаривает начисления',
    });
    await call(demo.core, 'account.block', {
      accountId: blocked,
      category: 'bankrupt',
      note: 'процедура реструктуризации',
    });
    summary = await call<CallQueueSummary>(demo.core, 'calls.buildQueue', {});
    queue = (
      await callAsUser<{ items: QueueItemView[] }>(
        demo.core,
        summary.perOperator[0]?.userId as number,
        'calls.myQueue',
        {},
      )
    ).items;
  }, 240_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('holds at least 400 accounts, split evenly among the three operators', () => {
    expect(summary.total).toBeGreaterThanOrEqual(400);
    const counts = summary.perOperator.map((o) => o.total);
    expect(counts).toHaveLength(3);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('is in bracket priority order within each operator’s list, largest debt first within a bracket', () => {
    const all = demo.core.ctx.sqlite
      .prepare(
        `SELECT user_id AS userId, position, bracket, debt_kopecks AS debt FROM call_queue_items WHERE queue_date = '2026-11-25' ORDER BY user_id, position`,
      )
      .all() as Array<{ userId: number; position: number; bracket: string; debt: number }>;
    for (let i = 1; i < all.length; i += 1) {
      const [a, b] = [all[i - 1], all[i]] as [(typeof all)[number], (typeof all)[number]];
      if (a.userId !== b.userId) continue;
      const ra = BRACKETS.indexOf(a.bracket);
      const rb = BRACKETS.indexOf(b.bracket);
      expect(ra).toBeLessThanOrEqual(rb);
      if (ra === rb) expect(a.debt).toBeGreaterThanOrEqual(b.debt);
    }
    expect(queue[0]?.bracket).toBe('over_100k');
    expect(new Set(all.map((r) => r.bracket)).size).toBeGreaterThanOrEqual(3);
  });

  it('nobody in it breaks a contact limit, is paused, blocked or has no phone', () => {
    const sqlite = demo.core.ctx.sqlite;
    const rows = sqlite
      .prepare(
        `SELECT q.account_id AS id, q.phone, a.paused_until_date AS paused,
                (SELECT count(*) FROM contact_blocks b WHERE b.account_id = q.account_id) AS blocks
           FROM call_queue_items q JOIN accounts a ON a.id = q.account_id WHERE q.queue_date = '2026-11-25'`,
      )
      .all() as Array<{ id: number; phone: string; paused: string | null; blocks: number }>;
    const dates = sqlite.prepare(`SELECT contact_date AS d FROM contacts WHERE account_id = ? AND channel = 'call'`);
    const limits = DEFAULT_RULE_BOOK.contactLimits.call;
    for (const r of rows) {
      const c = countContacts(
        (dates.all(r.id) as Array<{ d: string }>).map((x) => x.d),
        '2026-11-25',
      );
      expect(c.day < limits.perDay && c.week < limits.perWeek && c.month < limits.perMonth).toBe(true);
      expect(r.paused).toBeNull();
      expect(r.blocks).toBe(0);
      expect(r.phone).toMatch(/^\+7\d{10}$/);
    }
    const ids = new Set(rows.map((r) => r.id));
    expect(ids.has(heldBack.limited as number)).toBe(false);
    expect(ids.has(heldBack.paused as number)).toBe(false);
    expect(ids.has(heldBack.blocked as number)).toBe(false);
    expect(summary.build?.skipped).toMatchObject({ limit: 1, paused: 1, blocked: 1 });
  });

  it('names in the list the person whose phone is dialled', () => {
    const phones = demo.core.ctx.sqlite.prepare(
      `SELECT p.full_name AS fullName, p.phone FROM account_persons ap JOIN persons p ON p.id = ap.person_id WHERE ap.account_id = ?`,
    );
    for (const item of queue) {
      const owner = (phones.all(item.accountId) as Array<{ fullName: string; phone: string | null }>).find(
        (p) => normalisePhone(p.phone)?.e164 === item.phone,
      );
      expect(owner?.fullName, item.number).toBe(item.mainPerson);
    }
  });

  it('shows on the call card today’s penalty, as the engine computes it for the account card', async () => {
    const first = queue[0] as QueueItemView;
    const card = await call<{ penaltyKopecks: number | null }>(demo.core, 'calls.card', { accountId: first.accountId });
    const sqlite = demo.core.ctx.sqlite;
    const engine = calculatePenalty(
      penaltyInputForAccount(sqlite, first.accountId, '2026-11-25'),
      loadPenaltyTables(sqlite),
    ).totalKopecks;
    expect(engine).toBeGreaterThan(0);
    expect(card.penaltyKopecks).toBe(engine);
  });

  it('enforces the hours and the limits when recording, not only when listing', async () => {
    const accountId = queue[0]?.accountId as number;
    const userId = summary.perOperator[0]?.userId as number;
    demo.clock.now = Date.parse('2026-11-25T04:30:00Z'); // 07:30 Moscow
    const early = await callAsUserError(demo.core, userId, 'calls.record', { accountId, outcome: 'reached' });
    expect(early.code).toBe('CONTACT.FORBIDDEN');
    expect(early.message).toContain('08:00–22:00, рабочий день');
    demo.clock.now = WEDNESDAY_11;
    await callAsUser(demo.core, userId, 'calls.record', { accountId, outcome: 'no_answer' });
    const second = await callAsUserError(demo.core, userId, 'calls.record', { accountId, outcome: 'reached' });
    expect(second.message).toContain('предел 1 в день');
    // The pause and the ban are refused too.
    expect(
      (await callAsUserError(demo.core, userId, 'calls.record', { accountId: heldBack.paused, outcome: 'reached' }))
        .message,
    ).toContain('приостановлена');
    expect(
      (await callAsUserError(demo.core, userId, 'calls.record', { accountId: heldBack.blocked, outcome: 'reached' }))
        .message,
    ).toContain('банкрот');
    // Only the one allowed call was written.
    const n = demo.core.ctx.sqlite
      .prepare(`SELECT count(*) AS n FROM contacts WHERE account_id = ? AND channel = 'call'`)
      .get(accountId) as { n: number };
    expect(n.n).toBe(1);
  });

  it('exports the day list to XLSX and records results typed into it through the same rules', async () => {
    const userId = summary.perOperator[1]?.userId as number;
    const file = await call<{ savedPath: string; rows: number }>(demo.core, 'calls.exportXlsx', { operatorId: userId });
    expect(file.rows).toBe(summary.perOperator[1]?.total);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.savedPath);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(3).value).toBe('Лицевой счёт');
    sheet.getRow(2).getCell(9).value = 1;
    sheet.getRow(2).getCell(10).value = '10:15';
    sheet.getRow(3).getCell(9).value = 8;
    sheet.getRow(3).getCell(10).value = '10:20';
    sheet.getRow(3).getCell(11).value = '10.12.2026';
    sheet.getRow(3).getCell(12).value = 3000;
    sheet.getRow(4).getCell(9).value = 2;
    sheet.getRow(4).getCell(10).value = '07:10';
    const filled = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-xlsx-')), 'results.xlsx');
    await wb.xlsx.writeFile(filled);
    const upload = await saveUpload(demo.core.ctx.dataDir, 'results.xlsx', fs.readFileSync(filled));
    // Typed in during the day, imported the next morning: the calls belong to the list's day.
    demo.clock.now = WEDNESDAY_11 + DAY;
    const result = await call<CallsImportResult>(demo.core, 'calls.importXlsx', { uploadId: upload.uploadId });
    demo.clock.now = WEDNESDAY_11;
    const number = sheet.getRow(2).getCell(3).value as string;
    const day = demo.core.ctx.sqlite
      .prepare(
        `SELECT c.contact_date AS d, c.local_minute AS m FROM contacts c JOIN account_summaries s ON s.account_id = c.account_id WHERE s.number = ?`,
      )
      .get(number);
    expect(day).toEqual({ d: '2026-11-25', m: 10 * 60 + 15 });
    expect(result.recorded).toBe(2);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]?.line).toBe(4);
    expect(result.refused[0]?.reason).toContain('07:10');
  });

  it('checks promises against payments: kept, broken (back in the queue on the next build)', async () => {
    const sqlite = demo.core.ctx.sqlite;
    const userId = summary.perOperator[2]?.userId as number;
    const mine = (await callAsUser<{ items: QueueItemView[] }>(demo.core, userId, 'calls.myQueue', {})).items;
    const [keeper, breaker] = [mine[0]?.accountId, mine[1]?.accountId] as [number, number];
    for (const accountId of [keeper, breaker]) {
      await callAsUser(demo.core, userId, 'calls.record', {
        accountId,
        outcome: 'promise',
        promiseDate: '2026-11-30',
        promiseKopecks: 1_000_000,
      });
    }
    const importId = (sqlite.prepare('SELECT id FROM imports LIMIT 1').get() as { id: number }).id;
    sqlite
      .prepare(
        `INSERT INTO payments (account_id, payment_date, amount_kopecks, payment_key, import_id) VALUES (?, '2026-12-01', 999_950, 'тест-обещание', ?)`.replace(
          '999_950',
          '999950',
        ),
      )
      .run(keeper, importId);
    demo.clock.now = Date.parse('2026-12-04T08:00:00Z');
    const checked = await call<PromiseCheckResult>(demo.core, 'promises.check', {});
    // The promise typed into the XLSX (due 10.12) is still open.
    expect(checked).toMatchObject({ kept: 1, broken: 1, stillOpen: 1 });
    const status = sqlite.prepare('SELECT status FROM payment_promises WHERE account_id = ?');
    expect(status.get(keeper)).toEqual({ status: 'kept' });
    expect(status.get(breaker)).toEqual({ status: 'broken' });
    await call(demo.core, 'calls.buildQueue', {});
    const next = sqlite
      .prepare(`SELECT count(*) AS n FROM call_queue_items WHERE queue_date = '2026-12-04' AND account_id = ?`)
      .get(breaker) as { n: number };
    expect(next.n).toBe(1);
    demo.clock.now = WEDNESDAY_11;
  });
});
