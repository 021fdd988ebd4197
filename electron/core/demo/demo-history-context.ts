/**
 * @file What every part of the demo's work history shares: the window it may fill, the district's accounts with their
 * phones, the debts on past days, the seeded generators, and the plan being built — the payments that answer some
 * actions and the journal entries written last (when the debts on their days are final).
 *
 * The window: the six calendar months before the current one and the current month, up to today − 35 days. The rule
 * that bounds it is the contact limits of ФЗ-230 ст.7 as the worklists read them (electron/core/rules/account-facts.ts
 * reads contacts from one month and one day back, `addDays(minusOneMonth(today), -1)`, at most 32 days; the SMS
 * cooldown of 14 days and the call limits of 7 days and a month are inside it): a contact 35 days old counts for no
 * limit, cooldown or worklist of today. Promises made in the window are all closed (kept or broken), so none keeps an
 * account out of today's call queue.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import type { JournalKind, JournalObjectType } from '../../../shared/journal/journal-kinds';
import { addDays, daysBetween } from '../../../shared/calendar/date-math';
import { isWorkingDay } from '../../../shared/calendar/day-kind';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { normaliseMobile, normalisePhone } from '../../../shared/rules/contact/phone-number';
import { bracketOf, type DebtBracket } from '../../../shared/registry/brackets';
import { readBrackets } from '../repositories/brackets-repo';
import { forEachAccountAtDates } from '../reports/debt-at-dates';
import { addMonths } from './periods';
import { Rng } from './prng';

export const DEMO_USER = 'Демонстрационные данные';
/** How far back from today the history ends: a contact older than this counts for no limit of today. */
export const HISTORY_GAP_DAYS = 35;
const MONTHS_BACK = 6;

export interface MonthSpan {
  month: string;
  from: string;
  to: string;
  workingDays: string[];
}

/** The months the history fills, oldest first; empty when the district's data begin after the cutoff. */
export function historyMonths(sqlite: Database.Database, today: string): MonthSpan[] {
  const cutoff = addDays(today, -HISTORY_GAP_DAYS);
  const first = sqlite.prepare<[], { p: string | null }>('SELECT min(period) AS p FROM charges').get()?.p ?? null;
  if (first === null) return [];
  // A debt needs a bill fallen due: the history starts with the second month of the district's charges at the earliest.
  let month = addMonths(today.slice(0, 7), -MONTHS_BACK);
  const dataStart = addMonths(first, 2);
  if (month < dataStart) month = dataStart;
  const out: MonthSpan[] = [];
  for (; `${month}-01` <= cutoff; month = addMonths(month, 1)) {
    const from = `${month}-01`;
    const last = addDays(`${addMonths(month, 1)}-01`, -1);
    const to = last < cutoff ? last : cutoff;
    const workingDays: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, PRODUCTION_CALENDAR)) workingDays.push(d);
    if (workingDays.length > 0) out.push({ month, from, to, workingDays });
  }
  return out;
}

/** An action's instant: 11:00 Moscow time (UTC+3) of its day. */
export function atMsOf(day: string): number {
  return Date.parse(`${day}T08:00:00Z`);
}

export interface DemoAccount {
  accountId: number;
  number: string;
  address: string;
  buildingId: number | null;
  companyId: number;
  open: boolean;
  /** Any phone of the people on the account, normalised; null without one. */
  phone: string | null;
  /** A mobile of someone who did not refuse messages. */
  smsPhone: string | null;
  /** Someone nobody may contact (ФЗ-230 ст.7 ч.1): no call, no message. */
  blocked: boolean;
}

export interface PlannedPayment {
  accountId: number;
  date: string;
  kopecks: number;
}

export interface PendingEntry {
  day: string;
  kind: JournalKind;
  summary: string;
  accountId?: number;
  object?: { type: JournalObjectType; id: number };
  details?: unknown;
  /** Set when the debt at the action is known otherwise (an address's debt when the raid was planned). */
  debtKopecks?: number;
}

/** The history being built: generators, accounts, debts on past days, and what will be written. */
export class HistoryPlan {
  readonly accounts: Map<number, DemoAccount>;
  readonly brackets: DebtBracket[];
  readonly payments: PlannedPayment[] = [];
  readonly entries: PendingEntry[] = [];
  readonly cutoff: string;
  private readonly debtCache = new Map<string, Map<number, number>>();
  private readonly paidByAccount = new Map<number, PlannedPayment[]>();

  constructor(
    readonly sqlite: Database.Database,
    readonly by: JournalActor,
    readonly today: string,
    readonly seed: string,
  ) {
    this.cutoff = addDays(today, -HISTORY_GAP_DAYS);
    this.accounts = readDemoAccounts(sqlite);
    this.brackets = readBrackets(sqlite);
  }

  rng(...keys: ReadonlyArray<string | number>): Rng {
    return Rng.derive(this.seed, 'demo-history', ...keys);
  }

  /**
   * Every account's overdue debt on `day` as the data stood before the history's payments. The days a history asks
   * for (the months' first days) are counted together in one pass by {@link prefetchDebts}.
   */
  baseDebts(day: string): Map<number, number> {
    if (!this.debtCache.has(day)) this.prefetchDebts([day]);
    return this.debtCache.get(day) as Map<number, number>;
  }

  /** The overdue debt of every account on each of `days`, in one pass over the charges and payments. */
  prefetchDebts(days: readonly string[]): void {
    const sorted = [...new Set(days)].sort();
    const maps = sorted.map(() => new Map<number, number>());
    forEachAccountAtDates(this.sqlite, { kind: 'all' }, sorted, (a) => {
      a.balances.forEach((x, i) => {
        if (x > 0) maps[i]?.set(a.accountId, x);
      });
    });
    sorted.forEach((day, i) => this.debtCache.set(day, maps[i] as Map<number, number>));
  }

  /**
   * An account's debt on `day`: its debt in `base` (a day not later) less the payments the history has planned up to
   * `day`, so a debtor who answered last month's SMS is not chosen again for his old sum.
   */
  debtOf(base: Map<number, number>, accountId: number, day: string): number {
    const debt = base.get(accountId) ?? 0;
    const list = this.paidByAccount.get(accountId);
    if (!list || debt === 0) return debt;
    const paid = list.filter((p) => p.date <= day).reduce((a, p) => a + p.kopecks, 0);
    return Math.max(0, debt - paid);
  }

  /** Open accounts with their debt on `day` (from the month's `base`) for which `keep` holds. */
  pool(
    base: Map<number, number>,
    day: string,
    keep: (a: DemoAccount, debt: number) => boolean,
  ): Array<[DemoAccount, number]> {
    const out: Array<[DemoAccount, number]> = [];
    // In the order of the accounts (by id), whatever order the debts came in: the same seed gives the same history.
    for (const a of this.accounts.values()) {
      if (!a.open || !base.has(a.accountId)) continue;
      const debt = this.debtOf(base, a.accountId, day);
      if (debt > 0 && keep(a, debt)) out.push([a, debt]);
    }
    return out;
  }

  bracketOf(debtKopecks: number): string {
    return bracketOf(debtKopecks, this.brackets);
  }

  pay(accountId: number, date: string, kopecks: number): void {
    const p = { accountId, date, kopecks };
    this.payments.push(p);
    const list = this.paidByAccount.get(accountId) ?? [];
    list.push(p);
    this.paidByAccount.set(accountId, list);
  }

  /**
   * With `probability`, the debtor pays at least a tenth of `debtKopecks` within 30 days of `day` (most within the
   * first two weeks). A payment that would fall after the cutoff is drawn nearer, so the answers of the window's last
   * weeks are in the data too (no payment of the history is later than the cutoff).
   */
  respond(rng: Rng, accountId: number, day: string, debtKopecks: number, probability: number): boolean {
    if (debtKopecks <= 0 || !rng.chance(probability)) return false;
    let delay = 1 + Math.floor(rng.next() ** 1.6 * 29);
    const room = daysBetween(day, this.cutoff);
    if (delay > room) delay = Math.max(0, Math.floor((delay * room) / 30));
    this.pay(accountId, addDays(day, delay), responseAmount(rng, debtKopecks));
    return true;
  }

  /** Accounts picked at random (seeded), at most `n`. */
  sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      const i = rng.int(0, copy.length - 1);
      out.push(copy[i] as T);
      copy[i] = copy[copy.length - 1] as T;
      copy.pop();
    }
    return out;
  }

  entry(e: PendingEntry): void {
    this.entries.push(e);
  }
}

/**
 * What a debtor pays when he answers: from a seventh to two thirds of the debt, a quarter of them all of it, in whole
 * rubles — always at least a tenth of the debt, so the answer counts in the effectiveness report.
 */
export function responseAmount(rng: Rng, debtKopecks: number): number {
  const share = rng.chance(0.25) ? 1 : rng.float(0.15, 0.65);
  const rubles = Math.max(Math.ceil((debtKopecks * share) / 100), Math.ceil(debtKopecks / 1000) + 1);
  return Math.min(rubles * 100, Math.ceil(debtKopecks / 100) * 100);
}

function readDemoAccounts(sqlite: Database.Database): Map<number, DemoAccount> {
  const rows = sqlite
    .prepare<
      [],
      {
        accountId: number;
        number: string;
        address: string;
        buildingId: number | null;
        companyId: number;
        status: string;
      }
    >(
      `SELECT s.account_id AS accountId, s.number, s.address, s.building_id AS buildingId,
              s.management_company_id AS companyId, s.status
         FROM account_summaries s ORDER BY s.account_id`,
    )
    .all();
  const out = new Map<number, DemoAccount>();
  for (const r of rows)
    out.set(r.accountId, {
      accountId: r.accountId,
      number: r.number,
      address: r.address,
      buildingId: r.buildingId,
      companyId: r.companyId,
      open: r.status === 'open',
      phone: null,
      smsPhone: null,
      blocked: false,
    });
  for (const b of sqlite
    .prepare<[], { accountId: number }>('SELECT DISTINCT account_id AS accountId FROM contact_blocks')
    .all()) {
    const a = out.get(b.accountId);
    if (a) a.blocked = true;
  }
  const phones = sqlite
    .prepare<[], { accountId: number; phone: string; smsConsent: number | null }>(
      `SELECT ap.account_id AS accountId, p.phone, p.sms_consent AS smsConsent
         FROM account_persons ap JOIN persons p ON p.id = ap.person_id
        WHERE p.phone IS NOT NULL
        ORDER BY ap.account_id, CASE ap.role WHEN 'owner' THEN 0 WHEN 'tenant' THEN 0 ELSE 1 END, ap.position`,
    )
    .all();
  for (const p of phones) {
    const a = out.get(p.accountId);
    if (!a) continue;
    a.phone ??= normalisePhone(p.phone)?.e164 ?? null;
    if (p.smsConsent !== 0) a.smsPhone ??= normaliseMobile(p.phone);
  }
  return out;
}
