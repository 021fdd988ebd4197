/**
 * The demo district's bailiffs: two departments marked «(демонстрационный)», not confirmed, whose territories cover
 * the district's streets so that every demo building maps to one (departmentForBuilding answers for each); three
 * owners of the largest debts get a bank account for the route to the bank (ст.8); a second run adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoCore, type DemoCore } from '../calls/demo-district';
import { addDemoDepartments } from '../../electron/core/demo/demo-bailiffs';
import { departmentForBuilding } from '../../electron/core/fssp/department-for-building';
import type { DebtorBanksList, DepartmentsList } from '../../shared/api/contract-fssp-departments';
import { callCore } from '../support/api-calls';

let demo: DemoCore;
const by = { userId: null, name: 'тест' };

beforeAll(async () => {
  demo = await openDemoCore(3000);
}, 300_000);

afterAll(async () => {
  await demo.close();
});

describe('demo bailiffs', () => {
  it('maps every demo building to a demonstration department and gives three debtors a bank', async () => {
    const sqlite = demo.core.ctx.sqlite;
    const result = addDemoDepartments(sqlite, by, demo.clock.now);
    const buildings = sqlite.prepare('SELECT id, address FROM buildings').all() as { id: number; address: string }[];
    expect(buildings.length).toBeGreaterThan(20);
    expect(result.departments).toBe(2);
    expect(result.buildingsMapped).toBe(buildings.length);
    const unmapped = buildings.filter((b) => departmentForBuilding(sqlite, b.id) === null);
    expect(unmapped).toEqual([]);
    // The suburbs go to the second department, the town to the first.
    for (const b of buildings) {
      const d = departmentForBuilding(sqlite, b.id)!;
      expect(d.name.startsWith(/^(р\.п\.|д\.) /.test(b.address) ? 'Нахабинский' : 'Красногорский')).toBe(true);
    }
    const list = await callCore<DepartmentsList>(demo.core, 'departments.list', {});
    expect(list.departments.map((d) => [d.name.endsWith('(демонстрационный)'), d.confirmed])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(list.buildingsWithout).toBe(0);
    expect(list.warnings.some((w) => w.startsWith('Сведения не сверены с сайтом ФССП'))).toBe(true);

    expect(result.bankAccounts).toHaveLength(3);
    const banks = await callCore<DebtorBanksList>(demo.core, 'debtorBanks.list', {
      accountNumber: result.bankAccounts[0]!,
    });
    const withBank = banks.persons.filter((p) => p.banks.length > 0);
    expect(withBank).toHaveLength(1);
    expect(['owner', 'tenant']).toContain(withBank[0]!.role);
    expect(withBank[0]!.banks[0]).toMatchObject({ bankName: 'ПАО Сбербанк', bik: '044525225' });

    const again = addDemoDepartments(sqlite, by, demo.clock.now);
    expect(again).toEqual({ departments: 0, buildingsMapped: 0, bankAccounts: [] });
    expect((sqlite.prepare('SELECT count(*) AS n FROM bailiff_departments').get() as { n: number }).n).toBe(2);
  });
});
