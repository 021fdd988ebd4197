/**
 * The SMS preview through the real dispatch and SQLite: it is the message one of today's recipients will get — the
 * batch's own text for that account, with its number and its debt — never a made-up sample (the screen showed
 * «45 320,50 руб.» next to an account owing 725 749,10) nor the district's largest debt when that account gets no
 * SMS at all (the old `sms.preview` took the top of account_summaries whoever it was).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmsBatchView, SmsPreview, SmsWorklist } from '../../shared/api/contract-work';
import { DEFAULT_SMS_TEMPLATE } from '../../shared/rules/contact/sms-template';
import { call, callError, openDemoCore, type DemoCore } from '../calls/demo-district';

/** Rubles as an SMS writes them, spelt out here independently: 72574910 → «725 749,10», 3000000 → «30 000». */
function rub(kopecks: number): string {
  const whole = String(Math.floor(kopecks / 100))
    .split('')
    .reverse()
    .join('')
    .replace(/(\d{3})(?=\d)/g, '$1 ')
    .split('')
    .reverse()
    .join('');
  return kopecks % 100 === 0 ? whole : `${whole},${String(kopecks % 100).padStart(2, '0')}`;
}

describe('SMS preview', () => {
  let demo: DemoCore;
  let worklist: SmsWorklist;
  let topDebtor: { id: number; number: string; debt: number };

  beforeAll(async () => {
    demo = await openDemoCore(600);
    const sqlite = demo.core.ctx.sqlite;
    // The district's largest debt gets no SMS today: a bankruptcy bars every contact (ФЗ-230).
    topDebtor = sqlite
      .prepare(
        'SELECT account_id AS id, number, debt_kopecks AS debt FROM account_summaries ORDER BY debt_kopecks DESC LIMIT 1',
      )
      .get() as { id: number; number: string; debt: number };
    await call(demo.core, 'account.block', { accountId: topDebtor.id, category: 'bankrupt', note: 'банкротство' });
    worklist = await call<SmsWorklist>(demo.core, 'sms.worklist', {});
  }, 240_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('has recipients to preview, the largest debt not among them', () => {
    expect(worklist.sample.length).toBeGreaterThanOrEqual(3);
    expect(worklist.sample.map((r) => r.accountId)).not.toContain(topDebtor.id);
    expect(rub(72_574_910)).toBe('725 749,10');
    expect(rub(3_000_000)).toBe('30 000');
  });

  it('by default shows the first recipient’s own message: its number, its debt, the worklist’s date', async () => {
    const first = worklist.sample[0];
    if (!first) throw new Error('no recipient');
    const preview = await call<SmsPreview>(demo.core, 'sms.preview', { template: DEFAULT_SMS_TEMPLATE });
    expect(preview.recipient).toEqual(first);
    const summary = demo.core.ctx.sqlite
      .prepare('SELECT debt_kopecks AS debt, address FROM account_summaries WHERE account_id = ?')
      .get(first.accountId) as { debt: number; address: string };
    expect(first.debtKopecks).toBe(summary.debt);
    expect(first.address).toBe(summary.address);
    expect(preview.text).toBe(
      `Долг за ЖКУ по л/с ${first.number} на 25.11.2026: ${rub(summary.debt)} руб. Оплатите по ЕПД в банке или онлайн. Неоплата — пени и суд.`,
    );
    expect(preview.text).not.toContain(topDebtor.number);
    expect(preview.text).not.toContain(rub(topDebtor.debt));
    expect(preview.text).not.toContain('45 320,50');
  });

  it('shows a chosen recipient’s message, and refuses an account that gets no SMS today', async () => {
    const third = worklist.sample[2];
    if (!third) throw new Error('no third recipient');
    const preview = await call<SmsPreview>(demo.core, 'sms.preview', {
      template: 'Л/с {счёт}, {адрес}: {сумма} руб.',
      accountId: third.accountId,
    });
    expect(preview.text).toBe(`Л/с ${third.number}, ${third.address}: ${rub(third.debtKopecks)} руб.`);
    const refused = await callError(demo.core, 'sms.preview', {
      template: DEFAULT_SMS_TEMPLATE,
      accountId: topDebtor.id,
    });
    expect(refused.code).toBe('NOT_FOUND');
    expect(refused.message).toBe('Этого лицевого счёта нет среди сегодняшних получателей SMS.');
  });

  it('the batch sends each previewed account exactly the previewed text', async () => {
    const picked = [worklist.sample[0], worklist.sample[2]].map((r) => r?.accountId as number);
    const previews = await Promise.all(
      picked.map((accountId) =>
        call<SmsPreview>(demo.core, 'sms.preview', { template: DEFAULT_SMS_TEMPLATE, accountId }),
      ),
    );
    const batch = await call<SmsBatchView>(demo.core, 'sms.createBatch', { template: DEFAULT_SMS_TEMPLATE });
    const sent = demo.core.ctx.sqlite.prepare('SELECT text FROM sms_messages WHERE batch_id = ? AND account_id = ?');
    picked.forEach((accountId, i) => {
      expect((sent.get(batch.id, accountId) as { text: string }).text).toBe(previews[i]?.text);
    });
  });
});
