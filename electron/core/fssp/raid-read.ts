/**
 * @file Reading raids: the list with each raid's summary, one raid with its addresses in route order (the debt as
 * snapshot when planned, the proceedings numbers, the outcome recorded), and the summary — how many addresses per
 * outcome, what was paid on the spot and promised.
 */
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { accounts, buildings, premises } from '../../../shared/db/schema';
import { paymentPromises } from '../../../shared/db/schema-work';
import {
  bailiffDepartments,
  enforcementProceedings,
  raidAddresses,
  raids,
  writs,
} from '../../../shared/db/schema-fssp';
import { PROCEEDING_OPEN, RAID_OUTCOMES, type RaidOutcome } from '../../../shared/fssp/fssp-terms';
import type {
  RaidAddressView,
  RaidListItem,
  RaidListResult,
  RaidSummary,
  RaidView,
} from '../../../shared/api/contract-fssp-raids';

type RaidRow = typeof raids.$inferSelect;

export function raidRow(sqlite: Database.Database, raidId: number): RaidRow {
  const row = drizzleOf(sqlite).select().from(raids).where(eq(raids.id, raidId)).get();
  if (!row) throw new AppError('NOT_FOUND', `Рейд № ${raidId} не найден.`);
  return row;
}

function departmentName(sqlite: Database.Database, id: number | null): string | null {
  if (id === null) return null;
  return (
    drizzleOf(sqlite)
      .select({ name: bailiffDepartments.name })
      .from(bailiffDepartments)
      .where(eq(bailiffDepartments.id, id))
      .get()?.name ?? null
  );
}

/** The promise rows a raid's 'promise' outcomes made (linked by account, the raid's date and the recording time). */
export function promiseOfAddress(
  sqlite: Database.Database,
  raidDate: string,
  a: { accountId: number; promiseDate: string | null; recordedAtMs: number | null },
): { id: number; amountKopecks: number; status: string } | null {
  if (a.promiseDate === null || a.recordedAtMs === null) return null;
  return (
    drizzleOf(sqlite)
      .select({ id: paymentPromises.id, amountKopecks: paymentPromises.amountKopecks, status: paymentPromises.status })
      .from(paymentPromises)
      .where(
        and(
          eq(paymentPromises.accountId, a.accountId),
          eq(paymentPromises.madeDate, raidDate),
          eq(paymentPromises.promisedDate, a.promiseDate),
          eq(paymentPromises.atMs, a.recordedAtMs),
        ),
      )
      .get() ?? null
  );
}

function summaryOf(
  sqlite: Database.Database,
  raid: RaidRow,
  rows: ReadonlyArray<typeof raidAddresses.$inferSelect>,
): RaidSummary {
  const counts = Object.fromEntries(RAID_OUTCOMES.map((o) => [o, 0])) as Record<RaidOutcome, number>;
  let paid = 0;
  let promised = 0;
  let debt = 0;
  for (const r of rows) {
    debt += r.debtKopecks;
    if (r.outcome === null) continue;
    counts[r.outcome] += 1;
    if (r.outcome === 'paid') paid += r.paidKopecks ?? 0;
    if (r.outcome === 'promise') promised += promiseOfAddress(sqlite, raid.raidDate, r)?.amountKopecks ?? 0;
  }
  const recorded = rows.filter((r) => r.outcome !== null).length;
  return {
    raidId: raid.id,
    addresses: rows.length,
    recorded,
    pending: rows.length - recorded,
    counts,
    paidKopecks: paid,
    promisedKopecks: promised,
    debtKopecks: debt,
  };
}

function addressRows(sqlite: Database.Database, raidId: number) {
  return drizzleOf(sqlite)
    .select()
    .from(raidAddresses)
    .where(eq(raidAddresses.raidId, raidId))
    .orderBy(asc(raidAddresses.routeOrder))
    .all();
}

export function readRaidSummary(sqlite: Database.Database, raidId: number): RaidSummary {
  const raid = raidRow(sqlite, raidId);
  return summaryOf(sqlite, raid, addressRows(sqlite, raidId));
}

function listItem(sqlite: Database.Database, raid: RaidRow): RaidListItem {
  return {
    id: raid.id,
    raidDate: raid.raidDate,
    team: raid.team,
    departmentId: raid.departmentId,
    departmentName: departmentName(sqlite, raid.departmentId),
    routeDocumentId: raid.routeDocumentId,
    createdBy: raid.createdBy,
    summary: summaryOf(sqlite, raid, addressRows(sqlite, raid.id)),
  };
}

export function listRaids(sqlite: Database.Database): RaidListResult {
  const db = drizzleOf(sqlite);
  const rows = db.select().from(raids).orderBy(desc(raids.raidDate), desc(raids.id)).all();
  return {
    raids: rows.map((r) => listItem(sqlite, r)),
    departments: db
      .select({ id: bailiffDepartments.id, name: bailiffDepartments.name })
      .from(bailiffDepartments)
      .where(eq(bailiffDepartments.active, 1))
      .orderBy(asc(bailiffDepartments.name))
      .all(),
  };
}

export function readRaid(sqlite: Database.Database, raidId: number): RaidView {
  const db = drizzleOf(sqlite);
  const raid = raidRow(sqlite, raidId);
  const rows = db
    .select({
      a: raidAddresses,
      accountNumber: accounts.number,
      apartment: premises.apartment,
      entrance: premises.entrance,
      buildingId: buildings.id,
      buildingAddress: buildings.address,
      proceedingNumber: enforcementProceedings.number,
      debtorName: writs.debtorName,
    })
    .from(raidAddresses)
    .innerJoin(accounts, eq(accounts.id, raidAddresses.accountId))
    .innerJoin(premises, eq(premises.id, accounts.premisesId))
    .innerJoin(buildings, eq(buildings.id, premises.buildingId))
    .leftJoin(enforcementProceedings, eq(enforcementProceedings.id, raidAddresses.proceedingId))
    .leftJoin(writs, eq(writs.id, enforcementProceedings.writId))
    .where(eq(raidAddresses.raidId, raidId))
    .orderBy(asc(raidAddresses.routeOrder))
    .all();
  const accountIds = rows.map((r) => r.a.accountId);
  // Other proceedings of the same accounts that still run: the sheet names every number the bailiff may need.
  const others = accountIds.length
    ? db
        .select({ accountId: writs.accountId, id: enforcementProceedings.id, number: enforcementProceedings.number })
        .from(enforcementProceedings)
        .innerJoin(writs, eq(writs.id, enforcementProceedings.writId))
        .where(and(inArray(writs.accountId, accountIds), inArray(enforcementProceedings.status, [...PROCEEDING_OPEN])))
        .orderBy(asc(enforcementProceedings.id))
        .all()
    : [];
  const addresses: RaidAddressView[] = rows.map((r) => {
    const numbers = r.proceedingNumber ? [r.proceedingNumber] : [];
    for (const o of others)
      if (o.accountId === r.a.accountId && o.id !== r.a.proceedingId && !numbers.includes(o.number))
        numbers.push(o.number);
    return {
      routeOrder: r.a.routeOrder,
      accountId: r.a.accountId,
      accountNumber: r.accountNumber,
      debtorName: r.debtorName ?? '',
      buildingId: r.buildingId,
      buildingAddress: r.buildingAddress,
      apartment: r.apartment,
      entrance: r.entrance,
      proceedingNumbers: numbers,
      debtKopecks: r.a.debtKopecks,
      outcome: r.a.outcome,
      paidKopecks: r.a.paidKopecks,
      promiseDate: r.a.promiseDate,
      note: r.a.note,
      recordedBy: r.a.recordedBy,
      recordedAtMs: r.a.recordedAtMs,
    };
  });
  return { ...listItem(sqlite, raid), addresses };
}
