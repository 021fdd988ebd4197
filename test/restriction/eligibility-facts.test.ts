/**
 * @file Measure 8's bulk facts (restriction-facts.ts) give the one-account reader's verdict (service-debt.ts
 * `readServiceDebts`, from the whole debt position) — on hand-made accounts with the arithmetic written out, and
 * on every account of a small demo district with its illustrative norms.
 *
 * Today 06.12.2026. A month is due on the 10th of the next (2026-10 → 10.11.2026, overdue; 2023-06 → 10.07.2023,
 * the three years ended 10.07.2026: time-barred). No norms are loaded in the hand-made base, so the threshold is
 * 2 × the average monthly charge of the service over 2025-12 … 2026-11.
 *
 * Account 1 (owner, nobody registered → 1 resident). Each month 2026-06 … 2026-10: Содержание 1 000,00,
 * Водоотведение 400,00, Отопление 2 000,00, Обращение с ТКО 200,00 (= 3 600,00); 2026-08 also «Перерасчёт за
 * прошлые периоды» −360,00; 2023-06 Водоотведение 500,00 never paid.
 *   - 2026-06 paid in full (3 600,00 naming it).
 *   - 2026-07 partly: 900,00 naming it, shared by the charges: Содержание 250, Водоотведение 100, Отопление 500,
 *     ТКО 50 → sewage open 400 − 100 = 300,00.
 *   - 2026-08: the recalculation −360 lowers every service alike: net 3 240 = 0,9 × 3 600 → sewage 360,00 open.
 *   - 2026-09, 2026-10: sewage 400,00 each.
 *   Sewage: 300 + 360 + 400 + 400 = 1 460,00 within the limitation, 500,00 time-barred apart. Threshold: average
 *   400,00 × 2 = 800,00 → over. Heating 1 500 + 1 800 + 2 000 + 2 000 = 7 300,00 — never restricted. ТКО
 *   1 … — not in the list.
 * Account 2: Отопление 5 000,00 a month 2026-07 … 2026-10, unpaid — heating never; not over.
 * Account 3: 2026-08 Водоотведение 100,00 paid; 2026-09 Водоотведение 400,00 with a recalculation −1 000,00 (the
 *   housing part a credit of 600,00) and the capital-repair contribution 2 000,00; 2026-10 Водоотведение 400,00.
 *   The credit pays from 01.10.2026 the obligation due first: capital repair 2026-09 (due 10.10) → 1 400,00 left,
 *   so the month 2026-09 is unpaid as a whole, but its sewage line belongs to a credit: no sewage debt there.
 *   Sewage debt 400,00 (2026-10); threshold 2 × (100 + 400 + 400) / 3 = 600,00 → not over (800,00 if the credit
 *   month's line were counted: over).
 * Account 4: Водоотведение 400,00 a month 2023-01 … 2023-06, unpaid — all time-barred (2 400,00); not over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/create-test-db';
import { recomputeSummaries } from '../../electron/core/billing/recompute-summaries';
import { readRestrictionFacts, readServicesOverThreshold } from '../../electron/core/restriction/restriction-facts';
import { readServiceDebts } from '../../electron/core/restriction/service-debt';
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { importFiles } from '../../electron/core/billing/import-files';
import { writeDemoDistrict } from '../../electron/core/demo/write-demo-district';
import { addDemoServiceNorms } from '../../electron/core/demo/demo-service-norms';
import type Database from 'better-sqlite3';

const NOW = Date.parse('2026-12-06T09:00:00+03:00');
const TODAY = '2026-12-06';

function handMade(): Database.Database {
  const { sqlite } = createTestDb();
  const month = (acc: number, period: string) =>
    `(${acc}, '${period}', 'Содержание жилого помещения', 100000, 1), (${acc}, '${period}', 'Водоотведение', 40000, 1),
     (${acc}, '${period}', 'Отопление', 200000, 1), (${acc}, '${period}', 'Обращение с ТКО', 20000, 1)`;
  sqlite.exec(`
    INSERT INTO management_companies (id, name, inn, created_at_ms) VALUES (1, 'ООО «УК Тест»', '5024000001', 0);
    INSERT INTO buildings (id, management_company_id, address, address_search, created_at_ms)
      VALUES (1, 1, 'г. Красногорск, ул. Ленина, д. 5', 'г. красногорск, ул. ленина, д. 5', 0);
    INSERT INTO accounts (id, number, management_company_id, tenure, created_at_ms) VALUES
      (1, '1000001', 1, 'owner', 0), (2, '1000002', 1, 'owner', 0), (3, '1000003', 1, 'owner', 0), (4, '1000004', 1, 'owner', 0);
    INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
      VALUES (1, 'charges', 'c.csv', 'x', 1, 'c.csv', 3, '{}', 'тест', 0);
    INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES
      (1, '2023-06', 'Водоотведение', 50000, 1),
      ${['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map((p) => month(1, p)).join(',')},
      (1, '2026-08', 'Перерасчёт за прошлые периоды', -36000, 1),
      ${['2026-07', '2026-08', '2026-09', '2026-10'].map((p) => `(2, '${p}', 'Отопление', 500000, 1)`).join(',')},
      (3, '2026-08', 'Водоотведение', 10000, 1),
      (3, '2026-09', 'Водоотведение', 40000, 1), (3, '2026-09', 'Перерасчёт за прошлые периоды', -100000, 1),
      (3, '2026-09', 'Взнос на капитальный ремонт', 200000, 1),
      (3, '2026-10', 'Водоотведение', 40000, 1),
      ${['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'].map((p) => `(4, '${p}', 'Водоотведение', 40000, 1)`).join(',')};
    INSERT INTO payments (account_id, payment_date, amount_kopecks, period, payment_key, import_id) VALUES
      (1, '2026-07-05', 360000, '2026-06', 'p1', 1),
      (1, '2026-08-20', 90000, '2026-07', 'p2', 1),
      (3, '2026-09-05', 10000, '2026-08', 'p3', 1);
  `);
  recomputeSummaries(sqlite, 'all', NOW);
  return sqlite;
}

const verdictOf = (sqlite: Database.Database, id: number) =>
  readServiceDebts(sqlite, id, TODAY).some((l) => l.overThreshold);
const line = (sqlite: Database.Database, id: number, service: string) =>
  readServiceDebts(sqlite, id, TODAY).find((l) => l.service === service);

describe('measure 8 facts on hand-made accounts', () => {
  const sqlite = handMade();

  it('account 1: sewage 1 460,00 over 800,00 by the average, time-barred apart; heating and ТКО never', () => {
    expect(line(sqlite, 1, 'Водоотведение')).toMatchObject({
      debtKopecks: 146000,
      timeBarredKopecks: 50000,
      restrictable: true,
      overThreshold: true,
      threshold: { basis: 'average', monthlyKopecks: 40000, thresholdKopecks: 80000 },
    });
    expect(line(sqlite, 1, 'Отопление')).toMatchObject({
      debtKopecks: 730000,
      restrictable: false,
      overThreshold: false,
    });
    expect(line(sqlite, 1, 'Обращение с ТКО')).toMatchObject({
      restrictable: false,
      restrictableNote: 'услуги нет в перечне ограничиваемых',
      overThreshold: false,
    });
    expect(readServicesOverThreshold(sqlite, [1, 2, 3, 4], TODAY)).toEqual(
      new Map([
        [
          1,
          [
            expect.objectContaining({
              service: 'Водоотведение',
              debtKopecks: 146000,
              thresholdKopecks: 80000,
              basis: 'average',
            }),
          ],
        ],
      ]),
    );
  });

  it('accounts 2–4: heating only, a credit month, time-barred only — none over; the bulk reader agrees', () => {
    expect(line(sqlite, 2, 'Отопление')).toMatchObject({ debtKopecks: 2000000, restrictable: false });
    expect(line(sqlite, 3, 'Водоотведение')).toMatchObject({
      debtKopecks: 40000,
      overThreshold: false,
      threshold: { thresholdKopecks: 60000 },
    });
    expect(line(sqlite, 4, 'Водоотведение')).toMatchObject({
      debtKopecks: 0,
      timeBarredKopecks: 240000,
      overThreshold: false,
    });
    const facts = readRestrictionFacts(sqlite, [1, 2, 3, 4], TODAY);
    for (const id of [1, 2, 3, 4]) expect(facts.get(id)?.overThreshold ?? false).toBe(verdictOf(sqlite, id));
    expect([...facts.keys()]).toEqual([1]);
  });

  it('a norm with two residents raises account 1 threshold to 1 600,00: not over, by both readers', () => {
    sqlite.exec(`
      INSERT INTO service_norms (service, valid_from_date, norm_milli, unit, tariff_kopecks, note, user_name, created_at_ms)
        VALUES ('Водоотведение', '2026-01-01', 8000, 'м³', 5000, 'тест', 'тест', 0);
      INSERT INTO persons (id, full_name, name_search, identity_key, created_at_ms) VALUES
        (1, 'Иванов Иван', 'иванов иван', 'a', 0), (2, 'Иванова Анна', 'иванова анна', 'b', 0);
      INSERT INTO account_persons (account_id, person_id, role, position) VALUES (1, 1, 'owner', 1), (1, 2, 'registered', 2);
    `);
    // 2 × (8,000 м³ × 50,00 ₽ × 2 чел.) = 1 600,00 ≥ 1 460,00.
    expect(line(sqlite, 1, 'Водоотведение')?.threshold).toMatchObject({ basis: 'norm', thresholdKopecks: 160000 });
    expect(verdictOf(sqlite, 1)).toBe(false);
    expect(readRestrictionFacts(sqlite, [1], TODAY).get(1)?.overThreshold ?? false).toBe(false);
  });

  it('a restriction under way is «open»; a restored one is not', () => {
    sqlite.exec(`
      INSERT INTO restriction_cases (account_id, service, status, debt_kopecks, threshold_kopecks, threshold_basis, as_of_date,
          warning_date, user_name, created_at_ms, updated_at_ms) VALUES
        (2, 'Водоотведение', 'delivered', 1, 1, 'norm', '2026-11-01', '2026-11-01', 'тест', 0, 0),
        (4, 'Водоотведение', 'restored', 1, 1, 'norm', '2026-11-01', '2026-11-01', 'тест', 0, 0);
    `);
    const facts = readRestrictionFacts(sqlite, [2, 4], TODAY);
    expect(facts.get(2)).toEqual({ overThreshold: false, open: true });
    expect(facts.get(4)).toBeUndefined();
  });
});

describe('measure 8 facts on every account of a small demo district', () => {
  let core: Core;
  let dataDir: string;
  let filesDir: string;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-restr-files-'));
    const written = await writeDemoDistrict({
      accounts: 300,
      seed: 'krasnogorsk',
      months: 48,
      endPeriod: '2026-10',
      asOfDate: '2026-11-24',
      outDir: filesDir,
      formats: ['csv'],
    });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhku-restr-'));
    core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
    await importFiles({
      sqlite: core.ctx.sqlite,
      dataDir,
      by: { userId: null, name: 'тест' },
      nowMs: NOW,
      files: written.files.map((f) => ({ path: f, fileName: path.basename(f) })),
    });
    addDemoServiceNorms(core.ctx.sqlite, { userId: null, name: 'тест' }, NOW);
  }, 240_000);

  afterAll(async () => {
    await core?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it('gives readServiceDebts verdict, services, debts and thresholds for every account', () => {
    const s = core.ctx.sqlite;
    const ids = s
      .prepare<[], { id: number }>('SELECT id FROM accounts ORDER BY id')
      .all()
      .map((r) => r.id);
    const facts = readRestrictionFacts(s, ids, TODAY);
    const bulk = readServicesOverThreshold(s, ids, TODAY);
    let over = 0;
    let barredSomewhere = 0;
    for (const id of ids) {
      const lines = readServiceDebts(s, id, TODAY);
      if (lines.some((l) => l.timeBarredKopecks > 0)) barredSomewhere++;
      const expected = lines
        .filter((l) => l.overThreshold)
        .map((l) => ({
          service: l.service,
          debtKopecks: l.debtKopecks,
          thresholdKopecks: l.threshold?.thresholdKopecks,
          basis: l.threshold?.basis,
          detail: l.threshold?.detail,
        }));
      if (expected.length > 0) over++;
      expect({ id, over: facts.get(id)?.overThreshold ?? false }).toEqual({ id, over: expected.length > 0 });
      const got = bulk.get(id) ?? [];
      expect({ id, services: [...got].sort((a, b) => a.service.localeCompare(b.service)) }).toEqual({
        id,
        services: expected.sort((a, b) => a.service.localeCompare(b.service)),
      });
    }
    // Both verdicts occur, and some debts are time-barred: the comparison is not empty.
    expect(over).toBeGreaterThan(5);
    expect(over).toBeLessThan(ids.length);
    expect(barredSomewhere).toBeGreaterThan(0);
    // The demo shows both bases: the norm for sewage and hot water, the average for electricity.
    const bases = new Set([...bulk.values()].flat().map((x) => `${x.service}:${x.basis}`));
    expect(bases.has('Водоотведение:norm')).toBe(true);
    expect(bases.has('Электроэнергия:average')).toBe(true);
  });
});
