/**
 * @file Measures 8 and 12 on the demo district, end to end through the API as the office works (the way the issue is
 * judged): a demo debtor's sewage taken through warning → delivery → the 20-day term on a test clock → order to the
 * contractor → act of restriction → payment → restoration due in 2 days → act of restoration; the restriction refused
 * without a delivered warning and while the term runs; the warning read back naming the exact sewage debt; the
 * cockpit's steps. Then eviction: offered only to social tenants more than six months without payment, refused for an
 * owner, a case opened and matched to a free dwelling of the municipal stock by the dormitory norm; closing the case
 * frees the dwelling. (The agreement kept and then broken: test/agreements/agreement-kept-then-broken.test.ts.)
 *
 * Dates by hand: delivered against signature on Wed 02.12.2026; 2 + 20 = 22 → the term's last day is 22.12.2026, the
 * act is refused on 22.12 and accepted on 23.12; the debt paid on 24.12.2026 → restoration due 24 + 2 = 26.12.2026,
 * overdue on 27.12.2026.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { addDemoServiceNorms } from '../../electron/core/demo/demo-service-norms';
import { addDemoHousingStock } from '../../electron/core/demo/demo-housing-stock';
import { importFiles } from '../../electron/core/billing/import-files';
import { readAccountDebt } from '../../electron/core/debt/account-debt-repo';
import { callCoreAs, callCoreAsError } from '../support/api-calls';
import type { Cockpit } from '../../shared/api/contract-work';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
let demo: DemoCore;
const by = { userId: null, name: 'тест' };
const SEWAGE = 'Водоотведение';
const at = (date: string) => {
  demo.clock.now = Date.parse(`${date}T09:00:00+03:00`);
};
const clerk = (method: string, input: unknown) => callCoreAs<Any>(demo.core, 'klerk8', method, input, 'claims_clerk');
const clerkRefused = (method: string, input: unknown) =>
  callCoreAsError(demo.core, 'klerk8', method, input, 'claims_clerk');
const lawyer = (method: string, input: unknown) => callCoreAs<Any>(demo.core, 'sokolov', method, input, 'lawyer');
const lawyerRefused = (method: string, input: unknown) =>
  callCoreAsError(demo.core, 'sokolov', method, input, 'lawyer');
const sql = <T>(query: string, ...params: unknown[]) => demo.core.ctx.sqlite.prepare(query).all(...params) as T[];
/** 12 345,67 as the documents write it (thousands apart, comma before the kopecks). */
const rubles = (k: number) =>
  `${String(Math.trunc(k / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(k % 100).padStart(2, '0')}`;
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
const act = (caseId: number, kind: 'restriction' | 'restoration', actDate: string) => ({
  caseId,
  kind,
  actDate,
  actTime: '10:30',
  method: kind === 'restriction' ? 'заглушка на выпуске канализации' : 'заглушка снята',
  present: 'слесарь Петров И. И., потребитель не явился',
});

beforeAll(async () => {
  demo = await openDemoCore(3000);
  addDemoServiceNorms(demo.core.ctx.sqlite, by, demo.clock.now);
  addDemoHousingStock(demo.core.ctx.sqlite, by, demo.clock.now);
}, 300_000);

afterAll(async () => {
  await demo?.close();
});

describe('measure 8: a demo debtor’s sewage from the warning to the restoration', () => {
  let accountId: number;
  let number: string;
  let caseId: number;
  let debt: number;

  it('the worklist and the card agree on the sewage debt over its threshold by the norm', async () => {
    at('2026-12-01');
    const worklist = await clerk('restriction.worklist', {});
    const candidate = (worklist.candidates as Any[]).find((c) =>
      c.services.some((s: Any) => s.service === SEWAGE && s.basis === 'norm'),
    );
    expect(candidate).toBeDefined();
    accountId = candidate.accountId;
    number = candidate.number;
    const line = candidate.services.find((s: Any) => s.service === SEWAGE);
    expect(line.debtKopecks).toBeGreaterThan(line.thresholdKopecks);
    const card = await clerk('restriction.serviceDebts', { accountId });
    const cardLine = card.lines.find((l: Any) => l.service === SEWAGE);
    expect(cardLine).toMatchObject({ debtKopecks: line.debtKopecks, overThreshold: true, restrictable: true });
    // Heating is never restricted, whatever its debt.
    const heating = card.lines.find((l: Any) => l.service === 'Отопление');
    if (heating) expect(heating).toMatchObject({ restrictable: false, overThreshold: false });
    const trace = await clerk('account.evaluate', { accountId });
    expect(trace.measures.find((m: Any) => m.measure === 8).available).toBe(true);
    debt = line.debtKopecks;
  });

  it('warns against signature; the warning names the exact sewage debt; no act without a delivered warning', async () => {
    const warned = await clerk('restriction.warn', {
      items: [{ accountId, service: SEWAGE }],
      deliveryMethod: 'signature',
    });
    expect(warned.refused).toEqual([]);
    caseId = warned.caseIds[0];
    const doc = sql<{ path: string }>(
      `SELECT d.file_path AS path FROM restriction_cases c JOIN generated_documents d ON d.id = c.warning_document_id
        WHERE c.id = ?`,
      caseId,
    )[0]!;
    const text = pdfText(path.join(demo.core.ctx.dataDir, doc.path)).replace(/\s+/g, ' ');
    expect(text).toContain(number);
    const [whole, kop] = rubles(debt).split(',');
    expect(text).toContain(`Просроченный долг по услуге: ${whole} руб. ${kop} коп.`);
    expect(text).toContain('Сумма указана только по услуге «Водоотведение»');
    expect(text).toContain('в течение 20 дней со дня доставки');
    // A restriction under way: measure 8 is no longer offered for the account.
    const trace = await clerk('account.evaluate', { accountId });
    expect(trace.measures.find((m: Any) => m.measure === 8).available).toBe(false);
    const refused = await clerkRefused('restrictionOrders.recordAct', act(caseId, 'restriction', '2026-12-01'));
    expect(refused.code).toBe('RESTRICTION.NO_DELIVERED_WARNING');
    expect(sql('SELECT id FROM restriction_acts')).toHaveLength(0);
    expect(sql<{ status: string }>('SELECT status FROM restriction_cases WHERE id = ?', caseId)[0]!.status).toBe(
      'warned',
    );
  });

  it('delivered on 02.12.2026: the term runs to 22.12.2026; the act is refused on its last day', async () => {
    at('2026-12-02');
    const delivered = await clerk('restriction.recordDelivery', {
      caseId,
      method: 'signature',
      deliveredDate: '2026-12-02',
    });
    expect(delivered).toMatchObject({ status: 'delivered', deliveredDate: '2026-12-02', timerEndsDate: '2026-12-22' });
    at('2026-12-22');
    const running = await clerkRefused('restrictionOrders.recordAct', act(caseId, 'restriction', '2026-12-22'));
    expect(running.code).toBe('RESTRICTION.TIMER_RUNNING');
    const timers = await clerk('restriction.timers', {});
    expect(timers.running.find((t: Any) => t.caseId === caseId)?.daysLeft).toBe(0);
  });

  it('on 23.12.2026: the order to the contractor and the act of restriction', async () => {
    at('2026-12-23');
    const contractor = await clerk('restrictionOrders.saveContractor', { name: 'МУП «Водоканал» (демонстрационный)' });
    const company = sql<{ id: number }>('SELECT management_company_id AS id FROM accounts WHERE id = ?', accountId)[0]!;
    await clerk('restrictionOrders.mapCompany', { managementCompanyId: company.id, contractorId: contractor.id });
    const candidates = await clerk('restrictionOrders.candidates', {});
    const group = (candidates.groups as Any[]).find((g) => g.contractorId === contractor.id);
    expect(group.cases.map((c: Any) => c.caseId)).toContain(caseId);
    const order = await clerk('restrictionOrders.create', { contractorId: contractor.id, caseIds: [caseId] });
    expect(order.number).toMatch(/^З-2026-\d{4}$/);
    const orderPdf = sql<{ path: string }>(
      'SELECT file_path AS path FROM generated_documents WHERE id = (SELECT pdf_document_id FROM restriction_orders WHERE id = ?)',
      order.orderId,
    )[0]!;
    expect(pdfText(path.join(demo.core.ctx.dataDir, orderPdf.path))).toContain(number);
    const recorded = await clerk('restrictionOrders.recordAct', act(caseId, 'restriction', '2026-12-23'));
    expect(recorded).toBeDefined();
    expect(
      sql<{ status: string; restricted: string }>(
        'SELECT status, restricted_date AS restricted FROM restriction_cases WHERE id = ?',
        caseId,
      )[0],
    ).toEqual({ status: 'restricted', restricted: '2026-12-23' });
  });

  it('the debt paid on 24.12.2026: restoration due on 26.12.2026, overdue on 27.12, then restored by its act', async () => {
    at('2026-12-24');
    const overdue = readAccountDebt(demo.core.ctx.sqlite, accountId, '2026-12-24').overdueKopecks;
    expect(overdue).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-pay-'));
    const file = path.join(dir, 'payments-2026-12-24.csv');
    fs.writeFileSync(
      file,
      `Лицевой счёт;Дата оплаты;Сумма, руб.;Номер платежа\r\n${number};24.12.2026;${rubles(overdue).replace(/ /g, '')};П-24122026-1\r\n`,
    );
    await importFiles({
      sqlite: demo.core.ctx.sqlite,
      dataDir: demo.core.ctx.dataDir,
      by,
      nowMs: demo.clock.now,
      files: [{ path: file, fileName: 'payments-2026-12-24.csv' }],
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(
      sql<{ status: string; reason: string; due: string }>(
        `SELECT status, restoration_reason AS reason, restoration_due_date AS due FROM restriction_cases WHERE id = ?`,
        caseId,
      )[0],
    ).toEqual({ status: 'restoration_due', reason: 'paid', due: '2026-12-26' });
    at('2026-12-27');
    const restorations = await clerk('restrictionOrders.restorations', {});
    const row = (restorations.due as Any[]).find((r) => r.caseId === caseId);
    expect(row).toMatchObject({ overdue: true, daysLeft: -1 });
    expect(restorations.overdueCount).toBeGreaterThanOrEqual(1);
    await clerk('restrictionOrders.recordAct', act(caseId, 'restoration', '2026-12-27'));
    expect(
      sql<{ status: string; restored: string }>(
        'SELECT status, restored_date AS restored FROM restriction_cases WHERE id = ?',
        caseId,
      )[0],
    ).toEqual({ status: 'restored', restored: '2026-12-27' });
    const kinds = sql<{ kind: string }>(
      `SELECT kind FROM actions WHERE account_id = ? AND kind LIKE 'restriction.%' ORDER BY id`,
      accountId,
    ).map((r) => r.kind);
    expect(kinds).toEqual([
      'restriction.warning',
      'restriction.delivered',
      'restriction.ordered',
      'restriction.restricted',
      'restriction.restoration_due',
      'restriction.restored',
    ]);
  });

  it('the cockpit counts the three steps of December', async () => {
    const cockpit = await callCoreAs<Cockpit>(demo.core, 'morozova', 'cockpit.get', {}, 'head');
    const m8 = cockpit.measures.find((m) => m.measure === 8)!;
    expect(m8).toMatchObject({
      month: 3,
      monthText: '3 шага',
      detail: 'предупреждений доставлено 1, ограничено 1, восстановлено 1',
    });
  });
});

describe('measure 12: eviction only for social tenants, with the housing match', () => {
  let caseId: number;

  it('offers only social tenants more than six months without payment, and refuses an owner', async () => {
    at('2026-12-28');
    const result = await lawyer('eviction.candidates', {});
    const candidates = result.candidates as Any[];
    expect(candidates.length).toBeGreaterThan(0);
    const tenures = new Set(
      sql<{ tenure: string }>(
        `SELECT tenure FROM accounts WHERE id IN (${candidates.map((c) => Number(c.accountId)).join(',')})`,
      ).map((r) => r.tenure),
    );
    expect([...tenures]).toEqual(['social_tenant']);
    for (const c of candidates) expect(c.monthsWithoutPayment).toBeGreaterThan(6);
    const owner = sql<{ id: number }>(
      `SELECT a.id FROM accounts a JOIN account_summaries s ON s.account_id = a.id
        WHERE a.tenure = 'owner' AND s.months_in_arrears > 6 ORDER BY s.debt_kopecks DESC LIMIT 1`,
    )[0]!;
    const refused = await lawyerRefused('eviction.open', { accountId: owner.id });
    expect(refused.code).toBe('EVICTION.NOT_ELIGIBLE');
    expect(refused.message).toContain('собственник');
    expect(sql('SELECT id FROM eviction_cases')).toHaveLength(0);
    // The first candidate whose settlement has a free dwelling big enough.
    for (const c of candidates) {
      const opened = await lawyer('eviction.open', { accountId: c.accountId });
      const match = await lawyer('housing.candidates', { caseId: opened.id });
      if (match.candidates.length > 0) {
        caseId = opened.id;
        break;
      }
      await lawyer('eviction.step', {
        caseId: opened.id,
        step: 'closed',
        date: '2026-12-28',
        reason: 'тест: нет жилья',
      });
    }
    expect(caseId).toBeDefined();
  });

  it('matches free dwellings of the same settlement by 6 m² a person, reserves one; closing frees it', async () => {
    const match = await lawyer('housing.candidates', { caseId });
    const household = sql<{ n: number }>('SELECT household_size AS n FROM eviction_cases WHERE id = ?', caseId)[0]!.n;
    for (const c of match.candidates as Any[]) {
      expect(c.dwelling.status).toBe('free');
      expect(c.dwelling.livingAreaCentiM2).toBeGreaterThanOrEqual(600 * household);
    }
    const dwellingId = match.candidates[0].dwelling.id;
    await lawyer('housing.reserve', { caseId, dwellingId });
    expect(
      sql<{ status: string; caseId: number }>(
        'SELECT status, reserved_case_id AS caseId FROM housing_stock WHERE id = ?',
        dwellingId,
      )[0],
    ).toEqual({ status: 'reserved', caseId });
    await lawyer('eviction.step', { caseId, step: 'closed', date: '2026-12-28', reason: 'долг погашен (тест)' });
    expect(sql<{ status: string }>('SELECT status FROM housing_stock WHERE id = ?', dwellingId)[0]!.status).toBe(
      'free',
    );
  });
});
