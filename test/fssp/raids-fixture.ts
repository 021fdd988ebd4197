/**
 * @file A small raid world through the real migrations on a temp data folder: one УК, two bailiffs' departments,
 * three buildings, flats, accounts, debtors, writs and enforcement proceedings inserted directly (the writ registry
 * and the proceedings are other areas' work). The sums are chosen so the order is easy to check by hand:
 *
 *   ул. Мира, д. 10 (ОСП-1)    кв. 7  — ИП 1001/26/50001-ИП 80 000,00 + ИП 1002/26/50001-ИП 5 000,00 = 85 000,00
 *                              кв. 2  — ИП ended (performed): not a candidate
 *   ул. Ленина, д. 3 (ОСП-2 by the proceedings)  кв. 1 — 40 000,00
 *   ул. Ленина, д. 5 (ОСП-1)   кв. 12 (под. 1) — 50 000,00 − 10 000,00 collected = 40 000,00
 *                              кв. 3  (под. 1) — 12 000,00
 *                              кв. 40 (под. 2) — 25 000,00, suspended
 *                              кв. 8  (под. 2) — 10 000,00 − 10 000,00 collected = 0: not a candidate
 *   ул. Садовая, д. 1          кв. 5 — no open proceedings (a writ only): not a candidate
 */
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';

export const NOW = Date.parse('2026-12-06T09:00:00+03:00');

export interface RaidWorld {
  core: Core;
  dataDir: string;
  dept1: number;
  dept2: number;
  /** Account ids by a short name: building + flat. */
  acc: {
    mira7: number;
    mira2: number;
    lenina3_1: number;
    lenina5_12: number;
    lenina5_3: number;
    lenina5_40: number;
    lenina5_8: number;
    sad1_5: number;
  };
}

export function raidWorld(): RaidWorld {
  const dataDir = makeTempDir();
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const db = core.ctx.sqlite;
  const mc = Number(
    db
      .prepare(`INSERT INTO management_companies (name, inn, kpp, address, created_at_ms) VALUES (?, ?, ?, ?, 0)`)
      .run('ООО «УК Альфа»', '5024000001', '502401001', 'г. Красногорск, ул. Ленина, д. 1').lastInsertRowid,
  );
  const dept = db.prepare(
    `INSERT INTO bailiff_departments (name, address, created_at_ms, updated_at_ms) VALUES (?, ?, 0, 0)`,
  );
  const dept1 = Number(dept.run('Красногорский РОСП', 'г. Красногорск, ул. Речная, д. 1').lastInsertRowid);
  const dept2 = Number(dept.run('Нахабинский ОСП', 'р.п. Нахабино, ул. Школьная, д. 2').lastInsertRowid);
  const building = (address: string, deptId: number | null) => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO buildings (management_company_id, address, address_search, created_at_ms) VALUES (?, ?, ?, 0)`,
        )
        .run(mc, address, address.toLowerCase()).lastInsertRowid,
    );
    if (deptId !== null)
      db.prepare(
        `INSERT INTO building_departments (building_id, department_id, source, updated_at_ms) VALUES (?, ?, 'manual', 0)`,
      ).run(id, deptId);
    return id;
  };
  const mira = building('г. Красногорск, ул. Мира, д. 10', dept1);
  const lenina3 = building('г. Красногорск, ул. Ленина, д. 3', null);
  const lenina5 = building('г. Красногорск, ул. Ленина, д. 5', dept1);
  const sad = building('г. Красногорск, ул. Садовая, д. 1', null);
  let n = 0;
  const account = (
    buildingId: number,
    apartment: string,
    entrance: number | null,
    name: string,
    birth: string | null,
  ) => {
    n += 1;
    const premises = Number(
      db
        .prepare(
          `INSERT INTO premises (building_id, entrance, apartment, ownership_form, created_at_ms) VALUES (?, ?, ?, 'private', 0)`,
        )
        .run(buildingId, entrance, apartment).lastInsertRowid,
    );
    const accountId = Number(
      db
        .prepare(
          `INSERT INTO accounts (number, management_company_id, tenure, premises_id, created_at_ms) VALUES (?, ?, 'owner', ?, 0)`,
        )
        .run(`77000${n}`, mc, premises).lastInsertRowid,
    );
    const person = Number(
      db
        .prepare(
          `INSERT INTO persons (full_name, name_search, identity_key, birth_date, phone, created_at_ms) VALUES (?, ?, ?, ?, ?, 0)`,
        )
        .run(name, name.toLowerCase(), `${name.toLowerCase()}|${n}`, birth, `+7916000000${n}`).lastInsertRowid,
    );
    db.prepare(`INSERT INTO account_persons (account_id, person_id, role, position) VALUES (?, ?, 'owner', 1)`).run(
      accountId,
      person,
    );
    return { accountId, person, name };
  };
  let w = 0;
  const writ = (a: { accountId: number; person: number; name: string }, total: number) => {
    w += 1;
    return Number(
      db
        .prepare(
          `INSERT INTO writs (kind, number, act_date, term_start_date, court_name, account_id, management_company_id,
             debtor_person_id, debtor_name, principal_kopecks, penalty_kopecks, duty_kopecks, total_kopecks, received_date,
             status, source, created_by, created_at_ms, updated_at_ms)
           VALUES ('court_order', ?, '2026-03-01', '2026-03-20', 'Судебный участок № 123', ?, ?, ?, ?, ?, 0, 0, ?, '2026-04-01',
             'in_proceedings', 'manual', 'тест', 0, 0)`,
        )
        .run(`2-${w}/2026`, a.accountId, mc, a.person, a.name, total, total).lastInsertRowid,
    );
  };
  const proceeding = (writId: number, number: string, debt: number, status: string, deptId: number | null) =>
    Number(
      db
        .prepare(
          `INSERT INTO enforcement_proceedings (writ_id, number, opened_date, department_id, status, status_date, debt_kopecks,
             created_by, created_at_ms, updated_at_ms) VALUES (?, ?, '2026-05-01', ?, ?, '2026-05-01', ?, 'тест', 0, 0)`,
        )
        .run(writId, number, deptId, status, debt).lastInsertRowid,
    );
  const collect = (proceedingId: number, amount: number) =>
    db
      .prepare(
        `INSERT INTO fssp_collections (proceeding_id, collected_date, amount_kopecks, created_by, created_at_ms) VALUES (?, '2026-06-01', ?, 'тест', 0)`,
      )
      .run(proceedingId, amount);

  const mira7 = account(mira, '7', null, 'Кузнецова Анна Викторовна', '1975-04-12');
  proceeding(writ(mira7, 8_000_000), '1001/26/50001-ИП', 8_000_000, 'opened', dept1);
  proceeding(writ(mira7, 500_000), '1002/26/50001-ИП', 500_000, 'opened', dept1);
  const mira2 = account(mira, '2', null, 'Смирнов Олег Игоревич', null);
  proceeding(writ(mira2, 3_000_000), '1003/26/50001-ИП', 3_000_000, 'ended_performed', dept1);
  const l3 = account(lenina3, '1', null, 'Орлова Вера Павловна', null);
  proceeding(writ(l3, 4_000_000), '2001/26/50002-ИП', 4_000_000, 'opened', dept2);
  const l12 = account(lenina5, '12', 1, 'Иванов Иван Иванович', '1970-01-15');
  collect(proceeding(writ(l12, 5_000_000), '1004/26/50001-ИП', 5_000_000, 'opened', dept1), 1_000_000);
  const l3b = account(lenina5, '3', 1, 'Петрова Мария Сергеевна', null);
  proceeding(writ(l3b, 1_200_000), '1005/26/50001-ИП', 1_200_000, 'opened', dept1);
  const l40 = account(lenina5, '40', 2, 'Сидоров Пётр Петрович', null);
  proceeding(writ(l40, 2_500_000), '1006/26/50001-ИП', 2_500_000, 'suspended', dept1);
  const l8 = account(lenina5, '8', 2, 'Фёдоров Фёдор Фёдорович', null);
  collect(proceeding(writ(l8, 1_000_000), '1007/26/50001-ИП', 1_000_000, 'opened', dept1), 1_000_000);
  const s5 = account(sad, '5', null, 'Зайцев Заяц Зайцевич', null);
  writ(s5, 9_900_000);
  return {
    core,
    dataDir,
    dept1,
    dept2,
    acc: {
      mira7: mira7.accountId,
      mira2: mira2.accountId,
      lenina3_1: l3.accountId,
      lenina5_12: l12.accountId,
      lenina5_3: l3b.accountId,
      lenina5_40: l40.accountId,
      lenina5_8: l8.accountId,
      sad1_5: s5.accountId,
    },
  };
}

/** All the debtors' names of the world: none may appear on a route sheet. */
export const DEBTOR_NAMES = [
  'Кузнецова',
  'Смирнов',
  'Орлова',
  'Иванов',
  'Петрова',
  'Сидоров',
  'Фёдоров',
  'Зайцев',
] as const;
