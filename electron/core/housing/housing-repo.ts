/**
 * @file SQL of the municipal housing stock (table housing_stock): the register page, one dwelling, the rows by
 * address key for an import, and the writes. The case a dwelling is reserved for is shown by its account number.
 */
import type Database from 'better-sqlite3';
import type { DwellingView, HousingList } from '../../../shared/api/contract-housing-stock';
import type { DwellingStatus } from '../../../shared/housing/dwelling-status';
import { foldForSearch } from '../../../shared/text/fold-for-search';

export interface DwellingRow {
  id: number;
  settlement: string;
  address: string;
  apartment: string | null;
  addressKey: string;
  rooms: number;
  livingAreaCentiM2: number;
  totalAreaCentiM2: number | null;
  status: DwellingStatus;
  reservedCaseId: number | null;
  note: string | null;
}

export type DwellingValues = Omit<DwellingRow, 'id'>;

const COLUMNS = `h.id, h.settlement, h.address, h.apartment, h.address_key AS addressKey, h.rooms,
  h.living_area_centi_m2 AS livingAreaCentiM2, h.total_area_centi_m2 AS totalAreaCentiM2, h.status,
  h.reserved_case_id AS reservedCaseId, h.note`;

type ViewRow = DwellingRow & { caseAccountNumber: string | null };

const VIEW_FROM = `FROM housing_stock h
  LEFT JOIN eviction_cases e ON e.id = h.reserved_case_id
  LEFT JOIN accounts a ON a.id = e.account_id`;

export function toDwellingView(r: ViewRow): DwellingView {
  return {
    id: r.id,
    settlement: r.settlement,
    address: r.address,
    apartment: r.apartment,
    rooms: r.rooms,
    livingAreaCentiM2: r.livingAreaCentiM2,
    totalAreaCentiM2: r.totalAreaCentiM2,
    status: r.status,
    note: r.note,
    reservedCase:
      r.reservedCaseId === null ? null : { caseId: r.reservedCaseId, accountNumber: r.caseAccountNumber ?? '—' },
  };
}

export function readDwelling(sqlite: Database.Database, id: number): DwellingRow | undefined {
  return sqlite.prepare<[number], DwellingRow>(`SELECT ${COLUMNS} FROM housing_stock h WHERE h.id = ?`).get(id);
}

export function readDwellingView(sqlite: Database.Database, id: number): DwellingView | undefined {
  const r = sqlite
    .prepare<[number], ViewRow>(`SELECT ${COLUMNS}, a.number AS caseAccountNumber ${VIEW_FROM} WHERE h.id = ?`)
    .get(id);
  return r && toDwellingView(r);
}

/** Every dwelling by its address key (an import compares the file with these). */
export function dwellingsByKey(sqlite: Database.Database): Map<string, DwellingRow> {
  const rows = sqlite.prepare<[], DwellingRow>(`SELECT ${COLUMNS} FROM housing_stock h`).all();
  return new Map(rows.map((r) => [r.addressKey, r]));
}

/** Free dwellings of the whole register (the match filters them by settlement and area). */
export function freeDwellings(sqlite: Database.Database): DwellingView[] {
  return sqlite
    .prepare<[], ViewRow>(`SELECT ${COLUMNS}, a.number AS caseAccountNumber ${VIEW_FROM} WHERE h.status = 'free'`)
    .all()
    .map(toDwellingView);
}

export interface HousingFilter {
  status?: DwellingStatus | undefined;
  settlement?: string | undefined;
  search?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export function listDwellings(sqlite: Database.Database, f: HousingFilter): HousingList {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.status) {
    where.push('h.status = ?');
    params.push(f.status);
  }
  if (f.settlement && f.settlement.trim() !== '') {
    where.push('h.settlement = ?');
    params.push(f.settlement.trim());
  }
  if (f.search && f.search.trim() !== '') {
    // address_key holds settlement, address and flat folded; an account number finds the dwelling reserved for it.
    where.push(`(h.address_key LIKE ? ESCAPE '\\' OR a.number = ?)`);
    params.push(`%${foldForSearch(f.search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`, f.search.trim());
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = sqlite
    .prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n ${VIEW_FROM} ${clause}`)
    .get(...params)!.n;
  const rows = sqlite
    .prepare<(string | number)[], ViewRow>(
      `SELECT ${COLUMNS}, a.number AS caseAccountNumber ${VIEW_FROM} ${clause}
        ORDER BY h.settlement, h.address, length(h.apartment), h.apartment, h.id LIMIT ? OFFSET ?`,
    )
    .all(...params, f.limit ?? 100, f.offset ?? 0)
    .map(toDwellingView);
  const settlements = sqlite
    .prepare<[], { s: string }>('SELECT DISTINCT settlement AS s FROM housing_stock ORDER BY settlement')
    .all()
    .map((r) => r.s);
  const counts: Record<DwellingStatus, number> = { free: 0, reserved: 0, occupied: 0 };
  for (const r of sqlite
    .prepare<[], { status: DwellingStatus; n: number }>(
      'SELECT status, count(*) AS n FROM housing_stock GROUP BY status',
    )
    .all())
    counts[r.status] = r.n;
  return { rows, total, settlements, counts };
}

export function insertDwelling(sqlite: Database.Database, v: DwellingValues, nowMs: number): number {
  const info = sqlite
    .prepare(
      `INSERT INTO housing_stock (settlement, address, apartment, address_key, rooms, living_area_centi_m2,
         total_area_centi_m2, status, reserved_case_id, note, created_at_ms, updated_at_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      v.settlement,
      v.address,
      v.apartment,
      v.addressKey,
      v.rooms,
      v.livingAreaCentiM2,
      v.totalAreaCentiM2,
      v.status,
      v.reservedCaseId,
      v.note,
      nowMs,
      nowMs,
    );
  return Number(info.lastInsertRowid);
}

export function updateDwelling(sqlite: Database.Database, id: number, v: DwellingValues, nowMs: number): void {
  sqlite
    .prepare(
      `UPDATE housing_stock SET settlement = ?, address = ?, apartment = ?, address_key = ?, rooms = ?,
         living_area_centi_m2 = ?, total_area_centi_m2 = ?, status = ?, reserved_case_id = ?, note = ?,
         updated_at_ms = ? WHERE id = ?`,
    )
    .run(
      v.settlement,
      v.address,
      v.apartment,
      v.addressKey,
      v.rooms,
      v.livingAreaCentiM2,
      v.totalAreaCentiM2,
      v.status,
      v.reservedCaseId,
      v.note,
      nowMs,
      id,
    );
}

export function setDwellingStatus(
  sqlite: Database.Database,
  id: number,
  status: DwellingStatus,
  reservedCaseId: number | null,
  note: string | null,
  nowMs: number,
): void {
  sqlite
    .prepare('UPDATE housing_stock SET status = ?, reserved_case_id = ?, note = ?, updated_at_ms = ? WHERE id = ?')
    .run(status, reservedCaseId, note, nowMs, id);
}

/** «г. Красногорск, ул. Ленина, д. 5, кв. 12». */
export function dwellingTitle(d: { settlement: string; address: string; apartment: string | null }): string {
  const head = d.address.toLocaleLowerCase('ru-RU').startsWith(d.settlement.toLocaleLowerCase('ru-RU'))
    ? d.address
    : `${d.settlement}, ${d.address}`;
  return d.apartment ? `${head}, кв. ${d.apartment}` : head;
}
