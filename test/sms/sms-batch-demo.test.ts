/**
 * On the default demo district: an SMS batch of ≥ 100 recipients (debt > 30 000 ₽, valid mobile normalised to +7,
 * no opt-out), its gateway file (CSV `phone;text`, UTF-8) with correct segment counts, every message journaled
 * and counted by the cockpit for measure 1, the limits applied to a second batch, and a delivery report.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Cockpit, SmsBatchView, SmsReportResult, SmsWorklist } from '../../shared/api/contract-work';
import { DEFAULT_SMS_TEMPLATE } from '../../shared/rules/contact/sms-template';
import { saveUpload } from '../../electron/core/billing/upload-store';
import { call, callError, openDemoCore, type DemoCore } from '../calls/demo-district';

describe('SMS batch on the demo district', () => {
  let demo: DemoCore;
  let worklist: SmsWorklist;
  let batch: SmsBatchView;
  let csv: string;

  beforeAll(async () => {
    demo = await openDemoCore(3000);
    worklist = await call<SmsWorklist>(demo.core, 'sms.worklist', {});
    batch = await call<SmsBatchView>(demo.core, 'sms.createBatch', { template: DEFAULT_SMS_TEMPLATE });
    const file = await call<{ savedPath: string; base64: string; rows: number; segmentsTotal: number }>(
      demo.core,
      'sms.exportBatch',
      { batchId: batch.id },
    );
    csv = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(fs.readFileSync(file.savedPath, 'utf8')).toBe(csv);
  }, 240_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('has at least 100 recipients, all over 30 000 ₽ with a mobile of someone who did not opt out', () => {
    expect(worklist.eligible).toBeGreaterThanOrEqual(100);
    expect(batch.recipients).toBe(worklist.eligible);
    const rows = demo.core.ctx.sqlite
      .prepare(
        `SELECT m.account_id AS id, m.phone, s.debt_kopecks AS debt,
                (SELECT count(*) FROM account_persons ap JOIN persons p ON p.id = ap.person_id
                  WHERE ap.account_id = m.account_id AND p.sms_consent IS NOT 0
                    AND substr(replace(replace(replace(replace(replace(p.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), -10) = substr(m.phone, 3)) AS owners
           FROM sms_messages m JOIN account_summaries s ON s.account_id = m.account_id WHERE m.batch_id = ?`,
      )
      .all(batch.id) as Array<{ id: number; phone: string; debt: number; owners: number }>;
    expect(rows.length).toBe(batch.recipients);
    for (const r of rows) {
      expect(r.debt).toBeGreaterThan(3_000_000);
      expect(r.phone).toMatch(/^\+79\d{9}$/);
      expect(r.owners).toBeGreaterThan(0);
    }
  });

  it('exports CSV phone;text in UTF-8: each text the template filled in by hand, two Cyrillic segments (70/67)', () => {
    const records = parse(csv, { delimiter: ';' }) as string[][];
    expect(records[0]).toEqual(['phone', 'text']);
    expect(records.length - 1).toBe(batch.recipients);
    const messages = demo.core.ctx.sqlite
      .prepare(
        `SELECT m.phone, m.text, m.segments, m.encoding, a.number, s.debt_kopecks AS debt
           FROM sms_messages m JOIN accounts a ON a.id = m.account_id JOIN account_summaries s ON s.account_id = m.account_id
          WHERE m.batch_id = ? ORDER BY m.id`,
      )
      .all(batch.id) as Array<{
      phone: string;
      text: string;
      segments: number;
      encoding: string;
      number: string;
      debt: number;
    }>;
    expect(messages).toHaveLength(batch.recipients);
    // Rubles as a bank notice writes them, done here by hand: 4 532 050 kopecks → «45 320,50», 4 532 000 → «45 320».
    const rubles = (kopecks: number): string => {
      const whole = String(Math.floor(kopecks / 100));
      const groups: string[] = [];
      for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
      const kop = kopecks % 100;
      return kop === 0 ? groups.join(' ') : `${groups.join(' ')},${kop < 10 ? '0' : ''}${kop}`;
    };
    expect(rubles(4_532_050)).toBe('45 320,50');
    expect(rubles(123_456_705)).toBe('1 234 567,05');
    for (const m of messages) {
      const expected =
        `Долг за ЖКУ по л/с ${m.number} на 25.11.2026: ${rubles(m.debt)} руб. ` +
        'Оплатите по ЕПД в банке или онлайн. Неоплата — пени и суд.';
      expect(m.phone).toMatch(/^\+79\d{9}$/);
      expect(m.text).toBe(expected);
      // Any Cyrillic letter makes it UCS-2: 70 characters alone, 67 a part once longer. The fixed words take 109
      // characters, the sum of a debt over 30 000 ₽ 6 («30 001») to 12 («1 234 567,89»): 115–121 characters,
      // past 70 and within 2 × 67 = 134, so ceil(115…121 / 67) = 2 segments, every one.
      expect(m.text.length).toBeGreaterThanOrEqual(115);
      expect(m.text.length).toBeLessThanOrEqual(121);
      expect(m.encoding).toBe('UCS-2');
      expect(m.segments).toBe(2);
    }
    // The file carries the same phones and texts (row order aside).
    const line = (phone: string, text: string) => `${phone};${text}`;
    expect(
      records
        .slice(1)
        .map(([phone = '', text = '']) => line(phone, text))
        .sort(),
    ).toEqual(messages.map((m) => line(m.phone, m.text)).sort());
    // 2 segments a message, so the batch is twice its recipients.
    expect(batch.segmentsTotal).toBe(2 * batch.recipients);
  });

  it('journals every message; the cockpit counts none for measure 1 until a report says delivered', async () => {
    const sent = demo.core.ctx.sqlite
      .prepare(`SELECT count(*) AS n FROM actions WHERE kind = 'sms.sent' AND measure = 1`)
      .get() as { n: number };
    expect(sent.n).toBe(batch.recipients);
    const cockpit = await call<Cockpit>(demo.core, 'cockpit.get', {});
    const m1 = cockpit.measures.find((m) => m.measure === 1);
    // Exported is not informed: the file may never have reached the gateway. The row says so apart.
    expect(m1).toMatchObject({ today: 0, periodActual: 0, targetCount: 100, hasData: true });
    expect(m1?.detail).toContain(`выгружено ${batch.recipients}, отправлено 0, доставлено 0`);
    expect(cockpit.measures.find((m) => m.measure === 5)).toMatchObject({ hasData: false, today: 0 });
  });

  it('the same batch cannot be sent twice, and the cooldown leaves nobody for a second batch today', async () => {
    expect((await callError(demo.core, 'sms.exportBatch', { batchId: batch.id })).code).toBe('CONFLICT');
    const again = await call<SmsWorklist>(demo.core, 'sms.worklist', {});
    expect(again.eligible).toBe(0);
    expect((await callError(demo.core, 'sms.createBatch', { template: DEFAULT_SMS_TEMPLATE })).message).toContain(
      'некому',
    );
  });

  it('imports a delivery report (phone;status) and counts delivered and failed', async () => {
    const phones = (
      demo.core.ctx.sqlite
        .prepare('SELECT phone FROM sms_messages WHERE batch_id = ? ORDER BY id LIMIT 3')
        .all(batch.id) as Array<{ phone: string }>
    ).map((r) => r.phone);
    const report = `phone;status\n${phones[0]};DELIVRD\n8${phones[1]?.slice(2)};доставлено\n${phones[2]};UNDELIV\n+79990000000;DELIVRD\n`;
    const upload = await saveUpload(demo.core.ctx.dataDir, 'report.csv', Buffer.from(report, 'utf8'));
    const result = await call<SmsReportResult>(demo.core, 'sms.importReport', {
      batchId: batch.id,
      uploadId: upload.uploadId,
    });
    expect(result).toEqual({ matched: 3, delivered: 2, failed: 1, unknown: 1 });
    const batches = await call<SmsBatchView[]>(demo.core, 'sms.batches', {});
    expect(batches[0]).toMatchObject({ delivered: 2, failed: 1, status: 'exported' });
  });

  it('a template with an unknown placeholder is refused', async () => {
    expect((await callError(demo.core, 'sms.createBatch', { template: 'Долг {сума} руб.' })).message).toContain(
      '{сума}',
    );
  });
});
