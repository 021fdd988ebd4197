/**
 * @file Reading the bailiffs' departments directory (ОСП): each department with its territories and the count of
 * buildings mapped to it, and the warnings the «Отделы ФССП» tab shows — the directory is empty (it starts so: the
 * Krasnogorsk department's details are not confirmed), no territories, details not checked, buildings without one.
 */
import type Database from 'better-sqlite3';
import { asc, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { bailiffDepartments, bailiffTerritories, buildingDepartments } from '../../../shared/db/schema-fssp';
import { buildings } from '../../../shared/db/schema';
import type {
  DepartmentsList,
  DepartmentTerritoryView,
  DepartmentView,
} from '../../../shared/api/contract-fssp-departments';
import { AppError } from '../app-error';

type DepartmentRow = typeof bailiffDepartments.$inferSelect;

export const EMPTY_DIRECTORY_WARNING =
  'Справочник отделов пуст: загрузите его из файла по шаблону или добавьте отдел вручную. ' +
  'Пока отдела нет, заявления о возбуждении исполнительного производства некуда адресовать.';

export function departmentView(
  row: DepartmentRow,
  territories: DepartmentTerritoryView[],
  buildingsMapped: number,
): DepartmentView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    address: row.address,
    phone: row.phone,
    email: row.email,
    seniorBailiff: row.seniorBailiff,
    confirmed: row.confirmed === 1,
    active: row.active === 1,
    note: row.note,
    territories,
    buildingsMapped,
  };
}

function territoryMap(sqlite: Database.Database, departmentId?: number): Map<number, DepartmentTerritoryView[]> {
  const db = drizzleOf(sqlite);
  const rows = db
    .select()
    .from(bailiffTerritories)
    .where(departmentId === undefined ? undefined : eq(bailiffTerritories.departmentId, departmentId))
    .orderBy(asc(bailiffTerritories.streetSearch), asc(bailiffTerritories.houseFrom), asc(bailiffTerritories.id))
    .all();
  const map = new Map<number, DepartmentTerritoryView[]>();
  for (const t of rows) {
    const list = map.get(t.departmentId) ?? [];
    list.push({ id: t.id, street: t.street, houseFrom: t.houseFrom, houseTo: t.houseTo, parity: t.parity });
    map.set(t.departmentId, list);
  }
  return map;
}

function mappedCounts(sqlite: Database.Database): Map<number, number> {
  return new Map(
    drizzleOf(sqlite)
      .select({ departmentId: buildingDepartments.departmentId, n: sql<number>`count(*)` })
      .from(buildingDepartments)
      .groupBy(buildingDepartments.departmentId)
      .all()
      .map((r) => [r.departmentId, r.n]),
  );
}

export function readDepartment(sqlite: Database.Database, id: number): DepartmentView {
  const row = drizzleOf(sqlite).select().from(bailiffDepartments).where(eq(bailiffDepartments.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Отдела судебных приставов № ${id} нет в справочнике.`);
  return departmentView(row, territoryMap(sqlite, id).get(id) ?? [], mappedCounts(sqlite).get(id) ?? 0);
}

/** Active departments first, then by name. */
export function listDepartments(sqlite: Database.Database, includeInactive = true): DepartmentsList {
  const db = drizzleOf(sqlite);
  const rows = db.select().from(bailiffDepartments).all();
  const counts = mappedCounts(sqlite);
  const terr = territoryMap(sqlite);
  const views = rows
    .filter((r) => includeInactive || r.active === 1)
    .map((r) => departmentView(r, terr.get(r.id) ?? [], counts.get(r.id) ?? 0))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'ru'));
  const active = views.filter((d) => d.active);
  const buildingsTotal =
    db
      .select({ n: sql<number>`count(*)` })
      .from(buildings)
      .get()?.n ?? 0;
  const withActive =
    db
      .select({ n: sql<number>`count(*)` })
      .from(buildingDepartments)
      .innerJoin(bailiffDepartments, eq(bailiffDepartments.id, buildingDepartments.departmentId))
      .where(eq(bailiffDepartments.active, 1))
      .get()?.n ?? 0;
  const buildingsWithout = buildingsTotal - withActive;
  const warnings: string[] = [];
  if (rows.length === 0) warnings.push(EMPTY_DIRECTORY_WARNING);
  else if (active.length === 0)
    warnings.push('Нет действующего отдела судебных приставов: заявления некуда адресовать.');
  else if (!active.some((d) => d.territories.length > 0) && active.length > 1)
    warnings.push('У отделов не заданы территории: дома не привязаны к отделам.');
  const unconfirmed = active.filter((d) => !d.confirmed);
  if (unconfirmed.length > 0)
    warnings.push(
      `Сведения не сверены с сайтом ФССП: ${unconfirmed.map((d) => d.name).join('; ')}. ` +
        'Проверьте адрес, телефон и старшего судебного пристава и отметьте «Сведения сверены».',
    );
  if (active.length > 0 && buildingsTotal > 0 && buildingsWithout > 0)
    warnings.push(
      `Домов без отдела судебных приставов: ${buildingsWithout} из ${buildingsTotal}. ` +
        'Нажмите «Привязать дома по территориям» или выберите отдел вручную.',
    );
  return { departments: views, empty: rows.length === 0, warnings, buildingsTotal, buildingsWithout };
}
