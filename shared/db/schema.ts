/**
 * @file The drizzle schema: the single source from which drizzle-kit generates migrations/.
 *
 * Conventions (design/conventions.md §10.3): snake_case columns, money in `*_kopecks` INTEGER, calendar dates in
 * `*_date` TEXT 'YYYY-MM-DD', instants in `*_at_ms` INTEGER UTC ms. Never edit a merged migration: change this
 * file and run `npm run db:generate -- --name what_changed`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    userName: text('user_name').notNull(),
    /** One line in Russian for the timeline. */
    summary: text('summary').notNull(),
    /** Structured details as JSON text. */
    detailsJson: text('details_json'),
  },
  (t) => [
    index('actions_account_idx').on(t.accountId, t.atMs),
    index('actions_measure_date_idx').on(t.measure, t.actionDate),
    check('actions_measure_ck', sql`${t.measure} IS NULL OR (${t.measure} BETWEEN 1 AND 13)`),
  ],
);

/** Application settings as key → JSON value. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});
