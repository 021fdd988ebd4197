/**
 * @file The plan's reporting side (issue 16): the overdue debt of past days kept as aggregates (no person in them),
 * the head's comments on a period's plan report, the media work of measure 7 (publications, «Чёрная метка» raids and
 * demonstrative disconnections with their addresses and files) and the meetings of measure 13 with their buildings
 * and follow-up tasks.
 *
 * Conventions as in schema.ts: snake_case, money in `*_kopecks`, dates `*_date` ('YYYY-MM-DD'), instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts, buildings, managementCompanies } from './schema';
import { generatedDocuments } from './schema-documents';

/**
 * The district's OVERDUE debt on a past or present day, per УК and bracket (aggregates only). Counted from the
 * charges and payments (electron/core/reports/debt-history.ts) and kept: `data_stamp` names the data it was counted
 * from (the last import), so a new import recounts the days it may have changed.
 */
export const debtSnapshots = sqliteTable(
  'debt_snapshots',
  {
    asOfDate: text('as_of_date').notNull(),
    managementCompanyId: integer('management_company_id')
      .notNull()
      .references(() => managementCompanies.id),
    /** debt_brackets.code of the debt on that day. */
    bracket: text('bracket').notNull(),
    accounts: integer('accounts').notNull(),
    debtKopecks: integer('debt_kopecks').notNull(),
    /** Payments received on the days (previous snapshot day, as_of_date], for «sums collected». */
    collectedKopecks: integer('collected_kopecks').notNull().default(0),
    dataStamp: text('data_stamp').notNull(),
    computedAtMs: integer('computed_at_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.asOfDate, t.managementCompanyId, t.bracket] })],
);

/** The head's comment on one measure of one period's plan report, written before printing. */
export const planReportComments = sqliteTable(
  'plan_report_comments',
  {
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    /** 1–13; 0 = the report as a whole. */
    measure: integer('measure').notNull(),
    comment: text('comment').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAtMs: integer('updated_at_ms').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fromDate, t.toDate, t.measure] }),
    check('plan_report_comments_measure_ck', sql`${t.measure} BETWEEN 0 AND 13`),
  ],
);

/** A publication in the municipal media (measure 7): outlet, date, title, link or file, measures it covered. */
export const publications = sqliteTable(
  'publications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    outlet: text('outlet').notNull(),
    publishedDate: text('published_date').notNull(),
    title: text('title').notNull(),
    link: text('link'),
    /** The measures the publication told about, JSON array of numbers 1–13. */
    measuresJson: text('measures_json').notNull().default('[]'),
    /** The press summary it was based on, when there was one. */
    summaryDocumentId: integer('summary_document_id').references(() => generatedDocuments.id),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [index('publications_date_idx').on(t.publishedDate)],
);

/** A file of a publication (the article as printed, a screenshot) or of a raid (a photo, a signed list). */
export const reportFiles = sqliteTable(
  'report_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** What the file belongs to. */
    ownerType: text('owner_type', {
      enum: ['publication', 'blackmark_raid', 'blackmark_address', 'meeting'],
    }).notNull(),
    ownerId: integer('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    /** Relative to the data folder. */
    storedPath: text('stored_path').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('report_files_owner_idx').on(t.ownerType, t.ownerId),
    check(
      'report_files_owner_ck',
      sql`${t.ownerType} IN ('publication', 'blackmark_raid', 'blackmark_address', 'meeting')`,
    ),
  ],
);

export const BLACKMARK_KINDS = ['black_mark', 'demonstrative'] as const;
export const BLACKMARK_STATUSES = ['planned', 'done', 'cancelled'] as const;
export const BLACKMARK_OUTCOMES = ['no_access', 'notice_handed', 'paid_on_spot', 'promise', 'restricted'] as const;

/** A «Чёрная метка» action or a demonstrative disconnection (measure 7): a day, a team, a route of addresses. */
export const blackmarkRaids = sqliteTable(
  'blackmark_raids',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    raidDate: text('raid_date').notNull(),
    kind: text('kind', { enum: BLACKMARK_KINDS }).notNull(),
    /** The team in words («специалист Иванова О.В., представитель УК Петров А.А., корреспондент»). */
    team: text('team').notNull(),
    status: text('status', { enum: BLACKMARK_STATUSES }).notNull().default('planned'),
    note: text('note').notNull().default(''),
    routeDocumentId: integer('route_document_id').references(() => generatedDocuments.id),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('blackmark_raids_date_idx').on(t.raidDate),
    check('blackmark_raids_kind_ck', sql`${t.kind} IN ('black_mark', 'demonstrative')`),
    check('blackmark_raids_status_ck', sql`${t.status} IN ('planned', 'done', 'cancelled')`),
  ],
);

/** An address of a raid (one debtor account) in route order, and what happened there. */
export const blackmarkRaidAddresses = sqliteTable(
  'blackmark_raid_addresses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    raidId: integer('raid_id')
      .notNull()
      .references(() => blackmarkRaids.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** 1, 2, … : grouped by building along the route, largest debts first within a building. */
    routeOrder: integer('route_order').notNull(),
    /** The overdue debt when the address was put on the route. */
    debtKopecks: integer('debt_kopecks').notNull(),
    outcome: text('outcome', { enum: BLACKMARK_OUTCOMES }),
    paidKopecks: integer('paid_kopecks'),
    promiseDate: text('promise_date'),
    promiseKopecks: integer('promise_kopecks'),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by'),
    recordedAtMs: integer('recorded_at_ms'),
  },
  (t) => [
    index('blackmark_raid_addresses_raid_idx').on(t.raidId, t.routeOrder),
    index('blackmark_raid_addresses_account_idx').on(t.accountId),
    check(
      'blackmark_raid_addresses_outcome_ck',
      sql`${t.outcome} IS NULL OR ${t.outcome} IN ('no_access', 'notice_handed', 'paid_on_spot', 'promise', 'restricted')`,
    ),
  ],
);

export const MEETING_KINDS = ['elders', 'initiative_group', 'council_chairs', 'forum', 'other'] as const;

/** A meeting with residents (measure 13): building elders, initiative groups, council chairmen, the «Управдом» forum. */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    heldDate: text('held_date').notNull(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    place: text('place').notNull(),
    /** Participants by category, JSON: {"elders": 3, "council_chairs": 1, "uk": 2, "administration": 1, "residents": 10}. */
    participantsJson: text('participants_json').notNull().default('{}'),
    agenda: text('agenda').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAtMs: integer('created_at_ms').notNull(),
  },
  (t) => [
    index('meetings_date_idx').on(t.heldDate),
    check('meetings_kind_ck', sql`${t.kind} IN ('elders', 'initiative_group', 'council_chairs', 'forum', 'other')`),
  ],
);

/** The buildings a meeting was about. */
export const meetingBuildings = sqliteTable(
  'meeting_buildings',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.buildingId] }),
    index('meeting_buildings_building_idx').on(t.buildingId),
  ],
);

/** A follow-up task of a meeting: what, who, by when; done when `done_date` is set. */
export const meetingTasks = sqliteTable(
  'meeting_tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id),
    text: text('text').notNull(),
    owner: text('owner').notNull(),
    dueDate: text('due_date').notNull(),
    doneDate: text('done_date'),
    doneBy: text('done_by'),
  },
  (t) => [index('meeting_tasks_meeting_idx').on(t.meetingId), index('meeting_tasks_due_idx').on(t.doneDate, t.dueDate)],
);
