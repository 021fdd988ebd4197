/**
 * @file For the data tests of migrations 0011–0017: the rows an app of version 0010 wrote (companies, buildings,
 * people, accounts, charges, payments, summaries, the journal, documents and mail, users), inserted with raw SQL,
 * and a snapshot of every table taken before a migration, to check afterwards that every old row is still there
 * with the same values in the same columns. The snapshot is the independent reference: it is read from the old
 * database, never computed by the code under test.
 */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';

/** Large money: 2 147 483 648,00 ₽ in kopecks, past a 32-bit integer, to see it is never truncated. */
export const LARGE_KOPECKS = 214_748_364_800;

/**
 * Rows as the app of version 0010 wrote them (every table below exists since 0010 at the latest). Edge values on
 * purpose: nulls in optional columns, Cyrillic with «ё» and guillemets, zero, negative (a refund) and large kopecks,
 * dates at month ends (29 February of a leap year, 31 December, 31 March).
 */
export function insertRegistryRows(db: Database.Database): void {
  db.exec(`
    INSERT INTO management_companies (id, name, inn, kpp, ogrn, address, phone, bank_name, bik, correspondent_account,
      settlement_account, contract_due_day, penalty_charged, created_at_ms) VALUES
      (1, 'ООО «УК Жилсервис»', '5024000001', '502401001', '1025002876543', '143404, г. Красногорск, ул. Ленина, д. 5',
        '+7 495 563-00-00', 'ПАО Сбербанк', '044525225', '30101810400000000225', '40702810938000012345', 31, 1,
        1704067200000),
      (2, 'МУП «Ёлкинское ЖКХ»', '5024000002', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 1);
    INSERT INTO buildings (id, management_company_id, address, address_search, entrances, judicial_district,
      fssp_department, created_at_ms) VALUES
      (1, 1, 'г. Красногорск, ул. Ленина, д. 5', 'г. красногорск, ул. ленина, д. 5', 4, 'Судебный участок № 115',
        'Красногорский РОСП', 1704067200000),
      (2, 2, 'пос. Ёлкино, ул. Центральная, д. 1а', 'пос. елкино, ул. центральная, д. 1а', NULL, NULL, NULL, 2);
    INSERT INTO premises (id, building_id, entrance, apartment, area_centi_m2, ownership_form, created_at_ms) VALUES
      (1, 1, 2, '17', 5430, 'private', 1704067200000),
      (2, 2, NULL, '3-Б', NULL, 'municipal', 2);
    INSERT INTO persons (id, full_name, name_search, identity_key, birth_date, birth_place, snils, inn, passport, phone,
      sms_consent, created_at_ms) VALUES
      (1, 'Иванов Иван Иванович', 'иванов иван иванович', 'иванов иван иванович|1970-01-31', '1970-01-31',
        'г. Москва', '112-233-445 95', '502400000001', '4600 123456', '+79161234567', 1, 1704067200000),
      (2, 'Ёлкина Алёна Петровна', 'елкина алена петровна', 'елкина алена петровна|лс 2002', NULL, NULL, NULL, NULL,
        NULL, NULL, NULL, 2),
      (3, 'Иванова Мария Сергеевна', 'иванова мария сергеевна', 'иванова мария сергеевна|2000-02-29', '2000-02-29',
        NULL, NULL, NULL, NULL, '+79031112233', 0, 3);
    INSERT INTO accounts (id, number, management_company_id, tenure, status, paused_until_date, pause_reason,
      created_at_ms, premises_id) VALUES
      (1, '1001', 1, 'owner', 'open', NULL, NULL, 1704067200000, 1),
      (2, '2002', 2, 'social_tenant', 'open', '2026-12-31', 'Рассрочка до конца года', 2, 2),
      (3, '1003', 1, 'owner', 'closed', NULL, NULL, 3, NULL);
    INSERT INTO account_persons (account_id, person_id, role, share_num, share_den, position) VALUES
      (1, 1, 'owner', 1, 2, 0), (1, 3, 'owner', 1, 2, 1), (2, 2, 'tenant', NULL, NULL, 0),
      (3, 1, 'registered', NULL, NULL, 0);
    INSERT INTO imports (id, kind, file_name, file_sha256, size_bytes, stored_path, row_count, result_json, user_name,
      at_ms) VALUES
      (1, 'charges', 'начисления_2024-02.xlsx', '${'a'.repeat(64)}', 123456, 'imports/1.xlsx', 4, '{"added":4}',
        'Орлова Е. С.', 1709164800000),
      (2, 'payments', 'оплаты март.csv', '${'b'.repeat(64)}', 0, 'imports/2.csv', 3, '{"added":3,"skipped":0}',
        'Орлова Е. С.', 1711843200000);
    INSERT INTO charges (id, account_id, period, service, amount_kopecks, import_id) VALUES
      (1, 1, '2024-01', 'Содержание жилого помещения', 0, 1),
      (2, 1, '2024-02', 'Капитальный ремонт', 123456, 1),
      (3, 2, '2023-12', 'Наём жилого помещения', ${LARGE_KOPECKS}, 1),
      (4, 3, '2024-02', 'Электроснабжение', 1, 1);
    INSERT INTO payments (id, account_id, payment_date, amount_kopecks, period, source, document_number, payment_key,
      import_id) VALUES
      (1, 1, '2024-02-29', 500000, '2024-01', 'ПАО Сбербанк', '№ 0001', '2024-02-29|500000|0001', 2),
      (2, 1, '2023-12-31', -15000, NULL, NULL, NULL, '2023-12-31|-15000', 2),
      (3, 2, '2024-03-31', ${LARGE_KOPECKS}, '2023-12', 'Почта России', 'п/п 77', '2024-03-31|${LARGE_KOPECKS}|77', 2);
    INSERT INTO charge_months (account_id, period, housing_kopecks, capital_repair_kopecks) VALUES
      (1, '2024-01', 0, NULL), (1, '2024-02', NULL, 123456);
    INSERT INTO debt_months (account_id, period, kind, due_date, limitation_expires_on, open_kopecks) VALUES
      (1, '2024-02', 'housing', '2024-03-10', '2027-03-10', 123456),
      (2, '2023-12', 'housing', '2024-01-10', NULL, ${LARGE_KOPECKS});
    INSERT INTO account_summaries (account_id, number, address, address_sort, management_company_id, company_name,
      building_id, tenure, status, main_person, charged_kopecks, paid_kopecks, debt_kopecks, months_in_arrears,
      debt_since_period, last_payment_date, last_payment_kopecks, bracket, search_text, updated_at_ms,
      not_yet_due_kopecks, time_barred_kopecks, balance_kopecks, as_of_date) VALUES
      (1, '1001', 'г. Красногорск, ул. Ленина, д. 5, кв. 17', 'красногорск ленина 00005 00017', 1, 'ООО «УК Жилсервис»',
        1, 'owner', 'open', 'Иванов Иван Иванович', 123456, 485000, 123456, 1, '2024-02', '2024-02-29', 500000,
        'from_50k', '1001 г. красногорск, ул. ленина, д. 5, кв. 17 иванов иван иванович иванова мария сергеевна',
        1709164800000, 0, 0, -361544, '2024-02-29'),
      (2, '2002', 'пос. Ёлкино, ул. Центральная, д. 1а, кв. 3-Б', 'елкино центральная 00001а 0003-б', 2,
        'МУП «Ёлкинское ЖКХ»', 2, 'social_tenant', 'open', 'Ёлкина Алёна Петровна', ${LARGE_KOPECKS}, 0,
        ${LARGE_KOPECKS}, 3, '2023-12', NULL, NULL, 'over_100k',
        '2002 пос. елкино, ул. центральная, д. 1а, кв. 3-б елкина алена петровна', 2, 0, 0, 0, NULL),
      (3, '1003', 'г. Красногорск, ул. Ленина, д. 5', 'красногорск ленина 00005', 1, 'ООО «УК Жилсервис»', NULL,
        'owner', 'closed', NULL, 0, 0, 0, 0, NULL, NULL, NULL, 'none', '1003 г. красногорск, ул. ленина, д. 5', 3, 0,
        0, 0, NULL);
    INSERT INTO users (id, login, full_name, role, daily_quota, active, created_at_ms, password_hash,
      must_change_password, failed_attempts, locked_until_ms, password_changed_at_ms) VALUES
      (1, 'orlova', 'Орлова Елена Сергеевна', 'head', 150, 1, 1704067200000, 'scrypt$16384$8$1$c2FsdA$aGFzaA', 0, 0,
        NULL, 1704067200000),
      (2, 'petrov', 'Петров Пётр Петрович', 'operator', 0, 0, 2, NULL, 1, 5, 1711843200000, NULL);
    INSERT INTO actions (id, account_id, measure, kind, action_date, at_ms, user_name, summary, details_json, user_id,
      object_type, object_id, before_json, after_json) VALUES
      (1, 1, 1, 'contact.call', '2024-02-29', 1709200000000, 'Орлова Е. С.', 'Звонок: обещал оплатить до 10.03',
        NULL, 1, 'account', '1', NULL, '{"outcome":"promise"}'),
      (2, NULL, NULL, 'auth.login', '2024-03-31', 1711880000000, 'Петров П. П.', 'Вход в программу', NULL, 2, NULL,
        NULL, NULL, NULL),
      (3, 2, 13, 'document.claim', '2023-12-31', 1704000000000, 'Орлова Е. С.', 'Претензия «о погашении долга»',
        '{"kopecks":${LARGE_KOPECKS}}', NULL, NULL, NULL, NULL, NULL);
    INSERT INTO contacts (id, account_id, channel, contact_date, local_minute, at_ms, phone, outcome, user_name, note)
      VALUES (1, 1, 'call', '2024-02-29', 600, 1709200000000, '+79161234567', 'promise', 'Орлова Е. С.',
        'Обещал до 10.03'), (2, 2, 'sms', '2024-03-31', 0, 1711843200000, NULL, 'sent', 'Петров П. П.', NULL);
    INSERT INTO document_batches (id, kind, title, params_json, as_of_date, status, cancel_requested, total_items,
      done_items, print_file, summary, user_name, created_at_ms, finished_at_ms) VALUES
      (1, 'claims', 'Претензии — февраль 2024', '{"brackets":["from_50k","over_100k"]}', '2024-02-29', 'done', 0, 2, 2,
        'print/претензии-1.pdf', 'Готово: 2 претензии', 'Орлова Е. С.', 1709200000000, 1709200060000),
      (2, 'notices', 'Уведомления в подъезды', '{"buildingIds":[1]}', '2024-03-31', 'cancelled', 1, 10, 3, NULL, NULL,
        'Петров П. П.', 1711880000000, NULL);
    INSERT INTO generated_documents (id, batch_id, kind, template_version, account_id, building_id, entrance,
      issued_date, file_path, sha256, pages, total_kopecks, user_name, created_at_ms) VALUES
      (1, 1, 'claim', 'claim-v3', 1, NULL, NULL, '2024-02-29', 'documents/1001/претензия.pdf', '${'c'.repeat(64)}', 2,
        123456, 'Орлова Е. С.', 1709200000000),
      (2, 2, 'notice', 'notice-v1', NULL, 1, 2, '2024-03-31', 'documents/notices/2.pdf', '${'d'.repeat(64)}', NULL,
        NULL, 'Петров П. П.', 1711880000000);
    INSERT INTO mail_items (id, batch_id, document_id, account_id, position, recipient_name, address, postal_code,
      building_id, entrance, apartment, total_kopecks, tracking_number, outcome, outcome_date, pages) VALUES
      (1, 1, 1, 1, 1, 'Иванов И. И.', 'г. Красногорск, ул. Ленина, д. 5, кв. 17', '143404', 1, 2, '17', 123456,
        '14340493123456', 'delivered', '2024-03-05', 2),
      (2, 1, 1, 2, 2, 'Ёлкина А. П.', 'пос. Ёлкино, ул. Центральная, д. 1а, кв. 3-Б', NULL, NULL, NULL, NULL, 0,
        NULL, 'pending', NULL, NULL);
    INSERT INTO app_settings (key, value_json, updated_at_ms) VALUES ('registry.page_size', '50', 1711843200000);
  `);
}

export interface TableSnapshot {
  columns: string[];
  rows: unknown[][];
}

/** Every ordinary table's columns and rows (in rowid order), except the migrator's own journal. */
export function snapshotTables(db: Database.Database): Map<string, TableSnapshot> {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sqlite_sequence', '__drizzle_migrations')
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const snapshot = new Map<string, TableSnapshot>();
  for (const name of names) {
    const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>).map((c) => c.name);
    snapshot.set(name, { columns, rows: rowsOf(db, name, columns) });
  }
  return snapshot;
}

/** Rows in rowid order (insertion order); a WITHOUT ROWID table (FTS5's shadow tables) in key order. */
function rowsOf(db: Database.Database, table: string, columns: string[]): unknown[][] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const sql = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
  const order = /WITHOUT ROWID/i.test(sql) ? columns.map((_, i) => i + 1).join(', ') : 'rowid';
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${order}`).raw().all() as unknown[][];
}

/**
 * Every table of the snapshot still holds its rows with the same values in the same columns (columns a migration
 * added are not compared here). `grownBy` names the tables the migration seeds, with the number of rows it adds:
 * there the old rows come first, unchanged, and exactly that many follow.
 */
export function expectOldRowsKept(
  before: Map<string, TableSnapshot>,
  after: Database.Database,
  grownBy: Record<string, number> = {},
): void {
  for (const [table, { columns, rows }] of before) {
    const now = rowsOf(after, table, columns);
    const added = grownBy[table] ?? 0;
    expect(now.length, `rows of ${table}`).toBe(rows.length + added);
    expect(now.slice(0, rows.length), `old rows of ${table}`).toEqual(rows);
  }
}

/** The names of ordinary tables, for "which tables did the migration add". */
export function tableNames(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

/** How many migrations the database says it has applied (its schema version). */
export function appliedMigrations(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
}

/**
 * A few of the rows above read back and compared with values written by hand, so that a snapshot comparison that
 * compared nothing could not pass alone.
 */
export function expectRegistryValues(db: Database.Database): void {
  expect(db.prepare('SELECT id, number, tenure, status, premises_id FROM accounts ORDER BY id').all()).toEqual([
    { id: 1, number: '1001', tenure: 'owner', status: 'open', premises_id: 1 },
    { id: 2, number: '2002', tenure: 'social_tenant', status: 'open', premises_id: 2 },
    { id: 3, number: '1003', tenure: 'owner', status: 'closed', premises_id: null },
  ]);
  expect(db.prepare('SELECT amount_kopecks FROM charges ORDER BY id').pluck().all()).toEqual([
    0, 123456, 214_748_364_800, 1,
  ]);
  expect(db.prepare('SELECT payment_date, amount_kopecks FROM payments ORDER BY id').raw().all()).toEqual([
    ['2024-02-29', 500000],
    ['2023-12-31', -15000],
    ['2024-03-31', 214_748_364_800],
  ]);
  expect(db.prepare('SELECT full_name, birth_date, phone FROM persons WHERE id = 2').get()).toEqual({
    full_name: 'Ёлкина Алёна Петровна',
    birth_date: null,
    phone: null,
  });
  expect(db.prepare('SELECT name, kpp, penalty_charged FROM management_companies WHERE id = 2').get()).toEqual({
    name: 'МУП «Ёлкинское ЖКХ»',
    kpp: null,
    penalty_charged: 0,
  });
}

/**
 * Court work as an app of version 0011–0012 wrote it (call after insertRegistryRows): a batch approved by the head,
 * two cases on it (one filed with a case number, one cancelled), a duty payment shared by them, a building's court
 * set by hand, and a court rule an administrator added beside the shipped ones.
 */
export function insertCourtRows(db: Database.Database): void {
  db.exec(`
    INSERT INTO court_batches (id, brackets_json, as_of_date, status, accounts_count, claim_kopecks, created_by,
      created_at_ms, decided_by, decided_at_ms, decision_note) VALUES
      (1, '["from_50k","over_100k"]', '2024-03-31', 'approved', 2, ${LARGE_KOPECKS + 125000}, 'Орлова Е. С.',
        1711880000000, 'Начальник отдела', 1711890000000, NULL);
    INSERT INTO court_cases (id, batch_id, account_id, management_company_id, court_id, kind, parent_case_id, status,
      debtor_person_id, debtor_name, joint_person_ids_json, share_num, share_den, periods_json, period_from, period_to,
      time_barred_included, time_barred_note, as_of_date, principal_kopecks, penalty_kopecks, claim_kopecks,
      duty_kopecks, duty_offset_kopecks, duty_exempt_reason, identifiers_status, identifiers_note, prepared_date,
      filed_date, filed_channel, court_case_number, issued_number, issued_date, copy_received_date,
      objection_deadline, in_force_date, cancelled_date, returned_date, writ_received_date, writ_number,
      closed_reason, created_by, created_at_ms, updated_at_ms) VALUES
      (1, 1, 1, 1, 1, 'court_order', NULL, 'filed', 1, 'Иванов Иван Иванович', '[3]', 1, 2, '["2024-02"]', '2024-02',
        '2024-02', 0, NULL, '2024-03-31', 123456, 1544, 125000, 20000, 0, NULL, 'complete', NULL, '2024-03-31',
        '2024-04-30', 'gas_justice', '2-115/2024', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        'Орлова Е. С.', 1711880000000, 1714470000000),
      (2, 1, 2, 2, NULL, 'court_order', NULL, 'cancelled', 2, 'Ёлкина Алёна Петровна', '[]', NULL, NULL,
        '["2023-12"]', '2023-12', '2023-12', 1, 'Включён месяц с истёкшей давностью', '2024-03-31',
        ${LARGE_KOPECKS}, 0, ${LARGE_KOPECKS}, 0, 0, 'Освобождён по НК ст.333.36', 'missing', 'Нет даты рождения',
        '2024-03-31', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2024-12-31', NULL, NULL, NULL, NULL,
        'Орлова Е. С.', 1711880000000, 1735603200000);
    INSERT INTO duty_payments (id, management_company_id, order_number, order_date, amount_kopecks, payer, note,
      user_name, created_at_ms) VALUES (1, 1, '15', '2024-03-31', 20000, 'ООО «УК Жилсервис»', '', 'Орлова Е. С.', 1);
    INSERT INTO duty_payment_cases (payment_id, case_id, amount_kopecks) VALUES (1, 1, 20000);
    INSERT INTO building_courts (building_id, court_kind, court_id, source, updated_at_ms) VALUES
      (1, 'district', 1, 'manual', 1711880000000);
    INSERT INTO court_rules (key, valid_from_date, value_int, note, user_name, created_at_ms) VALUES
      ('limitation_warn_days_far', '2026-11-01', 60, 'Решение начальника отдела', 'Орлова Е. С.', 1790000000000);
  `);
}
