/**
 * @file Planning a joint raid with the bailiffs (measure 11): the candidates — debtors with open proceedings,
 * the largest debts first, grouped by building in route order — and the raid itself: its addresses with their
 * place on the route and the debt as it stood that day, journaled once as 'fssp.raid_planned'. An account already
 * in a raid on the same date is neither offered nor accepted again.
 */
import type Database from 'better-sqlite3';
import { eq, inArray } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { accounts } from '../../../shared/db/schema';
import { bailiffDepartments, raidAddresses, raids } from '../../../shared/db/schema-fssp';
import type { RaidCandidatesResult, RaidView } from '../../../shared/api/contract-fssp-raids';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { rublesText } from '../../../shared/documents/money-text';
import { DEBT_BASIS, readOpenDebts, type OpenDebt } from './raid-open-debts';
import { bailiffRouteOrder } from './raid-route-order';
import { readRaid } from './raid-read';

/** Accounts already in a raid on `raidDate`. */
function plannedOn(sqlite: Database.Database, raidDate: string): Set<number> {
  return new Set(
    drizzleOf(sqlite)
      .select({ accountId: raidAddresses.accountId })
      .from(raidAddresses)
      .innerJoin(raids, eq(raids.id, raidAddresses.raidId))
      .where(eq(raids.raidDate, raidDate))
      .all()
      .map((r) => r.accountId),
  );
}

function byDebtDesc(a: OpenDebt, b: OpenDebt): number {
  return b.debtKopecks - a.debtKopecks || a.accountNumber.localeCompare(b.accountNumber, 'ru');
}

export function raidCandidates(
  sqlite: Database.Database,
  input: { departmentId: number | null; raidDate: string | null; limit: number },
): RaidCandidatesResult {
  let debts = readOpenDebts(sqlite);
  if (input.departmentId !== null) debts = debts.filter((d) => d.departmentId === input.departmentId);
  let alreadyPlanned = 0;
  if (input.raidDate !== null) {
    const planned = plannedOn(sqlite, input.raidDate);
    const before = debts.length;
    debts = debts.filter((d) => !planned.has(d.accountId));
    alreadyPlanned = before - debts.length;
  }
  debts.sort(byDebtDesc);
  const chosen = debts.slice(0, input.limit);
  const buildings = bailiffRouteOrder(chosen).map((b) => ({
    buildingId: b.buildingId,
    address: b.address,
    departmentId: b.flats[0]?.departmentId ?? null,
    departmentName: b.flats[0]?.departmentName ?? null,
    maxDebtKopecks: b.maxDebtKopecks,
    totalDebtKopecks: b.totalDebtKopecks,
    flats: b.flats.map((f) => ({
      accountId: f.accountId,
      accountNumber: f.accountNumber,
      debtorName: f.debtorName,
      apartment: f.apartment,
      entrance: f.entrance,
      proceedings: f.proceedings,
      debtKopecks: f.debtKopecks,
    })),
  }));
  return {
    debtBasis: DEBT_BASIS,
    buildings,
    count: chosen.length,
    totalKopecks: chosen.reduce((s, d) => s + d.debtKopecks, 0),
    leftOut: debts.length - chosen.length,
    alreadyPlanned,
  };
}

export interface CreateRaidInput {
  raidDate: string;
  team: string;
  departmentId: number | null;
  accountIds: readonly number[];
}

export function createRaid(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: CreateRaidInput,
): RaidView {
  const db = drizzleOf(sqlite);
  const ids = [...new Set(input.accountIds)];
  const raidId = sqlite.transaction(() => {
    if (input.departmentId !== null) {
      const dept = db
        .select({ id: bailiffDepartments.id })
        .from(bailiffDepartments)
        .where(eq(bailiffDepartments.id, input.departmentId))
        .get();
      if (!dept) throw new AppError('NOT_FOUND', `Отдел судебных приставов (код ${input.departmentId}) не найден.`);
    }
    const debts = readOpenDebts(sqlite, ids);
    const found = new Set(debts.map((d) => d.accountId));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      const numbers = db
        .select({ id: accounts.id, number: accounts.number })
        .from(accounts)
        .where(inArray(accounts.id, missing))
        .all();
      const named = missing.map((id) => numbers.find((n) => n.id === id)?.number ?? `код ${id}`);
      throw new AppError(
        'VALIDATION',
        `Нет открытого исполнительного производства с остатком долга или адреса в реестре: л/с ${named.join(', ')}. Такие адреса в рейд не включаются.`,
      );
    }
    const planned = plannedOn(sqlite, input.raidDate);
    const twice = debts.filter((d) => planned.has(d.accountId));
    if (twice.length > 0)
      throw new AppError(
        'CONFLICT',
        `Уже в рейде на ${formatRuDate(input.raidDate)}: л/с ${twice.map((d) => d.accountNumber).join(', ')}.`,
      );
    const id = db
      .insert(raids)
      .values({
        raidDate: input.raidDate,
        team: input.team,
        departmentId: input.departmentId,
        createdBy: by.name,
        createdAtMs: nowMs,
      })
      .returning({ id: raids.id })
      .get().id;
    const route = bailiffRouteOrder(debts);
    let order = 0;
    for (const b of route)
      for (const f of b.flats)
        db.insert(raidAddresses)
          .values({
            raidId: id,
            accountId: f.accountId,
            proceedingId: f.proceedings[0]?.proceedingId ?? null,
            routeOrder: ++order,
            debtKopecks: f.debtKopecks,
          })
          .run();
    const total = debts.reduce((s, d) => s + d.debtKopecks, 0);
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.raid_planned',
      summary: `Совместный рейд с ФССП на ${formatRuDate(input.raidDate)}: ${order} адр. в ${route.length} дом., долг ${rublesText(total)} ₽.`,
      object: { type: 'raid', id },
      details: {
        raidDate: input.raidDate,
        team: input.team,
        departmentId: input.departmentId,
        addresses: order,
        buildings: route.length,
        debtKopecks: total,
        accountIds: route.flatMap((b) => b.flats.map((f) => f.accountId)),
      },
    });
    return id;
  })();
  return readRaid(sqlite, raidId);
}
