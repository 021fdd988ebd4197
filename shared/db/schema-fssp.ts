/**
 * @file Work with the bailiffs (measures 10 and 11, 229-ФЗ): the bailiffs' departments (ОСП) with their territories
 * and the building → department map, the writ registry with the events that move its presentation deadline, the
 * applications to open enforcement proceedings (or to the debtor's bank, ст.8) and the transfer registers per
 * department, the enforcement proceedings with the sums collected, the petitions and their answers, the
 * reconciliations with the department's list and their differences, the joint raids with an outcome per address.
 *
 * Conventions as in schema.ts: snake_case, money in `*_kopecks`, dates `*_date`, instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts, buildings, managementCompanies, payments, persons } from './schema';
import { generatedDocuments } from './schema-documents';
import { courtCases, courts } from './schema-court';
import {
  DIFFERENCE_KINDS,
  PETITION_KINDS,
  PROCEEDING_STATUSES,
  RAID_OUTCOMES,
  WRIT_EVENT_TYPES,
  WRIT_KINDS,
  WRIT_STATUSES,
} from '../fssp/fssp-terms';

/**
 * A bailiffs' department (ОСП, отделение судебных приставов). Editable data with CSV import; nothing is seeded
 * (the Krasnogorsk department's details are unconfirmed). `code` is the department's code as it appears in the
 * proceedings numbers (NNNNN/YY/<code>-ИП), where known.
 */
export const bailiffDepartments = sqliteTable('bailiff_departments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  code: text('code'),
  address: text('address').notNull(),
  phone: text('phone'),
  email: text('email'),
  /** The senior bailiff (начальник отделения — старший судебный пристав): the addressee of a complaint (ст.123). */
  seniorBailiff: text('senior_bailiff'),
  /** 1 when someone checked the details against the department's own page; the UI marks unconfirmed rows. */
  confirmed: integer('confirmed').notNull().default(0),
  active: integer('active').notNull().default(1),
  note: text('note').notNull().default(''),
  createdAtMs: integer('created_at_ms').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});

/** A department's territory: a street with a range of house numbers (null = the whole street), odd, even or all. */
export const bailiffTerritories = sqliteTable(
  'bailiff_territories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => bailiffDepartments.id),
    street: text('street').notNull(),
    /** fold_for_search(street) without the street type, for matching (shared/court/court-territory-match.ts). */
    streetSearch: text('street_search').notNull(),
    houseFrom: integer('house_from'),
    houseTo: integer('house_to'),
    parity: text('parity', { enum: ['all', 'odd', 'even'] })
      .notNull()
      .default('all'),
  },
  (t) => [
    index('bailiff_territories_street_idx').on(t.streetSearch),
    check('bailiff_territories_parity_ck', sql`${t.parity} IN ('all', 'odd', 'even')`),
  ],
);

/** Which department enforces against a building's debtors (ст.33: by the debtor's residence). */
export const buildingDepartments = sqliteTable(
  'building_departments',
  {
    buildingId: integer('building_id')
      .primaryKey()
      .references(() => buildings.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => bailiffDepartments.id),
    /** 'range' — found by the territory ranges; 'manual' — set by hand (a new range never overrides it). */
    source: text('source', { enum: ['range', 'manual'] }).notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    index('building_departments_department_idx').on(t.departmentId),
    check('building_departments_source_ck', sql`${t.source} IN ('range', 'manual')`),
  ],
);

/** A debtor's bank account, where known: the writ may go to the bank directly (229-ФЗ ст.8). */
export const debtorBankAccounts = sqliteTable(
  'debtor_bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    bankName: text('bank_name').notNull(),
    bik: text('bik').notNull(),
    /** The bank's address for the letter. */
    bankAddress: text('bank_address').notNull(),
    /** The debtor's account number, where known (20 digits). */
    accountNumber: text('account_number'),
    note: text('note').notNull().default(''),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [index('debtor_bank_accounts_person_idx').on(t.personId)],
);

/**
 * A writ (исполнительный документ): a court order (судебный приказ) or a writ of execution (исполнительный лист).
 * Created from a court case when its writ is received, or entered / imported by hand. The sums are as the act
 * awards them. `term_start_date` is the day the presentation term starts (entry into force, or the issue of a court
 * order, as the clerk records it); the deadline is computed from it and the writ's events (shared/fssp/writ-deadline.ts).
 */
export const writs = sqliteTable(
  'writs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: WRIT_KINDS }).notNull(),
    /** The writ's number: «2-1234/2026» for a court order, «ФС № 012345678» for a writ of execution. */
    number: text('number').notNull(),
    /** The date of the act (the order or the decision). */
    actDate: text('act_date').notNull(),
    /** The date the act came into force; null where not recorded (a court order's start is then its issue). */
    inForceDate: text('in_force_date'),
    termStartDate: text('term_start_date').notNull(),
    courtId: integer('court_id').references(() => courts.id),
    /** The court as the writ names it (a snapshot; the only court data for a writ entered by hand). */
    courtName: text('court_name').notNull(),
    courtCaseNumber: text('court_case_number'),
    courtCaseId: integer('court_case_id').references(() => courtCases.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** The creditor (взыскатель). */
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    debtorPersonId: integer('debtor_person_id')
      .notNull()
      .references(() => persons.id),
    /** The debtor's name as the writ has it (a snapshot). */
    debtorName: text('debtor_name').notNull(),
    principalKopecks: integer('principal_kopecks').notNull(),
    penaltyKopecks: integer('penalty_kopecks').notNull(),
    dutyKopecks: integer('duty_kopecks').notNull(),
    /** principal + penalty + duty. */
    totalKopecks: integer('total_kopecks').notNull(),
    receivedDate: text('received_date').notNull(),
    status: text('status', { enum: WRIT_STATUSES }).notNull(),
    source: text('source', { enum: ['court_case', 'manual', 'import'] }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('writs_number_uq').on(t.number, t.actDate),
    uniqueIndex('writs_case_uq').on(t.courtCaseId),
    index('writs_account_idx').on(t.accountId, t.status),
    index('writs_status_idx').on(t.status),
    check('writs_kind_ck', sql`${t.kind} IN ('court_order', 'writ_of_execution')`),
    check(
      'writs_status_ck',
      sql`${t.status} IN ('received', 'sent', 'in_proceedings', 'returned', 'performed', 'cancelled')`,
    ),
    check('writs_source_ck', sql`${t.source} IN ('court_case', 'manual', 'import')`),
    check(
      'writs_money_ck',
      sql`${t.totalKopecks} = ${t.principalKopecks} + ${t.penaltyKopecks} + ${t.dutyKopecks} AND ${t.principalKopecks} >= 0 AND ${t.penaltyKopecks} >= 0 AND ${t.dutyKopecks} >= 0`,
    ),
  ],
);

/**
 * What moves a writ's presentation deadline (229-ФЗ ст.21, 22): presented to the bailiffs (or the bank), returned to
 * the creditor (ст.46), a partial payment while the writ is with the creditor. Written by the services that cause
 * them (an application handed over, a proceeding ended with the writ returned) or by hand.
 */
export const writEvents = sqliteTable(
  'writ_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writId: integer('writ_id')
      .notNull()
      .references(() => writs.id),
    type: text('type', { enum: WRIT_EVENT_TYPES }).notNull(),
    eventDate: text('event_date').notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('writ_events_writ_idx').on(t.writId, t.eventDate),
    check('writ_events_type_ck', sql`${t.type} IN ('presented', 'returned', 'partial_payment')`),
  ],
);

/** A transfer register (реестр передачи) of applications to one department, or to one bank. */
export const transferRegisters = sqliteTable('transfer_registers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  departmentId: integer('department_id').references(() => bailiffDepartments.id),
  /** For applications sent to a bank directly: the bank's name and БИК (department_id is null then). */
  bankName: text('bank_name'),
  bankBik: text('bank_bik'),
  registerDate: text('register_date').notNull(),
  applicationsCount: integer('applications_count').notNull(),
  totalKopecks: integer('total_kopecks').notNull(),
  pdfDocumentId: integer('pdf_document_id').references(() => generatedDocuments.id),
  /** Relative to the data folder. */
  xlsxPath: text('xlsx_path'),
  /** The day the register was handed over (or sent); its applications are presented that day. */
  handedDate: text('handed_date'),
  /** The receipt: the department's incoming number and date, or the postal id. */
  receipt: text('receipt'),
  createdBy: text('created_by').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

/**
 * An application to open enforcement proceedings (229-ФЗ ст.30) for one writ — or, with recipient 'bank', the
 * creditor's application to the debtor's bank (ст.8). The petitions chosen with it are rows of fssp_petitions.
 */
export const fsspApplications = sqliteTable(
  'fssp_applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writId: integer('writ_id')
      .notNull()
      .references(() => writs.id),
    recipient: text('recipient', { enum: ['department', 'bank'] }).notNull(),
    departmentId: integer('department_id').references(() => bailiffDepartments.id),
    debtorBankAccountId: integer('debtor_bank_account_id').references(() => debtorBankAccounts.id),
    applicationDate: text('application_date').notNull(),
    documentId: integer('document_id').references(() => generatedDocuments.id),
    registerId: integer('register_id').references(() => transferRegisters.id),
    /** 'prepared' until its register is handed over ('sent'); 'withdrawn' if the clerk took it back before. */
    status: text('status', { enum: ['prepared', 'sent', 'withdrawn'] }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('fssp_applications_writ_idx').on(t.writId),
    index('fssp_applications_register_idx').on(t.registerId),
    check('fssp_applications_recipient_ck', sql`${t.recipient} IN ('department', 'bank')`),
    check('fssp_applications_status_ck', sql`${t.status} IN ('prepared', 'sent', 'withdrawn')`),
  ],
);

/** Enforcement proceedings (исполнительное производство) opened on a writ. */
export const enforcementProceedings = sqliteTable(
  'enforcement_proceedings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writId: integer('writ_id')
      .notNull()
      .references(() => writs.id),
    /** NNNNN/YY/NNNNN-ИП (shared/fssp/proceeding-number.ts). */
    number: text('number').notNull(),
    openedDate: text('opened_date').notNull(),
    departmentId: integer('department_id').references(() => bailiffDepartments.id),
    /** The bailiff (судебный пристав-исполнитель) as the decision names them. */
    bailiffName: text('bailiff_name'),
    status: text('status', { enum: PROCEEDING_STATUSES }).notNull(),
    statusDate: text('status_date').notNull(),
    /** The ground of ending (ст.46 ч.1 п.3/4, ст.47, ст.43) in words. */
    statusNote: text('status_note').notNull().default(''),
    /** The sum in the proceedings as the decision states it. */
    debtKopecks: integer('debt_kopecks').notNull(),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    uniqueIndex('enforcement_proceedings_number_uq').on(t.number),
    index('enforcement_proceedings_writ_idx').on(t.writId),
    index('enforcement_proceedings_status_idx').on(t.status),
    check(
      'enforcement_proceedings_status_ck',
      sql`${t.status} IN ('opened', 'suspended', 'ended_performed', 'ended_impossible', 'terminated')`,
    ),
  ],
);

/** A sum collected in proceedings, with its date; linked to the account's payment once billing shows it. */
export const fsspCollections = sqliteTable(
  'fssp_collections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    proceedingId: integer('proceeding_id')
      .notNull()
      .references(() => enforcementProceedings.id),
    collectedDate: text('collected_date').notNull(),
    amountKopecks: integer('amount_kopecks').notNull(),
    paymentId: integer('payment_id').references(() => payments.id),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('fssp_collections_proceeding_idx').on(t.proceedingId),
    uniqueIndex('fssp_collections_payment_uq').on(t.paymentId),
    check('fssp_collections_amount_ck', sql`${t.amountKopecks} > 0`),
  ],
);

/**
 * A petition (ходатайство, 229-ФЗ ст.64.1) on a writ: with the application or later in the proceedings. The bailiff
 * answers within 10 days (working days, ст.15); an overdue answer gets a complaint to the senior bailiff (ст.123).
 */
export const fsspPetitions = sqliteTable(
  'fssp_petitions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    writId: integer('writ_id')
      .notNull()
      .references(() => writs.id),
    applicationId: integer('application_id').references(() => fsspApplications.id),
    proceedingId: integer('proceeding_id').references(() => enforcementProceedings.id),
    kind: text('kind', { enum: PETITION_KINDS }).notNull(),
    /** Null until sent (a petition in an application is sent when its register is handed over). */
    sentDate: text('sent_date'),
    answerDueDate: text('answer_due_date'),
    answer: text('answer', { enum: ['granted', 'refused'] }),
    answerDate: text('answer_date'),
    /** The bailiff's decision, attached (a file in the data folder, relative). */
    answerFilePath: text('answer_file_path'),
    answerNote: text('answer_note').notNull().default(''),
    complaintDocumentId: integer('complaint_document_id').references(() => generatedDocuments.id),
    complaintDate: text('complaint_date'),
    documentId: integer('document_id').references(() => generatedDocuments.id),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('fssp_petitions_writ_idx').on(t.writId),
    index('fssp_petitions_due_idx').on(t.answer, t.answerDueDate),
    check(
      'fssp_petitions_kind_ck',
      sql`${t.kind} IN ('arrest_accounts', 'arrest_property', 'travel_ban', 'registry_requests', 'income_deduction', 'search')`,
    ),
    check('fssp_petitions_answer_ck', sql`${t.answer} IS NULL OR ${t.answer} IN ('granted', 'refused')`),
  ],
);

/** A reconciliation (сверка) with a department's list of proceedings. */
export const reconciliations = sqliteTable('reconciliations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  departmentId: integer('department_id').references(() => bailiffDepartments.id),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  /** The date of the department's list (as the clerk states it; the import day by default). */
  listDate: text('list_date').notNull(),
  rowsCount: integer('rows_count').notNull(),
  matchedCount: integer('matched_count').notNull(),
  differencesCount: integer('differences_count').notNull(),
  mappingJson: text('mapping_json').notNull(),
  createdBy: text('created_by').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

/** A row of the department's list as read. */
export const reconciliationRows = sqliteTable(
  'reconciliation_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reconciliationId: integer('reconciliation_id')
      .notNull()
      .references(() => reconciliations.id),
    rowNumber: integer('row_number').notNull(),
    proceedingNumber: text('proceeding_number'),
    proceedingDate: text('proceeding_date'),
    debtorName: text('debtor_name').notNull(),
    birthDate: text('birth_date'),
    writNumber: text('writ_number'),
    sumKopecks: integer('sum_kopecks'),
    balanceKopecks: integer('balance_kopecks'),
    statusText: text('status_text'),
    bailiffName: text('bailiff_name'),
    matchedWritId: integer('matched_writ_id').references(() => writs.id),
    matchedBy: text('matched_by', { enum: ['writ_number', 'name_birth_sum'] }),
  },
  (t) => [index('reconciliation_rows_rec_idx').on(t.reconciliationId)],
);

/** A difference found by a reconciliation, resolved with a note. */
export const reconciliationDifferences = sqliteTable(
  'reconciliation_differences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reconciliationId: integer('reconciliation_id')
      .notNull()
      .references(() => reconciliations.id),
    kind: text('kind', { enum: DIFFERENCE_KINDS }).notNull(),
    writId: integer('writ_id').references(() => writs.id),
    rowId: integer('row_id').references(() => reconciliationRows.id),
    /** What we have and what they have, in words («2 345,67 ₽», «окончено»). */
    ours: text('ours').notNull().default(''),
    theirs: text('theirs').notNull().default(''),
    resolvedAtMs: integer('resolved_at_ms'),
    resolvedBy: text('resolved_by'),
    resolutionNote: text('resolution_note'),
  },
  (t) => [
    index('reconciliation_differences_rec_idx').on(t.reconciliationId),
    check(
      'reconciliation_differences_kind_ck',
      sql`${t.kind} IN ('ours_not_theirs', 'theirs_not_ours', 'sum_differs', 'status_differs', 'collected_differs')`,
    ),
  ],
);

/** A joint raid with the bailiffs: a date, a team, a department. */
export const raids = sqliteTable('raids', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  raidDate: text('raid_date').notNull(),
  /** The team in words («СПИ Петров А.А., специалист Иванова О.В.»). */
  team: text('team').notNull(),
  departmentId: integer('department_id').references(() => bailiffDepartments.id),
  routeDocumentId: integer('route_document_id').references(() => generatedDocuments.id),
  createdBy: text('created_by').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

/** An address of a raid (an account with open proceedings) and what happened there. */
export const raidAddresses = sqliteTable(
  'raid_addresses',
  {
    raidId: integer('raid_id')
      .notNull()
      .references(() => raids.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    proceedingId: integer('proceeding_id').references(() => enforcementProceedings.id),
    /** The place on the route (1, 2, …): grouped by building, largest debts first. */
    routeOrder: integer('route_order').notNull(),
    debtKopecks: integer('debt_kopecks').notNull(),
    outcome: text('outcome', { enum: RAID_OUTCOMES }),
    paidKopecks: integer('paid_kopecks'),
    promiseDate: text('promise_date'),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by'),
    recordedAtMs: integer('recorded_at_ms'),
  },
  (t) => [
    primaryKey({ columns: [t.raidId, t.accountId] }),
    check(
      'raid_addresses_outcome_ck',
      sql`${t.outcome} IS NULL OR ${t.outcome} IN ('no_access', 'arrested', 'paid', 'promise', 'refused')`,
    ),
  ],
);
