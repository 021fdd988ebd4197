/**
 * Orders to restriction contractors on the hand-made world (test/restriction/orders-world.ts): the candidates wait
 * for the term to end (13.12.2026), the debt is re-read (7200000002 paid 5 000,00 on 10.12: 6 000,00 − 5 000,00 =
 * 1 000,00 ≤ 2 000,00 → listed apart, to close), grouped by the contractor of the УК (УК «Юг» has none); the order
 * «З-2026-0001» of 14.12.2026 for 7200000001 — its PDF and XLSX read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCore, callCoreError } from '../support/api-calls';
import { pageFontSizes, pageWords, pdfText } from '../claims/documents-district';
import type {
  ContractorRow,
  OrderCandidatesView,
  OrderCreated,
  OrdersListView,
  RestrictionCaseRow,
} from '../../shared/api/contract-restriction-orders';
import { closeOrdersWorld, ordersWorld, type OrdersWorld } from './orders-world';

let w: OrdersWorld;
let contractor: ContractorRow;
const file = (documentId: number) =>
  path.join(
    w.core.ctx.dataDir,
    (
      w.core.ctx.sqlite.prepare('SELECT file_path AS f FROM generated_documents WHERE id = ?').get(documentId) as {
        f: string;
      }
    ).f,
  );

beforeAll(async () => {
  w = await ordersWorld();
  contractor = await callCore<ContractorRow>(w.core, 'restrictionOrders.saveContractor', {
    name: 'ООО «Водоканал-Сервис»',
    address: 'г. Красногорск, ул. Заводская, д. 1',
    phone: '+7 (495) 000-00-01',
  });
  const uk = w.core.ctx.sqlite.prepare(`SELECT id FROM management_companies WHERE inn = '5024000031'`).get() as {
    id: number;
  };
  await callCore(w.core, 'restrictionOrders.mapCompany', { managementCompanyId: uk.id, contractorId: contractor.id });
});
afterAll(async () => {
  await closeOrdersWorld(w);
});

describe('orders to contractors', () => {
  it('lists nothing to order while the term runs, and refuses an order', async () => {
    const c = await callCore<OrderCandidatesView>(w.core, 'restrictionOrders.candidates', {});
    expect(c.groups).toEqual([]);
    expect(c.timerRunning).toBe(3);
    const e = await callCoreError(w.core, 'restrictionOrders.create', {
      contractorId: contractor.id,
      caseIds: [w.cases.a1],
    });
    expect(e.code).toBe('RESTRICTION.TIMER_RUNNING');
  });

  it('after the term: by contractor, the paid-down case apart, the unmapped УК shown', async () => {
    w.setDay('2026-12-10');
    await w.importPayments('pay-1.csv', ['7200000002;10.12.2026;5000,00;П-1']);
    w.setDay('2026-12-14');
    const c = await callCore<OrderCandidatesView>(w.core, 'restrictionOrders.candidates', {});
    expect(c.today).toBe('2026-12-14');
    expect(c.timerRunning).toBe(0);
    const brief = (r: RestrictionCaseRow) => [r.accountNumber, r.debtKopecks, r.thresholdKopecks, r.overThreshold];
    expect(c.groups.map((g) => [g.contractorName, g.companies.map((x) => x.name), g.cases.map(brief)])).toEqual([
      ['ООО «Водоканал-Сервис»', ['ООО «УК Север»'], [['7200000001', 600000, 200000, true]]],
      [null, ['ООО «УК Юг»'], [['7200000003', 900000, 300000, true]]],
    ]);
    expect(c.belowThreshold.map(brief)).toEqual([['7200000002', 100000, 200000, false]]);
  });

  it('refuses an order with an undelivered warning, a paid-down case or another contractor’s address', async () => {
    const e1 = await callCoreError(w.core, 'restrictionOrders.create', {
      contractorId: contractor.id,
      caseIds: [w.cases.a1, w.cases.a4],
    });
    expect(e1.code).toBe('RESTRICTION.NO_DELIVERED_WARNING');
    const e2 = await callCoreError(w.core, 'restrictionOrders.create', {
      contractorId: contractor.id,
      caseIds: [w.cases.a2],
    });
    expect(e2.code).toBe('RESTRICTION.NOT_ELIGIBLE');
    const e3 = await callCoreError(w.core, 'restrictionOrders.create', {
      contractorId: contractor.id,
      caseIds: [w.cases.a3],
    });
    expect(e3.code).toBe('CONFLICT');
    expect(w.core.ctx.sqlite.prepare('SELECT count(*) AS n FROM restriction_orders').get()).toEqual({ n: 0 });
  });

  it('makes the order «З-2026-0001»: the PDF and the XLSX list the address, the cases become ordered', async () => {
    const o = await callCore<OrderCreated>(w.core, 'restrictionOrders.create', {
      contractorId: contractor.id,
      caseIds: [w.cases.a1],
    });
    expect(o.number).toBe('З-2026-0001');
    expect(o.orderDate).toBe('2026-12-14');
    const pdf = file(o.pdfDocumentId);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const s of [
      'Заявка № З-2026-0001 от 14.12.2026',
      'ООО «Водоканал-Сервис»',
      'г. Красногорск, ул. Лесная, д. 4',
      '7200000001',
      'Водоотведение',
      '6 000,00',
      '23.11.2026',
      '13.12.2026',
      'ограничение, затем приостановление',
      '47-АД19-2',
      'Всего: 1 адрес, долг по услугам 6 000,00 руб.',
    ])
      expect(text).toContain(s);
    // Form: body ≥ 11 pt, nothing left of the 20 mm margin (56.7 pt).
    expect(Math.min(...(await pageFontSizes(pdf, 1)))).toBeGreaterThanOrEqual(11);
    expect(Math.min(...pageWords(pdf, 1).map((x) => x.xMin))).toBeGreaterThanOrEqual(56.6);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file(o.xlsxDocumentId));
    const sheet = book.getWorksheet('Адреса');
    const row = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1, 10);
    expect(row(4)).toEqual([
      1,
      'г. Красногорск, ул. Лесная, д. 4',
      '12',
      '7200000001',
      'Водоотведение',
      6000,
      '23.11.2026',
      '13.12.2026',
      'ограничение, затем приостановление',
    ]);
    const list = await callCore<OrdersListView>(w.core, 'restrictionOrders.list', {});
    expect(list.orders.map((x) => [x.number, x.contractorName, x.caseCount])).toEqual([
      ['З-2026-0001', 'ООО «Водоканал-Сервис»', 1],
    ]);
    expect(list.ordered.map((r) => [r.accountNumber, r.status, r.orderNumber])).toEqual([
      ['7200000001', 'ordered', 'З-2026-0001'],
    ]);
    const journal = w.core.ctx.sqlite
      .prepare(
        `SELECT kind, account_id AS a, measure FROM actions WHERE kind IN ('restriction.ordered', 'restriction.order') ORDER BY id`,
      )
      .all();
    expect(journal).toEqual([
      { kind: 'restriction.ordered', a: w.acc.a1, measure: 8 },
      { kind: 'restriction.order', a: null, measure: null },
    ]);
    // The same case is not ordered twice.
    const again = await callCoreError(w.core, 'restrictionOrders.create', {
      contractorId: contractor.id,
      caseIds: [w.cases.a1],
    });
    expect(again.code).toBe('RESTRICTION.BAD_STEP');
    if (process.env.ORDERS_PNG_DIR) fs.copyFileSync(pdf, path.join(process.env.ORDERS_PNG_DIR, 'order.pdf'));
  });

  it('closes the paid-down case instead of ordering it', async () => {
    const closed = await callCore<RestrictionCaseRow>(w.core, 'restrictionOrders.closeCase', {
      caseId: w.cases.a2,
      reason: 'долг погашен ниже порога',
    });
    expect(closed.status).toBe('closed');
    const c = await callCore<OrderCandidatesView>(w.core, 'restrictionOrders.candidates', {});
    expect(c.belowThreshold).toEqual([]);
  });
});
