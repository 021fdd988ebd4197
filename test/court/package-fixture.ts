/**
 * @file A small court fixture on an open core: one УК, two flats, three owners, charges, a claims signer, the
 * magistrate's plot № 123 — and cases inserted as the preparation leaves them (the sums of caseDebt as of a date,
 * the debtor's part by the shares, the duty of 2 000,00 paid by a payment order). See package.test.ts for the
 * hand-worked figures.
 */
import type { Core } from '../../electron/core/open-core';
import { caseDebt, debtorParts } from '../../electron/core/court/case-debt';
import { readDebtors } from '../../electron/core/debt/account-debt-repo';

export const AS_OF = '2026-12-01';

/** Seeds the data; answers the plot's court id. */
export function seedCourtFixture(core: Core): number {
  const s = core.ctx.sqlite;
  s.exec(`
    INSERT INTO management_companies (id, name, inn, kpp, ogrn, address, created_at_ms)
      VALUES (1, 'ООО «УК Тест»', '5024000001', '502401001', '1025000000001', 'г. Красногорск, ул. Школьная, д. 1', 0);
    INSERT INTO buildings (id, management_company_id, address, address_search, created_at_ms)
      VALUES (1, 1, 'г. Красногорск, ул. Ленина, д. 5', 'г. красногорск, ул. ленина, д. 5', 0);
    INSERT INTO premises (id, building_id, apartment, ownership_form, created_at_ms) VALUES
      (1, 1, '12', 'private', 0), (2, 1, '14', 'private', 0);
    INSERT INTO accounts (id, number, management_company_id, tenure, premises_id, created_at_ms) VALUES
      (1, '1000001', 1, 'owner', 1, 0), (2, '1000002', 1, 'owner', 2, 0);
    INSERT INTO persons (id, full_name, name_search, identity_key, birth_date, birth_place, snils, passport, inn, created_at_ms) VALUES
      (1, 'Иванов Иван Иванович', 'иванов иван иванович', 'k1', '1970-03-15', 'г. Красногорск', '123-456-789 01', '4510 123456', NULL, 0),
      (2, 'Петрова Анна Сергеевна', 'петрова анна сергеевна', 'k2', NULL, NULL, NULL, NULL, NULL, 0),
      (3, 'Щукин Пётр Ильич', 'щукин петр ильич', 'k3', '1985-07-01', 'г. Москва', NULL, NULL, '502400123456', 0);
    INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES
      (1, 1, 'owner', NULL, NULL, 1), (2, 2, 'owner', 1, 2, 1), (2, 3, 'owner', 1, 2, 2);
    INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name, at_ms)
      VALUES (1, 'charges', 'c.csv', 'x', 1, 'c.csv', 3, '{}', 'тест', 0);
    INSERT INTO charges (account_id, period, service, amount_kopecks, import_id) VALUES
      (1, '2024-06', 'Содержание жилого помещения', 200000, 1),
      (1, '2024-07', 'Содержание жилого помещения', 300000, 1),
      (2, '2025-01', 'Содержание жилого помещения', 123456, 1);
    INSERT INTO claim_signers (scope, full_name, position, phone, updated_by, updated_at_ms)
      VALUES ('default', 'Смирнова Ольга Викторовна', 'Начальник отдела', '+7 (495) 000-00-00', 'тест', 0);
    INSERT INTO courts (kind, name, plot_number, address, payee_name, payee_inn, payee_kpp, payee_bank_name, payee_bik,
                        payee_bank_account, payee_treasury_account, kbk, oktmo, created_at_ms, updated_at_ms)
      VALUES ('magistrate', 'Судебный участок № 123 Красногорского судебного района Московской области', '123',
              'г. Красногорск, ул. Речная, д. 1', 'Казначейство России (ФНС России)', '7727406020', '770801001',
              'ОКЦ № 7 ГУ Банка России', '017003983', '40102810445370000059', '03100643000000018500',
              '18210803010011060110', '46744000', 0, 0);
  `);
  return Number((s.prepare("SELECT id FROM courts WHERE plot_number = '123'").get() as { id: number }).id);
}

/** A case as the preparation leaves it: the sums of caseDebt as of AS_OF, the debtor's part by the shares. */
export function insertCase(
  core: Core,
  accountId: number,
  personId: number,
  name: string,
  opts: { court: number | null; principalDelta?: number },
): { id: number; claim: number } {
  const s = core.ctx.sqlite;
  const debt = caseDebt(s, accountId, AS_OF, { includeTimeBarred: false });
  const debtors = readDebtors(s, accountId, AS_OF);
  const at = debtors.findIndex((d) => d.personId === personId);
  const principal = debtorParts(debt.accountPrincipalKopecks, debtors)[at]! + (opts.principalDelta ?? 0);
  const penalty = debtorParts(debt.accountPenaltyKopecks, debtors)[at]!;
  const share = debtors[at]!.share;
  const info = s
    .prepare(
      `INSERT INTO court_cases (account_id, management_company_id, court_id, kind, status, debtor_person_id, debtor_name,
         share_num, share_den, periods_json, period_from, period_to, as_of_date, principal_kopecks, penalty_kopecks,
         claim_kopecks, duty_kopecks, identifiers_status, prepared_date, created_by, created_at_ms, updated_at_ms)
       VALUES (?, 1, ?, 'court_order', 'duty_paid', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 200000, 'complete', '2026-12-01', 'тест', 0, 0)`,
    )
    .run(
      accountId,
      opts.court,
      personId,
      name,
      share.num,
      share.den,
      JSON.stringify(debt.includedPeriods),
      debt.includedPeriods[0],
      debt.includedPeriods.at(-1),
      AS_OF,
      principal,
      penalty,
      principal + penalty,
    );
  const id = Number(info.lastInsertRowid);
  s.prepare(
    `INSERT INTO duty_payments (management_company_id, order_number, order_date, amount_kopecks, payer, user_name, created_at_ms)
     VALUES (1, ?, '2026-12-03', 200000, 'ООО «УК Тест»', 'тест', 0)`,
  ).run(`${100 + id}`);
  const paymentId = (s.prepare('SELECT max(id) AS id FROM duty_payments').get() as { id: number }).id;
  s.prepare('INSERT INTO duty_payment_cases (payment_id, case_id, amount_kopecks) VALUES (?, ?, 200000)').run(
    paymentId,
    id,
  );
  return { id, claim: principal + penalty };
}
