/**
 * @file API methods of who is working (issue 11): sign-in and the session, passwords, the roles' permissions,
 * the security settings and the actions journal. Spread into the one contract in contract.ts; which permission
 * each needs is in method-access.ts.
 *
 * Identity never travels in an input: the core takes the user from the session the host holds (a cookie of the
 * browser host, the window's session in Electron, «Командная строка» for the CLI).
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { ROLES, type UserRole } from '../auth/roles';
import { PERMISSION_CODES, type Permission } from '../auth/permissions';
import { JOURNAL_KIND_CODES } from '../journal/journal-kinds';

const Id = z.number().int().positive();

const Login = z
  .string({ error: 'Укажите логин.' })
  .trim()
  .min(2, 'Логин — не короче 2 знаков.')
  .max(50, 'Логин длиннее 50 знаков.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Логин — латинские буквы, цифры, точка, дефис или подчёркивание.');

/** A new password: long enough to resist guessing in 5 attempts per 15 minutes, short enough to type. */
export const NewPasswordSchema = z
  .string({ error: 'Укажите пароль.' })
  .min(8, 'Пароль — не короче 8 знаков.')
  .max(200, 'Пароль длиннее 200 знаков.');

/** Filters of the journal page; every one optional. */
export const JournalFilterSchema = z
  .object({
    from: isoDateSchema('Дата с').nullable().default(null),
    to: isoDateSchema('Дата по').nullable().default(null),
    /** A user's id; `cli` = the command line; null = everyone. */
    user: z
      .union([Id, z.literal('cli')])
      .nullable()
      .default(null),
    /** Measure 1–13, 0 = office actions (no measure), null = all. */
    measure: z.number().int().min(0).max(13).nullable().default(null),
    kind: z.enum(JOURNAL_KIND_CODES).nullable().default(null),
    /** The account number as printed (exact match). */
    accountNumber: z.string().trim().max(30).nullable().default(null),
  })
  .strict();

export const authApiInputs = {
  /** Whether the office still has to create its administrator, and who is signed in on this connection. */
  'auth.status': z.object({}).strict(),
  /** First start: creates the administrator and signs in. Refused once any administrator has a password. */
  'auth.setupAdmin': z
    .object({
      login: Login,
      fullName: z.string().trim().min(3, 'Укажите ФИО.').max(200),
      password: NewPasswordSchema,
    })
    .strict(),
  'auth.signIn': z
    .object({
      login: z.string({ error: 'Укажите логин.' }).trim().min(1, 'Укажите логин.').max(50),
      password: z.string({ error: 'Укажите пароль.' }).min(1, 'Укажите пароль.').max(200),
    })
    .strict(),
  'auth.signOut': z.object({}).strict(),
  /** The signed-in user changes their own password (the current one is asked again). */
  'auth.changePassword': z.object({ currentPassword: z.string().max(200), newPassword: NewPasswordSchema }).strict(),
  /** The administrator sets another user's password; that user must change it at the next sign-in. */
  'users.resetPassword': z.object({ userId: Id, newPassword: NewPasswordSchema }).strict(),

  'roles.get': z.object({}).strict(),
  /** Replaces one role's permissions (journaled with before/after). */
  'roles.save': z
    .object({
      role: z.enum(ROLES),
      permissions: z.array(z.enum(PERMISSION_CODES)).max(PERMISSION_CODES.length, 'Слишком много прав.'),
    })
    .strict(),

  'security.get': z.object({}).strict(),
  'security.save': z
    .object({
      /** Minutes without activity after which the session locks (sign in again). */
      idleMinutes: z.number().int().min(1, 'Не меньше 1 минуты.').max(480, 'Не больше 480 минут.'),
      /** The role the command line acts with on this PC. */
      cliRole: z.enum(ROLES),
    })
    .strict(),

  /** One page of the journal, newest first, with the total for the pager. */
  'journal.search': JournalFilterSchema.extend({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  }).strict(),
  /** Who the journal's «Пользователь» filter offers: users with entries, and the command line if it has acted. */
  'journal.users': z.object({}).strict(),
  /** The filtered journal as an XLSX file (the whole history that matches, not one page). */
  'journal.exportXlsx': JournalFilterSchema,
} as const;

/** The signed-in user as the page sees them (never a password hash). */
export interface SessionUser {
  id: number;
  login: string;
  fullName: string;
  role: UserRole;
  roleLabel: string;
  permissions: Permission[];
  /** Set by an administrator's reset: only auth.changePassword and auth.signOut work until it is changed. */
  mustChangePassword: boolean;
}

export interface AuthStatus {
  /** No administrator can sign in yet: the page shows «Создание администратора». */
  needsSetup: boolean;
  user: SessionUser | null;
  /** Minutes of inactivity before the session locks. */
  idleMinutes: number;
  /**
   * The core's clock (UTC ms): the page dates its forms by the office's today, not by the clerk's computer, whose
   * clock may be off (renderer/src/format.ts todayIsoDate).
   */
  nowMs: number;
}

export interface RolesView {
  roles: Array<{ role: UserRole; label: string; permissions: Permission[]; users: number }>;
  permissions: Array<{ code: Permission; group: string; label: string }>;
}

export interface SecuritySettings {
  idleMinutes: number;
  cliRole: UserRole;
}

export interface JournalRow {
  id: number;
  atMs: number;
  actionDate: string;
  userId: number | null;
  userName: string;
  measure: number | null;
  kind: string;
  kindLabel: string;
  accountId: number | null;
  accountNumber: string | null;
  objectType: string | null;
  objectId: string | null;
  summary: string;
  /** JSON text of the state before / after, for changes to users, roles, settings, legal tables and rules. */
  beforeJson: string | null;
  afterJson: string | null;
}

/** One choice of the journal's user filter: a user's id, or 'cli' for «Командная строка». */
export interface JournalUserOption {
  user: number | 'cli';
  name: string;
}

export interface JournalPage {
  total: number;
  rows: JournalRow[];
}

export interface AuthApiOutputs {
  'auth.status': AuthStatus;
  'auth.setupAdmin': SessionUser;
  'auth.signIn': SessionUser;
  'auth.signOut': { signedOut: true };
  'auth.changePassword': SessionUser;
  'users.resetPassword': { userId: number };
  'roles.get': RolesView;
  'roles.save': RolesView;
  'security.get': SecuritySettings;
  'security.save': SecuritySettings;
  'journal.search': JournalPage;
  'journal.users': JournalUserOption[];
  'journal.exportXlsx': { fileName: string; savedPath: string; base64: string; rows: number };
}
