/**
 * The text each of today's SMS recipients gets, through the real dispatch and SQLite: the batch's message to an
 * account carries that account's own number, debt and address and the worklist's date — never a made-up sample (the
 * screen once showed «45 320,50 руб.» next to an account owing 725 749,10) — and an account that gets no SMS today
 * (the district's largest debt, barred by a bankruptcy) gets no message. The screen's preview renders the same text
 * in the renderer (SmsPage.test.tsx, calls.e2e.test.ts); the expected texts here are spelt out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmsBatchView, SmsWorklist } from '../../shared/api/contract-work';
import { call, openDemoCore, type DemoCore } from '../calls/demo-district';

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

/** Every placeholder once: {счёт}, {адрес}, {дата}, {сумма}, {оплата}. */
const TEMPLATE = 'Л/с {счёт}, {адрес}: долг на {дата} {сумма} руб. Оплатите {оплата}.';

describe('SMS text per recipient', () => {
  let demo: DemoCore;
  let worklist: SmsWorklist;
  let topDebtor: { id: number; number: string; debt: number };
  let batch: SmsBatchView;
  const textTo = (accountId: number): string | undefined =>
    (
      demo.core.ctx.sqlite
        .prepare('SELECT text FROM sms_messages WHERE batch_id = ? AND account_id = ?')
        .get(batch.id, accountId) as { text: string } | undefined
    )?.text;

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
    batch = await call<SmsBatchView>(demo.core, 'sms.createBatch', { template: TEMPLATE });
  }, 240_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('has recipients, the largest debt not among them', () => {
    expect(worklist.sample.length).toBeGreaterThanOrEqual(3);
    expect(worklist.sample.map((r) => r.accountId)).not.toContain(topDebtor.id);
    expect(rub(72_574_910)).toBe('725 749,10');
    expect(rub(3_000_000)).toBe('30 000');
  });

  it('sends the first and the third recipient each its own number, address, debt and the worklist’s date', () => {
    for (const r of [worklist.sample[0], worklist.sample[2]]) {
      if (!r) throw new Error('too few recipients');
      const summary = demo.core.ctx.sqlite
        .prepare('SELECT number, debt_kopecks AS debt, address FROM account_summaries WHERE account_id = ?')
        .get(r.accountId) as { number: string; debt: number; address: string };
      expect(r).toMatchObject({ number: summary.number, debtKopecks: summary.debt, address: summary.address });
      // The demo clock is Wednesday 25.11.2026; {оплата} is the standard «по ЕПД в банке или онлайн».
      expect(textTo(r.accountId)).toBe(
        `Л/с ${summary.number}, ${summary.address}: долг на 25.11.2026 ${rub(summary.debt)} руб. Оплатите по ЕПД в банке или онлайн.`,
      );
      expect(textTo(r.accountId)).not.toContain('45 320,50');
    }
  });

  it('sends nothing to an account that gets no SMS today', () => {
    expect(textTo(topDebtor.id)).toBeUndefined();
  });
});
