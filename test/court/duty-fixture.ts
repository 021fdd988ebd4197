/**
 * @file A small court-work world for the state-duty tests, through the real migrations on a temp data folder: two
 * УК, a magistrate's plot beside the seeded Krasnogorsk city court, persons, accounts and court_cases rows
 * inserted directly (the queue makes them in the application). The sums are chosen so the hand arithmetic in the
 * tests is short.
 */
import { openCore, type Core } from '../../electron/core/open-core';
import { SOURCE_MIGRATIONS_FOLDER } from '../../electron/core/default-paths';
import { makeTempDir } from '../support/temp-dir';

export const NOW = Date.parse('2026-12-06T09:00:00+03:00');

export interface DutyWorld {
  core: Core;
  dataDir: string;
  alfa: number;
  beta: number;
  cityCourt: number;
  plot: number;
  /** УК «Альфа»: a court order at the plot (2 000 ₽), a lawsuit at the city court (19 077 ₽), a lawsuit with an offset (5 500 − 2 750), a case without a court, a filed case. */
  cases: { order: number; lawsuit: number; offset: number; noCourt: number; filed: number; betaOrder: number };
}

export function dutyWorld(): DutyWorld {
  const dataDir = makeTempDir();
  const core = openCore({ dataDir, host: 'cli', migrationsFolder: SOURCE_MIGRATIONS_FOLDER, clock: () => NOW });
  const db = core.ctx.sqlite;
  const mc = db.prepare(
    `INSERT INTO management_companies (name, inn, kpp, address, created_at_ms) VALUES (?, ?, ?, ?, 0)`,
  );
  const alfa = Number(
    mc.run('ООО «УК Альфа»', '5024000001', '502401001', '143401, Московская обл., г. Красногорск, ул. Ленина, д. 1')
      .lastInsertRowid,
  );
  const beta = Number(mc.run('ООО «УК Бета»', '5024000002', null, null).lastInsertRowid);
  const cityCourt = (db.prepare(`SELECT id FROM courts WHERE code = '50RS0021'`).get() as { id: number }).id;
  const plot = Number(
    db
      .prepare(
        `INSERT INTO courts (kind, name, plot_number, address, payee_name, payee_inn, payee_kpp, payee_bank_name, payee_bik,
           payee_bank_account, payee_treasury_account, kbk, oktmo, confirmed, created_at_ms, updated_at_ms)
         SELECT 'magistrate', 'Судебный участок № 123 Красногорского судебного района Московской области', '123',
           'г. Красногорск, ул. Речная, д. 5', payee_name, payee_inn, payee_kpp, payee_bank_name, payee_bik, payee_bank_account,
           payee_treasury_account, kbk, '46744000', 1, 0, 0 FROM courts WHERE id = ?`,
      )
      .run(cityCourt).lastInsertRowid,
  );
  const person = db.prepare(
    `INSERT INTO persons (full_name, name_search, identity_key, created_at_ms) VALUES (?, ?, ?, 0)`,
  );
  const account = db.prepare(
    `INSERT INTO accounts (number, management_company_id, tenure, created_at_ms) VALUES (?, ?, 'owner', 0)`,
  );
  const kase = db.prepare(
    `INSERT INTO court_cases (account_id, management_company_id, court_id, kind, status, debtor_person_id, debtor_name,
       periods_json, period_from, period_to, as_of_date, principal_kopecks, penalty_kopecks, claim_kopecks, duty_kopecks,
       duty_offset_kopecks, identifiers_status, prepared_date, created_by, created_at_ms, updated_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, '["2024-01"]', '2024-01', '2024-01', '2026-12-01', ?, ?, ?, ?, ?, 'complete', '2026-12-01', 'тест', 0, 0)`,
  );
  const add = (
    no: string,
    company: number,
    name: string,
    court: number | null,
    kind: 'court_order' | 'lawsuit',
    status: string,
    claim: number,
    duty: number,
    offset = 0,
  ): number => {
    const p = Number(person.run(name, name.toLowerCase(), `${name}|${no}`).lastInsertRowid);
    const a = Number(account.run(no, company).lastInsertRowid);
    return Number(kase.run(a, company, court, kind, status, p, name, claim, 0, claim, duty, offset).lastInsertRowid);
  };
  const cases = {
    // 12 345,67 ₽ by the new scale: the lawsuit 4 000, the order 2 000
    order: add('1001', alfa, 'Иванов Иван Иванович', plot, 'court_order', 'prepared', 1_234_567, 200_000),
    // 703 841,00 ₽: 15 000 + 2 % × 203 841 = 19 076,82 → 19 077
    lawsuit: add('1002', alfa, 'Петрова Анна Сергеевна', cityCourt, 'lawsuit', 'prepared', 70_384_100, 1_907_700),
    // 150 016,50 ₽: 5 500; the cancelled order's 2 750 offset → 2 750 due
    offset: add('1003', alfa, 'Сидоров Пётр Ильич', cityCourt, 'lawsuit', 'prepared', 15_001_650, 550_000, 275_000),
    noCourt: add('1004', alfa, 'Кузнецова Мария Олеговна', null, 'court_order', 'prepared', 1_000_000, 200_000),
    filed: add('1005', alfa, 'Смирнов Олег Петрович', plot, 'court_order', 'filed', 1_000_000, 200_000),
    betaOrder: add('2001', beta, 'Волков Андрей Юрьевич', plot, 'court_order', 'prepared', 1_000_000, 200_000),
  };
  return { core, dataDir, alfa, beta, cityCourt, plot, cases };
}
