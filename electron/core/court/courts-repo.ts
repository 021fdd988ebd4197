/**
 * @file Reading the court directory: each court with its territories and the count of buildings mapped to it, and
 * the warnings the «Суды» tab shows (no active magistrate plot yet; details not checked against the court's site).
 */
import type Database from 'better-sqlite3';
import { asc, eq, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { buildingCourts, courts, courtTerritories } from '../../../shared/db/schema-court';
import { buildings } from '../../../shared/db/schema';
import type { CourtsList, CourtTerritoryView, CourtView } from '../../../shared/api/contract-court-directory';
import { AppError } from '../app-error';

type CourtRow = typeof courts.$inferSelect;

export function courtView(row: CourtRow, territories: CourtTerritoryView[], buildingsMapped: number): CourtView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    plotNumber: row.plotNumber,
    code: row.code,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    payeeName: row.payeeName,
    payeeInn: row.payeeInn,
    payeeKpp: row.payeeKpp,
    payeeBankName: row.payeeBankName,
    payeeBik: row.payeeBik,
    payeeBankAccount: row.payeeBankAccount,
    payeeTreasuryAccount: row.payeeTreasuryAccount,
    kbk: row.kbk,
    oktmo: row.oktmo,
    confirmed: row.confirmed === 1,
    active: row.active === 1,
    note: row.note,
    territories,
    buildingsMapped,
  };
}

export function territoriesOf(sqlite: Database.Database, courtId: number): CourtTerritoryView[] {
  return drizzleOf(sqlite)
    .select({
      id: courtTerritories.id,
      street: courtTerritories.street,
      houseFrom: courtTerritories.houseFrom,
      houseTo: courtTerritories.houseTo,
      parity: courtTerritories.parity,
    })
    .from(courtTerritories)
    .where(eq(courtTerritories.courtId, courtId))
    .orderBy(asc(courtTerritories.streetSearch), asc(courtTerritories.houseFrom), asc(courtTerritories.id))
    .all();
}

function mappedCounts(sqlite: Database.Database): Map<number, number> {
  return new Map(
    drizzleOf(sqlite)
      .select({ courtId: buildingCourts.courtId, n: sql<number>`count(*)` })
      .from(buildingCourts)
      .groupBy(buildingCourts.courtId)
      .all()
      .map((r) => [r.courtId, r.n]),
  );
}

export function readCourt(sqlite: Database.Database, id: number): CourtView {
  const row = drizzleOf(sqlite).select().from(courts).where(eq(courts.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Суда № ${id} нет в справочнике.`);
  return courtView(row, territoriesOf(sqlite, id), mappedCounts(sqlite).get(id) ?? 0);
}

/** Courts ordered: district courts first, then the plots by number. */
export function listCourts(sqlite: Database.Database, includeInactive = true): CourtsList {
  const db = drizzleOf(sqlite);
  const rows = db.select().from(courts).all();
  const counts = mappedCounts(sqlite);
  const terr = new Map<number, CourtTerritoryView[]>();
  for (const t of db
    .select()
    .from(courtTerritories)
    .orderBy(asc(courtTerritories.streetSearch), asc(courtTerritories.houseFrom), asc(courtTerritories.id))
    .all()) {
    const list = terr.get(t.courtId) ?? [];
    list.push({ id: t.id, street: t.street, houseFrom: t.houseFrom, houseTo: t.houseTo, parity: t.parity });
    terr.set(t.courtId, list);
  }
  const views = rows
    .filter((r) => includeInactive || r.active === 1)
    .map((r) => courtView(r, terr.get(r.id) ?? [], counts.get(r.id) ?? 0))
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) ||
        (a.kind === b.kind ? 0 : a.kind === 'district' ? -1 : 1) ||
        Number(a.plotNumber ?? 0) - Number(b.plotNumber ?? 0) ||
        a.name.localeCompare(b.name, 'ru'),
    );
  const active = views.filter((c) => c.active);
  const buildingsTotal =
    db
      .select({ n: sql<number>`count(*)` })
      .from(buildings)
      .get()?.n ?? 0;
  const withKind = (kind: 'magistrate' | 'district') =>
    db
      .select({ n: sql<number>`count(DISTINCT ${buildingCourts.buildingId})` })
      .from(buildingCourts)
      .innerJoin(courts, eq(courts.id, buildingCourts.courtId))
      .where(sql`${buildingCourts.courtKind} = ${kind} AND ${courts.active} = 1`)
      .get()?.n ?? 0;
  const withoutMagistrate = buildingsTotal - withKind('magistrate');
  const withoutDistrict = buildingsTotal - withKind('district');
  const warnings: string[] = [];
  if (!active.some((c) => c.kind === 'magistrate'))
    warnings.push(
      'Мировые судебные участки не заполнены: заявления о вынесении судебного приказа и иски до 50 000 ₽ ' +
        'некуда направить. Загрузите участки и их территории из шаблона CSV или добавьте вручную.',
    );
  else if (!active.some((c) => c.kind === 'magistrate' && c.territories.length > 0))
    warnings.push('У мировых судебных участков не заданы территории: дома не распределены по участкам.');
  if (!active.some((c) => c.kind === 'district'))
    warnings.push('Нет действующего районного (городского) суда: иски свыше 50 000 ₽ некуда направить.');
  const unconfirmed = active.filter((c) => !c.confirmed);
  if (unconfirmed.length > 0)
    warnings.push(
      `Сведения не сверены с сайтом суда: ${unconfirmed.map((c) => c.name).join('; ')}. ` +
        'Проверьте адрес, телефон и реквизиты госпошлины и отметьте «Сведения сверены».',
    );
  if (active.some((c) => c.kind === 'magistrate') && withoutMagistrate > 0 && buildingsTotal > 0)
    warnings.push(`Домов без судебного участка: ${withoutMagistrate} из ${buildingsTotal}.`);
  return {
    courts: views,
    warnings,
    buildingsWithoutMagistrate: withoutMagistrate,
    buildingsWithoutDistrict: withoutDistrict,
  };
}
