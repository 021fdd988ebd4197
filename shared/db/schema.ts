/**
 * @file The drizzle schema: the single source from which drizzle-kit generates migrations/.
 *
 * Conventions: snake_case columns, money in `*_kopecks` INTEGER, calendar dates in
 * `*_date` TEXT 'YYYY-MM-DD', instants in `*_at_ms` INTEGER UTC ms. Never edit a merged migration: change this
 * file and run `npm run db:generate -- --name what_changed`.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';

/** Управляющие компании: payee of the charges, party to claims and lawsuits. */
export const managementCompanies = sqliteTable(
  'management_companies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    inn: text('inn').notNull(),
    kpp: text('kpp'),
    ogrn: text('ogrn'),
    address: text('address'),
    phone: text('phone'),
    bankName: text('bank_name'),
    bik: text('bik'),
    correspondentAccount: text('correspondent_account'),
    settlementAccount: text('settlement_account'),
    /** Day of the month payment is due under the management contract, where the law allowed a contract day. */
    contractDueDay: integer('contract_due_day'),
    /** Whether the contract lets the office charge penalty in the ЕПД (measure 4). 1 = yes. */
    penaltyCharged: integer('penalty_charged').notNull().default(1),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('management_companies_inn_uq').on(t.inn),
    check(
      'management_companies_due_day_ck',
      sql`${t.contractDueDay} IS NULL OR (${t.contractDueDay} BETWEEN 1 AND 31)`,
    ),
  ],
);

/** Многоквартирные дома. */
export const buildings = sqliteTable(
  'buildings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    /** Full address as clerks write it: «г. Красногорск, ул. Ленина, д. 5». */
    address: text('address').notNull(),
    /** Lower-cased, «ё»→«е» copy of the address for search. */
    addressSearch: text('address_search').notNull(),
    entrances: integer('entrances'),
    /** Судебный участок мирового судьи, chosen by the building's address. */
    judicialDistrict: text('judicial_district'),
    /** Отделение ФССП serving the building. */
    fsspDepartment: text('fssp_department'),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('buildings_address_uq').on(t.addressSearch),
    index('buildings_company_idx').on(t.managementCompanyId),
  ],
);

/** Лицевые счета. Debt is never stored here as typed-in data: it is derived from charges and payments. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    number: text('number').notNull(),
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    /** 'owner' (собственник) or 'social_tenant' (наниматель по договору социального найма). */
    tenure: text('tenure', { enum: ['owner', 'social_tenant'] }).notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    /** The flat the account is for (added with the billing import). */
    premisesId: integer('premises_id').references((): AnySQLiteColumn => premises.id),
    /** Work on the account is paused until this date (dispute, hardship, death, bankruptcy). */
    pausedUntilDate: text('paused_until_date'),
    pauseReason: text('pause_reason'),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('accounts_number_uq').on(t.number),
    index('accounts_company_idx').on(t.managementCompanyId),
    check('accounts_tenure_ck', sql`${t.tenure} IN ('owner', 'social_tenant')`),
    check('accounts_status_ck', sql`${t.status} IN ('open', 'closed')`),
  ],
);

/**
 * The single journal of everything done: to an account (an SMS, a call, a claim) or to the office's data
 * (an import, a settings change; then `account_id` is NULL). The plan cockpit and the account timeline read it.
 */
export const actions = sqliteTable(
  'actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id').references(() => accounts.id),
    /** Number of the plan's measure (1–13), or NULL for office-level actions. */
    measure: integer('measure'),
    /** What happened, e.g. 'settings.updated', 'import.applied', 'sms.sent'. */
    kind: text('kind').notNull(),
    /** The calendar day the action counts for. */
    actionDate: text('action_date').notNull(),
    atMs: integer('at_ms').notNull(),
    /** The signed-in user who acted; NULL for the command line and for entries older than sign-in (issue 11). */
    userId: integer('user_id'),
    /** The name as it was when they acted: «Иванова Мария Петровна», «Командная строка (ivan)». */
    userName: text('user_name').notNull(),
    /** One line in Russian for the timeline; names the account number where there is one. */
    summary: text('summary').notNull(),
    /** Structured details as JSON text. */
    detailsJson: text('details_json'),
    /** What the entry is about besides an account: 'batch', 'table', 'user', 'role', … (shared/journal/journal-kinds.ts). */
    objectType: text('object_type'),
    objectId: text('object_id'),
    /** The state before and after, for changes to users, roles, settings, legal tables and rules. */
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    /**
     * The account's OVERDUE debt when the action was journaled (account_summaries.debt_kopecks then; NULL for office
     * entries and for entries older than migration 0017): the base the effectiveness report measures payments by.
     */
    debtKopecks: integer('debt_kopecks'),
  },
  (t) => [
    index('actions_account_idx').on(t.accountId, t.atMs),
    // The journal page (issue 11): measure and period filters read (at_ms, id) from the index itself and keep only
    // the page's rows in the sort (electron/core/journal/journal-search.ts, bench/journal-bench.ts).
    index('actions_measure_date_idx').on(t.measure, t.actionDate, t.atMs),
    index('actions_date_idx').on(t.actionDate, t.atMs),
    index('actions_at_idx').on(t.atMs),
    index('actions_user_idx').on(t.userId, t.atMs),
    index('actions_kind_idx').on(t.kind, t.atMs),
    check('actions_measure_ck', sql`${t.measure} IS NULL OR (${t.measure} BETWEEN 1 AND 13)`),
  ],
);

/** Application settings as key → JSON value. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});

/** Помещения: a flat in a building. */
export const premises = sqliteTable(
  'premises',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    entrance: integer('entrance'),
    /** Flat number as billing writes it: «12», «12А», «12/1». */
    apartment: text('apartment').notNull(),
    /** Area in hundredths of a square metre (54,30 m² = 5430), kept exact. */
    areaCentiM2: integer('area_centi_m2'),
    ownershipForm: text('ownership_form', { enum: ['private', 'municipal'] }).notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('premises_building_apartment_uq').on(t.buildingId, t.apartment),
    check('premises_ownership_ck', sql`${t.ownershipForm} IN ('private', 'municipal')`),
  ],
);

/** Физические лица: owners, tenants, their family members. */
export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    /** fold_search(full_name): lower case, «ё» → «е». */
    nameSearch: text('name_search').notNull(),
    /**
     * Who this person is across files: folded name + birth date when the date is known; otherwise folded name +
     * the account it came with (two namesakes without birth dates are never merged).
     */
    identityKey: text('identity_key').notNull(),
    birthDate: text('birth_date'),
    birthPlace: text('birth_place'),
    snils: text('snils'),
    inn: text('inn'),
    passport: text('passport'),
    /** Водительское удостоверение, series and number (ГПК ст.124 accepts it as the identifier). */
    driverLicence: text('driver_licence'),
    /** Свидетельство о регистрации ТС, series and number. */
    vehicleCertificate: text('vehicle_certificate'),
    phone: text('phone'),
    /** 1 consented, 0 refused, NULL unknown. */
    smsConsent: integer('sms_consent'),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [uniqueIndex('persons_identity_uq').on(t.identityKey), index('persons_name_idx').on(t.nameSearch)],
);

/** Who is on an account, in which role, with which ownership share. */
export const accountPersons = sqliteTable(
  'account_persons',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role', { enum: ['owner', 'tenant', 'family', 'registered'] }).notNull(),
    shareNum: integer('share_num'),
    shareDen: integer('share_den'),
    /** Order in the file, so the card lists people as billing does. */
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.personId] }),
    index('account_persons_person_idx').on(t.personId),
    check('account_persons_role_ck', sql`${t.role} IN ('owner', 'tenant', 'family', 'registered')`),
    check(
      'account_persons_share_ck',
      sql`(${t.shareNum} IS NULL AND ${t.shareDen} IS NULL) OR (${t.shareNum} > 0 AND ${t.shareDen} >= ${t.shareNum})`,
    ),
  ],
);

/** One imported file: recognised by its hash so the same file is never applied twice; the original is kept. */
export const imports = sqliteTable(
  'imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['companies', 'accounts', 'charges', 'payments'] }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Where the original file is kept, relative to the data folder. */
    storedPath: text('stored_path').notNull(),
    rowCount: integer('row_count').notNull(),
    /** JSON: what the import added and replaced. */
    resultJson: text('result_json').notNull(),
    userName: text('user_name').notNull(),
    atMs: integer('at_ms').notNull(),
  },
  (t) => [uniqueIndex('imports_sha_uq').on(t.fileSha256)],
);

/** Начисления: per account, billing month and service. A later file's row for the same key replaces it. */
export const charges = sqliteTable(
  'charges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Billing month 'YYYY-MM'. */
    period: text('period').notNull(),
    service: text('service').notNull(),
    /** May be negative: a recalculation (перерасчёт) in the billing file. */
    amountKopecks: integer('amount_kopecks').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
  },
  (t) => [uniqueIndex('charges_key_uq').on(t.accountId, t.period, t.service)],
);

/**
 * Charges per account and billing month, housing and capital repair apart (`capital_repair_kopecks`: the service
 * «Взнос на капитальный ремонт»). Derived from `charges` by every import (billing/recompute-summaries.ts), never
 * written otherwise: the monthly penalty run of a district reads one row per month here instead of one per service
 * (600 000 rows instead of 4 400 000 for 10 000 accounts × 5 years). NULL = no charge of that kind in the month.
 */
export const chargeMonths = sqliteTable(
  'charge_months',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    period: text('period').notNull(),
    housingKopecks: integer('housing_kopecks'),
    capitalRepairKopecks: integer('capital_repair_kopecks'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.period] })],
);

/** Оплаты. `paymentKey` identifies a payment across files so a corrected file replaces rather than duplicates. */
export const payments = sqliteTable(
  'payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    paymentDate: text('payment_date').notNull(),
    amountKopecks: integer('amount_kopecks').notNull(),
    /** The billing month the payer named, 'YYYY-MM', or NULL. */
    period: text('period'),
    source: text('source'),
    documentNumber: text('document_number'),
    /** «№<document number>» when the file gives one, else «<date>|<kopecks>|<n-th such payment in the file>». */
    paymentKey: text('payment_key').notNull(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id),
  },
  (t) => [
    uniqueIndex('payments_key_uq').on(t.accountId, t.paymentKey),
    index('payments_account_date_idx').on(t.accountId, t.paymentDate),
    check('payments_amount_ck', sql`${t.amountKopecks} <> 0`),
  ],
);

/**
 * Per-account summary derived from charges and payments (never typed in), maintained after each import, plus the
 * denormalised fields the registry filters, sorts and searches on so one table answers at 150,000 accounts.
 */
export const accountSummaries = sqliteTable(
  'account_summaries',
  {
    accountId: integer('account_id')
      .primaryKey()
      .references(() => accounts.id),
    number: text('number').notNull(),
    address: text('address').notNull(),
    /** fold_search of address; sorting by it orders streets, then houses as text. */
    addressSort: text('address_sort').notNull(),
    managementCompanyId: integer('management_company_id').notNull(),
    companyName: text('company_name').notNull(),
    buildingId: integer('building_id'),
    tenure: text('tenure', { enum: ['owner', 'social_tenant'] }).notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    mainPerson: text('main_person'),
    chargedKopecks: integer('charged_kopecks').notNull(),
    paidKopecks: integer('paid_kopecks').notNull(),
    /**
     * OVERDUE debt as of `as_of_date`: the unpaid part of the months whose due date has passed, time-barred ones
     * included (shared/debt/account-debt.ts). Brackets, rules and every worklist read this.
     */
    debtKopecks: integer('debt_kopecks').notNull(),
    /** Unpaid charges whose due date has not come yet (the current bill): not debt. */
    notYetDueKopecks: integer('not_yet_due_kopecks').notNull().default(0),
    /** The part of the overdue debt whose limitation period (ГК ст.196) has expired. */
    timeBarredKopecks: integer('time_barred_kopecks').notNull().default(0),
    /** charged − paid: the whole balance, due or not; negative = overpaid. */
    balanceKopecks: integer('balance_kopecks').notNull().default(0),
    /** The day the three amounts above, the months and the bracket are counted for (today, refreshed daily). */
    asOfDate: text('as_of_date'),
    /** Overdue months with something unpaid. */
    monthsInArrears: integer('months_in_arrears').notNull(),
    debtSincePeriod: text('debt_since_period'),
    lastPaymentDate: text('last_payment_date'),
    lastPaymentKopecks: integer('last_payment_kopecks'),
    bracket: text('bracket').notNull(),
    /** Account number, folded address and folded names of everyone on the account, for one substring search. */
    searchText: text('search_text').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    index('account_summaries_debt_idx').on(t.debtKopecks),
    index('account_summaries_bracket_debt_idx').on(t.bracket, t.debtKopecks),
    index('account_summaries_company_debt_idx').on(t.managementCompanyId, t.debtKopecks),
    index('account_summaries_building_idx').on(t.buildingId),
    index('account_summaries_number_idx').on(t.number),
    index('account_summaries_address_idx').on(t.addressSort),
  ],
);

/**
 * The unpaid part of each billing month and kind (ч.14 housing / ч.14.1 capital repair) after payments are allocated
 * (shared/debt/account-debt.ts), with its due date and the last day of its limitation period: only rows with
 * something unpaid. Derived by every import; the daily refresh counts overdue / not yet due / time-barred from it
 * for the new day without reading the charges again.
 */
export const debtMonths = sqliteTable(
  'debt_months',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    period: text('period').notNull(),
    kind: text('kind', { enum: ['housing', 'capital_repair'] }).notNull(),
    dueDate: text('due_date').notNull(),
    /** NULL while a court order suspends the limitation. */
    limitationExpiresOn: text('limitation_expires_on'),
    openKopecks: integer('open_kopecks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.period, t.kind] })],
);

/** Who a service's charge is owed to (shared/debt/creditors.ts): data, seeded, editable. Unlisted = the УК. */
export const serviceCreditors = sqliteTable(
  'service_creditors',
  {
    service: text('service').primaryKey(),
    creditor: text('creditor', { enum: ['management_company', 'capital_repair_operator', 'landlord'] }).notNull(),
  },
  (t) => [
    check('service_creditors_ck', sql`${t.creditor} IN ('management_company', 'capital_repair_operator', 'landlord')`),
  ],
);

/** Debt brackets of the plan: versioned data, seeded by the migration, editable by an administrator. */
/**
 * Accounts whose summary an import has still to recount (electron/core/billing/summary-queue.ts). The import
 * commits its rows with this list in one short transaction, then recounts the summaries in small transactions so
 * the clerks' own writes get through meanwhile; a list left by a crash is recounted at the next start.
 */
export const summaryRefreshQueue = sqliteTable('summary_refresh_queue', {
  accountId: integer('account_id').primaryKey(),
});

export const debtBrackets = sqliteTable('debt_brackets', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  minKopecks: integer('min_kopecks').notNull(),
  maxKopecks: integer('max_kopecks'),
  rank: integer('rank').notNull(),
  validFromDate: text('valid_from_date').notNull(),
});

/** Column mappings for billing files whose headers differ from the canonical layout. */
export const columnMappings = sqliteTable(
  'column_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['companies', 'accounts', 'charges', 'payments'] }).notNull(),
    name: text('name').notNull(),
    /** The file's folded headers joined by '|': a file with the same headers gets the mapping automatically. */
    headerSignature: text('header_signature').notNull(),
    headersJson: text('headers_json').notNull(),
    mappingJson: text('mapping_json').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [uniqueIndex('column_mappings_signature_uq').on(t.kind, t.headerSignature)],
);

/**
 * Rows an administrator added to the legal tables of the penalty engine (a new key-rate decision, a decree).
 * The seeded rows live in code (shared/rules/penalty/seed); these are appended to them, never edited in place,
 * so every calculation can name the table version it used.
 */
export const legalTableRows = sqliteTable(
  'legal_table_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'keyRates' | 'rateRegimes' | 'moratoria' | 'dueDays' | 'scales' — a key of PenaltyTables. */
    tableName: text('table_name').notNull(),
    validFromDate: text('valid_from_date').notNull(),
    /** The row as the engine reads it (JSON of the table's row type). */
    rowJson: text('row_json').notNull(),
    /** Why and on what basis (decree, Bank of Russia decision). */
    note: text('note').notNull(),
    addedAtMs: integer('added_at_ms').notNull(),
    addedBy: text('added_by').notNull(),
  },
  (t) => [index('legal_table_rows_table_idx').on(t.tableName, t.validFromDate)],
);

/** A monthly penalty run for one УК and billing month (measure 4). A re-run replaces the current one. */
export const penaltyRuns = sqliteTable(
  'penalty_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    /** The billing month the penalty is accrued for, 'YYYY-MM'. */
    period: text('period').notNull(),
    /** Last day counted, 'YYYY-MM-DD' (normally the last day of `period`). */
    calculationDate: text('calculation_date').notNull(),
    tablesVersion: text('tables_version').notNull(),
    accountsCount: integer('accounts_count').notNull(),
    accruedKopecks: integer('accrued_kopecks').notNull(),
    /** 'current', or 'replaced' by a later run of the same УК and month. */
    status: text('status', { enum: ['current', 'replaced'] }).notNull(),
    userName: text('user_name').notNull(),
    atMs: integer('at_ms').notNull(),
  },
  (t) => [index('penalty_runs_company_period_idx').on(t.managementCompanyId, t.period, t.status)],
);

/** What one run accrued on one account. */
export const penaltyAccruals = sqliteTable(
  'penalty_accruals',
  {
    runId: integer('run_id')
      .notNull()
      .references(() => penaltyRuns.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Penalty accrued within the run's month. */
    accruedKopecks: integer('accrued_kopecks').notNull(),
    /** All penalty owed as of the calculation date (no penalty is paid in the demo data). */
    totalPenaltyKopecks: integer('total_penalty_kopecks').notNull(),
    /** The lines of the month (JSON), for the ЕПД information text. */
    linesJson: text('lines_json').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.accountId] }), index('penalty_accruals_account_idx').on(t.accountId)],
);
