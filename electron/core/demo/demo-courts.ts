/**
 * @file The demo district's magistrate plots. The real plots of the Krasnogorsk judicial district are not confirmed,
 * so a real office starts with none and the «Суды» tab warns until the lawyer imports them. The demo district is
 * fictional anyway: it gets three plots named «… (демонстрационный)», not checked (confirmed = 0), with a note saying
 * they are not real, their territories the demo's streets in three groups; then every building is mapped, the seeded
 * city court taking the lawsuits above the magistrate's limit. Each УК gets a fictional representative in court.
 */
import type Database from 'better-sqlite3';
import { drizzleOf } from '../db/drizzle-of';
import { buildings } from '../../../shared/db/schema';
import type { JournalActor } from '../auth/actor';
import { saveCourt, saveTerritories } from '../court/courts-service';
import { mapBuildings } from '../court/building-courts-service';
import { ensureDemoRepresentatives } from '../court/court-representatives';

const HOUSE_PART = /^(д\.|дом)\s*\d/i;

/** «г. Красногорск, ул. Ленина, д. 5» → «г. Красногорск, ул. Ленина». */
function streetOf(address: string): string | null {
  const parts = address.split(',').map((p) => p.trim());
  const houseAt = parts.findIndex((p) => HOUSE_PART.test(p));
  return houseAt > 0 ? parts.slice(0, houseAt).join(', ') : null;
}

export function addDemoCourts(sqlite: Database.Database, by: JournalActor, nowMs: number): number {
  const streets = [
    ...new Set(
      drizzleOf(sqlite)
        .select({ address: buildings.address })
        .from(buildings)
        .all()
        .map((b) => streetOf(b.address))
        .filter((s): s is string => s !== null),
    ),
  ].sort((a, b) => a.localeCompare(b, 'ru'));
  // Each УК's representative in court, fictional and marked so (a real office enters its own powers of attorney).
  ensureDemoRepresentatives(sqlite, by, nowMs);
  if (streets.length === 0) return 0;
  const plots = 3;
  for (let p = 0; p < plots; p++) {
    const number = String(p + 1);
    const court = saveCourt(
      sqlite,
      {
        kind: 'magistrate',
        name: `Судебный участок № ${number} Красногорского судебного района Московской области (демонстрационный)`,
        plotNumber: number,
        address: `143400, Московская обл., г. Красногорск, демонстрационный адрес участка № ${number}`,
        note: 'Демонстрационные данные: не настоящий судебный участок. Замените справочником из CSV.',
        confirmed: false,
      },
      by,
      nowMs,
    );
    const mine = streets.filter((_, i) => i % plots === p);
    saveTerritories(
      sqlite,
      court.id,
      mine.map((street) => ({ street, houseFrom: null, houseTo: null, parity: 'all' as const })),
      by,
      nowMs,
    );
  }
  return mapBuildings(sqlite, by, nowMs).magistrateMapped;
}
