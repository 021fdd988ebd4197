/**
 * @file Measure 8's warnings on a hand-made district (warnings-fixture.ts; the figures are worked there by hand),
 * through the API as a claims clerk: a warning with the exact sewage debt, delivered against signature on a test clock
 * and its 20-day term written by hand; the post route — one batch with a letter per warning, the mail item returned
 * unclaimed and so deemed delivered on its date (ГК ст.165.1); refusals with their Russian reasons (under the
 * threshold, an honoured agreement, a case already open); closing; and a call that fails half way leaving nothing.
 * The rule evaluator's facts (restriction-facts.ts) and the agreements' verdict are the real ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, openHandDistrict, type HandDistrict } from './warnings-fixture';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import { pageFontSizes, pageWords, pdfText } from '../claims/documents-district';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
let d: HandDistrict;
const clerk = (method: string, input: unknown) => callCoreAs<Any>(d.core, 'ivanova', method, input, 'claims_clerk');
const refused = (method: string, input: unknown) => callCoreAsError(d.core, 'ivanova', method, input, 'claims_clerk');
const sql = <T>(query: string, ...params: unknown[]) => d.core.ctx.sqlite.prepare(query).all(...params) as T[];
const count = (table: string) => sql<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]!.n;
const docPath = (documentId: number) =>
  path.join(
    d.core.ctx.dataDir,
    sql<{ p: string }>('SELECT file_path AS p FROM generated_documents WHERE id = ?', documentId)[0]!.p,
  );
const SEWAGE = 'Водоотведение';
/** No-break spaces (between thousands) as plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  d = await openHandDistrict();
}, 120_000);
afterAll(async () => {
  await d?.close();
});

describe('restriction warnings (measure 8)', () => {
  let signatureCase: number;
  let postCase: number;

  it('warns about the exact sewage debt; refuses under the threshold with the reason', async () => {
    const r = await clerk('restriction.warn', {
      items: [
        { accountId: d.accountId('8100000001'), service: SEWAGE },
        { accountId: d.accountId('8100000002'), service: SEWAGE },
      ],
      deliveryMethod: 'signature',
    });
    expect(r.batchId).toBeNull();
    expect(r.caseIds).toHaveLength(1);
    signatureCase = r.caseIds[0];
    // 8100000002 owes 500,00 for 10.2026 only: not over 1 000,00 — the evaluator says so first.
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].number).toBe('8100000002');
    expect(r.refused[0].reason).toMatch(/мероприятие 8 недоступно/);

    const c = sql<Any>('SELECT * FROM restriction_cases WHERE id = ?', signatureCase)[0];
    expect(c).toMatchObject({
      status: 'warned',
      service: SEWAGE,
      debt_kopecks: 275000, // 250,00 + 5 × 500,00
      threshold_kopecks: 100000, // 2 × 500,00
      threshold_basis: 'average',
      as_of_date: '2026-12-06',
      warning_date: '2026-12-06',
      restriction_possible: 1,
      delivery_method: 'signature',
      mail_item_id: null,
      delivered_date: null,
    });
    const journal = sql<Any>(`SELECT account_id, measure, summary FROM actions WHERE kind = 'restriction.warning'`);
    expect(journal).toHaveLength(1);
    expect(journal[0].account_id).toBe(d.accountId('8100000001'));
    expect(journal[0].measure).toBe(8);
    expect(plain(journal[0].summary)).toContain('2 750 руб. 00 коп.');

    const file = docPath(c.warning_document_id);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('ПРЕДУПРЕЖДЕНИЕ');
    expect(text).toContain('Соболевой Нине Юрьевне');
    expect(text).toContain('Соболеву Алексею Ростиславовичу');
    expect(text).toContain('8100000001');
    expect(text).toContain('«Водоотведение» в размере 2 750 руб. 00 коп. за май 2026 — октябрь 2026');
    expect(text).toContain('Сумма указана только по услуге «Водоотведение»');
    expect(text).toContain('1 000 руб. 00 коп.');
    expect(text).toContain('в течение 20 дней со дня доставки настоящего предупреждения');
    expect(text).toContain('будет сначала ограничено, а затем');
    expect(text).toContain('соглашение о погашении задолженности');
    expect(text).toContain('40702810938000012345');
    expect(text).toContain('Петрова Анна Сергеевна');
    expect(text).toMatch(/ст\. 153, 155, 157 Жилищного кодекса РФ/);
    // Costs are 0 in the seeded rules: not mentioned.
    expect(text).not.toContain('Расходы исполнителя');
    // Form: every text ≥ 11 pt, nothing left of the 20 mm margin (56,7 pt).
    expect(Math.min(...(await pageFontSizes(file, 1)))).toBeGreaterThanOrEqual(11);
    expect(Math.min(...pageWords(file, 1).map((w) => w.xMin))).toBeGreaterThanOrEqual(56.6);
  });

  it('refuses a second warning while the case is open, and an account whose agreement is honoured', async () => {
    // A signed agreement with its first instalment paid on time (24.11 for 25.11), the second not yet due: kept.
    const agreementAccount = d.accountId('8100000004');
    const agreementId = d.core.ctx.sqlite
      .prepare(
        `INSERT INTO repayment_agreements (account_id, number, status, total_kopecks, signed_date, tolerance_kopecks,
           grace_days, measure, user_name, created_at_ms, updated_at_ms)
         VALUES (?, 'С-2026-0001', 'signed', 360000, '2026-11-20', 10000, 5, 8, 'тест', 0, 0)`,
      )
      .run(agreementAccount).lastInsertRowid;
    d.core.ctx.sqlite
      .prepare(
        `INSERT INTO agreement_instalments (agreement_id, seq, due_date, amount_kopecks)
         VALUES (?, 1, '2026-11-25', 180000), (?, 2, '2026-12-25', 180000)`,
      )
      .run(agreementId, agreementId);
    const r = await clerk('restriction.warn', {
      items: [
        { accountId: d.accountId('8100000001'), service: SEWAGE },
        { accountId: agreementAccount, service: SEWAGE },
      ],
      deliveryMethod: 'epd',
    });
    expect(r.caseIds).toEqual([]);
    expect(r.refused.map((x: Any) => x.number)).toEqual(['8100000001', '8100000004']);
    expect(r.refused[0].reason).toMatch(/мероприятие 8 недоступно/);
    expect(r.refused[1].reason).toMatch(/мероприятие 8 недоступно.*соглашени/i);
    expect(sql('SELECT id FROM restriction_cases')).toHaveLength(1);
  });

  it('takes the delivery against signature on D and runs the term to D + 20', async () => {
    d.clock.now = at('2026-12-09');
    const future = await refused('restriction.recordDelivery', {
      caseId: signatureCase,
      method: 'signature',
      deliveredDate: '2026-12-10',
    });
    expect(future.message).toBe('Дата доставки 10.12.2026 ещё не наступила. Ничего не изменено.');
    const early = await refused('restriction.recordDelivery', {
      caseId: signatureCase,
      method: 'signature',
      deliveredDate: '2026-12-05',
    });
    expect(early.message).toContain('раньше даты предупреждения 06.12.2026');

    const c = await clerk('restriction.recordDelivery', {
      caseId: signatureCase,
      method: 'signature',
      deliveredDate: '2026-12-08',
      note: 'вручено лично собственнику',
    });
    // 08.12.2026 + 20 days = 28.12.2026 (by hand: 8 + 20 = 28, December has 31 days).
    expect(c).toMatchObject({
      status: 'delivered',
      deliveredDate: '2026-12-08',
      timerEndsDate: '2026-12-28',
      daysLeft: 19,
    });
    const j = sql<Any>(`SELECT action_date, summary FROM actions WHERE kind = 'restriction.delivered'`);
    expect(j).toEqual([
      {
        action_date: '2026-12-08',
        summary: expect.stringContaining('под подпись 08.12.2026; срок 20 дн. — по 28.12.2026') as unknown,
      },
    ]);
    const again = await refused('restriction.recordDelivery', {
      caseId: signatureCase,
      method: 'sms',
      deliveredDate: '2026-12-09',
    });
    expect(again.code).toBe('RESTRICTION.BAD_STEP');

    const timers = await clerk('restriction.timers', {});
    expect(timers.running.map((t: Any) => [t.caseId, t.timerEndsDate, t.daysLeft])).toEqual([
      [signatureCase, '2026-12-28', 19],
    ]);
    expect(timers.ended).toEqual([]);
  });

  it('sends by post as one batch with a letter; the letter returned unclaimed is deemed delivered on its date', async () => {
    d.clock.now = at('2026-12-10');
    const r = await clerk('restriction.warn', {
      items: [{ accountId: d.accountId('8100000003'), service: SEWAGE }],
      deliveryMethod: 'post',
      restrictionPossible: false,
    });
    expect(r.refused).toEqual([]);
    postCase = r.caseIds[0];
    expect(r.batchId).toEqual(expect.any(Number));
    const batch = sql<Any>(
      'SELECT kind, status, total_items, print_file FROM document_batches WHERE id = ?',
      r.batchId,
    )[0];
    expect(batch).toMatchObject({ kind: 'restriction_warnings', status: 'done', total_items: 1 });
    expect(batch.print_file).toMatch(/pechat-preduprezhdeniya/);
    const items = sql<Any>(
      'SELECT id, recipient_name, total_kopecks, position FROM mail_items WHERE batch_id = ?',
      r.batchId,
    );
    expect(items).toEqual([
      { id: expect.any(Number), recipient_name: 'Петров Пётр Петрович', total_kopecks: 360000, position: 1 },
    ]);
    const c = sql<Any>(
      'SELECT mail_item_id, debt_kopecks, restriction_possible, warning_document_id FROM restriction_cases WHERE id = ?',
      postCase,
    )[0];
    expect(c).toMatchObject({ mail_item_id: items[0].id, debt_kopecks: 360000, restriction_possible: 0 });
    const text = pdfText(docPath(c.warning_document_id)).replace(/\s+/g, ' ');
    expect(text).toContain('3 600 руб. 00 коп.');
    expect(text).toContain('приостановлено без предварительного ограничения');
    expect(text).toContain('технически невозможно');

    // Measure 5's mailing works on the batch: the letters and the plan of form 103.
    const letters = await clerk('mailing.letters', { batchId: r.batchId });
    expect(letters.map((l: Any) => l.orderNumber)).toEqual([`${r.batchId}-1`]);
    const plan = await clerk('mailing.plan', { batchId: r.batchId });
    expect(plan.letters).toBe(1);
    expect(plan.senders.map((x: Any) => [x.name, x.letters])).toEqual([['ООО «УК Тестовая»', 1]]);

    // Not recorded by hand: a letter takes the mail's outcome.
    const byHand = await refused('restriction.recordDelivery', {
      caseId: postCase,
      method: 'signature',
      deliveredDate: '2026-12-10',
    });
    expect(byHand.code).toBe('RESTRICTION.BAD_STEP');

    d.clock.now = at('2026-12-16');
    await clerk('mailing.setOutcome', { mailItemId: items[0].id, outcome: 'returned', date: '2026-12-15' });
    const after = sql<Any>(
      'SELECT status, delivery_method, delivered_date, timer_ends_date FROM restriction_cases WHERE id = ?',
      postCase,
    )[0];
    // 15.12.2026 + 20 days = 04.01.2027 (15 + 20 = 35; 35 − 31 = 4).
    expect(after).toEqual({
      status: 'delivered',
      delivery_method: 'post',
      delivered_date: '2026-12-15',
      timer_ends_date: '2027-01-04',
    });
    const j = sql<Any>(
      `SELECT summary FROM actions WHERE kind = 'restriction.delivered' AND account_id = ?`,
      d.accountId('8100000003'),
    );
    expect(j).toHaveLength(1);
    expect(j[0].summary).toContain('считается доставленным');
    // Not journaled as a claim's delivery (measure 5).
    expect(sql(`SELECT id FROM actions WHERE kind = 'claim.delivery'`)).toEqual([]);
    // A later change of the letter's outcome does not move the running term nor count the delivery twice.
    d.clock.now = at('2026-12-18');
    await clerk('mailing.setOutcome', { mailItemId: items[0].id, outcome: 'delivered', date: '2026-12-17' });
    await clerk('restriction.timers', {});
    expect(sql<Any>('SELECT delivered_date FROM restriction_cases WHERE id = ?', postCase)[0].delivered_date).toBe(
      '2026-12-15',
    );
    expect(
      sql(`SELECT id FROM actions WHERE kind = 'restriction.delivered' AND account_id = ?`, d.accountId('8100000003')),
    ).toHaveLength(1);
  });

  it('the timers: the signature case ends on 28.12.2026, the post case runs to 04.01.2027', async () => {
    d.clock.now = at('2026-12-28');
    const t = await clerk('restriction.timers', {});
    expect(t.warningDays).toBe(20);
    expect(t.ended.map((x: Any) => [x.caseId, x.daysLeft])).toEqual([[signatureCase, 0]]);
    expect(t.running.map((x: Any) => [x.caseId, x.daysLeft])).toEqual([[postCase, 7]]);
    const page = await clerk('restriction.cases', { status: 'delivered' });
    expect(page.total).toBe(2);
  });

  it('closes a case before the restriction, never after', async () => {
    const closed = await clerk('restriction.close', { caseId: postCase, reason: 'Долг погашен полностью 27.12.2026.' });
    expect(closed.status).toBe('closed');
    expect(sql<Any>(`SELECT summary FROM actions WHERE kind = 'restriction.closed'`)[0].summary).toContain(
      'Долг погашен полностью',
    );
    d.core.ctx.sqlite.prepare(`UPDATE restriction_cases SET status = 'restricted' WHERE id = ?`).run(signatureCase);
    const late = await refused('restriction.close', { caseId: signatureCase, reason: 'ошибка' });
    expect(late.code).toBe('RESTRICTION.BAD_STEP');
    expect(late.message).toContain('оформите восстановление');
    d.core.ctx.sqlite.prepare(`UPDATE restriction_cases SET status = 'delivered' WHERE id = ?`).run(signatureCase);
  });

  it('a call that fails half way leaves nothing behind', async () => {
    d.clock.now = at('2026-12-28');
    const before = {
      cases: count('restriction_cases'),
      documents: count('generated_documents'),
      batches: count('document_batches'),
      mail: count('mail_items'),
      actions: count('actions'),
    };
    const folder = path.join(d.core.ctx.dataDir, 'documents', 'restriction', 'warnings', '2026-12-28');
    // The second warning's journal entry fails: the first account's case, document and letter were already written.
    d.core.ctx.sqlite.exec(`
      CREATE TEMP TRIGGER fail_second_warning BEFORE INSERT ON actions
      WHEN NEW.kind = 'restriction.warning' AND (SELECT count(*) FROM restriction_cases WHERE warning_date = '2026-12-28') >= 2
      BEGIN SELECT RAISE(ABORT, 'сбой записи (проверка)'); END;`);
    try {
      const error = await refused('restriction.warn', {
        items: [
          { accountId: d.accountId('8100000005'), service: SEWAGE },
          { accountId: d.accountId('8100000006'), service: SEWAGE },
        ],
        deliveryMethod: 'post',
      });
      expect(error.code).toBeDefined();
    } finally {
      d.core.ctx.sqlite.exec('DROP TRIGGER fail_second_warning');
    }
    expect({
      cases: count('restriction_cases'),
      documents: count('generated_documents'),
      batches: count('document_batches'),
      mail: count('mail_items'),
      actions: count('actions'),
    }).toEqual(before);
    const left = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    expect(left).toEqual([]);
  });
});
