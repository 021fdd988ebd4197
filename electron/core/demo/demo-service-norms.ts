/**
 * @file The demo district's norms and tariffs for measure 8's threshold: «Водоотведение» and «Горячее
 * водоснабжение», ILLUSTRATIVE figures for Krasnogorsk — not official norms or tariffs: a norm per resident a little
 * above the demo's metered use, the tariff the demo's own charges use (demo/tariffs.ts, indexed as they are). Loaded
 * with the demo district (as the demo courts are), so the card shows the norm basis for these two and the average
 * basis for «Электроэнергия», which has no norm. A row the office already has for a service and date is kept.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { BASE_TARIFFS, tariffLevel } from './tariffs';
import { writeJournal } from '../journal/journal-writer';

const NOTE = 'ILLUSTRATIVE: демонстрационные норматив и тариф, не официальные; замените постановлением';

/** [service, norm per resident per month (thousandths of m³), base tariff ₽/m³ (level 1.0 = July 2024)]. */
const DEMO_NORMS: ReadonlyArray<readonly [string, number, number]> = [
  ['Водоотведение', 7000, BASE_TARIFFS.sewerage],
  ['Горячее водоснабжение', 3000, BASE_TARIFFS.hotWater],
];
/** The dates the demo's tariffs change from (demo/tariffs.ts steps). */
const FROM_DATES = ['2025-07-01', '2026-01-01', '2026-10-01'];

/** Adds the rows; returns how many were new. */
export function addDemoServiceNorms(sqlite: Database.Database, by: JournalActor, nowMs: number): number {
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO service_norms (service, valid_from_date, norm_milli, unit, tariff_kopecks, note, user_name, created_at_ms)
     VALUES (?, ?, ?, 'м³', ?, ?, ?, ?)`,
  );
  let added = 0;
  sqlite.transaction(() => {
    for (const [service, normMilli, base] of DEMO_NORMS)
      for (const from of FROM_DATES) {
        const tariffKopecks = Math.round(base * tariffLevel(from.slice(0, 7)) * 100);
        added += insert.run(service, from, normMilli, tariffKopecks, NOTE, by.name, nowMs).changes;
      }
    if (added > 0)
      writeJournal(sqlite, by, nowMs, {
        kind: 'restriction.data',
        summary: `Демонстрационные нормативы и тарифы (водоотведение, горячая вода): ${added} строк`,
        after: { table: 'service_norms', demo: true, rows: added },
      });
  })();
  return added;
}
