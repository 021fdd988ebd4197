/**
 * @file Eviction of social tenants for non-payment (measure 12; ЖК ст.90, ст.83 ч.4 п.1) and the municipal housing
 * stock they are moved to (ЖК ст.105: the dormitory norm of living area per person).
 *
 * Conventions as in schema.ts: snake_case, money in `*_kopecks`, areas in `*_centi_m2` (hundredths of a m²),
 * dates `*_date`, instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './schema';
import { generatedDocuments } from './schema-documents';

export const DWELLING_STATUSES = ['free', 'reserved', 'occupied'] as const;

/** A dwelling of the municipal housing stock (imported from CSV/XLSX, edited by hand). */
export const housingStock = sqliteTable(
  'housing_stock',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Населённый пункт: «г. Красногорск», «пос. Нахабино». */
    settlement: text('settlement').notNull(),
    /** Street and house, as the register writes it. */
    address: text('address').notNull(),
    apartment: text('apartment'),
    /** fold_search(settlement, address, apartment): the register's identity of a dwelling (a re-import updates it). */
    addressKey: text('address_key').notNull(),
    rooms: integer('rooms').notNull(),
    livingAreaCentiM2: integer('living_area_centi_m2').notNull(),
    totalAreaCentiM2: integer('total_area_centi_m2'),
    status: text('status', { enum: DWELLING_STATUSES }).notNull(),
    /** The eviction case it is reserved for (status 'reserved'). */
    reservedCaseId: integer('reserved_case_id'),
    note: text('note'),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('housing_stock_address_uq').on(t.addressKey),
    index('housing_stock_status_idx').on(t.status, t.settlement),
    check('housing_stock_status_ck', sql`${t.status} IN ('free', 'reserved', 'occupied')`),
    check('housing_stock_area_ck', sql`${t.livingAreaCentiM2} > 0 AND ${t.rooms} > 0`),
  ],
);

export const EVICTION_STATUSES = [
  'checklist',
  'warning',
  'lawsuit',
  'decision',
  'enforcement',
  'relocated',
  'closed',
] as const;

/**
 * One eviction case of a social-tenancy account: the good-reasons checklist (Пленум ВС № 14 от 02.07.2009 п.38)
 * with the clerk's answers → warning to the tenant → lawsuit by the landlord (the municipality) with the
 * non-property duty → decision → enforcement → relocation to a reserved dwelling; or closed (a good reason found,
 * the debt paid, an agreement signed, the claim refused).
 */
export const evictionCases = sqliteTable(
  'eviction_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    status: text('status', { enum: EVICTION_STATUSES }).notNull(),
    /** Consecutive months without payment and the overdue debt when the case was opened. */
    unpaidMonths: integer('unpaid_months').notNull(),
    debtKopecks: integer('debt_kopecks').notNull(),
    /** The tenant and family members moving (the dwelling must give 6 m² × this of living area). */
    householdSize: integer('household_size').notNull(),
    /** The checklist: [{ code, answer: 'yes' | 'no' | 'unknown', note }] (shared/eviction/good-reasons.ts). */
    goodReasonsJson: text('good_reasons_json'),
    checklistDate: text('checklist_date'),
    warningDate: text('warning_date'),
    /** The term the warning gives the tenant to pay. */
    warningDeadlineDate: text('warning_deadline_date'),
    lawsuitDate: text('lawsuit_date'),
    dutyKopecks: integer('duty_kopecks'),
    courtName: text('court_name'),
    decisionDate: text('decision_date'),
    decisionResult: text('decision_result', { enum: ['granted', 'refused'] }),
    inForceDate: text('in_force_date'),
    enforcementDate: text('enforcement_date'),
    relocatedDate: text('relocated_date'),
    /** The dwelling reserved for the household (housing_stock). */
    dwellingId: integer('dwelling_id'),
    closedReason: text('closed_reason'),
    warningDocumentId: integer('warning_document_id').references(() => generatedDocuments.id),
    lawsuitDocumentId: integer('lawsuit_document_id').references(() => generatedDocuments.id),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    index('eviction_cases_account_idx').on(t.accountId, t.status),
    check(
      'eviction_cases_status_ck',
      sql`${t.status} IN ('checklist', 'warning', 'lawsuit', 'decision', 'enforcement', 'relocated', 'closed')`,
    ),
  ],
);
