/**
 * The demo district's six months of recorded work (electron/core/demo/demo-history.ts) on the default demo district
 * (3 000 accounts, five years; the core's today 25.11.2026, so the cutoff is 21.10.2026 and the months are May to
 * October 2026, October up to the 21st): counts per measure and month, the debt on every per-account entry, nothing
 * after the cutoff but the documented promise entries and payments, payments that answer actions, the one import row
 * marked as demonstration data, summaries recounted, and the same history from the same seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { addDemoClaimHistory } from '../../electron/core/demo/demo-claim-history';
import { addDemoHistory, DEMO_HISTORY_IMPORT_TITLE, type DemoHistory } from '../../electron/core/demo/demo-history';
import { isoDateInZone } from '../../shared/dates/iso-date';
import { addDays, minusOneMonth } from '../../shared/calendar/date-math';
import { accountDebtsOn } from '../../electron/core/reports/debt-history';
import { EFFECT_KINDS } from '../../shared/reports/effect-kinds';
import { CALL_OUTCOME_CODES } from '../../shared/rules/contact/call-outcomes';

const DEMO = 'Демонстрационные данные';
const TODAY = '2026-11-25';
const CUTOFF = '2026-10-21'; // 25.11 − 35 days
const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

let d: DemoCore;
let sqlite: Database.Database;
let history: DemoHistory;
/** The database as it was before the history, for the determinism check. */
let before: Buffer;

beforeAll(async () => {
  d = await openDemoCore();
  sqlite = d.core.ctx.sqlite;
  expect(isoDateInZone(d.clock.now)).toBe(TODAY);
  addDemoClaimHistory(sqlite, d.core.ctx.dataDir, TODAY, d.clock.now);
  before = sqlite.serialize();
  history = addDemoHistory(sqlite, { userId: 1, name: 'Администратор' }, TODAY, d.clock.now, 'krasnogorsk');
}, 600_000);

afterAll(async () => {
  await d?.close();
});

function expectBetween(values: readonly number[], lo: number, hi: number): void {
  for (const n of values) {
    expect(n).toBeGreaterThanOrEqual(lo);
    expect(n).toBeLessThanOrEqual(hi);
  }
}

function perMonth(kind: string): number[] {
  const rows = sqlite
    .prepare<[string, string], { m: string; n: number }>(
      `SELECT substr(action_date, 1, 7) AS m, count(*) AS n FROM actions
        WHERE user_name = ? AND kind = ? GROUP BY m ORDER BY m`,
    )
    .all(DEMO, kind);
  return MONTHS.map((m) => rows.find((r) => r.m === m)?.n ?? 0);
}

describe('demo history: what was done, month by month', () => {
  it('records each measure every month in the numbers its parameters give', () => {
    expect(history.actions).toBeGreaterThan(4000);
    // Measure 1: one batch a month of 110–130 drawn, fewer only when fewer debtors over 30 000 ₽ have a mobile.
    expectBetween(perMonth('sms.sent'), 60, 130);
    const batches = sqlite.prepare(`SELECT count(*) AS n FROM sms_batches WHERE user_name = ?`).get(DEMO) as {
      n: number;
    };
    expect(batches.n).toBe(6);
    // Measure 2: 15 calling days in a month of 21 working days (fewer in a shorter one), 35–45 calls a day.
    const calls = perMonth('call.recorded');
    expectBetween(calls.slice(0, 5), 13 * 35, 16 * 45);
    // October up to the 21st: 15 working days → round(15 × 15 / 21) = 11 calling days.
    expect(calls[5]).toBeGreaterThanOrEqual(11 * 35);
    expect(calls[5]).toBeLessThanOrEqual(11 * 45);
    // Measure 7: one raid a month, planned and closed; 2–3 buildings of 4–6 addresses (fewer where fewer debtors).
    expect(perMonth('blackmark.raid_closed')).toEqual([1, 1, 1, 1, 1, 1]);
    expectBetween(perMonth('blackmark.visit'), 4, 18);
    const raids = sqlite.prepare(`SELECT kind, status FROM blackmark_raids ORDER BY raid_date`).all();
    // Every third a demonstrative disconnection.
    expect(raids.map((r) => (r as { kind: string }).kind)).toEqual([
      'black_mark',
      'black_mark',
      'demonstrative',
      'black_mark',
      'black_mark',
      'demonstrative',
    ]);
    for (const n of perMonth('media.publication')) expect([1, 2]).toContain(n);
    // Measure 13: one or two meetings a month, each with its buildings and tasks.
    for (const n of perMonth('meeting.held')) expect([1, 2]).toContain(n);
    const meetings = sqlite
      .prepare(
        `SELECT m.id, (SELECT count(*) FROM meeting_buildings b WHERE b.meeting_id = m.id) AS buildings,
                (SELECT count(*) FROM meeting_tasks t WHERE t.meeting_id = m.id) AS tasks FROM meetings m`,
      )
      .all() as Array<{ buildings: number; tasks: number }>;
    for (const m of meetings) {
      expect(m.buildings).toBeGreaterThan(0);
      expect(m.tasks).toBeGreaterThan(0);
    }
    // Measures 5 and 8, journal only: 50–70 claims drawn a month, fewer once the debtors over 10 000 ₽ without a claim
    // run short (one claim per account; those with a letter of the claim history only May to July, 105 days before today); 5–11 warnings.
    const claims = perMonth('claim.delivery');
    expectBetween(claims, 5, 70);
    expect(claims.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(120);
    expectBetween(perMonth('restriction.warning'), 5, 11);
    // Nothing the demo has no ground for: no court applications, no bailiffs' actions.
    const skipped = sqlite
      .prepare(`SELECT count(*) AS n FROM actions WHERE user_name = ? AND (measure IN (9, 11) OR kind LIKE 'fssp.%')`)
      .get(DEMO) as { n: number };
    expect(skipped.n).toBe(0);
  });

  it('writes every per-account entry with the debt on its day, at 11:00 Moscow time, by «Демонстрационные данные»', () => {
    const row = sqlite
      .prepare(
        `SELECT count(*) AS n, count(debt_kopecks) AS withDebt, sum(user_id IS NOT NULL) AS withUser,
                sum(at_ms < ? ) AS beforeEleven
           FROM actions WHERE user_name = ? AND account_id IS NOT NULL`,
      )
      .get(Date.parse('2026-05-01T08:00:00Z'), DEMO) as {
      n: number;
      withDebt: number;
      withUser: number;
      beforeEleven: number;
    };
    expect(row.n).toBeGreaterThan(4000);
    expect(row.withDebt).toBe(row.n);
    expect(row.withUser).toBe(0);
    expect(row.beforeEleven).toBe(0);
    const first = sqlite
      .prepare(`SELECT action_date AS day, at_ms AS atMs FROM actions WHERE user_name = ? ORDER BY id LIMIT 1`)
      .get(DEMO) as { day: string; atMs: number };
    expect(first.atMs).toBe(Date.parse(`${first.day}T08:00:00Z`));
    // The debt is the debt history's for that day (a raid's visit carries the debt the address was planned with).
    const sample = sqlite
      .prepare(
        `SELECT account_id AS accountId, action_date AS day, debt_kopecks AS debt FROM actions
          WHERE user_name = ? AND account_id IS NOT NULL AND kind <> 'blackmark.visit' ORDER BY id LIMIT 2000`,
      )
      .all(DEMO) as Array<{ accountId: number; day: string; debt: number }>;
    for (const e of sample.filter((_, i) => i % 40 === 0))
      expect(e.debt).toBe(accountDebtsOn(sqlite, [e.accountId], e.day).get(e.accountId) ?? 0);
    expect(sample.some((e) => e.debt > 3_000_000)).toBe(true);
  });

  it('ends 35 days before today: nothing after but the promises judged, and no contact any limit of today counts', () => {
    const late = sqlite
      .prepare(`SELECT DISTINCT kind FROM actions WHERE user_name = ? AND action_date > ? ORDER BY kind`)
      .all(DEMO, CUTOFF)
      .map((r) => (r as { kind: string }).kind);
    for (const kind of late) expect(['promise.broken', 'promise.kept']).toContain(kind);
    // The worklists read contacts from one month and a day back (account-facts.ts): 24.10.2026 for today.
    const contactsFrom = addDays(minusOneMonth(TODAY), -1);
    const lastContact = sqlite.prepare(`SELECT max(contact_date) AS d FROM contacts WHERE user_name = ?`).get(DEMO) as {
      d: string;
    };
    expect(lastContact.d <= CUTOFF).toBe(true);
    expect(CUTOFF < contactsFrom).toBe(true);
    // Every promise is judged (kept or broken): none keeps an account out of today's call queue.
    const open = sqlite.prepare(`SELECT count(*) AS n FROM payment_promises WHERE status = 'open'`).get() as {
      n: number;
    };
    expect(open.n).toBe(0);
    // A payment after the cutoff is a promise kept on its day (a call's or a raid's).
    const latePayments = sqlite
      .prepare(
        `SELECT count(*) AS n FROM payments p WHERE p.payment_key LIKE 'demo-history|%' AND p.payment_date > ?
            AND NOT EXISTS (SELECT 1 FROM payment_promises q WHERE q.account_id = p.account_id AND q.promised_date >= p.payment_date
                              AND q.made_date <= p.payment_date)
            AND NOT EXISTS (SELECT 1 FROM blackmark_raid_addresses b WHERE b.account_id = p.account_id AND b.promise_date = p.payment_date)`,
      )
      .get(CUTOFF) as { n: number };
    expect(latePayments.n).toBe(0);
  });
});

describe('demo history: payments that answer it', () => {
  it('puts them under one import row marked as demonstration data and recounts the summaries', () => {
    const imports = sqlite
      .prepare(
        `SELECT id, file_name AS fileName, user_name AS userName, row_count AS rows, result_json AS result FROM imports WHERE user_name = ?`,
      )
      .all(DEMO) as Array<{ id: number; fileName: string; userName: string; rows: number; result: string }>;
    expect(imports).toHaveLength(1);
    const imp = imports[0]!;
    expect(imp.fileName).toBe(DEMO_HISTORY_IMPORT_TITLE);
    expect(imp.fileName).toContain('Демонстрационные данные');
    expect(JSON.parse(imp.result)).toMatchObject({ demo: true });
    const rows = sqlite
      .prepare(
        `SELECT count(*) AS n, sum(payment_key LIKE 'demo-history|%') AS keyed FROM payments WHERE import_id = ?`,
      )
      .get(imp.id) as { n: number; keyed: number };
    expect(rows.n).toBe(history.payments);
    expect(rows.keyed).toBe(rows.n);
    expect(imp.rows).toBe(rows.n);
    // The summaries count the history's payments: paid = every payment of the account.
    const wrong = sqlite
      .prepare(
        `SELECT count(*) AS n FROM account_summaries s
          WHERE s.account_id IN (SELECT account_id FROM payments WHERE import_id = ?)
            AND s.paid_kopecks <> (SELECT sum(amount_kopecks) FROM payments p WHERE p.account_id = s.account_id)`,
      )
      .get(imp.id) as { n: number };
    expect(wrong.n).toBe(0);
  });

  it('pays only after an action, and more after a promise than after a reached call than after no answer', () => {
    // No history payment without an action of the history on the account in the 30 days before (or its promise).
    const orphan = sqlite
      .prepare(
        `SELECT count(*) AS n FROM payments p WHERE p.payment_key LIKE 'demo-history|%'
            AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.account_id = p.account_id AND a.user_name = ?
                              AND a.action_date <= p.payment_date AND a.action_date >= date(p.payment_date, '-30 days'))`,
      )
      .get(DEMO) as { n: number };
    expect(orphan.n).toBe(0);
    // The share of actions followed within 30 days by the history's payments of at least a tenth of the debt then.
    const share = (kind: string, outcome: string | null): number => {
      const r = sqlite
        .prepare<[string, string, string | null, string | null], { n: number; paid: number }>(
          `SELECT count(*) AS n, sum((SELECT coalesce(sum(p.amount_kopecks), 0) FROM payments p
                   WHERE p.account_id = a.account_id AND p.payment_key LIKE 'demo-history|%'
                     AND p.payment_date >= a.action_date AND p.payment_date <= date(a.action_date, '+30 days')) * 10 >= a.debt_kopecks) AS paid
             FROM actions a WHERE a.user_name = ? AND a.kind = ? AND a.debt_kopecks > 0
              AND (? IS NULL OR json_extract(a.details_json, '$.outcome') = ?)`,
        )
        .get(DEMO, kind, outcome, outcome)!;
      return r.paid / r.n;
    };
    const promise = share('call.recorded', 'promise');
    const reached = share('call.recorded', 'reached');
    const noAnswer = share('call.recorded', 'no_answer');
    // Seeded: a promise ~45 % kept, a reached call 25 %, no answer 0 % — plus what other actions of the month bring.
    expect(promise).toBeGreaterThan(reached);
    expect(reached).toBeGreaterThan(noAnswer);
    expect(share('blackmark.visit', 'paid_on_spot')).toBe(1);
    expect(share('restriction.warning', null)).toBeGreaterThan(noAnswer);
    // A delivered SMS: 18 % seeded on top of the rest; an undelivered one brings nothing of its own.
    const sms = sqlite
      .prepare(
        `SELECT m.status, count(*) AS n, sum((SELECT coalesce(sum(p.amount_kopecks), 0) FROM payments p
                   WHERE p.account_id = a.account_id AND p.payment_key LIKE 'demo-history|%'
                     AND p.payment_date >= a.action_date AND p.payment_date <= date(a.action_date, '+30 days')) * 10 >= a.debt_kopecks) AS paid
           FROM actions a JOIN sms_messages m ON m.id = json_extract(a.details_json, '$.messageId') AND m.account_id = a.account_id
          WHERE a.user_name = ? AND a.kind = 'sms.sent' GROUP BY m.status`,
      )
      .all(DEMO) as Array<{ status: string; n: number; paid: number }>;
    const delivered = sms.find((s) => s.status === 'delivered')!;
    const failed = sms.find((s) => s.status === 'failed')!;
    // ~90 % delivered.
    expect(delivered.n / (delivered.n + failed.n)).toBeGreaterThan(0.8);
    expect(delivered.paid / delivered.n).toBeGreaterThan(0.18);
    expect(delivered.paid / delivered.n).toBeGreaterThan(failed.paid / failed.n);
  });

  it('writes the kinds and details the effectiveness report reads', () => {
    const kinds = new Set(EFFECT_KINDS.map((k) => k.journalKind));
    for (const kind of ['sms.sent', 'call.recorded', 'claim.delivery', 'restriction.warning', 'blackmark.visit'])
      expect(kinds.has(kind)).toBe(true);
    const outcomes = (kind: string) =>
      sqlite
        .prepare(
          `SELECT DISTINCT json_extract(details_json, '$.outcome') AS o FROM actions WHERE user_name = ? AND kind = ?`,
        )
        .all(DEMO, kind)
        .map((r) => (r as { o: string }).o);
    for (const o of outcomes('call.recorded')) expect(CALL_OUTCOME_CODES).toContain(o);
    expect(outcomes('claim.delivery').sort()).toEqual(['delivered', 'returned']);
    const claim = EFFECT_KINDS.find((k) => k.code === 'claim_delivered')!;
    for (const o of outcomes('claim.delivery')) expect(claim.details!.values).toContain(o);
    for (const o of outcomes('blackmark.visit'))
      expect(['no_access', 'notice_handed', 'paid_on_spot', 'promise', 'restricted']).toContain(o);
    // Every SMS entry names its message (of the same account); every visit its raid and address.
    const badSms = sqlite
      .prepare(
        `SELECT count(*) AS n FROM actions a WHERE a.user_name = ? AND a.kind = 'sms.sent' AND NOT EXISTS
           (SELECT 1 FROM sms_messages m WHERE m.id = json_extract(a.details_json, '$.messageId') AND m.account_id = a.account_id)`,
      )
      .get(DEMO) as { n: number };
    expect(badSms.n).toBe(0);
    const badVisits = sqlite
      .prepare(
        `SELECT count(*) AS n FROM actions a WHERE a.user_name = ? AND a.kind = 'blackmark.visit' AND NOT EXISTS
           (SELECT 1 FROM blackmark_raid_addresses b WHERE b.id = json_extract(a.details_json, '$.addressId')
               AND b.raid_id = json_extract(a.details_json, '$.raidId') AND b.account_id = a.account_id
               AND b.outcome = json_extract(a.details_json, '$.outcome'))`,
      )
      .get(DEMO) as { n: number };
    expect(badVisits.n).toBe(0);
  });

  it('is the same history from the same seed', () => {
    // A WAL database's image opens from a file, not from memory.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-history-copy-'));
    fs.writeFileSync(path.join(dir, 'copy.sqlite'), before);
    const copy = new Database(path.join(dir, 'copy.sqlite'));
    try {
      const again = addDemoHistory(copy, { userId: 1, name: 'Администратор' }, TODAY, d.clock.now, 'krasnogorsk');
      expect(again).toEqual(history);
      const digest = (db: Database.Database) =>
        db
          .prepare(
            `SELECT (SELECT group_concat(kind || action_date || coalesce(account_id, '') || coalesce(debt_kopecks, '') || summary, '|')
                       FROM (SELECT * FROM actions WHERE user_name = 'Демонстрационные данные' ORDER BY id)) AS a,
                    (SELECT group_concat(account_id || payment_date || amount_kopecks, '|')
                       FROM (SELECT * FROM payments WHERE payment_key LIKE 'demo-history|%' ORDER BY id)) AS p`,
          )
          .get();
      expect(digest(copy)).toEqual(digest(sqlite));
    } finally {
      copy.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
