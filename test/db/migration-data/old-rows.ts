/**
 * @file Representative rows as the older builds of the app wrote them, grouped by the migration that created their
 * tables, and the raw-SQL helpers of the migration data tests 0000–0010: insert the rows into a database just before
 * migration N, migrate, check every row is still there with the same values.
 *
 * The rows are written by hand: edge values on purpose (NULL in every nullable column somewhere, Cyrillic text with
 * «ё» and quotes, zero, negative and very large kopecks, dates at month ends including 29 February). Each set only
 * fills tables created by its own migration, so a row never has to know columns added later (those columns are
 * nullable or have defaults, and each migration's test checks them on the older rows).
 */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';

export type Row = Record<string, string | number | null>;
/** Table → rows, in an order that satisfies the foreign keys. */
export type RowSet = Record<string, Row[]>;

/** Tables that migrations seed: their old rows must be among the rows after, beside the seeded ones. */
const SEEDED_TABLES = new Set([
  'app_settings',
  'debt_brackets',
  'document_rules',
  'postal_codes',
  'service_creditors',
  'postal_tariffs',
  'role_permissions',
]);

const T = 1_769_860_800_000; // 2026-01-31 12:00 UTC, the old app's clock in these rows
const BIG = 12_345_678_901; // 123 456 789,01 ₽ — far beyond any real debt, still an exact integer

/** Rows of the tables each migration creates, keyed by the migration's number. */
export const ROWS: Record<string, RowSet> = {
  '0000': {
    management_companies: [
      {
        id: 1,
        name: 'ООО «УК Жилсервис»',
        inn: '5024000001',
        kpp: '502401001',
        ogrn: '1025002870000',
        address: '143400, Московская обл., г. Красногорск, ул. Ленина, д. 5',
        phone: '+7 495 563-00-00',
        bank_name: 'ПАО Сбербанк',
        bik: '044525225',
        correspondent_account: '30101810400000000225',
        settlement_account: '40702810938000000001',
        contract_due_day: 31,
        penalty_charged: 1,
        created_at_ms: T,
      },
      {
        id: 2,
        name: 'ТСЖ «Нахабино-Ёлочка»',
        inn: '5024000002',
        kpp: null,
        ogrn: null,
        address: null,
        phone: null,
        bank_name: null,
        bik: null,
        correspondent_account: null,
        settlement_account: null,
        contract_due_day: null,
        penalty_charged: 0,
        created_at_ms: 0,
      },
    ],
    buildings: [
      {
        id: 1,
        management_company_id: 1,
        address: 'г. Красногорск, ул. Ленина, д. 5',
        address_search: 'г красногорск ул ленина д 5',
        entrances: 4,
        judicial_district: 'Судебный участок № 24 Красногорского судебного района',
        fssp_department: 'Красногорский РОСП',
        created_at_ms: T,
      },
      {
        id: 2,
        management_company_id: 2,
        address: 'р.п. Нахабино, ул. Чкалова, д. 1А',
        address_search: 'рп нахабино ул чкалова д 1а',
        entrances: null,
        judicial_district: null,
        fssp_department: null,
        created_at_ms: T + 1,
      },
    ],
    accounts: [
      {
        id: 1,
        number: '100001',
        management_company_id: 1,
        tenure: 'owner',
        status: 'open',
        paused_until_date: null,
        pause_reason: null,
        created_at_ms: T,
      },
      {
        id: 2,
        number: '100002',
        management_company_id: 1,
        tenure: 'social_tenant',
        status: 'open',
        paused_until_date: '2026-02-28',
        pause_reason: 'Рассрочка до конца февраля',
        created_at_ms: T + 1,
      },
      {
        id: 3,
        number: 'Н-000003',
        management_company_id: 2,
        tenure: 'owner',
        status: 'closed',
        paused_until_date: null,
        pause_reason: null,
        created_at_ms: 0,
      },
    ],
    actions: [
      {
        id: 1,
        account_id: 1,
        measure: 1,
        kind: 'call',
        action_date: '2026-01-31',
        at_ms: T,
        user_name: 'Орлова Е. С.',
        summary: 'Звонок: обещала оплатить до 10 февраля',
        details_json: '{"phone":"+79161234567"}',
      },
      {
        id: 2,
        account_id: null,
        measure: null,
        kind: 'import',
        action_date: '2026-02-28',
        at_ms: T + 2_419_200_000,
        user_name: 'Администратор',
        summary: 'Загружен реестр «Ёлкина и К°»',
        details_json: null,
      },
      {
        id: 3,
        account_id: 3,
        measure: 13,
        kind: 'note',
        action_date: '2024-02-29',
        at_ms: 1_709_164_800_000,
        user_name: 'Орлова Е. С.',
        summary: 'Счёт закрыт',
        details_json: null,
      },
    ],
    app_settings: [
      { key: 'organisation', value_json: '{"name":"МУП «Расчётный центр»"}', updated_at_ms: T },
      { key: 'theme', value_json: '"light"', updated_at_ms: 0 },
    ],
  },
  '0001': {
    imports: [
      {
        id: 1,
        kind: 'charges',
        file_name: 'Начисления январь 2026.xlsx',
        file_sha256: 'a'.repeat(64),
        size_bytes: 183_204,
        stored_path: 'imports/2026/01/nachisleniya.xlsx',
        row_count: 8,
        result_json: '{"added":8,"errors":[]}',
        user_name: 'Орлова Е. С.',
        at_ms: T,
      },
      {
        id: 2,
        kind: 'payments',
        file_name: 'Оплаты «Сбер» 31.01.2026.csv',
        file_sha256: 'b'.repeat(64),
        size_bytes: 0,
        stored_path: 'imports/2026/01/oplaty.csv',
        row_count: 0,
        result_json: '{}',
        user_name: 'Администратор',
        at_ms: T + 1,
      },
    ],
    persons: [
      {
        id: 1,
        full_name: 'Ёлкина Алёна Петровна',
        name_search: 'елкина алена петровна',
        identity_key: 'елкина алена петровна|1980-02-29',
        birth_date: '1980-02-29',
        birth_place: 'г. Красногорск Московской обл.',
        snils: '112-233-445 95',
        inn: '502400000001',
        passport: '46 05 123456',
        phone: '+79161234567',
        sms_consent: 1,
        created_at_ms: T,
      },
      {
        id: 2,
        full_name: 'Иванов Иван',
        name_search: 'иванов иван',
        identity_key: 'иванов иван|',
        birth_date: null,
        birth_place: null,
        snils: null,
        inn: null,
        passport: null,
        phone: null,
        sms_consent: null,
        created_at_ms: 0,
      },
    ],
    premises: [
      {
        id: 1,
        building_id: 1,
        entrance: 2,
        apartment: '15',
        area_centi_m2: 5_430,
        ownership_form: 'private',
        created_at_ms: T,
      },
      {
        id: 2,
        building_id: 2,
        entrance: null,
        apartment: '3А',
        area_centi_m2: null,
        ownership_form: 'municipal',
        created_at_ms: 0,
      },
    ],
    account_persons: [
      { account_id: 1, person_id: 1, role: 'owner', share_num: 1, share_den: 2, position: 1 },
      { account_id: 1, person_id: 2, role: 'owner', share_num: 1, share_den: 2, position: 2 },
      { account_id: 2, person_id: 2, role: 'tenant', share_num: null, share_den: null, position: 1 },
    ],
    charges: [
      {
        id: 1,
        account_id: 1,
        period: '2026-01',
        service: 'Содержание жилого помещения',
        amount_kopecks: 245_067,
        import_id: 1,
      },
      { id: 2, account_id: 1, period: '2026-01', service: 'Отопление', amount_kopecks: 312_450, import_id: 1 },
      {
        id: 3,
        account_id: 1,
        period: '2026-01',
        service: 'Взнос на капитальный ремонт',
        amount_kopecks: 96_100,
        import_id: 1,
      },
      {
        id: 4,
        account_id: 1,
        period: '2025-12',
        service: 'Взнос на капитальный ремонт',
        amount_kopecks: 0,
        import_id: 1,
      },
      { id: 5, account_id: 2, period: '2024-02', service: 'Социальный наём', amount_kopecks: BIG, import_id: 1 },
      {
        id: 6,
        account_id: 2,
        period: '2024-02',
        service: 'Перерасчёт за отопление',
        amount_kopecks: -5_000,
        import_id: 1,
      },
      {
        id: 7,
        account_id: 3,
        period: '2025-11',
        service: 'Взнос на капитальный ремонт',
        amount_kopecks: 150_000,
        import_id: 1,
      },
      { id: 8, account_id: 3, period: '2025-12', service: 'Отопление', amount_kopecks: 0, import_id: 1 },
    ],
    payments: [
      {
        id: 1,
        account_id: 1,
        payment_date: '2026-01-31',
        amount_kopecks: 653_617,
        period: '2026-01',
        source: 'Сбербанк',
        document_number: '№ 000123',
        payment_key: 'sber|2026-01-31|000123',
        import_id: 2,
      },
      {
        id: 2,
        account_id: 1,
        payment_date: '2026-02-28',
        amount_kopecks: -150_000,
        period: null,
        source: null,
        document_number: null,
        payment_key: 'refund|2026-02-28',
        import_id: 2,
      },
      {
        id: 3,
        account_id: 2,
        payment_date: '2024-02-29',
        amount_kopecks: 1,
        period: '2024-02',
        source: 'Почта России',
        document_number: null,
        payment_key: 'post|2024-02-29|1',
        import_id: 2,
      },
    ],
    account_summaries: [
      {
        account_id: 1,
        number: '100001',
        address: 'г. Красногорск, ул. Ленина, д. 5, кв. 15',
        address_sort: 'красногорск ленина 000005 000015',
        management_company_id: 1,
        company_name: 'ООО «УК Жилсервис»',
        building_id: 1,
        tenure: 'owner',
        status: 'open',
        main_person: 'Ёлкина Алёна Петровна',
        charged_kopecks: 653_617,
        paid_kopecks: 503_617,
        debt_kopecks: 150_000,
        months_in_arrears: 1,
        debt_since_period: '2026-01',
        last_payment_date: '2026-02-28',
        last_payment_kopecks: -150_000,
        bracket: 'below_5k',
        search_text: '100001 елкина алена петровна красногорск ленина',
        updated_at_ms: T,
      },
      {
        account_id: 3,
        number: 'Н-000003',
        address: 'р.п. Нахабино, ул. Чкалова, д. 1А',
        address_sort: 'нахабино чкалова 000001а',
        management_company_id: 2,
        company_name: 'ТСЖ «Нахабино-Ёлочка»',
        building_id: null,
        tenure: 'owner',
        status: 'closed',
        main_person: null,
        charged_kopecks: 0,
        paid_kopecks: 0,
        debt_kopecks: 0,
        months_in_arrears: 0,
        debt_since_period: null,
        last_payment_date: null,
        last_payment_kopecks: null,
        bracket: 'none',
        search_text: 'н-000003',
        updated_at_ms: 0,
      },
    ],
    column_mappings: [
      {
        id: 1,
        kind: 'payments',
        name: 'Сбербанк, реестр платежей',
        header_signature: 'лс|дата|сумма',
        headers_json: '["ЛС","Дата","Сумма"]',
        mapping_json: '{"account":0,"date":1,"amount":2}',
        created_at_ms: T,
      },
    ],
    // Added by an administrator beside the six shipped brackets.
    debt_brackets: [
      {
        code: 'over_1m',
        label: 'свыше 1 000 000 ₽',
        min_kopecks: 100_000_001,
        max_kopecks: null,
        rank: 0,
        valid_from_date: '2026-12-31',
      },
    ],
  },
  '0002': {
    legal_table_rows: [
      {
        id: 1,
        table_name: 'key_rate',
        valid_from_date: '2026-10-31',
        row_json: '{"rate_basis_points":1650}',
        note: 'Решение Совета директоров Банка России',
        added_at_ms: T,
        added_by: 'Администратор',
      },
    ],
    penalty_runs: [
      {
        id: 1,
        management_company_id: 1,
        period: '2026-01',
        calculation_date: '2026-01-31',
        tables_version: '2026-10-31',
        accounts_count: 2,
        accrued_kopecks: 12_345,
        status: 'done',
        user_name: 'Орлова Е. С.',
        at_ms: T,
      },
    ],
    penalty_accruals: [
      {
        run_id: 1,
        account_id: 1,
        accrued_kopecks: 12_345,
        total_penalty_kopecks: 98_765,
        lines_json: '[{"period":"2025-12","days":31}]',
      },
      { run_id: 1, account_id: 2, accrued_kopecks: 0, total_penalty_kopecks: 0, lines_json: '[]' },
    ],
  },
  '0003': {
    // As migration 0003 derives them from the charges of set 0001 (see its test for the sums).
    charge_months: [
      { account_id: 1, period: '2026-01', housing_kopecks: 557_517, capital_repair_kopecks: 96_100 },
      { account_id: 3, period: '2025-11', housing_kopecks: null, capital_repair_kopecks: 150_000 },
    ],
  },
  '0004': {
    users: [
      {
        id: 1,
        login: 'orlova',
        full_name: 'Орлова Елена Сергеевна',
        role: 'claims_clerk',
        daily_quota: 150,
        active: 1,
        created_at_ms: T,
      },
      {
        id: 2,
        login: 'petrov',
        full_name: 'Петров Пётр',
        role: 'operator',
        daily_quota: 0,
        active: 0,
        created_at_ms: 0,
      },
    ],
    call_queue_items: [
      {
        id: 1,
        queue_date: '2026-01-31',
        account_id: 1,
        user_id: 2,
        position: 1,
        bracket: 'below_5k',
        debt_kopecks: 150_000,
        phone: '+79161234567',
        status: 'done',
        outcome: 'promise',
        done_at_ms: T,
      },
      {
        id: 2,
        queue_date: '2026-01-31',
        account_id: 2,
        user_id: 2,
        position: 2,
        bracket: 'over_100k',
        debt_kopecks: BIG,
        phone: '+79160000000',
        status: 'pending',
        outcome: null,
        done_at_ms: null,
      },
    ],
    contact_blocks: [
      { id: 1, account_id: 2, category: 'refused', note: 'Просил не звонить', user_name: 'Орлова Е. С.', at_ms: T },
    ],
    contacts: [
      {
        id: 1,
        account_id: 1,
        channel: 'call',
        contact_date: '2026-01-31',
        local_minute: 615,
        at_ms: T,
        phone: '+79161234567',
        outcome: 'promise',
        user_name: 'Петров П.',
        note: 'Обещала до 10 февраля',
      },
      {
        id: 2,
        account_id: 1,
        channel: 'sms',
        contact_date: '2026-02-28',
        local_minute: 0,
        at_ms: T + 1,
        phone: null,
        outcome: 'sent',
        user_name: 'Орлова Е. С.',
        note: null,
      },
    ],
    payment_promises: [
      {
        id: 1,
        account_id: 1,
        made_date: '2026-01-31',
        promised_date: '2026-02-28',
        amount_kopecks: 150_000,
        status: 'kept',
        paid_kopecks: 150_000,
        checked_date: '2026-03-01',
        user_name: 'Петров П.',
        at_ms: T,
      },
      {
        id: 2,
        account_id: 2,
        made_date: '2024-02-29',
        promised_date: '2024-03-31',
        amount_kopecks: 1,
        status: 'open',
        paid_kopecks: null,
        checked_date: null,
        user_name: 'Петров П.',
        at_ms: 0,
      },
    ],
    plan_targets: [
      {
        measure: 1,
        target_count: 300,
        period: '2026-01',
        executor: 'Орлова Е. С.',
        updated_by: 'Администратор',
        updated_at_ms: T,
      },
      {
        measure: 13,
        target_count: null,
        period: '2026-12',
        executor: 'юрист',
        updated_by: 'Администратор',
        updated_at_ms: 0,
      },
    ],
    rule_book_versions: [
      {
        id: 1,
        valid_from_date: '2026-01-01',
        book_json: '{"rules":[]}',
        note: 'Первая редакция',
        added_by: 'Администратор',
        added_at_ms: T,
      },
    ],
    sms_batches: [
      {
        id: 1,
        created_date: '2026-01-31',
        template: 'Уважаемый абонент! Долг {долг} ₽',
        recipients: 1,
        status: 'sent',
        file_path: null,
        user_name: 'Орлова Е. С.',
        at_ms: T,
      },
    ],
    sms_messages: [
      {
        id: 1,
        batch_id: 1,
        account_id: 1,
        phone: '+79161234567',
        text: 'Уважаемый абонент! Долг 1 500,00 ₽',
        encoding: 'ucs2',
        segments: 1,
        status: 'delivered',
        status_at_ms: T,
      },
    ],
  },
  '0005': {
    document_batches: [
      {
        id: 1,
        kind: 'claims',
        title: 'Претензии за январь 2026',
        params_json: '{"minDebtKopecks":500000}',
        as_of_date: '2026-01-31',
        status: 'done',
        cancel_requested: 0,
        total_items: 2,
        done_items: 2,
        print_file: 'print/claims-1.pdf',
        summary: 'Готово: 2',
        user_name: 'Орлова Е. С.',
        created_at_ms: T,
        finished_at_ms: T + 60_000,
      },
      {
        id: 2,
        kind: 'notices',
        title: 'Объявления в подъездах',
        params_json: '{}',
        as_of_date: '2026-02-28',
        status: 'cancelled',
        cancel_requested: 1,
        total_items: 3,
        done_items: 0,
        print_file: null,
        summary: null,
        user_name: 'Орлова Е. С.',
        created_at_ms: T + 1,
        finished_at_ms: null,
      },
    ],
    generated_documents: [
      {
        id: 1,
        batch_id: 1,
        kind: 'claim',
        template_version: 'claim-2026-01',
        account_id: 1,
        building_id: null,
        entrance: null,
        issued_date: '2026-01-31',
        file_path: 'documents/2026/claim-100001.pdf',
        sha256: 'c'.repeat(64),
        pages: 2,
        total_kopecks: 150_000,
        user_name: 'Орлова Е. С.',
        created_at_ms: T,
      },
      {
        id: 2,
        batch_id: null,
        kind: 'notice',
        template_version: 'notice-2026-01',
        account_id: null,
        building_id: 1,
        entrance: 2,
        issued_date: '2026-02-28',
        file_path: 'documents/2026/notice-b1-e2.pdf',
        sha256: 'd'.repeat(64),
        pages: null,
        total_kopecks: null,
        user_name: 'Орлова Е. С.',
        created_at_ms: T + 1,
      },
    ],
    mail_items: [
      {
        id: 1,
        batch_id: 1,
        document_id: 1,
        account_id: 1,
        position: 1,
        recipient_name: 'Ёлкиной Алёне Петровне',
        address: '143400, Московская обл., г. Красногорск, ул. Ленина, д. 5, кв. 15',
        postal_code: '143400',
        building_id: 1,
        entrance: 2,
        apartment: '15',
        total_kopecks: 150_000,
        tracking_number: '14340012345678',
        outcome: 'delivered',
        outcome_date: '2026-02-28',
      },
      {
        id: 2,
        batch_id: 1,
        document_id: 1,
        account_id: 2,
        position: 2,
        recipient_name: 'Иванову Ивану',
        address: 'Московская обл., г. Красногорск',
        postal_code: null,
        building_id: null,
        entrance: null,
        apartment: null,
        total_kopecks: 0,
        tracking_number: null,
        outcome: 'pending',
        outcome_date: null,
      },
    ],
    notice_postings: [
      {
        id: 1,
        document_id: 2,
        building_id: 1,
        entrance: 2,
        posted_date: '2026-02-28',
        place: 'Доска объявлений у лифта',
        user_name: 'Орлова Е. С.',
        at_ms: T,
      },
    ],
    // An administrator's later edition of a shipped rule, and a town added beside the shipped two.
    document_rules: [
      {
        key: 'claim_cooldown_days',
        valid_from_date: '2026-07-01',
        value_int: 45,
        note: 'Приказ № 7: не чаще раза в 45 дней',
      },
    ],
    postal_codes: [{ scope: 'г. Дедовск', postal_code: '143530' }],
  },
  '0006': {
    debt_months: [
      {
        account_id: 1,
        period: '2026-01',
        kind: 'housing',
        due_date: '2026-02-10',
        limitation_expires_on: '2029-02-10',
        open_kopecks: 150_000,
      },
      {
        account_id: 2,
        period: '2024-02',
        kind: 'capital_repair',
        due_date: '2024-03-10',
        limitation_expires_on: null,
        open_kopecks: BIG,
      },
    ],
    service_creditors: [{ service: 'Наём жилого помещения', creditor: 'landlord' }],
  },
  '0007': {
    postal_tariffs: [
      {
        valid_from_date: '2026-07-01',
        letter_kopecks: 9_500,
        letter_step_kopecks: 400,
        notice_simple_kopecks: 3_800,
        notice_ordered_kopecks: 9_500,
        notice_electronic_kopecks: 2_200,
        vat_basis_points: 2_200,
        confirmed: 1,
        note: 'Прайс-лист Почты России с 01.07.2026',
        user_name: 'Администратор',
        created_at_ms: T,
      },
    ],
  },
  '0008': {
    claim_exclusions: [{ batch_id: 1, account_id: 3, kind: 'closed', reason: 'Лицевой счёт закрыт' }],
    claim_signers: [
      {
        scope: 'default',
        full_name: 'Смирнова Ольга Ивановна',
        position: 'Начальник юридического отдела',
        phone: '+7 495 563-00-01',
        updated_by: 'Администратор',
        updated_at_ms: T,
      },
    ],
  },
  '0009': {
    role_permissions: [{ role: 'operator', permission: 'registry.view' }],
  },
};

/** The rows of the tables migration `number` creates. */
export function rowSet(number: string): RowSet {
  const set = ROWS[number];
  if (!set) throw new Error(`No representative rows for migration ${number}`);
  return set;
}

/** Every set of rows whose tables exist just before migration `number`, oldest first. */
export function rowsBefore(number: string): RowSet[] {
  return Object.keys(ROWS)
    .filter((key) => key < number)
    .sort()
    .map(rowSet);
}

/** Inserts the rows with plain INSERT statements, as the old app did. */
export function insertRows(db: Database.Database, sets: RowSet[]): void {
  for (const set of sets) {
    for (const [table, rows] of Object.entries(set)) {
      for (const row of rows) {
        const columns = Object.keys(row);
        db.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        ).run(row);
      }
    }
  }
}

/** The listed columns of a table, in insertion order. */
export function readRows(db: Database.Database, table: string, columns: string[]): Row[] {
  return db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).all() as Row[];
}

/**
 * Every inserted row is still there with the same values in its old columns: exactly these rows in a table nobody
 * seeds, among the rows of a seeded one.
 */
export function expectRowsSurvived(db: Database.Database, sets: RowSet[]): void {
  for (const set of sets) {
    for (const [table, rows] of Object.entries(set)) {
      const columns = Object.keys(rows[0] as Row);
      const found = readRows(db, table, columns);
      if (SEEDED_TABLES.has(table)) expect(found, table).toEqual(expect.arrayContaining(rows));
      else expect(found, table).toEqual(rows);
    }
  }
}

/** How many migrations the database has applied (its schema version). */
export function appliedMigrations(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/** The columns of an index, in order, and whether it is unique (an empty list when there is no such index). */
export function indexShape(db: Database.Database, index: string): { columns: string[]; unique: boolean } {
  const columns = (db.prepare(`PRAGMA index_info(${index})`).all() as Array<{ name: string }>).map((c) => c.name);
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").get(index) as
    { sql: string } | undefined;
  return { columns, unique: /^CREATE UNIQUE INDEX/i.test(sql?.sql ?? '') };
}

/** Names of the user tables (no SQLite or drizzle bookkeeping), sorted. */
export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name NOT GLOB '__drizzle*' ORDER BY name",
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}
