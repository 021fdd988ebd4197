/**
 * A promise to pay through the real API dispatch and real SQLite (a small demo district, the real migrations): the
 * sum travels as integer kopecks end to end (15 000,50 ₽ is 1 500 050 kopecks and reads «15 000,50 ₽», never
 * «15 001 ₽»), and a date the calendar does not have (31.02.2027, month 13) is refused in Russian with nothing
 * written, while 29.02.2028 is a real day. The same holds for results typed into the day's XLSX call list.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CallCard,
  CallQueueSummary,
  CallsImportResult,
  PromiseView,
  QueueItemView,
  RecordCallResult,
} from '../../shared/api/contract-work';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { call, callAsUser, callAsUserError, openDemoCore, type DemoCore } from './demo-district';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('promises to pay: integer kopecks and real calendar dates', () => {
  let demo: DemoCore;
  let userId: number;
  let otherUserId: number;
  let queue: QueueItemView[];

  const promisesOf = (accountId: number) =>
    demo.core.ctx.sqlite
      .prepare('SELECT promised_date AS date, amount_kopecks AS kopecks FROM payment_promises WHERE account_id = ?')
      .all(accountId) as Array<{ date: string; kopecks: number }>;
  const contactsOf = (accountId: number) =>
    (
      demo.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM contacts WHERE account_id = ?').get(accountId) as {
        n: number;
      }
    ).n;

  beforeAll(async () => {
    demo = await openDemoCore(400);
    const summary = await call<CallQueueSummary>(demo.core, 'calls.buildQueue', {});
    userId = summary.perOperator[0]?.userId as number;
    otherUserId = summary.perOperator[1]?.userId as number;
    queue = (await callAsUser<{ items: QueueItemView[] }>(demo.core, userId, 'calls.myQueue', {})).items;
    expect(queue.length).toBeGreaterThanOrEqual(3);
  }, 240_000);

  afterAll(async () => {
    await demo?.close();
  });

  it.each([
    ['2027-02-31', 'Дата обещания: такой даты нет в календаре — 31.02.2027.'],
    ['2026-13-01', 'Дата обещания: такой даты нет в календаре — 01.13.2026.'],
    ['31.02.2027', 'Дата обещания — в виде ГГГГ-ММ-ДД, например 2026-11-25 (получено «31.02.2027»).'],
  ])('refuses a promise dated %s in Russian and writes nothing', async (promiseDate, text) => {
    const accountId = queue[0]?.accountId as number;
    const error = await callAsUserError(demo.core, userId, 'calls.record', {
      accountId,
      outcome: 'promise',
      promiseDate,
      promiseKopecks: 1_500_050,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(text);
    expect(promisesOf(accountId)).toEqual([]);
    expect(contactsOf(accountId)).toBe(0);
  });

  it('refuses rubles as a float: the API takes integer kopecks only', async () => {
    const accountId = queue[0]?.accountId as number;
    const fractional = await callAsUserError(demo.core, userId, 'calls.record', {
      accountId,
      outcome: 'promise',
      promiseDate: '2028-02-29',
      promiseKopecks: 15_000.5,
    });
    expect(fractional.code).toBe('VALIDATION');
    expect(fractional.message).toContain('Сумма — целое число копеек');
    const oldField = await callAsUserError(demo.core, userId, 'calls.record', {
      accountId,
      outcome: 'promise',
      promiseDate: '2028-02-29',
      promiseRub: 15_000.5,
    });
    expect(oldField.code).toBe('VALIDATION');
    expect(promisesOf(accountId)).toEqual([]);
  });

  it('records a promise of 15 000,50 ₽ dated 29.02.2028 as 1 500 050 kopecks and shows it unrounded', async () => {
    const accountId = queue[0]?.accountId as number;
    const result = await callAsUser<RecordCallResult>(demo.core, userId, 'calls.record', {
      accountId,
      outcome: 'promise',
      promiseDate: '2028-02-29',
      promiseKopecks: 1_500_050,
    });
    expect(plain(result.summary)).toBe('Звонок: обещал оплатить 15 000,50 ₽ до 29.02.2028');
    expect(promisesOf(accountId)).toEqual([{ date: '2028-02-29', kopecks: 1_500_050 }]);
    const journal = demo.core.ctx.sqlite
      .prepare(`SELECT summary FROM actions WHERE account_id = ? AND kind = 'call.recorded'`)
      .get(accountId) as { summary: string };
    // The journal's line names the account (the writer puts its number in front).
    expect(plain(journal.summary)).toMatch(/^Л\/с \d+: Звонок: обещал оплатить 15 000,50 ₽ до 29\.02\.2028$/);
    const listed = await call<PromiseView[]>(demo.core, 'promises.list', { status: 'open' });
    expect(listed.find((p) => p.accountId === accountId)).toMatchObject({
      promisedDate: '2028-02-29',
      amountKopecks: 1_500_050,
    });
    const card = await call<CallCard>(demo.core, 'calls.card', { accountId });
    expect(card.openPromises).toEqual([{ promisedDate: '2028-02-29', amountKopecks: 1_500_050 }]);
  });

  it('the XLSX call list: «15 000,50» becomes 1 500 050 kopecks; 31.02.2027 is refused with its line', async () => {
    const file = await call<{ savedPath: string; rows: number }>(demo.core, 'calls.exportXlsx', {
      operatorId: otherUserId,
    });
    expect(file.rows).toBeGreaterThanOrEqual(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.savedPath);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    const fill = (line: number, date: string, sum: string) => {
      const row = sheet.getRow(line);
      row.getCell(9).value = 8; // «обещал оплатить»
      row.getCell(10).value = '10:20';
      row.getCell(11).value = date;
      row.getCell(12).value = sum;
    };
    fill(2, '31.02.2027', '3000');
    fill(3, '29.02.2028', '15 000,50');
    const numbers = [2, 3].map((line) => sheet.getRow(line).getCell(3).value as string);
    const filled = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-promise-xlsx-')), 'results.xlsx');
    await wb.xlsx.writeFile(filled);
    const upload = await saveUpload(demo.core.ctx.dataDir, 'results.xlsx', fs.readFileSync(filled));
    const result = await call<CallsImportResult>(demo.core, 'calls.importXlsx', { uploadId: upload.uploadId });
    expect(result.recorded).toBe(1);
    expect(result.refused).toEqual([
      { line: 2, number: numbers[0], reason: 'дата обещания: такой даты нет в календаре' },
    ]);
    const idOf = (number: string) =>
      (
        demo.core.ctx.sqlite.prepare('SELECT account_id AS id FROM account_summaries WHERE number = ?').get(number) as {
          id: number;
        }
      ).id;
    expect(promisesOf(idOf(numbers[0] as string))).toEqual([]);
    expect(promisesOf(idOf(numbers[1] as string))).toEqual([{ date: '2028-02-29', kopecks: 1_500_050 }]);
  });
});
