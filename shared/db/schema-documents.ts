/**
 * @file Documents that leave the office on paper (measures 5 and 6): batches of claims and stairwell notices, the
 * registry of every generated file, the letters of a claim batch with their delivery, the posting journal of
 * notices, and the editable rules (cooldown, payment term, thresholds) and postal codes they use.
 *
 * Conventions as in schema.ts: snake_case, money in `*_kopecks`, dates `*_date`, instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts, buildings } from './schema';

/** A batch of documents generated as one job (claims of one bracket, notices of some buildings). */
export const documentBatches = sqliteTable(
  'document_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'restriction_warnings': warnings of measure 8 sent by registered post (their letters are mail_items too). */
    kind: text('kind', { enum: ['claims', 'notices', 'restriction_warnings'] }).notNull(),
    title: text('title').notNull(),
    /** The request as JSON (bracket, УК, buildings, threshold…), so a batch can be explained later. */
    paramsJson: text('params_json').notNull(),
    /** The date the documents state the debt «as of». */
    asOfDate: text('as_of_date').notNull(),
    status: text('status', { enum: ['running', 'done', 'cancelled', 'failed'] }).notNull(),
    /** Set by «Отменить»; the job stops before its next chunk. */
    cancelRequested: integer('cancel_requested').notNull().default(0),
    totalItems: integer('total_items').notNull(),
    doneItems: integer('done_items').notNull().default(0),
    /** The print-ready file, relative to the data folder. */
    printFile: text('print_file'),
    summary: text('summary'),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
    finishedAtMs: integer('finished_at_ms'),
  },
  (t) => [
    check('document_batches_kind_ck', sql`${t.kind} IN ('claims', 'notices', 'restriction_warnings')`),
    check('document_batches_status_ck', sql`${t.status} IN ('running', 'done', 'cancelled', 'failed')`),
  ],
);

/** The registry of generated documents: what, by which template version, where the file is, its hash, who, when. */
export const generatedDocuments = sqliteTable(
  'generated_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id').references(() => documentBatches.id),
    /** claim, claims_print, notice, notices_print, form103_pdf, form103_csv, courier_receipts, route_sheet. */
    kind: text('kind').notNull(),
    templateVersion: text('template_version').notNull(),
    accountId: integer('account_id').references(() => accounts.id),
    buildingId: integer('building_id').references(() => buildings.id),
    entrance: integer('entrance'),
    /** The date printed on the document. */
    issuedDate: text('issued_date').notNull(),
    /** Relative to the data folder. */
    filePath: text('file_path').notNull(),
    sha256: text('sha256').notNull(),
    pages: integer('pages'),
    /** The sum the document demands or lists, when it has one. */
    totalKopecks: integer('total_kopecks'),
    userName: text('user_name').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('generated_documents_account_idx').on(t.accountId, t.kind, t.issuedDate),
    index('generated_documents_batch_idx').on(t.batchId, t.kind),
  ],
);

/** One letter of a claim batch: one per addressee (each owner gets their own), with its delivery. */
export const mailItems = sqliteTable(
  'mail_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => documentBatches.id),
    documentId: integer('document_id')
      .notNull()
      .references(() => generatedDocuments.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Place in the print-ready file (1…): building → entrance → apartment → addressee. */
    position: integer('position').notNull(),
    /** «Иванов Иван Иванович» as on the envelope (nominative). */
    recipientName: text('recipient_name').notNull(),
    address: text('address').notNull(),
    postalCode: text('postal_code'),
    buildingId: integer('building_id'),
    entrance: integer('entrance'),
    apartment: text('apartment'),
    totalKopecks: integer('total_kopecks').notNull(),
    /** Pages in the envelope: the letter and its own attachments (statement, penalty calculation) — for its mass. */
    pages: integer('pages'),
    /** ШПИ, 14 digits, imported from the post office's list. */
    trackingNumber: text('tracking_number'),
    outcome: text('outcome', { enum: ['pending', 'delivered', 'returned', 'refused'] })
      .notNull()
      .default('pending'),
    outcomeDate: text('outcome_date'),
  },
  (t) => [
    index('mail_items_batch_idx').on(t.batchId, t.position),
    index('mail_items_tracking_idx').on(t.trackingNumber),
    // The court queue asks, per account, when its last claim was delivered (measure 9).
    index('mail_items_account_idx').on(t.accountId, t.outcome),
    check('mail_items_outcome_ck', sql`${t.outcome} IN ('pending', 'delivered', 'returned', 'refused')`),
  ],
);

/** Where and when a stairwell notice was put up (measure 6), by whom. */
export const noticePostings = sqliteTable('notice_postings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  documentId: integer('document_id')
    .notNull()
    .references(() => generatedDocuments.id),
  buildingId: integer('building_id')
    .notNull()
    .references(() => buildings.id),
  entrance: integer('entrance'),
  postedDate: text('posted_date').notNull(),
  /** «Доска объявлений у лифта, 1 этаж». */
  place: text('place').notNull(),
  userName: text('user_name').notNull(),
  atMs: integer('at_ms').notNull(),
});

/**
 * Editable rules of the documents, dated: the row with the latest valid_from_date not after the day applies.
 * Keys: claim_cooldown_days, claim_payment_days, claim_include_time_barred (0/1), notice_min_debt_kopecks,
 * notice_few_flats, letter_mass_grams.
 */
export const documentRules = sqliteTable(
  'document_rules',
  {
    key: text('key').notNull(),
    validFromDate: text('valid_from_date').notNull(),
    valueInt: integer('value_int').notNull(),
    note: text('note').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.validFromDate] })],
);

/**
 * Postal codes for letters: billing addresses carry none. A building's own code wins; otherwise the code of the
 * locality its address starts with («г. Красногорск»). Editable data.
 */
export const postalCodes = sqliteTable('postal_codes', {
  /** «building:<id>» or the locality as addresses begin («г. Красногорск»). */
  scope: text('scope').primaryKey(),
  postalCode: text('postal_code').notNull(),
});

/**
 * The post's tariffs for claim letters (form 103's fee columns), dated editions: the row with the latest
 * valid_from_date not after the handover date applies. Amounts without VAT, in kopecks; VAT in hundredths of a
 * percent. Seeded figures are marked unconfirmed (`confirmed` 0) until an administrator enters the post's own.
 */
export const postalTariffs = sqliteTable('postal_tariffs', {
  validFromDate: text('valid_from_date').primaryKey(),
  /** Registered letter up to 20 g. */
  letterKopecks: integer('letter_kopecks').notNull(),
  /** Each further full or partial 20 g. */
  letterStepKopecks: integer('letter_step_kopecks').notNull(),
  noticeSimpleKopecks: integer('notice_simple_kopecks').notNull(),
  noticeOrderedKopecks: integer('notice_ordered_kopecks').notNull(),
  noticeElectronicKopecks: integer('notice_electronic_kopecks').notNull(),
  /** 2200 = 22 %. */
  vatBasisPoints: integer('vat_basis_points').notNull(),
  /** 1 when an administrator entered or checked the figures against the post's price list. */
  confirmed: integer('confirmed').notNull().default(0),
  note: text('note').notNull(),
  userName: text('user_name').notNull(),
  createdAtMs: integer('created_at_ms').notNull(),
});

/**
 * Who signs the claims: name, position and phone printed under each letter. One row per УК where the УК has its
 * own signer («company:<id>»), and the default for every other УК («default»). Edited by an administrator; a
 * batch for a УК with neither is refused.
 */
export const claimSigners = sqliteTable('claim_signers', {
  /** «default» or «company:<management_companies.id>». */
  scope: text('scope').primaryKey(),
  fullName: text('full_name').notNull(),
  position: text('position').notNull(),
  phone: text('phone').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});

/** Accounts of a claim batch's group that got no letter, and why (the rule book, the cooldown, no bank details, nothing due). */
export const claimExclusions = sqliteTable(
  'claim_exclusions',
  {
    batchId: integer('batch_id')
      .notNull()
      .references(() => documentBatches.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** rules, cooldown, no_payee, nothing_due. */
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.accountId] })],
);
