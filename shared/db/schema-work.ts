/**
 * @file Schema of the clerks' daily work (issue 5): users with roles, the versioned rule book (eligibility
 * thresholds and contact limits), every contact with a debtor (calls and SMS, the ФЗ-230 limits are counted
 * from here), contact blocks, the daily call queue, promises to pay, SMS batches and the plan's targets.
 *
 * Conventions as in schema.ts: money in `*_kopecks`, dates `*_date` 'YYYY-MM-DD', instants `*_at_ms`.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './schema';

/** The people who use the workstation: a login and password each (issue 11), a role decides what one may do. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    login: text('login').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ['operator', 'claims_clerk', 'lawyer', 'head', 'admin'] }).notNull(),
    /** Accounts a day in the call queue (operators). */
    dailyQuota: integer('daily_quota').notNull().default(150),
    active: integer('active').notNull().default(1),
    createdAtMs: integer('created_at_ms').notNull(),
    /** `scrypt$N$r$p$<salt b64>$<hash b64>` (node:crypto); NULL = cannot sign in until the administrator sets one. */
    passwordHash: text('password_hash'),
    /** Set by an administrator's reset: the user must choose a new password at the next sign-in. */
    mustChangePassword: integer('must_change_password').notNull().default(0),
    /** Wrong passwords in a row; the fifth locks the login until `locked_until_ms`. */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntilMs: integer('locked_until_ms'),
    passwordChangedAtMs: integer('password_changed_at_ms'),
  },
  (t) => [
    uniqueIndex('users_login_uq').on(t.login),
    check('users_role_ck', sql`${t.role} IN ('operator', 'claims_clerk', 'lawyer', 'head', 'admin')`),
  ],
);

/**
 * Versions of the rule book (shared/rules/eligibility/rule-book.ts): eligibility conditions per measure, contact
 * limits, SMS threshold and cooldown, queue settings. The seeded version lives in code; an administrator's change
 * is a new row, never an edit, so every evaluation can name the version it used.
 */
export const ruleBookVersions = sqliteTable('rule_book_versions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  validFromDate: text('valid_from_date').notNull(),
  bookJson: text('book_json').notNull(),
  note: text('note').notNull(),
  addedBy: text('added_by').notNull(),
  addedAtMs: integer('added_at_ms').notNull(),
});

/** One contact with a debtor: a call attempt or a message. The ФЗ-230 limits are counted from this table. */
export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    channel: text('channel', { enum: ['call', 'sms'] }).notNull(),
    /** The debtor's local calendar day and minute of the day (limits and hours are in local time). */
    contactDate: text('contact_date').notNull(),
    localMinute: integer('local_minute').notNull(),
    atMs: integer('at_ms').notNull(),
    phone: text('phone'),
    /** Call outcome ('reached', 'no_answer', …) or SMS status ('exported', 'delivered', 'failed'). */
    outcome: text('outcome').notNull(),
    userName: text('user_name').notNull(),
    note: text('note'),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId, t.channel, t.contactDate),
    index('contacts_date_idx').on(t.contactDate, t.channel),
    check('contacts_channel_ck', sql`${t.channel} IN ('call', 'sms')`),
  ],
);

/** ФЗ-230 ст.7 ч.1: categories nobody may contact (bankrupt, incapacitated, in hospital, disabled group I, minor). */
export const contactBlocks = sqliteTable(
  'contact_blocks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    category: text('category').notNull(),
    note: text('note'),
    userName: text('user_name').notNull(),
    atMs: integer('at_ms').notNull(),
  },
  (t) => [index('contact_blocks_account_idx').on(t.accountId)],
);

/** The day's call queue: which operator calls which account, in which order. */
export const callQueueItems = sqliteTable(
  'call_queue_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    queueDate: text('queue_date').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** Order in the operator's list (1 = first). */
    position: integer('position').notNull(),
    bracket: text('bracket').notNull(),
    debtKopecks: integer('debt_kopecks').notNull(),
    phone: text('phone').notNull(),
    /** 'pending' until an outcome is recorded. */
    status: text('status', { enum: ['pending', 'done'] }).notNull(),
    outcome: text('outcome'),
    doneAtMs: integer('done_at_ms'),
  },
  (t) => [
    uniqueIndex('call_queue_day_account_uq').on(t.queueDate, t.accountId),
    index('call_queue_user_idx').on(t.queueDate, t.userId, t.position),
  ],
);

/** A promise to pay made on a call; checked against imported payments (kept / broken). */
export const paymentPromises = sqliteTable(
  'payment_promises',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    madeDate: text('made_date').notNull(),
    promisedDate: text('promised_date').notNull(),
    amountKopecks: integer('amount_kopecks').notNull(),
    status: text('status', { enum: ['open', 'kept', 'broken'] }).notNull(),
    paidKopecks: integer('paid_kopecks'),
    checkedDate: text('checked_date'),
    userName: text('user_name').notNull(),
    atMs: integer('at_ms').notNull(),
  },
  (t) => [
    index('payment_promises_status_idx').on(t.status, t.promisedDate),
    index('payment_promises_account_idx').on(t.accountId),
    check('payment_promises_amount_ck', sql`${t.amountKopecks} > 0`),
  ],
);

/** An SMS batch (measure 1): a template applied to the worklist of the day. */
export const smsBatches = sqliteTable('sms_batches', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  createdDate: text('created_date').notNull(),
  template: text('template').notNull(),
  recipients: integer('recipients').notNull(),
  /** 'prepared' → 'exported' (the gateway file written; the contacts are recorded then). */
  status: text('status', { enum: ['prepared', 'exported'] }).notNull(),
  filePath: text('file_path'),
  userName: text('user_name').notNull(),
  atMs: integer('at_ms').notNull(),
});

export const smsMessages = sqliteTable(
  'sms_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => smsBatches.id),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Normalised +7XXXXXXXXXX. */
    phone: text('phone').notNull(),
    text: text('text').notNull(),
    encoding: text('encoding').notNull(),
    segments: integer('segments').notNull(),
    status: text('status', { enum: ['prepared', 'exported', 'sent', 'delivered', 'failed'] }).notNull(),
    statusAtMs: integer('status_at_ms'),
  },
  (t) => [index('sms_messages_batch_idx').on(t.batchId), index('sms_messages_phone_idx').on(t.phone)],
);

/** The plan's targets per measure (seeded from the plan, editable): what, how many, per which period, who. */
export const planTargets = sqliteTable('plan_targets', {
  measure: integer('measure').primaryKey(),
  /** Number of accounts per period, or NULL when the plan gives no number. */
  targetCount: integer('target_count'),
  period: text('period', { enum: ['day', 'week', 'month', 'quarter', 'year'] }).notNull(),
  executor: text('executor').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAtMs: integer('updated_at_ms').notNull(),
});

/**
 * What each role may do (shared/auth/permissions.ts): deny by default, a row per granted permission. Seeded with the
 * defaults by the migration; the administrator edits it (journaled with before/after).
 */
export const rolePermissions = sqliteTable(
  'role_permissions',
  {
    role: text('role', { enum: ['operator', 'claims_clerk', 'lawyer', 'head', 'admin'] }).notNull(),
    permission: text('permission').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.role, t.permission] }),
    check('role_permissions_role_ck', sql`${t.role} IN ('operator', 'claims_clerk', 'lawyer', 'head', 'admin')`),
  ],
);
