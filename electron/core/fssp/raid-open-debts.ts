/**
 * @file What a raid can go after: per account, its enforcement proceedings that still run (opened or suspended,
 * PROCEEDING_OPEN) with what is left of each — the sum in the proceedings minus the sums the bailiffs collected —
 * and the flat, building and department the account belongs to. Accounts without a flat in the registry have no
 * address to visit and are not returned; proceedings with nothing left are ignored.
 *
 * The department of an address is the building's (the building map, departmentForBuilding's rule: an inactive
 * department counts as none), else the department named in the proceedings.
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, buildings, premises } from '../../../shared/db/schema';
import {
  bailiffDepartments,
  buildingDepartments,
  enforcementProceedings,
  fsspCollections,
  writs,
} from '../../../shared/db/schema-fssp';
import { PROCEEDING_OPEN } from '../../../shared/fssp/fssp-terms';
import type { RaidCandidateFlat, RaidProceedingRef } from '../../../shared/api/contract-fssp-raids';
import type { RouteFlat } from './raid-route-order';

export interface OpenDebt extends RaidCandidateFlat, RouteFlat {
  departmentId: number | null;
  departmentName: string | null;
}

export const DEBT_BASIS =
  'Долг — остаток по открытым исполнительным производствам (возбуждено или приостановлено): сумма по постановлению ' +
  'минус взысканное приставами. Именно его взыскивает пристав; текущий долг по лицевому счёту может включать месяцы, ' +
  'не вошедшие в исполнительный документ.';

/** Open debts per account, for all accounts or only `accountIds`. */
export function readOpenDebts(sqlite: Database.Database, accountIds?: readonly number[]): OpenDebt[] {
  const db = drizzleOf(sqlite);
  const collected = db
    .select({
      proceedingId: fsspCollections.proceedingId,
      amount: sql<number>`sum(${fsspCollections.amountKopecks})`.as('amount'),
    })
    .from(fsspCollections)
    .groupBy(fsspCollections.proceedingId)
    .as('collected');
  const open = inArray(enforcementProceedings.status, [...PROCEEDING_OPEN]);
  const rows = db
    .select({
      proceedingId: enforcementProceedings.id,
      number: enforcementProceedings.number,
      status: enforcementProceedings.status,
      debtKopecks: enforcementProceedings.debtKopecks,
      collectedKopecks: sql<number>`coalesce(${collected.amount}, 0)`,
      proceedingDepartmentId: enforcementProceedings.departmentId,
      accountId: writs.accountId,
      debtorName: writs.debtorName,
      accountNumber: accounts.number,
      apartment: premises.apartment,
      entrance: premises.entrance,
      buildingId: buildings.id,
      buildingAddress: buildings.address,
    })
    .from(enforcementProceedings)
    .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
    .innerJoin(accounts, eq(accounts.id, writs.accountId))
    .innerJoin(premises, eq(premises.id, accounts.premisesId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .leftJoin(collected, eq(collected.proceedingId, enforcementProceedings.id))
    .where(accountIds ? and(open, inArray(writs.accountId, [...accountIds])) : open)
    .all();

  const buildingDept = new Map(
    db
      .select({ buildingId: buildingDepartments.buildingId, id: bailiffDepartments.id, name: bailiffDepartments.name })
      .from(buildingDepartments)
      .innerJoin(bailiffDepartments, eq(bailiffDepartments.id, buildingDepartments.departmentId))
      .where(eq(bailiffDepartments.active, 1))
      .all()
      .map((r) => [r.buildingId, { id: r.id, name: r.name }]),
  );
  const deptNames = new Map(
    db
      .select({ id: bailiffDepartments.id, name: bailiffDepartments.name })
      .from(bailiffDepartments)
      .all()
      .map((r) => [r.id, r.name]),
  );

  const byAccount = new Map<number, OpenDebt>();
  for (const r of rows) {
    const balance = r.debtKopecks - Number(r.collectedKopecks);
    if (balance <= 0) continue;
    let d = byAccount.get(r.accountId);
    if (!d) {
      const dept = buildingDept.get(r.buildingId);
      const departmentId = dept?.id ?? r.proceedingDepartmentId ?? null;
      d = {
        accountId: r.accountId,
        accountNumber: r.accountNumber,
        debtorName: r.debtorName,
        apartment: r.apartment,
        entrance: r.entrance,
        buildingId: r.buildingId,
        buildingAddress: r.buildingAddress,
        departmentId,
        departmentName: dept?.name ?? (departmentId === null ? null : (deptNames.get(departmentId) ?? null)),
        proceedings: [],
        debtKopecks: 0,
      };
      byAccount.set(r.accountId, d);
    }
    const ref: RaidProceedingRef = {
      proceedingId: r.proceedingId,
      number: r.number,
      status: r.status as RaidProceedingRef['status'],
      balanceKopecks: balance,
    };
    d.proceedings.push(ref);
    d.debtKopecks += balance;
  }
  const result = [...byAccount.values()];
  for (const d of result)
    d.proceedings.sort((a, b) => b.balanceKopecks - a.balanceKopecks || a.proceedingId - b.proceedingId);
  return result;
}
