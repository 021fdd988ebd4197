/**
 * @file Court work (measure 9): the court directory with its territories, the building → court map, the dated court
 * rules and state-duty scales, the court queue's batches, the cases (one per debtor: an owner's share, or a social
 * tenant with the adult family jointly), the duty requests sent to each УК and the payment orders that answer them,
 * the documents of each case and the packages exported per court.
 *
 * Conventions as in schema.ts: snake_case, money in `*_kopecks`, dates `*_date`, instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts, buildings, managementCompanies, persons } from './schema';
import { generatedDocuments } from './schema-documents';
import { CASE_STATUS_LIST } from '../court/case-steps';

/**
 * A court: a magistrate's plot (мировой судья, судебный участок № N) or a district / city court. Editable data, CSV
 * import and export; only confirmed courts are seeded (the Krasnogorsk city court, 50RS0021). The payee columns are
 * the state-duty details for payments to this court (НК ст.333.18 п.3: by the place of the court; ОКТМО is the
 * court's), defaulting to the ЕНС details of data/court-duty-payment.md.
 */
export const courts = sqliteTable(
  'courts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['magistrate', 'district'] }).notNull(),
    /** «Судебный участок № 123 Красногорского судебного района Московской области» / «Красногорский городской суд Московской области». */
    name: text('name').notNull(),
    /** The plot's number for a magistrate («123»); null for a district court. */
    plotNumber: text('plot_number'),
    /** The court's code in ГАС «Правосудие» («50RS0021»), where known. */
    code: text('code'),
    address: text('address').notNull(),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    /** State-duty payee (платёжное поручение, поля 16, 61, 103, 13, 14, 15, 17, 104, 105). */
    payeeName: text('payee_name').notNull(),
    payeeInn: text('payee_inn').notNull(),
    payeeKpp: text('payee_kpp').notNull(),
    payeeBankName: text('payee_bank_name').notNull(),
    payeeBik: text('payee_bik').notNull(),
    /** Единый казначейский счёт (ЕКС), «Сч. банка получателя», 40102810…. */
    payeeBankAccount: text('payee_bank_account').notNull(),
    /** Казначейский счёт получателя, 03100643…. */
    payeeTreasuryAccount: text('payee_treasury_account').notNull(),
    kbk: text('kbk').notNull(),
    oktmo: text('oktmo').notNull(),
    /** 1 when someone checked the court's details against its own site; the UI marks unconfirmed rows. */
    confirmed: integer('confirmed').notNull().default(0),
    active: integer('active').notNull().default(1),
    note: text('note').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [check('courts_kind_ck', sql`${t.kind} IN ('magistrate', 'district')`)],
);

/**
 * A court's territory: a street with a range of house numbers (both ends included; null = the whole street), odd,
 * even or all houses. A building is mapped by its street and house number, or by hand (building_courts.source).
 */
export const courtTerritories = sqliteTable(
  'court_territories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    /** The street as addresses write it: «ул. Ленина». */
    street: text('street').notNull(),
    /** fold_for_search(street) without the street type, for matching. */
    streetSearch: text('street_search').notNull(),
    houseFrom: integer('house_from'),
    houseTo: integer('house_to'),
    parity: text('parity', { enum: ['all', 'odd', 'even'] })
      .notNull()
      .default('all'),
  },
  (t) => [
    index('court_territories_street_idx').on(t.streetSearch),
    check('court_territories_parity_ck', sql`${t.parity} IN ('all', 'odd', 'even')`),
  ],
);

/** Which court hears a building's debtors: one magistrate's plot and one district court per building. */
export const buildingCourts = sqliteTable(
  'building_courts',
  {
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    courtKind: text('court_kind', { enum: ['magistrate', 'district'] }).notNull(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    /** 'range' — found by the territory ranges; 'manual' — set by hand (a new range never overrides it). */
    source: text('source', { enum: ['range', 'manual'] }).notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.buildingId, t.courtKind] }),
    index('building_courts_court_idx').on(t.courtId),
    check('building_courts_kind_ck', sql`${t.courtKind} IN ('magistrate', 'district')`),
    check('building_courts_source_ck', sql`${t.source} IN ('range', 'manual')`),
  ],
);

/**
 * Dated rules of the court work, edited by an administrator: the row with the latest valid_from_date not after the
 * day applies. Keys (shared/court/court-rules.ts): court_order_max_kopecks (ГПК ст.121: 500 000 ₽),
 * magistrate_lawsuit_max_kopecks (ГПК ст.23: 50 000 ₽), batch_approval_required (0/1), limitation_warn_days_far (90),
 * limitation_warn_days_near (30), lawsuit_min_limitation_months (6).
 */
export const courtRules = sqliteTable(
  'court_rules',
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

/**
 * The state-duty scale (НК ст.333.19 п.1 пп.1), by filing date: the edition with the latest valid_from_date not
 * after the filing date applies. `bands_json` is DutyScale['bands'] (shared/court/state-duty.ts); a court order
 * pays `court_order_percent` of the lawsuit's duty with its own minimum.
 */
export const dutyScales = sqliteTable('duty_scales', {
  validFromDate: text('valid_from_date').primaryKey(),
  bandsJson: text('bands_json').notNull(),
  minKopecks: integer('min_kopecks').notNull(),
  maxKopecks: integer('max_kopecks'),
  courtOrderPercent: integer('court_order_percent').notNull(),
  courtOrderMinKopecks: integer('court_order_min_kopecks').notNull(),
  /** The law that made this edition («Федеральный закон от 08.08.2024 № 259-ФЗ»). */
  source: text('source').notNull(),
  userName: text('user_name').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

/** A batch of the court queue: the accounts chosen for applications, approved by the head before documents are made. */
export const courtBatches = sqliteTable(
  'court_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** JSON array of bracket codes: ["over_100k", "from_50k"]. */
    bracketsJson: text('brackets_json').notNull(),
    /** The debt is counted as of this date. */
    asOfDate: text('as_of_date').notNull(),
    status: text('status', { enum: ['awaiting_approval', 'approved', 'rejected', 'prepared'] }).notNull(),
    accountsCount: integer('accounts_count').notNull(),
    claimKopecks: integer('claim_kopecks').notNull(),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    decidedBy: text('decided_by'),
    decidedAtMs: integer('decided_at_ms'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    check('court_batches_status_ck', sql`${t.status} IN ('awaiting_approval', 'approved', 'rejected', 'prepared')`),
  ],
);

/** The accounts of a batch as the queue chose them (the trace of why each is in). */
export const courtBatchAccounts = sqliteTable(
  'court_batch_accounts',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => courtBatches.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    claimKopecks: integer('claim_kopecks').notNull(),
    traceJson: text('trace_json').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.accountId] })],
);

export const CASE_KINDS = ['court_order', 'lawsuit'] as const;
/**
 * prepared → duty_paid → filed → issued (order issued / decision made) → copy_received (court order: the debtor got
 * the copy; the objection window runs) → in_force → writ_received; or cancelled (court order, on objections) /
 * returned (the court returned or refused the application); closed (paid off or withdrawn).
 */
export const CASE_STATUSES = CASE_STATUS_LIST;
export const FILING_CHANNELS = ['gas_justice', 'post', 'in_person'] as const;

/**
 * A case: one application (court order or lawsuit) against one debtor for one account — an owner for the owner's
 * share, or a social tenant jointly with the adult family members (joint_person_ids_json). Only the debt the УК is
 * the creditor of. The sums are fixed when the case is prepared; payments after filing show as the current balance.
 */
export const courtCases = sqliteTable(
  'court_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id').references(() => courtBatches.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    /** The court the application goes to; null until the building is mapped (the case cannot be filed then). */
    courtId: integer('court_id').references(() => courts.id),
    kind: text('kind', { enum: CASE_KINDS }).notNull(),
    /** A lawsuit after a cancelled order (or a returned application): the earlier case, whose duty is offset. */
    parentCaseId: integer('parent_case_id'),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    debtorPersonId: integer('debtor_person_id')
      .notNull()
      .references(() => persons.id),
    /** The debtor's name as in the application (a snapshot). */
    debtorName: text('debtor_name').notNull(),
    /** Social tenancy: the adult family members liable jointly (JSON array of person ids); [] otherwise. */
    jointPersonIdsJson: text('joint_person_ids_json').notNull().default('[]'),
    shareNum: integer('share_num'),
    shareDen: integer('share_den'),
    /** Billing months in the application, JSON array of 'YYYY-MM'. */
    periodsJson: text('periods_json').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    /** 1 when the clerk included time-barred months (with a note: the court applies limitation only on the debtor's statement). */
    timeBarredIncluded: integer('time_barred_included').notNull().default(0),
    timeBarredNote: text('time_barred_note'),
    /** The debt is counted as of this date. */
    asOfDate: text('as_of_date').notNull(),
    principalKopecks: integer('principal_kopecks').notNull(),
    penaltyKopecks: integer('penalty_kopecks').notNull(),
    /** principal + penalty: the price of the claim the duty is counted from. */
    claimKopecks: integer('claim_kopecks').notNull(),
    /** The duty by the filing date's scale (recomputed if the filing date moves across a scale change). */
    dutyKopecks: integer('duty_kopecks').notNull(),
    /** Duty paid for the parent case and offset toward this one (НК ст.333.20, 333.40). */
    dutyOffsetKopecks: integer('duty_offset_kopecks').notNull().default(0),
    /** Set when the duty is not paid by law (НК ст.333.36) or deferred by the court; the filing gate then opens. */
    dutyExemptReason: text('duty_exempt_reason'),
    /** complete — ГПК ст.124 identifiers present; missing — blocked; unknown_confirmed — the clerk stated «сведения неизвестны взыскателю». */
    identifiersStatus: text('identifiers_status', { enum: ['complete', 'missing', 'unknown_confirmed'] }).notNull(),
    /** What is missing, Russian («дата рождения, СНИЛС/ИНН/паспорт»). */
    identifiersNote: text('identifiers_note'),
    preparedDate: text('prepared_date').notNull(),
    filedDate: text('filed_date'),
    filedChannel: text('filed_channel', { enum: FILING_CHANNELS }),
    /** The court's case number («2-1234/2026»). */
    courtCaseNumber: text('court_case_number'),
    /** The order's or decision's number and date. */
    issuedNumber: text('issued_number'),
    issuedDate: text('issued_date'),
    /** The date the debtor received the order's copy; the objection window (10 days, ГПК ст.128) runs from it. */
    copyReceivedDate: text('copy_received_date'),
    objectionDeadline: text('objection_deadline'),
    inForceDate: text('in_force_date'),
    cancelledDate: text('cancelled_date'),
    returnedDate: text('returned_date'),
    writReceivedDate: text('writ_received_date'),
    writNumber: text('writ_number'),
    closedReason: text('closed_reason'),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    index('court_cases_account_idx').on(t.accountId, t.status),
    index('court_cases_status_idx').on(t.status, t.courtId),
    index('court_cases_company_idx').on(t.managementCompanyId, t.status),
    check('court_cases_kind_ck', sql`${t.kind} IN ('court_order', 'lawsuit')`),
    check(
      'court_cases_status_ck',
      sql`${t.status} IN ('prepared', 'duty_paid', 'filed', 'issued', 'copy_received', 'in_force', 'writ_received', 'cancelled', 'returned', 'closed')`,
    ),
    check(
      'court_cases_channel_ck',
      sql`${t.filedChannel} IS NULL OR ${t.filedChannel} IN ('gas_justice', 'post', 'in_person')`,
    ),
    check('court_cases_identifiers_ck', sql`${t.identifiersStatus} IN ('complete', 'missing', 'unknown_confirmed')`),
    check(
      'court_cases_money_ck',
      sql`${t.claimKopecks} = ${t.principalKopecks} + ${t.penaltyKopecks} AND ${t.dutyKopecks} >= 0 AND ${t.dutyOffsetKopecks} >= 0`,
    ),
  ],
);

/** The documents made for a case (application, calculations, attachments list, cover letter, offset petition). */
export const courtCaseDocuments = sqliteTable(
  'court_case_documents',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => courtCases.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => generatedDocuments.id),
    /** CourtDocumentKind (shared/court/court-documents.ts). */
    kind: text('kind').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.documentId] })],
);

/** A request to a УК to pay the duty of a list of applications: a letter and an XLSX list. */
export const dutyRequests = sqliteTable('duty_requests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  managementCompanyId: integer('management_company_id')
    .notNull()
    .references(() => managementCompanies.id),
  requestDate: text('request_date').notNull(),
  casesCount: integer('cases_count').notNull(),
  totalKopecks: integer('total_kopecks').notNull(),
  letterDocumentId: integer('letter_document_id').references(() => generatedDocuments.id),
  listDocumentId: integer('list_document_id').references(() => generatedDocuments.id),
  userName: text('user_name').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

/** The applications of a duty request, with the duty each needs (duty − offset). */
export const dutyRequestCases = sqliteTable(
  'duty_request_cases',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => dutyRequests.id),
    caseId: integer('case_id')
      .notNull()
      .references(() => courtCases.id),
    dutyKopecks: integer('duty_kopecks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.caseId] })],
);

/** A payment order (платёжное поручение) by which a УК paid duty for one or more applications. */
export const dutyPayments = sqliteTable(
  'duty_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    orderNumber: text('order_number').notNull(),
    orderDate: text('order_date').notNull(),
    amountKopecks: integer('amount_kopecks').notNull(),
    /** The payer as the order names it (the УК, or someone paying for it). */
    payer: text('payer').notNull(),
    note: text('note').notNull().default(''),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('duty_payments_order_uq').on(t.managementCompanyId, t.orderNumber, t.orderDate),
    check('duty_payments_amount_ck', sql`${t.amountKopecks} > 0`),
  ],
);

/** Which applications a payment order paid, and how much of it each. */
export const dutyPaymentCases = sqliteTable(
  'duty_payment_cases',
  {
    paymentId: integer('payment_id')
      .notNull()
      .references(() => dutyPayments.id),
    caseId: integer('case_id')
      .notNull()
      .references(() => courtCases.id),
    amountKopecks: integer('amount_kopecks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.paymentId, t.caseId] }), index('duty_payment_cases_case_idx').on(t.caseId)],
);

/** A court package exported: one ZIP per court with its manifest. */
export const courtPackages = sqliteTable('court_packages', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  courtId: integer('court_id')
    .notNull()
    .references(() => courts.id),
  /** Relative to the data folder. */
  filePath: text('file_path').notNull(),
  sha256: text('sha256').notNull(),
  casesCount: integer('cases_count').notNull(),
  totalKopecks: integer('total_kopecks').notNull(),
  userName: text('user_name').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});
