/**
 * @file Reading «Чёрная метка» raids (measure 7): the list with each raid's totals, one raid with its addresses in
 * route order (the debt as it stood when planned, the outcome recorded, the files), and the totals — how many
 * addresses per outcome, the sums paid on the spot and promised. The УК and buildings for the scope of a new raid
 * come with the list. No names and no phones are read: the page and the documents never show them.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import {
  BLACKMARK_OUTCOMES,
  type BlackmarkKind,
  type BlackmarkOutcome,
  type BlackmarkStatus,
} from '../../../shared/blackmark/blackmark-terms';
import type {
  BlackmarkAddressView,
  BlackmarkFileView,
  BlackmarkListItem,
  BlackmarkListResult,
  BlackmarkRaidView,
  BlackmarkSummary,
} from '../../../shared/api/contract-blackmark';

export interface RaidRow {
  id: number;
  raidDate: string;
  kind: BlackmarkKind;
  team: string;
  status: BlackmarkStatus;
  note: string;
  routeDocumentId: number | null;
  createdBy: string;
}

export interface AddressRow {
  id: number;
  raidId: number;
  accountId: number;
  routeOrder: number;
  debtKopecks: number;
  outcome: BlackmarkOutcome | null;
  paidKopecks: number | null;
  promiseDate: string | null;
  promiseKopecks: number | null;
  note: string;
  recordedBy: string | null;
  recordedAtMs: number | null;
}

export const VISIT_CARDS_KIND = 'blackmark_visit_cards';
export const ROUTE_SHEET_KIND = 'blackmark_route';

/** The folder of a raid's documents and files, relative to the data folder. */
export const raidFolder = (raidId: number): string => `documents/blackmark/raid-${raidId}`;

export function raidRow(sqlite: Database.Database, raidId: number): RaidRow {
  const row = sqlite
    .prepare<[number], RaidRow>(
      `SELECT id, raid_date AS raidDate, kind, team, status, note, route_document_id AS routeDocumentId,
              created_by AS createdBy
         FROM blackmark_raids WHERE id = ?`,
    )
    .get(raidId);
  if (!row) throw new AppError('NOT_FOUND', `Рейд «Чёрная метка» № ${raidId} не найден; ничего не изменено.`);
  return row;
}

export function addressRows(sqlite: Database.Database, raidId: number): AddressRow[] {
  return sqlite
    .prepare<[number], AddressRow>(
      `SELECT id, raid_id AS raidId, account_id AS accountId, route_order AS routeOrder, debt_kopecks AS debtKopecks,
              outcome, paid_kopecks AS paidKopecks, promise_date AS promiseDate, promise_kopecks AS promiseKopecks,
              note, recorded_by AS recordedBy, recorded_at_ms AS recordedAtMs
         FROM blackmark_raid_addresses WHERE raid_id = ? ORDER BY route_order`,
    )
    .all(raidId);
}

export function summaryOf(rows: readonly AddressRow[]): BlackmarkSummary {
  const counts = Object.fromEntries(BLACKMARK_OUTCOMES.map((o) => [o, 0])) as Record<BlackmarkOutcome, number>;
  let paid = 0;
  let promised = 0;
  let debt = 0;
  let recorded = 0;
  for (const r of rows) {
    debt += r.debtKopecks;
    if (r.outcome === null) continue;
    recorded += 1;
    counts[r.outcome] += 1;
    if (r.outcome === 'paid_on_spot') paid += r.paidKopecks ?? 0;
    if (r.outcome === 'promise') promised += r.promiseKopecks ?? 0;
  }
  return {
    addresses: rows.length,
    recorded,
    counts,
    paidKopecks: paid,
    promises: counts.promise,
    promisedKopecks: promised,
    debtKopecks: debt,
  };
}

function listItem(sqlite: Database.Database, raid: RaidRow): BlackmarkListItem {
  return { ...raid, summary: summaryOf(addressRows(sqlite, raid.id)) };
}

export function listBlackmarkRaids(sqlite: Database.Database): BlackmarkListResult {
  const raids = sqlite
    .prepare<[], RaidRow>(
      `SELECT id, raid_date AS raidDate, kind, team, status, note, route_document_id AS routeDocumentId,
              created_by AS createdBy
         FROM blackmark_raids ORDER BY raid_date DESC, id DESC`,
    )
    .all();
  return {
    raids: raids.map((r) => listItem(sqlite, r)),
    companies: sqlite
      .prepare<[], { id: number; name: string }>('SELECT id, name FROM management_companies ORDER BY name')
      .all(),
    buildings: sqlite
      .prepare<[], { id: number; address: string; managementCompanyId: number }>(
        'SELECT id, address, management_company_id AS managementCompanyId FROM buildings ORDER BY address_search, id',
      )
      .all(),
  };
}

function filesOf(
  sqlite: Database.Database,
  ownerType: string,
  ownerIds: readonly number[],
): Map<number, BlackmarkFileView[]> {
  const map = new Map<number, BlackmarkFileView[]>();
  if (ownerIds.length === 0) return map;
  const rows = sqlite
    .prepare<[string, string], BlackmarkFileView & { ownerId: number }>(
      `SELECT id, owner_id AS ownerId, file_name AS fileName, size_bytes AS sizeBytes, created_by AS createdBy,
              created_at_ms AS createdAtMs
         FROM report_files WHERE owner_type = ? AND owner_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(ownerType, JSON.stringify(ownerIds));
  for (const { ownerId, ...f } of rows) {
    const list = map.get(ownerId);
    if (list) list.push(f);
    else map.set(ownerId, [f]);
  }
  return map;
}

export function readBlackmarkRaid(sqlite: Database.Database, raidId: number): BlackmarkRaidView {
  const raid = raidRow(sqlite, raidId);
  const rows = addressRows(sqlite, raidId);
  const places = new Map(
    sqlite
      .prepare<
        [number],
        {
          accountId: number;
          accountNumber: string;
          buildingId: number;
          buildingAddress: string;
          apartment: string;
          entrance: number | null;
        }
      >(
        `SELECT ra.account_id AS accountId, a.number AS accountNumber, b.id AS buildingId, b.address AS buildingAddress,
                p.apartment AS apartment, p.entrance AS entrance
           FROM blackmark_raid_addresses ra JOIN accounts a ON a.id = ra.account_id
           JOIN premises p ON p.id = a.premises_id JOIN buildings b ON b.id = p.building_id
          WHERE ra.raid_id = ?`,
      )
      .all(raidId)
      .map((p) => [p.accountId, p]),
  );
  const addressFiles = filesOf(
    sqlite,
    'blackmark_address',
    rows.map((r) => r.id),
  );
  const addresses: BlackmarkAddressView[] = rows.map((r) => {
    const p = places.get(r.accountId);
    return {
      routeOrder: r.routeOrder,
      accountId: r.accountId,
      accountNumber: p?.accountNumber ?? '',
      buildingId: p?.buildingId ?? 0,
      buildingAddress: p?.buildingAddress ?? '',
      apartment: p?.apartment ?? '',
      entrance: p?.entrance ?? null,
      debtKopecks: r.debtKopecks,
      outcome: r.outcome,
      paidKopecks: r.paidKopecks,
      promiseDate: r.promiseDate,
      promiseKopecks: r.promiseKopecks,
      note: r.note,
      recordedBy: r.recordedBy,
      recordedAtMs: r.recordedAtMs,
      files: addressFiles.get(r.id) ?? [],
    };
  });
  const cards = sqlite
    .prepare<[string, string], { id: number }>(
      `SELECT id FROM generated_documents WHERE kind = ? AND file_path LIKE ? ORDER BY id DESC LIMIT 1`,
    )
    .get(VISIT_CARDS_KIND, `${raidFolder(raidId)}/%`);
  return {
    ...raid,
    summary: summaryOf(rows),
    addresses,
    files: filesOf(sqlite, 'blackmark_raid', [raidId]).get(raidId) ?? [],
    visitCardsDocumentId: cards?.id ?? null,
  };
}
