/**
 * @file The building → bailiffs' department map (229-ФЗ ст.33: the department of the debtor's residence): the list
 * of buildings with their department or «не привязан» (filtered to the unmapped), the mapping by the territory
 * ranges (never overriding a row set by hand), and the setting of a building's department by hand. When exactly
 * one department is active and it has no territories at all, it covers the whole district (one ОСП for the town).
 * departmentForBuilding (department-for-building.ts) reads what this writes.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments, bailiffTerritories, buildingDepartments } from '../../../shared/db/schema-fssp';
import { buildings, managementCompanies } from '../../../shared/db/schema';
import type {
  BuildingDepartmentRow,
  BuildingDepartmentsList,
  MapDepartmentsResult,
} from '../../../shared/api/contract-fssp-departments';
import { findTerritory, type TerritoryRange } from '../../../shared/court/court-territory-match';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';

const ROW_LIMIT = 2000;

export type BuildingDepartmentFilter = 'all' | 'unmapped';

function rowsOf(sqlite: Database.Database, buildingId?: number) {
  const db = drizzleOf(sqlite);
  return db
    .select({
      buildingId: buildings.id,
      address: buildings.address,
      addressSearch: buildings.addressSearch,
      companyName: managementCompanies.name,
      departmentId: bailiffDepartments.id,
      name: bailiffDepartments.name,
      source: buildingDepartments.source,
    })
    .from(buildings)
    .innerJoin(managementCompanies, eq(managementCompanies.id, buildings.managementCompanyId))
    .leftJoin(buildingDepartments, eq(buildingDepartments.buildingId, buildings.id))
    .leftJoin(
      bailiffDepartments,
      and(eq(bailiffDepartments.id, buildingDepartments.departmentId), eq(bailiffDepartments.active, 1)),
    )
    .where(buildingId === undefined ? undefined : eq(buildings.id, buildingId))
    .orderBy(asc(buildings.addressSearch))
    .all()
    .map((r) => ({
      search: r.addressSearch,
      row: {
        buildingId: r.buildingId,
        address: r.address,
        companyName: r.companyName,
        department:
          r.departmentId !== null && r.name !== null && r.source !== null
            ? { departmentId: r.departmentId, name: r.name, source: r.source }
            : null,
      } satisfies BuildingDepartmentRow,
    }));
}

export function listBuildingDepartments(
  sqlite: Database.Database,
  filter: BuildingDepartmentFilter = 'all',
  search = '',
  departmentId?: number,
): BuildingDepartmentsList {
  const all = rowsOf(sqlite);
  const needle = foldForSearch(search);
  const matching = all
    .filter(({ search: s, row }) => {
      if (needle !== '' && !s.includes(needle)) return false;
      if (departmentId !== undefined && row.department?.departmentId !== departmentId) return false;
      return filter === 'all' || row.department === null;
    })
    .map((r) => r.row);
  return {
    rows: matching.slice(0, ROW_LIMIT),
    total: matching.length,
    buildingsTotal: all.length,
    unmapped: all.filter((r) => r.row.department === null).length,
  };
}

/** Applies the active departments' territory ranges to every building; rows set by hand stay. One transaction. */
export function mapBuildingDepartments(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
): MapDepartmentsResult {
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const active = new Set(
      db
        .select({ id: bailiffDepartments.id })
        .from(bailiffDepartments)
        .where(eq(bailiffDepartments.active, 1))
        .all()
        .map((d) => d.id),
    );
    // The matcher (shared with the courts) names its owner `courtId`; here it carries the department's id.
    const ranges: TerritoryRange[] = db
      .select()
      .from(bailiffTerritories)
      .all()
      .filter((t) => active.has(t.departmentId))
      .map((t) => ({
        courtId: t.departmentId,
        street: t.street,
        houseFrom: t.houseFrom,
        houseTo: t.houseTo,
        parity: t.parity,
      }));
    const onlyOne = active.size === 1 && ranges.length === 0 ? [...active][0]! : null;
    const existing = new Map(
      db
        .select()
        .from(buildingDepartments)
        .all()
        .map((r) => [r.buildingId, r]),
    );
    let mapped = 0;
    let manualKept = 0;
    let without = 0;
    const list = db.select({ id: buildings.id, address: buildings.address }).from(buildings).all();
    for (const b of list) {
      const had = existing.get(b.id);
      if (had?.source === 'manual') {
        manualKept++;
        if (!active.has(had.departmentId)) without++;
        continue;
      }
      const found = findTerritory(b.address, ranges)?.courtId ?? onlyOne;
      if (found === null) {
        without++;
        if (had) db.delete(buildingDepartments).where(eq(buildingDepartments.buildingId, b.id)).run();
        continue;
      }
      if (had?.departmentId === found) continue;
      db.insert(buildingDepartments)
        .values({ buildingId: b.id, departmentId: found, source: 'range', updatedAtMs: nowMs })
        .onConflictDoUpdate({
          target: buildingDepartments.buildingId,
          set: { departmentId: found, source: 'range', updatedAtMs: nowMs },
        })
        .run();
      mapped++;
    }
    const summary =
      `Дома привязаны к отделам судебных приставов (всего домов: ${list.length}). Назначено или изменено: ` +
      `${mapped}; заданных вручную оставлено: ${manualKept}; без отдела: ${without}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary,
      object: { type: 'table', id: 'building_departments' },
      details: { buildings: list.length, mapped, manualKept, without },
    });
    return { buildings: list.length, mapped, manualKept, without, summary };
  })();
}

/** Sets a building's department by hand (source 'manual'), or clears it (the ranges apply at the next mapping). */
export function setBuildingDepartment(
  sqlite: Database.Database,
  input: { buildingId: number; departmentId: number | null },
  by: JournalActor,
  nowMs: number,
): BuildingDepartmentRow {
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const building = db
      .select({ id: buildings.id, address: buildings.address })
      .from(buildings)
      .where(eq(buildings.id, input.buildingId))
      .get();
    if (!building) throw new AppError('NOT_FOUND', `Дома № ${input.buildingId} нет в базе.`);
    const where = eq(buildingDepartments.buildingId, input.buildingId);
    const before = db
      .select({
        departmentId: buildingDepartments.departmentId,
        source: buildingDepartments.source,
        name: bailiffDepartments.name,
      })
      .from(buildingDepartments)
      .innerJoin(bailiffDepartments, eq(bailiffDepartments.id, buildingDepartments.departmentId))
      .where(where)
      .get();
    let afterName: string | null = null;
    if (input.departmentId === null) db.delete(buildingDepartments).where(where).run();
    else {
      const department = db
        .select()
        .from(bailiffDepartments)
        .where(eq(bailiffDepartments.id, input.departmentId))
        .get();
      if (!department)
        throw new AppError('NOT_FOUND', `Отдела судебных приставов № ${input.departmentId} нет в справочнике.`);
      if (department.active !== 1)
        throw new AppError('CONFLICT', `Отдел «${department.name}» не действует: выберите действующий.`);
      afterName = department.name;
      db.insert(buildingDepartments)
        .values({ buildingId: input.buildingId, departmentId: department.id, source: 'manual', updatedAtMs: nowMs })
        .onConflictDoUpdate({
          target: buildingDepartments.buildingId,
          set: { departmentId: department.id, source: 'manual', updatedAtMs: nowMs },
        })
        .run();
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.department',
      summary:
        afterName === null
          ? `${building.address}: отдел судебных приставов снят вручную (будет назначен по территориям).`
          : `${building.address}: отдел судебных приставов задан вручную — «${afterName}».`,
      object: { type: 'table', id: `building_departments/${input.buildingId}` },
      before: before ?? null,
      after:
        input.departmentId === null ? null : { departmentId: input.departmentId, source: 'manual', name: afterName },
    });
    return rowsOf(sqlite, input.buildingId)[0]!.row;
  })();
}
