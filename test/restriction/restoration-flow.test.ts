/**
 * Measure 8 end to end on the hand-made world (test/restriction/orders-world.ts), dates written by hand:
 *
 *   delivered D = 23.11.2026 → the term's last day D + 20 = 13.12.2026 → order and act of restriction 14.12.2026
 *   → a payment import on 16.12.2026 of 6 000,00 paid on P = 15.12.2026 clears the sewage debt (6 × 1 000,00)
 *   → restoration due P + 2 = 17.12.2026 (Правила № 354 п.120, the dated rule of 2 days)
 *   → on 17.12 due today (0 days left, not overdue); on 18.12 overdue (−1) and counted for the home screen
 *   → the act of restoration on 18.12.2026 → restored.
 *
 * And the agreement branch: 7200000003 (9 000,00 over 3 000,00) restricted 18.12.2026, an agreement signed
 * 19.12.2026 → restoration due 21.12.2026 with the reason «agreement».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCore } from '../support/api-calls';
import type {
  ActRecorded,
  ContractorRow,
  OrderCreated,
  RestorationsView,
} from '../../shared/api/contract-restriction-orders';
import { closeOrdersWorld, ordersWorld, type OrdersWorld } from './orders-world';

let w: OrdersWorld;
const caseOf = (id: number) =>
  w.core.ctx.sqlite
    .prepare(
      `SELECT status, restricted_date AS restricted, restoration_reason AS reason, restoration_due_date AS due,
              restored_date AS restored FROM restriction_cases WHERE id = ?`,
    )
    .get(id);
const actInput = (caseId: number, kind: 'restriction' | 'restoration', actDate: string) => ({
  caseId,
  kind,
  actDate,
  actTime: kind === 'restriction' ? '10:30' : '11:00',
  method: kind === 'restriction' ? 'заглушка на выпуске канализации' : 'заглушка снята',
  present: 'слесарь Петров И. И.',
});

beforeAll(async () => {
  w = await ordersWorld();
  const mapTo = async (inn: string, name: string) => {
    const c = await callCore<ContractorRow>(w.core, 'restrictionOrders.saveContractor', { name });
    const uk = w.core.ctx.sqlite.prepare('SELECT id FROM management_companies WHERE inn = ?').get(inn) as {
      id: number;
    };
    await callCore(w.core, 'restrictionOrders.mapCompany', { managementCompanyId: uk.id, contractorId: c.id });
    return c.id;
  };
  const north = await mapTo('5024000031', 'ООО «Водоканал-Сервис»');
  await mapTo('5024000032', 'ИП Трубников');
  w.setDay('2026-12-14');
  await callCore<OrderCreated>(w.core, 'restrictionOrders.create', { contractorId: north, caseIds: [w.cases.a1] });
});
afterAll(async () => {
  await closeOrdersWorld(w);
});

describe('restriction → payment → restoration due in 2 days → restored', () => {
  it('restricts by the act of 14.12.2026', async () => {
    const act = await callCore<ActRecorded>(
      w.core,
      'restrictionOrders.recordAct',
      actInput(w.cases.a1, 'restriction', '2026-12-14'),
    );
    expect(act.status).toBe('restricted');
    const r = await callCore<RestorationsView>(w.core, 'restrictionOrders.restorations', {});
    expect(r.due).toEqual([]);
    expect(caseOf(w.cases.a1)).toMatchObject({ status: 'restricted', restricted: '2026-12-14' });
  });

  it('the payment import clearing the debt makes the restoration due on P + 2 = 17.12.2026', async () => {
    w.setDay('2026-12-16');
    await w.importPayments('pay-p.csv', ['7200000001;15.12.2026;6000,00;П-15']);
    // Set by the import itself (the check after the summaries are recounted), before anyone lists.
    expect(caseOf(w.cases.a1)).toMatchObject({ status: 'restoration_due', reason: 'paid', due: '2026-12-17' });
    const journal = w.core.ctx.sqlite
      .prepare(
        `SELECT account_id AS a, user_name AS who, summary FROM actions WHERE kind = 'restriction.restoration_due'`,
      )
      .all() as Array<{ a: number; who: string; summary: string }>;
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ a: w.acc.a1, who: 'Программа (проверка восстановления)' });
    expect(journal[0]?.summary).toContain('не позднее 17.12.2026');
    expect(journal[0]?.summary).toContain('погашен полностью 15.12.2026');
  });

  it('on 17.12 it is due today; on 18.12 overdue, first and counted', async () => {
    w.setDay('2026-12-17');
    const today = await callCore<RestorationsView>(w.core, 'restrictionOrders.restorations', {});
    expect(today.due.map((d) => [d.accountNumber, d.restorationDueDate, d.daysLeft, d.overdue])).toEqual([
      ['7200000001', '2026-12-17', 0, false],
    ]);
    expect(today.overdueCount).toBe(0);
    w.setDay('2026-12-18');
    // 7200000003 restricted today (its own order first), so the overdue one must come first in the list.
    const south = (
      w.core.ctx.sqlite.prepare(`SELECT id FROM restriction_contractors WHERE name = 'ИП Трубников'`).get() as {
        id: number;
      }
    ).id;
    await callCore(w.core, 'restrictionOrders.create', { contractorId: south, caseIds: [w.cases.a3] });
    await callCore(w.core, 'restrictionOrders.recordAct', actInput(w.cases.a3, 'restriction', '2026-12-18'));
    const late = await callCore<RestorationsView>(w.core, 'restrictionOrders.restorations', {});
    expect(late.due.map((d) => [d.accountNumber, d.daysLeft, d.overdue])).toEqual([['7200000001', -1, true]]);
    expect(late.overdueCount).toBe(1);
  });

  it('the act of restoration on 18.12.2026 restores the service', async () => {
    const act = await callCore<ActRecorded>(
      w.core,
      'restrictionOrders.recordAct',
      actInput(w.cases.a1, 'restoration', '2026-12-18'),
    );
    expect(act.status).toBe('restored');
    expect(caseOf(w.cases.a1)).toMatchObject({ status: 'restored', restored: '2026-12-18', due: '2026-12-17' });
    const r = await callCore<RestorationsView>(w.core, 'restrictionOrders.restorations', {});
    expect(r.due).toEqual([]);
    expect(r.overdueCount).toBe(0);
    const kinds = (
      w.core.ctx.sqlite
        .prepare(`SELECT kind FROM actions WHERE account_id = ? AND kind LIKE 'restriction.%' ORDER BY id`)
        .all(w.acc.a1) as Array<{ kind: string }>
    ).map((x) => x.kind);
    expect(kinds).toEqual([
      'restriction.ordered',
      'restriction.restricted',
      'restriction.restoration_due',
      'restriction.restored',
    ]);
  });

  it('a signed agreement makes the restoration due on signed + 2 = 21.12.2026', async () => {
    w.setDay('2026-12-19');
    w.core.ctx.sqlite
      .prepare(
        `INSERT INTO repayment_agreements (account_id, number, status, total_kopecks, signed_date, tolerance_kopecks,
           grace_days, measure, user_name, created_at_ms, updated_at_ms)
         VALUES (?, 'С-2026-0001', 'signed', 900000, '2026-12-19', 10000, 5, 8, 'тест', 0, 0)`,
      )
      .run(w.acc.a3);
    const r = await callCore<RestorationsView>(w.core, 'restrictionOrders.restorations', {});
    expect(r.newlyDue).toBe(1);
    expect(r.due.map((d) => [d.accountNumber, d.restorationReason, d.restorationDueDate, d.daysLeft])).toEqual([
      ['7200000003', 'agreement', '2026-12-21', 2],
    ]);
  });
});
