/**
 * @file Restriction of a utility service for non-payment (measure 8; Правила № 354 раздел XI) and the repayment
 * agreements that pause restriction, court and eviction (measures 8, 9, 12): the dated norms and tariffs the
 * threshold is counted by, the versioned list of services that may be restricted, the dated rules of measures 8 and
 * 12, the contractors who fit and remove plugs, one case per account and service from the warning to the
 * restoration, the orders to contractors, the acts with their scans, the agreements and their schedules.
 *
 * Conventions as in schema.ts: snake_case, money in `*_kopecks`, dates `*_date` ('YYYY-MM-DD'), instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts, managementCompanies } from './schema';
import { generatedDocuments, mailItems } from './schema-documents';

/**
 * The consumption norm and the tariff of a service, from a date (Правила № 354 п.118: the debt is compared with two
 * monthly charges «исходя из норматива потребления» at the tariff in force). The row with the latest
 * valid_from_date not after the day applies. A service without a row is compared with 2 × its average monthly charge
 * of the last 12 months, and the card says so.
 */
export const serviceNorms = sqliteTable(
  'service_norms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    service: text('service').notNull(),
    validFromDate: text('valid_from_date').notNull(),
    /** The norm per resident per month in thousandths of the unit: 4,745 м³ → 4745. */
    normMilli: integer('norm_milli').notNull(),
    /** «м³», «кВт·ч», «Гкал». */
    unit: text('unit').notNull(),
    /** The tariff per unit in kopecks: 45,37 ₽/м³ → 4537. */
    tariffKopecks: integer('tariff_kopecks').notNull(),
    note: text('note').notNull(),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('service_norms_service_date_uq').on(t.service, t.validFromDate),
    check('service_norms_values_ck', sql`${t.normMilli} > 0 AND ${t.tariffKopecks} > 0`),
  ],
);

/**
 * Which services may be restricted, from a date: the row with the latest valid_from_date not after the day decides;
 * a service without a row may not be restricted. Seeded: heating never; cold water never in apartment buildings;
 * sewage, hot water, electricity, gas may be (with the legal-risk note for sewage).
 */
export const restrictableServices = sqliteTable(
  'restrictable_services',
  {
    service: text('service').notNull(),
    validFromDate: text('valid_from_date').notNull(),
    restrictable: integer('restrictable').notNull(),
    /** Why (shown in the trace): «отопление не ограничивается», «Правила № 354 п.117». */
    note: text('note').notNull(),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.service, t.validFromDate] }),
    check('restrictable_services_ck', sql`${t.restrictable} IN (0, 1)`),
  ],
);

/**
 * Dated whole-number rules of measures 8 and 12 and of the agreements (shared/restriction/measure-rules.ts lists
 * the keys and their seeds): the row with the latest valid_from_date not after the day applies.
 */
export const measureRules = sqliteTable(
  'measure_rules',
  {
    key: text('key').notNull(),
    validFromDate: text('valid_from_date').notNull(),
    valueInt: integer('value_int').notNull(),
    note: text('note').notNull(),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.validFromDate] })],
);

/** Who fits and removes the plugs (a vodokanal, the УК's plumbing contractor). */
export const restrictionContractors = sqliteTable('restriction_contractors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  address: text('address'),
  phone: text('phone'),
  createdAtMs: integer('created_at_ms').notNull(),
});

/** The contractor serving a management company's buildings. */
export const contractorCompanies = sqliteTable('contractor_companies', {
  managementCompanyId: integer('management_company_id')
    .primaryKey()
    .references(() => managementCompanies.id),
  contractorId: integer('contractor_id')
    .notNull()
    .references(() => restrictionContractors.id),
});

/** An order to a contractor: the address list of accounts whose warning term ended with the debt still above. */
export const restrictionOrders = sqliteTable('restriction_orders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contractorId: integer('contractor_id')
    .notNull()
    .references(() => restrictionContractors.id),
  /** «З-2026-0001». */
  number: text('number').notNull(),
  orderDate: text('order_date').notNull(),
  /** The PDF and the XLSX address list (generated_documents). */
  pdfDocumentId: integer('pdf_document_id').references(() => generatedDocuments.id),
  xlsxDocumentId: integer('xlsx_document_id').references(() => generatedDocuments.id),
  userName: text('user_name').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

export const RESTRICTION_STATUSES = [
  'warned',
  'delivered',
  'ordered',
  'restricted',
  'restoration_due',
  'restored',
  'closed',
] as const;
export const DELIVERY_METHODS = ['post', 'epd', 'sms', 'signature'] as const;

/**
 * One restriction of one service of one account: warning (the exact debt for the service) → delivery (the 20-day
 * timer runs from it) → order to the contractor → act of restriction → restoration due in 2 days after full
 * repayment or a signed agreement → act of restoration. Or closed (paid before, agreement, cancelled by the clerk).
 */
export const restrictionCases = sqliteTable(
  'restriction_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    service: text('service').notNull(),
    status: text('status', { enum: RESTRICTION_STATUSES }).notNull(),
    /** The overdue debt for the service named in the warning, and the threshold it exceeded, as of `as_of_date`. */
    debtKopecks: integer('debt_kopecks').notNull(),
    thresholdKopecks: integer('threshold_kopecks').notNull(),
    /** 'norm' — 2 × norm × tariff × residents; 'average' — 2 × the average monthly charge of the last 12 months. */
    thresholdBasis: text('threshold_basis', { enum: ['norm', 'average'] }).notNull(),
    asOfDate: text('as_of_date').notNull(),
    /** 1: restriction first, then suspension; 0: restriction is technically impossible — suspension at once. */
    restrictionPossible: integer('restriction_possible').notNull().default(1),
    warningDate: text('warning_date').notNull(),
    warningDocumentId: integer('warning_document_id').references(() => generatedDocuments.id),
    deliveryMethod: text('delivery_method', { enum: DELIVERY_METHODS }),
    /** The registered letter (measure 5's mailing: tracking number, outcome) when sent by post. */
    mailItemId: integer('mail_item_id').references(() => mailItems.id),
    deliveredDate: text('delivered_date'),
    /** The last day of the warning term: delivered + 20 days (a dated rule). */
    timerEndsDate: text('timer_ends_date'),
    orderId: integer('order_id').references(() => restrictionOrders.id),
    restrictedDate: text('restricted_date'),
    /** 'paid' — full repayment of the service's overdue debt; 'agreement' — a signed repayment agreement. */
    restorationReason: text('restoration_reason', { enum: ['paid', 'agreement'] }),
    restorationDueDate: text('restoration_due_date'),
    restoredDate: text('restored_date'),
    /** Restriction and restoration costs charged to the debtor (dated rules; the cap is unconfirmed). */
    restrictionCostKopecks: integer('restriction_cost_kopecks'),
    restorationCostKopecks: integer('restoration_cost_kopecks'),
    closedReason: text('closed_reason'),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    index('restriction_cases_account_idx').on(t.accountId, t.status),
    index('restriction_cases_status_idx').on(t.status, t.timerEndsDate),
    index('restriction_cases_order_idx').on(t.orderId),
    check(
      'restriction_cases_status_ck',
      sql`${t.status} IN ('warned', 'delivered', 'ordered', 'restricted', 'restoration_due', 'restored', 'closed')`,
    ),
    check(
      'restriction_cases_method_ck',
      sql`${t.deliveryMethod} IS NULL OR ${t.deliveryMethod} IN ('post', 'epd', 'sms', 'signature')`,
    ),
  ],
);

/** An act of restriction or of restoration: when, how, who was present, the readings. */
export const restrictionActs = sqliteTable(
  'restriction_acts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => restrictionCases.id),
    kind: text('kind', { enum: ['restriction', 'restoration'] }).notNull(),
    actDate: text('act_date').notNull(),
    /** 'HH:MM', local time. */
    actTime: text('act_time').notNull(),
    /** «заглушка на выпуске канализации», «ограничение подачи», … */
    method: text('method').notNull(),
    /** Who was present, one line. */
    present: text('present').notNull(),
    /** Meter readings, free text. */
    readings: text('readings'),
    note: text('note'),
    documentId: integer('document_id').references(() => generatedDocuments.id),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('restriction_acts_case_idx').on(t.caseId),
    check('restriction_acts_kind_ck', sql`${t.kind} IN ('restriction', 'restoration')`),
  ],
);

/** Photos or scans attached to an act (the file is kept in the data folder). */
export const restrictionActFiles = sqliteTable(
  'restriction_act_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actId: integer('act_id')
      .notNull()
      .references(() => restrictionActs.id),
    fileName: text('file_name').notNull(),
    /** Relative to the data folder. */
    storedPath: text('stored_path').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [index('restriction_act_files_act_idx').on(t.actId)],
);

export const AGREEMENT_STATUSES = ['draft', 'signed', 'completed', 'broken', 'cancelled'] as const;

/**
 * Соглашение о погашении задолженности: an instalment schedule signed by the debtor. While it is signed and kept
 * it pauses restriction, court and eviction; a missed instalment beyond the tolerance and the grace days breaks it.
 */
export const repaymentAgreements = sqliteTable(
  'repayment_agreements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** «С-2026-0001». */
    number: text('number').notNull(),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull(),
    /** The debt the schedule repays. */
    totalKopecks: integer('total_kopecks').notNull(),
    /** The day the debtor signed (the pause starts); null while a draft. */
    signedDate: text('signed_date'),
    toleranceKopecks: integer('tolerance_kopecks').notNull(),
    graceDays: integer('grace_days').notNull(),
    /** The measure it was made for (8, 9 or 12), for the journal; it pauses all three. */
    measure: integer('measure'),
    /** The day the checker found it broken or completed. */
    endedDate: text('ended_date'),
    documentId: integer('document_id').references(() => generatedDocuments.id),
    note: text('note'),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('repayment_agreements_number_uq').on(t.number),
    index('repayment_agreements_account_idx').on(t.accountId, t.status),
    check(
      'repayment_agreements_status_ck',
      sql`${t.status} IN ('draft', 'signed', 'completed', 'broken', 'cancelled')`,
    ),
  ],
);

/** One instalment of an agreement's schedule. */
export const agreementInstalments = sqliteTable(
  'agreement_instalments',
  {
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => repaymentAgreements.id),
    seq: integer('seq').notNull(),
    dueDate: text('due_date').notNull(),
    amountKopecks: integer('amount_kopecks').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.seq] }),
    check('agreement_instalments_amount_ck', sql`${t.amountKopecks} > 0`),
  ],
);
