/**
 * The plan-execution report on the cockpit's hand-counted district (test/cockpit/cockpit-district.ts; the clock at
 * Wednesday 25.11.2026): hand-made journal entries and rows of measures 7 and 13 in this week (23.11–29.11) and the
 * previous one (16.11–22.11), then the week's report read through the API, its comments, its refusals, the PDF read
 * back as text and the XLSX read back with exceljs, and the CLI writing both files.
 *
 * Working days (production calendar): November 2026 has 20 — 21 weekdays less 4 November (Day of National Unity);
 * the week 23–27.11 has 5.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { writeJournal } from '../../electron/core/journal/journal-writer';
import type { PlanReport, PlanReportFile, PlanReportMeasure } from '../../shared/api/contract-report-plan';
import { accountId, closeCockpitCore, openCockpitCore } from '../cockpit/cockpit-district';
import { callCore, callCoreAs, callCoreAsError, callCoreError } from '../support/api-calls';
import { pdfText } from '../claims/documents-district';
import { cli } from '../cli/cli-support';
import { journalDeliveredSms } from '../support/sms-delivered';

let core: Core;
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const by = { userId: null, name: 'тест' };

function journal(kind: 'sms.sent' | 'call.recorded', number: string, date: string): void {
  // Measure 1 counts SMS delivered: a message the gateway's report marked so.
  if (kind === 'sms.sent')
    return journalDeliveredSms(core.ctx.sqlite, accountId(core, number), date, core.ctx.clock(), { debtKopecks: 0 });
  writeJournal(core.ctx.sqlite, by, core.ctx.clock(), {
    kind,
    summary: `${kind} ${number}`,
    accountId: accountId(core, number),
    actionDate: date,
    debtKopecks: 0,
  });
}

function exec(sql: string, ...params: unknown[]): number {
  return Number(core.ctx.sqlite.prepare(sql).run(...params).lastInsertRowid);
}

beforeAll(async () => {
  core = await openCockpitCore();
  // Measure 1: SMS — this week accounts 1 and 2 (account 1 twice: one account); last week account 3.
  journal('sms.sent', '1000000001', '2026-11-23');
  journal('sms.sent', '1000000001', '2026-11-24');
  journal('sms.sent', '1000000002', '2026-11-24');
  journal('sms.sent', '1000000003', '2026-11-18');
  // Measure 2: calls — this week three accounts; last week none.
  for (const n of ['1000000001', '1000000002', '1000000003']) journal('call.recorded', n, '2026-11-24');
  // Measure 7: a publication and a raid held this week (two addresses, one visited) — 2 events; a raid still
  // planned for 26.11 does not count; last week nothing.
  const t = core.ctx.clock();
  exec(
    `INSERT INTO publications (outlet, published_date, title, measures_json, created_by, created_at_ms) VALUES ('Газета «Красногорские вести»', '2026-11-24', 'Долги за ЖКУ: итоги ноября', '[7]', 'тест', ?)`,
    t,
  );
  const raid = exec(
    `INSERT INTO blackmark_raids (raid_date, kind, team, status, created_by, created_at_ms) VALUES ('2026-11-23', 'black_mark', 'специалист отдела, представитель УК', 'done', 'тест', ?)`,
    t,
  );
  exec(
    `INSERT INTO blackmark_raids (raid_date, kind, team, status, created_by, created_at_ms) VALUES ('2026-11-26', 'black_mark', 'специалист отдела', 'planned', 'тест', ?)`,
    t,
  );
  exec(
    `INSERT INTO blackmark_raid_addresses (raid_id, account_id, route_order, debt_kopecks, outcome) VALUES (?, ?, 1, 4000000, 'notice_handed')`,
    raid,
    accountId(core, '1000000001'),
  );
  exec(
    `INSERT INTO blackmark_raid_addresses (raid_id, account_id, route_order, debt_kopecks) VALUES (?, ?, 2, 12000000)`,
    raid,
    accountId(core, '1000000002'),
  );
  // Measure 13: a meeting this week about two buildings, one last week; a task due 20.11 not done (overdue on
  // 25.11), a task due 30.11 (not yet).
  const buildings = core.ctx.sqlite.prepare('SELECT id FROM buildings ORDER BY id').all() as Array<{ id: number }>;
  const meeting = exec(
    `INSERT INTO meetings (held_date, kind, place, created_by, created_at_ms) VALUES ('2026-11-24', 'elders', 'Администрация, каб. 12', 'тест', ?)`,
    t,
  );
  for (const b of buildings.slice(0, 2))
    exec('INSERT INTO meeting_buildings (meeting_id, building_id) VALUES (?, ?)', meeting, b.id);
  const earlier = exec(
    `INSERT INTO meetings (held_date, kind, place, created_by, created_at_ms) VALUES ('2026-11-17', 'council_chairs', 'ДК «Подмосковье»', 'тест', ?)`,
    t,
  );
  exec(
    `INSERT INTO meeting_tasks (meeting_id, text, owner, due_date) VALUES (?, 'Проверить стенды', 'УК Альфа', '2026-11-20')`,
    earlier,
  );
  exec(
    `INSERT INTO meeting_tasks (meeting_id, text, owner, due_date) VALUES (?, 'Разослать памятки', 'Отдел', '2026-11-30')`,
    meeting,
  );
});

afterAll(async () => {
  await closeCockpitCore(core);
});

const week = (): Promise<PlanReport> => callCore<PlanReport>(core, 'reportPlan.get', { kind: 'week' });
const line = (r: PlanReport, n: number): PlanReportMeasure =>
  r.measures.find((m) => m.measure === n) as PlanReportMeasure;

describe('plan report: the week of 23–29 November 2026', () => {
  it('counts each measure in its unit against the target shared out over the working days', async () => {
    const r = await week();
    expect(r.period).toMatchObject({ kind: 'week', from: '2026-11-23', to: '2026-11-29' });
    expect(r.previous).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
    expect(r.asOfDate).toBe('2026-11-25');
    expect(r.measures).toHaveLength(13);
    // 1 — 100 accounts a month × 5 / 20 working days = 25; SMS to 2 accounts → 2 / 25 = 8 %; last week 1 → +1.
    expect(line(r, 1)).toMatchObject({
      target: 25,
      actual: 2,
      percentDone: 8,
      previous: 1,
      change: 1,
      changeText: '+1',
      changeDirection: 'up',
    });
    expect(plain(line(r, 1).targetText)).toBe('25 л/с');
    expect(plain(line(r, 1).actualText)).toBe('2 л/с');
    expect(line(r, 1).executor).toBe('Отдел по работе с задолженностью');
    // 2 — 400 a day × 5 working days = 2 000; 3 accounts → 0,15 % → 0 %; last week 0 → +3.
    expect(line(r, 2)).toMatchObject({ target: 2000, actual: 3, percentDone: 0, previous: 0, changeText: '+3' });
    // 7 — a publication and a held raid = 2 events; no target in the plan.
    expect(line(r, 7)).toMatchObject({ unit: 'media_events', actual: 2, target: null, percentText: '—', previous: 0 });
    expect(line(r, 7).actualText).toBe('2 мероприятия');
    expect(line(r, 7).detail).toBe('публикаций 1, рейдов 1 (адресов 1)');
    // 13 — one meeting this week, one last week: no change; two buildings; one task overdue on 25.11.
    expect(line(r, 13)).toMatchObject({
      unit: 'meetings',
      actual: 1,
      previous: 1,
      change: 0,
      changeText: '0',
      changeDirection: 'same',
    });
    expect(line(r, 13).detail).toBe('домов 2; поручений просрочено 1');
    // The debt trend has the six weeks ending with this one.
    expect(r.debt.trend.map((t) => t.label)).toEqual(['25.10', '01.11', '08.11', '15.11', '22.11', '25.11']);
    expect(r.debt.trend.at(-1)?.asOfDate).toBe('2026-11-25');
    // The district's overdue debt (cockpit-district.ts): 40 000 + 120 000 + 112 000 + 24 000 = 296 000 ₽ on 25.11,
    // the same on 22.11 (October fell due on 15.11); nobody but the punctual payer pays, and not this week.
    expect(r.debt).toMatchObject({
      available: true,
      debtKopecks: 29_600_000,
      previousDebtKopecks: 29_600_000,
      changeKopecks: 0,
      accounts: 4,
      collectedKopecks: 0,
    });
    // Over 100 000 ₽: accounts 2 and 3 (232 000 ₽); 10 000–50 000 ₽: accounts 1 and 4 (64 000 ₽); no empty bracket.
    expect(r.debt.byBracket.map((b) => [b.accounts, b.debtKopecks])).toEqual([
      [2, 23_200_000],
      [2, 6_400_000],
    ]);
    // Альфа: 40 000 + 120 000 + 112 000 = 272 000 ₽; Бета 24 000 ₽; Гамма has no debtor and no line.
    expect(r.debt.byCompany.map((c) => [c.label, c.accounts, c.debtKopecks])).toEqual([
      ['ООО «УК Альфа»', 3, 27_200_000],
      ['ООО «УК Бета»', 1, 2_400_000],
    ]);
  });

  it('a month report against a monthly target is the target itself; a quarter is three months', async () => {
    const month = await callCore<PlanReport>(core, 'reportPlan.get', { kind: 'month', date: '2026-11-10' });
    expect(month.period.words).toBe('ноябрь 2026 г.');
    expect(line(month, 1)).toMatchObject({ target: 100, actual: 3 });
    const quarter = await callCore<PlanReport>(core, 'reportPlan.get', { kind: 'quarter' });
    expect(quarter.period).toMatchObject({ from: '2026-10-01', to: '2026-12-31', words: 'IV квартал 2026 г.' });
    expect(line(quarter, 1).target).toBe(300);
  });

  it('the cockpit shows measures 7 and 13 as built, with the same figures this month', async () => {
    const cockpit = await callCore<{
      measures: Array<{
        measure: number;
        readiness: string;
        month: number | null;
        monthText: string;
        detail: string | null;
      }>;
    }>(core, 'cockpit.get', {});
    const m7 = cockpit.measures.find((m) => m.measure === 7);
    const m13 = cockpit.measures.find((m) => m.measure === 13);
    expect(m7).toMatchObject({ readiness: 'ready', month: 2, monthText: '2 мероприятия' });
    // November: the meetings of 17.11 and 24.11.
    expect(m13).toMatchObject({ readiness: 'ready', month: 2, monthText: '2 встречи' });
    expect(m13?.detail).toBe('домов 2; поручений просрочено 1');
  });

  it('keeps the head’s comments per period and journals each change', async () => {
    const input = { from: '2026-11-23', to: '2026-11-29', measure: 1, comment: 'Рассылка SMS сдвинута на 1 декабря.' };
    await callCoreAs(core, 'head', 'reportPlan.comment', input, 'head');
    await callCoreAs(
      core,
      'head',
      'reportPlan.comment',
      { ...input, comment: 'Рассылка SMS — 1 декабря, 120 адресатов.' },
      'head',
    );
    await callCoreAs(
      core,
      'head',
      'reportPlan.comment',
      { ...input, measure: 0, comment: 'План недели по обзвону не выполнен: два оператора на больничном.' },
      'head',
    );
    const r = await week();
    expect(line(r, 1).comment).toBe('Рассылка SMS — 1 декабря, 120 адресатов.');
    expect(r.generalComment).toBe('План недели по обзвону не выполнен: два оператора на больничном.');
    // The month's report has no comment of the week.
    const month = await callCore<PlanReport>(core, 'reportPlan.get', { kind: 'month' });
    expect(line(month, 1).comment).toBe('');
    const entries = core.ctx.sqlite
      .prepare(
        `SELECT summary, before_json AS before, after_json AS after FROM actions WHERE kind = 'report.comment' ORDER BY id`,
      )
      .all() as Array<{ summary: string; before: string | null; after: string | null }>;
    expect(entries).toHaveLength(3);
    expect(JSON.parse(entries[0]?.before ?? 'null')).toBeNull();
    expect(JSON.parse(entries[1]?.before ?? '{}')).toEqual({
      measure: 1,
      comment: 'Рассылка SMS сдвинута на 1 декабря.',
    });
    expect(JSON.parse(entries[1]?.after ?? '{}')).toEqual({
      measure: 1,
      comment: 'Рассылка SMS — 1 декабря, 120 адресатов.',
    });
    expect(entries[1]?.summary).toContain('мероприятие 1: комментарий изменён');
    // A claims clerk may not write the head's comments.
    const refused = await callCoreAsError(core, 'clerk', 'reportPlan.comment', input, 'claims_clerk');
    expect(refused.code).toBe('AUTH.PERMISSION_DENIED');
  });

  it('refuses a period that cannot be reported on, saying why', async () => {
    const backwards = await callCoreError(core, 'reportPlan.get', {
      kind: 'custom',
      from: '2026-11-20',
      to: '2026-11-10',
    });
    expect(backwards).toMatchObject({ code: 'REPORT.BAD_PERIOD' });
    expect(backwards.message).toBe('Начало периода (20.11.2026) позже его конца (10.11.2026). Отчёт не составлен.');
    const long = await callCoreError(core, 'reportPlan.get', { kind: 'custom', from: '2025-01-01', to: '2026-11-20' });
    expect(long.code).toBe('REPORT.TOO_LONG');
    expect(long.message).toContain('Период отчёта — 689 дн., больше 366');
    const future = await callCoreError(core, 'reportPlan.get', { kind: 'week', date: '2026-12-02' });
    expect(future.code).toBe('REPORT.BAD_PERIOD');
    expect(future.message).toContain('Период начинается 30.11.2026, позже сегодняшнего дня (25.11.2026)');
    const half = await callCoreError(core, 'reportPlan.get', { kind: 'custom', from: '2026-11-01' });
    expect(half.code).toBe('REPORT.BAD_PERIOD');
  });

  it('prints the week’s report: headings, a measure line, the comment, no account number or name', async () => {
    const file = await callCore<PlanReportFile>(core, 'reportPlan.pdf', { kind: 'week' });
    expect(file.pages).toBeGreaterThanOrEqual(2);
    const pdfPath = path.join(core.ctx.dataDir, file.filePath);
    if (process.env.PLAN_REPORT_PDF_COPY) fs.copyFileSync(pdfPath, process.env.PLAN_REPORT_PDF_COPY);
    const text = plain(pdfText(pdfPath)).replace(/\s+/g, ' ');
    expect(text).toContain('Отчёт о выполнении плана мероприятий по снижению задолженности за ЖКУ');
    expect(text).toContain('за неделю с 23.11.2026 по 29.11.2026');
    expect(text).toContain('по состоянию на 25.11.2026');
    expect(text).toContain('SMS-информирование');
    expect(text).toContain('публикаций 1, рейдов 1 (адресов 1)');
    expect(text).toContain('Рассылка SMS — 1 декабря, 120 адресатов.');
    expect(text).toContain('Начальник отдела');
    for (const forbidden of ['1000000001', '1000000002', 'Соколов', 'Орлова', '+7 (916)'])
      expect(text).not.toContain(forbidden);
    const journaled = core.ctx.sqlite.prepare(`SELECT COUNT(*) AS n FROM actions WHERE kind = 'report.plan'`).get() as {
      n: number;
    };
    expect(journaled.n).toBe(1);
  });

  it('writes the XLSX: the plan table, the debt and the trend sheets', async () => {
    const file = await callCore<PlanReportFile>(core, 'reportPlan.xlsx', { kind: 'week' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(core.ctx.dataDir, file.filePath));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', 'Долг', 'Динамика']);
    const plan = wb.getWorksheet('План')!;
    const row1 = plan.getRow(4);
    expect(row1.getCell(1).value).toBe(1);
    expect(row1.getCell(4).value).toBe(25);
    expect(row1.getCell(6).value).toBe(2);
    expect(row1.getCell(8).value).toBe(8);
    expect(row1.getCell(12).value).toBe('Рассылка SMS — 1 декабря, 120 адресатов.');
    expect(wb.getWorksheet('Динамика')!.rowCount).toBe(7);
  });

  it('the CLI writes both files into the folder', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-plan-cli-'));
    try {
      const help = await cli(['report', 'plan', '--help'], core);
      expect(help.code).toBe(0);
      expect(help.out).toContain('--out');
      const r = await cli(['report', 'plan', '--kind', 'month', '--date', '2026-11-02', '--out', out], core);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(plain(r.out)).toContain('Отчёт о выполнении плана за ноябрь 2026 г.');
      expect(fs.readdirSync(out).sort()).toEqual([
        'otchet-plan-2026-11-01-2026-11-30.pdf',
        'otchet-plan-2026-11-01-2026-11-30.xlsx',
      ]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
