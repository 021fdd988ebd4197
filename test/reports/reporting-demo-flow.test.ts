/**
 * @file Issue 16 as it is judged, on the demo district loaded by the demo job (with its six months of recorded work
 * and the payments that answered some of it): a day of work across the measures on Monday 07.12.2026 — SMS to five
 * debtors, three calls, a «Чёрная метка» raid with its outcomes, a publication, a meeting with a follow-up task — then
 * the week's plan report with the head's comments, printed and read back as the head would; the press summary for
 * November checked for personal data; the effectiveness table on the demo's seeded responses, one of its figures
 * recounted here by hand from the journal and the payments; a meeting kit for one building.
 *
 * Expected figures by hand: the week is Mon 07.12 – Sun 13.12.2026; measure 1 counts the 5 accounts the SMS reached
 * (the gateway's report says all five delivered), measure 2 the 3 accounts called, measure 7 one publication + one raid held = 2, measure 13 one meeting. The demo's
 * history stops 35 days before its load day, so the previous week (30.11 – 06.12) has none of them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { runJobTask } from '../../electron/core/jobs/run-job-task';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { callCoreAs, callCoreAsUser } from '../support/api-calls';
import type { PlanReport } from '../../shared/api/contract-report-plan';
import type { EffectivenessReport } from '../../shared/reports/effectiveness-types';
import type { CallQueueSummary, Cockpit } from '../../shared/api/contract-work';
import { DEFAULT_SMS_TEMPLATE } from '../../shared/rules/contact/sms-template';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const MONDAY = '2026-12-07';
const clock = { now: Date.parse(`${MONDAY}T10:00:00+03:00`) };
let core: Core;
let dataDir: string;

const sql = <T>(query: string, ...params: unknown[]) => core.ctx.sqlite.prepare(query).all(...params) as T[];
const head = <T = Any>(method: string, input: unknown) => callCoreAs<T>(core, 'nachalnik16', method, input, 'head');
const clerk = <T = Any>(method: string, input: unknown) =>
  callCoreAs<T>(core, 'klerk16', method, input, 'claims_clerk');
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
const documentPath = (documentId: number) => {
  const row = sql<{ p: string }>('SELECT file_path AS p FROM generated_documents WHERE id = ?', documentId)[0]!;
  return path.isAbsolute(row.p) ? row.p : path.join(dataDir, row.p);
};
/** Every person's surname and «Имя Отчество» on the given accounts: none may appear in a report. */
const namesOf = (accountIds: number[]) =>
  sql<{ fullName: string }>(
    `SELECT DISTINCT p.full_name AS fullName FROM persons p JOIN account_persons ap ON ap.person_id = p.id
      WHERE ap.account_id IN (${accountIds.map(() => '?').join(',')})`,
    ...accountIds,
  ).flatMap((r) => {
    const [surname, ...rest] = r.fullName.split(/\s+/);
    return [surname!, rest.join(' ')].filter((s) => s.length > 3);
  });

const touched: number[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-i16-'));
  core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => clock.now });
  await runJobTask(
    { task: 'demo', accounts: 3000, seed: 'krasnogorsk', months: 60 },
    { sqlite: core.ctx.sqlite, dataDir, by: { userId: null, name: 'тест' }, nowMs: clock.now, onProgress: () => {} },
  );
}, 600_000);

afterAll(async () => {
  await core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo district starts with six months of work', () => {
  it('the cockpit’s history is not empty and the effect kinds have entries with the debt at the action', () => {
    const perMonth = sql<{ month: string; n: number }>(
      `SELECT substr(action_date, 1, 7) AS month, count(DISTINCT account_id) AS n FROM actions
        WHERE kind = 'sms.sent' GROUP BY month ORDER BY month`,
    );
    // Six months before December and none in the 35 days before the load day (07.12 − 35 = 02.11).
    expect(perMonth.filter((m) => m.month >= '2026-06' && m.month <= '2026-10').every((m) => m.n >= 50)).toBe(true);
    expect(
      sql<{ n: number }>(`SELECT count(*) AS n FROM actions WHERE kind = 'sms.sent' AND action_date > '2026-11-02'`)[0]!
        .n,
    ).toBe(0);
    const withoutDebt = sql<{ n: number }>(
      `SELECT count(*) AS n FROM actions WHERE account_id IS NOT NULL AND kind IN ('sms.sent', 'call.recorded', 'blackmark.visit') AND debt_kopecks IS NULL`,
    )[0]!.n;
    expect(withoutDebt).toBe(0);
  });
});

describe('a day of work across the measures, then the week’s plan report', () => {
  let report: PlanReport;

  it('SMS to five debtors, three calls, a raid, a publication, a meeting', async () => {
    const batch = await clerk<{ id: number; messages: number }>('sms.createBatch', {
      template: DEFAULT_SMS_TEMPLATE,
      limit: 5,
    });
    await clerk('sms.exportBatch', { batchId: batch.id });
    const smsAccounts = sql<{ a: number }>(
      `SELECT DISTINCT account_id AS a FROM actions WHERE kind = 'sms.sent' AND action_date = ?`,
      MONDAY,
    );
    expect(smsAccounts).toHaveLength(5);
    touched.push(...smsAccounts.map((r) => r.a));
    // The gateway's report: all five delivered (measure 1 counts what reached the phone, not the file).
    const phones = sql<{ phone: string }>('SELECT phone FROM sms_messages WHERE batch_id = ?', batch.id).map(
      (r) => r.phone,
    );
    const upload = await saveUpload(
      core.ctx.dataDir,
      'report.csv',
      Buffer.from(`phone;status\n${phones.map((p) => `${p};DELIVRD`).join('\n')}\n`, 'utf8'),
    );
    await clerk('sms.importReport', { batchId: batch.id, uploadId: upload.uploadId });

    const summary = await head<CallQueueSummary>('calls.buildQueue', {});
    const operator = summary.perOperator.find((o) => o.total > 0)!;
    const queue = await callCoreAsUser<{ items: Array<{ accountId: number }> }>(
      core,
      operator.userId,
      'calls.myQueue',
      {},
    );
    for (const [i, item] of queue.items.slice(0, 3).entries()) {
      await callCoreAsUser(core, operator.userId, 'calls.record', {
        accountId: item.accountId,
        outcome: i === 0 ? 'promise' : 'no_answer',
        promiseDate: i === 0 ? '2026-12-15' : null,
        promiseKopecks: i === 0 ? 500_000 : null,
      });
      touched.push(item.accountId);
    }

    const candidates = await clerk<Any>('blackmark.candidates', { kind: 'black_mark', raidDate: MONDAY });
    const chosen = (candidates.buildings[0].flats as Any[]).slice(0, 3).map((f) => f.accountId as number);
    expect(chosen.length).toBeGreaterThan(0);
    const raid = await clerk<Any>('blackmark.create', {
      kind: 'black_mark',
      raidDate: MONDAY,
      team: 'специалист отдела, представитель УК, корреспондент газеты',
      accountIds: chosen,
    });
    for (const [i, accountId] of chosen.entries()) {
      await clerk('blackmark.recordOutcome', {
        raidId: raid.id,
        accountId,
        outcome: i === 0 ? 'paid_on_spot' : 'notice_handed',
        paidKopecks: i === 0 ? 300_000 : null,
      });
    }
    await clerk('blackmark.close', { raidId: raid.id });
    touched.push(...chosen);

    await clerk('publications.add', {
      outlet: 'Газета «Красногорские вести»',
      publishedDate: MONDAY,
      title: 'Долги за ЖКУ: итоги рейда «Чёрная метка»',
      link: 'https://example.org/vesti/chernaya-metka',
      measures: [7, 8],
    });

    const building = sql<{ id: number }>(
      `SELECT building_id AS id FROM account_summaries WHERE debt_kopecks > 0 GROUP BY building_id ORDER BY count(*) DESC LIMIT 1`,
    )[0]!.id;
    const meeting = await clerk<Any>('meetings.save', {
      heldDate: MONDAY,
      kind: 'elders',
      place: 'Администрация, каб. 12',
      buildingIds: [building],
      participants: { elders: 4, uk: 1, administration: 2 },
      agenda: 'Задолженность дома, рейд «Чёрная метка»',
      decisions: 'Старшие по подъездам раздадут квитанции должникам',
    });
    await clerk('meetings.addTask', {
      meetingId: meeting.id,
      text: 'Раздать квитанции должникам подъездов 1–3',
      owner: 'старший по дому',
      dueDate: '2026-12-14',
    });
  });

  it('the week’s report counts the day by the plan’s units, with the previous week beside it', async () => {
    await head('reportPlan.comment', {
      from: '2026-12-07',
      to: '2026-12-13',
      measure: 1,
      comment: 'Рассылка по группе свыше 30 тыс. руб.',
    });
    await head('reportPlan.comment', {
      from: '2026-12-07',
      to: '2026-12-13',
      measure: 0,
      comment: 'План недели выполняется, рейд проведён.',
    });
    report = await head<PlanReport>('reportPlan.get', { kind: 'week', date: MONDAY });
    const m = (n: number) => report.measures.find((x) => x.measure === n)!;
    expect(report.period.from).toBe('2026-12-07');
    expect(report.period.to).toBe('2026-12-13');
    expect(m(1).actual).toBe(5);
    expect(m(2).actual).toBe(3);
    expect(m(7).actual).toBe(2);
    expect(m(13).actual).toBe(1);
    expect(m(1).previous).toBe(0);
    expect(m(1).change).toBe(5);
    expect(m(1).comment).toBe('Рассылка по группе свыше 30 тыс. руб.');
    // The debt section stands on the district's overdue debt today, recounted here from the summaries.
    const debtToday = sql<{ d: number }>(
      'SELECT sum(debt_kopecks) AS d FROM account_summaries WHERE debt_kopecks > 0',
    )[0]!.d;
    expect(report.debt.available).toBe(true);
    expect(report.debt.debtKopecks).toBe(debtToday);
  });

  it('printed, it reads as the head would: the measures, the comments, no person', async () => {
    const file = await head<{ documentId: number; filePath: string; pages: number }>('reportPlan.pdf', {
      kind: 'week',
      date: MONDAY,
    });
    const text = pdfText(path.join(dataDir, file.filePath)).replace(/\s+/g, ' ');
    expect(text).toContain('за неделю с 07.12.2026 по 13.12.2026');
    // The comment column wraps: its words come out between the other columns' words.
    expect(text).toMatch(/Рассылка по группе свыше 30.*тыс\. руб\./);
    expect(text).toContain('План недели выполняется, рейд проведён.');
    expect(text).toMatch(/публикаций 1, рейдов 1/);
    for (const name of namesOf(touched)) expect(text).not.toContain(name);
  });
});

describe('the press summary for November has no personal data', () => {
  it('no name, no account number, no flat of any debtor', async () => {
    const made = await clerk<Any>('press.make', { from: '2026-11-01', to: '2026-11-30' });
    expect(made.check.passed ?? made.check.ok ?? true).toBeTruthy();
    const text = pdfText(documentPath(made.pdf.documentId)).replace(/\s+/g, ' ');
    const numbers = sql<{ n: string }>('SELECT number AS n FROM accounts').map((r) => r.n);
    for (const n of numbers) expect(text).not.toContain(n);
    const debtors = sql<{ a: number }>(
      'SELECT account_id AS a FROM account_summaries WHERE debt_kopecks > 5000000 LIMIT 200',
    ).map((r) => r.a);
    for (const name of namesOf(debtors)) expect(text).not.toContain(name);
    expect(text).not.toMatch(/кв\.\s*\d/);
  });
});

describe('effectiveness on the demo’s seeded responses', () => {
  let report: EffectivenessReport;
  const from = '2026-06-01';

  it('promises, calls and raids bring more payers than accounts of the same debts left alone', async () => {
    report = await head<EffectivenessReport>('effectiveness.report', { from, to: MONDAY });
    const kind = (code: string) => report.kinds.find((k) => k.code === code)!;
    const share30 = (code: string) => kind(code).windows[1]!.sharePercent!;
    // The comparison of a kind: the group's share weighted by the kind's own mix of brackets.
    const comparison30 = (code: string) => kind(code).comparisonSharePercent[1]!;
    expect(kind('promise').accounts).toBeGreaterThan(50);
    expect(share30('promise')).toBeGreaterThan(share30('sms_delivered'));
    for (const code of ['promise', 'call_reached', 'blackmark_visit', 'sms_delivered']) {
      expect(share30(code), code).toBeGreaterThan(comparison30(code));
    }
  });

  it('the promises’ 30-day share recounted by hand from the journal and the payments', () => {
    // First promise per account in the period, its debt when journaled, payments in (day, day + 30] ≥ 10 % of it,
    // counted only where day + 30 is before today (07.12.2026).
    const entries = sql<{ accountId: number; day: string; base: number | null }>(
      `SELECT account_id AS accountId, action_date AS day, debt_kopecks AS base FROM actions
        WHERE kind = 'call.recorded' AND json_extract(details_json, '$.outcome') = 'promise'
          AND action_date BETWEEN ? AND ? ORDER BY action_date, id`,
      from,
      MONDAY,
    );
    const first = new Map<number, { day: string; base: number }>();
    for (const e of entries) if (!first.has(e.accountId)) first.set(e.accountId, { day: e.day, base: e.base ?? 0 });
    const firsts = [...first].map(([accountId, f]) => ({ accountId, ...f })).filter((f) => f.base > 0);
    const plus30 = (day: string) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    let measured = 0;
    let paid = 0;
    for (const f of firsts) {
      const end = plus30(f.day);
      if (end >= MONDAY) continue;
      measured += 1;
      const sum =
        sql<{ s: number | null }>(
          'SELECT sum(amount_kopecks) AS s FROM payments WHERE account_id = ? AND payment_date > ? AND payment_date <= ?',
          f.accountId,
          f.day,
          end,
        )[0]!.s ?? 0;
      if (sum * 10 >= f.base) paid += 1;
    }
    const w = report.kinds.find((k) => k.code === 'promise')!.windows[1]!;
    expect(w.measured).toBe(measured);
    expect(w.paid).toBe(paid);
  });
});

describe('a meeting kit for one building', () => {
  it('one page with the building’s overdue debt and no names', async () => {
    const building = sql<{ id: number; debt: number }>(
      `SELECT building_id AS id, sum(debt_kopecks) AS debt FROM account_summaries WHERE debt_kopecks > 0
        GROUP BY building_id ORDER BY count(*) DESC LIMIT 1`,
    )[0]!;
    const pdf = await clerk<{ filePath: string; pages: number }>('meetings.kitPdf', { buildingId: building.id });
    expect(pdf.pages).toBe(1);
    const file = path.isAbsolute(pdf.filePath) ? pdf.filePath : path.join(dataDir, pdf.filePath);
    const text = pdfText(file).replace(/\s+/g, ' ');
    // The total as the documents write money: thousands apart, comma before the kopecks.
    const rub = `${String(Math.trunc(building.debt / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(building.debt % 100).padStart(2, '0')}`;
    expect(text).toContain(rub);
    const ids = sql<{ a: number }>(
      'SELECT account_id AS a FROM account_summaries WHERE building_id = ?',
      building.id,
    ).map((r) => r.a);
    for (const name of namesOf(ids)) expect(text).not.toContain(name);
  });
});

describe('the cockpit', () => {
  it('counts measures 7 and 13 this week and shows months of history for measures 1 and 2', async () => {
    const cockpit = await head<Cockpit>('cockpit.get', {});
    const m = (n: number) => cockpit.measures.find((x) => x.measure === n)!;
    expect(m(7).week).toBe(2);
    expect(m(13).week).toBe(1);
    expect(m(7).readiness).toBe('ready');
    expect(m(13).readiness).toBe('ready');
    expect(m(1).history.filter((h) => h.count > 0).length).toBeGreaterThanOrEqual(4);
    expect(m(2).history.filter((h) => h.count > 0).length).toBeGreaterThanOrEqual(4);
  });
});
