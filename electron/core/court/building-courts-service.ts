/**
 * @file The building → court map: the list of buildings with their magistrate plot and district court («дома без
 * суда» filtered), the mapping by the territory ranges (never overriding a row set by hand), and the setting of a
 * building's court by hand. The city court hears the whole district: when exactly one district court is active and
 * no district territory names another, every building gets it.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { drizzleOf } from '../db/drizzle-of';
import { buildingCourts, courts, courtTerritories } from '../../../shared/db/schema-court';
import { buildings, managementCompanies } from '../../../shared/db/schema';
import type {
  BuildingCourtRow,
  BuildingCourtsList,
  MapBuildingsResult,
} from '../../../shared/api/contract-court-directory';
import { findTerritory, type TerritoryRange } from '../../../shared/court/court-territory-match';
import { foldForSearch } from '../../../shared/text/fold-for-search';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';

type Kind = 'magistrate' | 'district';
const KINDS: readonly Kind[] = ['magistrate', 'district'];
const ROW_LIMIT = 2000;

export type BuildingFilter = 'all' | 'without_court' | 'without_magistrate' | 'without_district';

export function listBuildingCourts(
  sqlite: Database.Database,
  filter: BuildingFilter = 'all',
  search = '',
  courtId?: number,
): BuildingCourtsList {
  const db = drizzleOf(sqlite);
  const bm = alias(buildingCourts, 'bm');
  const bd = alias(buildingCourts, 'bd');
  const cm = alias(courts, 'cm');
  const cd = alias(courts, 'cd');
  const rows = db
    .select({
      buildingId: buildings.id,
      address: buildings.address,
      addressSearch: buildings.addressSearch,
      companyName: managementCompanies.name,
      mId: cm.id,
      mName: cm.name,
      mSource: bm.source,
      dId: cd.id,
      dName: cd.name,
      dSource: bd.source,
    })
    .from(buildings)
    .innerJoin(managementCompanies, eq(managementCompanies.id, buildings.managementCompanyId))
    .leftJoin(bm, and(eq(bm.buildingId, buildings.id), eq(bm.courtKind, 'magistrate')))
    .leftJoin(cm, and(eq(cm.id, bm.courtId), eq(cm.active, 1)))
    .leftJoin(bd, and(eq(bd.buildingId, buildings.id), eq(bd.courtKind, 'district')))
    .leftJoin(cd, and(eq(cd.id, bd.courtId), eq(cd.active, 1)))
    .orderBy(asc(buildings.addressSearch))
    .all();
  const all: BuildingCourtRow[] = rows.map((r) => ({
    buildingId: r.buildingId,
    address: r.address,
    companyName: r.companyName,
    magistrate:
      r.mId !== null && r.mName !== null && r.mSource !== null
        ? { courtId: r.mId, name: r.mName, source: r.mSource }
        : null,
    district:
      r.dId !== null && r.dName !== null && r.dSource !== null
        ? { courtId: r.dId, name: r.dName, source: r.dSource }
        : null,
  }));
  const needle = foldForSearch(search);
  const matching = all.filter((b, i) => {
    if (needle !== '' && !rows[i]!.addressSearch.includes(needle)) return false;
    if (courtId !== undefined && b.magistrate?.courtId !== courtId && b.district?.courtId !== courtId) return false;
    switch (filter) {
      case 'without_court':
        return b.magistrate === null || b.district === null;
      case 'without_magistrate':
        return b.magistrate === null;
      case 'without_district':
        return b.district === null;
      case 'all':
        return true;
    }
  });
  return {
    rows: matching.slice(0, ROW_LIMIT),
    total: matching.length,
    buildingsTotal: all.length,
    withoutMagistrate: all.filter((b) => b.magistrate === null).length,
    withoutDistrict: all.filter((b) => b.district === null).length,
  };
}

/** Applies the active courts' territory ranges to every building; rows set by hand stay. One transaction. */
export function mapBuildings(sqlite: Database.Database, by: JournalActor, nowMs: number): MapBuildingsResult {
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const active = db.select({ id: courts.id, kind: courts.kind }).from(courts).where(eq(courts.active, 1)).all();
    const kindOf = new Map(active.map((c) => [c.id, c.kind]));
    const ranges: Record<Kind, TerritoryRange[]> = { magistrate: [], district: [] };
    for (const t of db.select().from(courtTerritories).all()) {
      const kind = kindOf.get(t.courtId);
      if (kind)
        ranges[kind].push({
          courtId: t.courtId,
          street: t.street,
          houseFrom: t.houseFrom,
          houseTo: t.houseTo,
          parity: t.parity,
        });
    }
    const districts = active.filter((c) => c.kind === 'district');
    const onlyDistrict = districts.length === 1 ? districts[0]!.id : null;
    const existing = new Map<string, { courtId: number; source: 'range' | 'manual' }>();
    for (const r of db.select().from(buildingCourts).all()) existing.set(`${r.buildingId}:${r.courtKind}`, r);
    const result = { magistrate: 0, district: 0, manualKept: 0, without: { magistrate: 0, district: 0 } };
    const list = db.select({ id: buildings.id, address: buildings.address }).from(buildings).all();
    for (const b of list) {
      for (const kind of KINDS) {
        const key = `${b.id}:${kind}`;
        const had = existing.get(key);
        if (had?.source === 'manual') {
          result.manualKept++;
          if (!kindOf.has(had.courtId)) result.without[kind]++;
          continue;
        }
        const found = findTerritory(b.address, ranges[kind])?.courtId ?? (kind === 'district' ? onlyDistrict : null);
        if (found === null) {
          result.without[kind]++;
          if (had)
            db.delete(buildingCourts)
              .where(and(eq(buildingCourts.buildingId, b.id), eq(buildingCourts.courtKind, kind)))
              .run();
          continue;
        }
        if (had?.courtId === found) continue;
        db.insert(buildingCourts)
          .values({ buildingId: b.id, courtKind: kind, courtId: found, source: 'range', updatedAtMs: nowMs })
          .onConflictDoUpdate({
            target: [buildingCourts.buildingId, buildingCourts.courtKind],
            set: { courtId: found, source: 'range', updatedAtMs: nowMs },
          })
          .run();
        result[kind]++;
      }
    }
    const summary =
      `Дома распределены по судам (всего домов: ${list.length}). Участок мирового судьи назначен или изменён: ` +
      `${result.magistrate}, районный суд: ${result.district}; заданных вручную оставлено: ${result.manualKept}; ` +
      `без участка: ${result.without.magistrate}, без районного суда: ${result.without.district}.`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.directory',
      summary,
      object: { type: 'table', id: 'building_courts' },
      details: { ...result, buildings: list.length },
    });
    return {
      buildings: list.length,
      magistrateMapped: result.magistrate,
      districtMapped: result.district,
      manualKept: result.manualKept,
      withoutMagistrate: result.without.magistrate,
      withoutDistrict: result.without.district,
      summary,
    };
  })();
}

/** Sets a building's court by hand (source 'manual'), or clears it (the ranges apply again at the next mapping). */
export function setBuildingCourt(
  sqlite: Database.Database,
  input: { buildingId: number; courtKind: Kind; courtId: number | null },
  by: JournalActor,
  nowMs: number,
): BuildingCourtRow {
  return sqlite.transaction(() => {
    const db = drizzleOf(sqlite);
    const building = db
      .select({ id: buildings.id, address: buildings.address })
      .from(buildings)
      .where(eq(buildings.id, input.buildingId))
      .get();
    if (!building) throw new AppError('NOT_FOUND', `Дома № ${input.buildingId} нет в базе.`);
    const where = and(eq(buildingCourts.buildingId, input.buildingId), eq(buildingCourts.courtKind, input.courtKind));
    const before = db
      .select({ courtId: buildingCourts.courtId, source: buildingCourts.source, name: courts.name })
      .from(buildingCourts)
      .innerJoin(courts, eq(courts.id, buildingCourts.courtId))
      .where(where)
      .get();
    let afterName: string | null = null;
    if (input.courtId === null) db.delete(buildingCourts).where(where).run();
    else {
      const court = db.select().from(courts).where(eq(courts.id, input.courtId)).get();
      if (!court) throw new AppError('NOT_FOUND', `Суда № ${input.courtId} нет в справочнике.`);
      if (court.active !== 1) throw new AppError('CONFLICT', `Суд «${court.name}» не действует: выберите действующий.`);
      if (court.kind !== input.courtKind)
        throw new AppError(
          'VALIDATION',
          input.courtKind === 'magistrate'
            ? `«${court.name}» — не судебный участок мирового судьи.`
            : `«${court.name}» — не районный (городской) суд.`,
        );
      afterName = court.name;
      db.insert(buildingCourts)
        .values({
          buildingId: input.buildingId,
          courtKind: input.courtKind,
          courtId: court.id,
          source: 'manual',
          updatedAtMs: nowMs,
        })
        .onConflictDoUpdate({
          target: [buildingCourts.buildingId, buildingCourts.courtKind],
          set: { courtId: court.id, source: 'manual', updatedAtMs: nowMs },
        })
        .run();
    }
    const what = input.courtKind === 'magistrate' ? 'участок мирового судьи' : 'районный суд';
    writeJournal(sqlite, by, nowMs, {
      kind: 'court.directory',
      summary:
        afterName === null
          ? `${building.address}: ${what} снят вручную (будет назначен по территориям).`
          : `${building.address}: ${what} задан вручную — «${afterName}».`,
      object: { type: 'table', id: `building_courts/${input.buildingId}` },
      before: before ?? null,
      after: input.courtId === null ? null : { courtId: input.courtId, source: 'manual', name: afterName },
    });
    return listBuildingCourtsOne(sqlite, input.buildingId);
  })();
}

function listBuildingCourtsOne(sqlite: Database.Database, buildingId: number): BuildingCourtRow {
  const db = drizzleOf(sqlite);
  const b = db
    .select({ id: buildings.id, address: buildings.address, companyName: managementCompanies.name })
    .from(buildings)
    .innerJoin(managementCompanies, eq(managementCompanies.id, buildings.managementCompanyId))
    .where(eq(buildings.id, buildingId))
    .get();
  if (!b) throw new AppError('NOT_FOUND', `Дома № ${buildingId} нет в базе.`);
  const cell = (kind: Kind) => {
    const r = db
      .select({ courtId: courts.id, name: courts.name, source: buildingCourts.source })
      .from(buildingCourts)
      .innerJoin(courts, and(eq(courts.id, buildingCourts.courtId), eq(courts.active, 1)))
      .where(and(eq(buildingCourts.buildingId, buildingId), eq(buildingCourts.courtKind, kind)))
      .get();
    return r ?? null;
  };
  return {
    buildingId: b.id,
    address: b.address,
    companyName: b.companyName,
    magistrate: cell('magistrate'),
    district: cell('district'),
  };
}
