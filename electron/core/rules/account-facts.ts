/**
 * @file Reads the facts the rules speak of (shared/rules/eligibility/facts.ts) for many accounts at once, in
 * ranges of the account id so 150,000 accounts never sit in memory together: the summary (debt, bracket, months),
 * the pause, phones of the people on the account, contacts of the last month, blocks and open promises; for the
 * court (measure 9) the УК's overdue debt within the limitation (from debt_months, the unpaid part of each month),
 * the latest delivered claim and the open court cases; for the bailiffs (measures 10, 11) the writs on file, those to
 * send and the proceedings running; for restriction (8), eviction (12) and the agreements their own readers' facts.
 */
import type Database from 'better-sqlite3';
import type { AccountFacts, FactKey } from '../../../shared/rules/eligibility/facts';
import type { Condition, MeasureRule, RuleBook } from '../../../shared/rules/eligibility/rule-book';
import { addDays, minusOneMonth } from '../../../shared/calendar/date-math';
import { normalisePhone, normaliseMobile } from '../../../shared/rules/contact/phone-number';
import { bracketOf } from '../../../shared/registry/brackets';
import { readBrackets } from '../repositories/brackets-repo';
import { readRestrictionFacts } from '../restriction/restriction-facts';
import { readHonouredAgreements } from '../agreements/agreement-facts';
import { readEvictionFacts } from '../eviction/eviction-facts';

export interface FactsFilter {
  /** Only accounts in these brackets (e.g. the call queue's). */
  brackets?: readonly string[];
  minDebtKopecks?: number;
  accountId?: number;
  /** Only these accounts (e.g. the flats of the buildings a stairwell notice is made for). */
  accountIds?: readonly number[];
  /**
   * The conditions the caller will evaluate (a worklist of one measure: its rule's and the common ones). The costly
   * readers of measures 8 and 12 and of the agreements run only when a condition names one of their facts; the facts
   * they would give are left false / 0, which nothing evaluated reads. Absent: every fact is read (the card, the
   * evaluation of every measure).
   */
  conditions?: readonly Condition[];
}

const RESTRICTION_FACTS: readonly FactKey[] = ['restrictionDebtOverThreshold', 'openRestriction'];
const EVICTION_FACTS: readonly FactKey[] = ['monthsWithoutPayment', 'openEviction'];
const AGREEMENT_FACTS: readonly FactKey[] = ['agreementHonoured'];

/** The conditions a worklist of `rule` evaluates: the book's common ones and the rule's own. */
export function conditionsOf(book: RuleBook, rule: MeasureRule): readonly Condition[] {
  return [...book.commonConditions, ...rule.conditions];
}

function needs(filter: FactsFilter, keys: readonly FactKey[]): boolean {
  return !filter.conditions || filter.conditions.some((c) => keys.includes(c.fact));
}

const RANGE = 5000;

// Hot path (the rule evaluation over every account): raw statements, each with its parameters and row written once.
interface RangeParams {
  lo: number;
  hi: number;
  minDebt: number;
  contactsFrom: string;
  /** JSON array of account ids (json_each), for `FactsFilter.accountIds`. */
  ids: string;
}
type SummaryRow = Omit<
  AccountFacts,
  | 'phone'
  | 'smsPhone'
  | 'blockedCategories'
  | 'callDates'
  | 'smsDates'
  | 'openPromiseDate'
  | 'hasWrit'
  | 'courtableDebtKopecks'
  | 'courtBracket'
  | 'courtTimeBarredKopecks'
  | 'claimDeliveredDate'
  | 'openCourtCase'
  | 'writToSend'
  | 'openProceedings'
  | 'restrictionDebtOverThreshold'
  | 'openRestriction'
  | 'agreementHonoured'
  | 'monthsWithoutPayment'
  | 'openEviction'
>;
interface WritFactsRow {
  accountId: number;
  hasWrit: number;
  toSend: number;
  inProceedings: number;
}
interface CourtDebtRow {
  accountId: number;
  courtable: number;
  barred: number;
}
interface ClaimRow {
  accountId: number;
  deliveredDate: string;
}
interface CaseRow {
  accountId: number;
}
interface PhoneRow {
  accountId: number;
  phone: string;
  smsConsent: number | null;
}
interface ContactRow {
  accountId: number;
  channel: string;
  date: string;
}
interface BlockRow {
  accountId: number;
  category: string;
}
interface PromiseRow {
  accountId: number;
  promisedDate: string;
}

function groupBy<T extends { accountId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
}

/** Calls `onChunk` with the facts of each id range (in id order); returns how many accounts were read. */
export function forEachFactsChunk(
  sqlite: Database.Database,
  today: string,
  filter: FactsFilter,
  onChunk: (facts: AccountFacts[]) => void,
): number {
  const clauses: string[] = ['s.account_id BETWEEN @lo AND @hi'];
  if (filter.brackets)
    clauses.push(`s.bracket IN (${filter.brackets.map((b) => `'${b.replace(/'/g, '')}'`).join(',')})`);
  if (filter.minDebtKopecks !== undefined) clauses.push('s.debt_kopecks >= @minDebt');
  if (filter.accountIds) clauses.push('s.account_id IN (SELECT value FROM json_each(@ids))');
  const where = clauses.join(' AND ');
  const contactsFrom = addDays(minusOneMonth(today), -1);
  const summaries = sqlite.prepare<RangeParams, SummaryRow>(
    `SELECT s.account_id AS accountId, s.number, s.debt_kopecks AS debtKopecks, s.bracket, s.months_in_arrears AS monthsInArrears,
            s.last_payment_date AS lastPaymentDate, s.tenure, s.status, a.paused_until_date AS pausedUntilDate,
            a.pause_reason AS pauseReason
       FROM account_summaries s JOIN accounts a ON a.id = s.account_id
      WHERE ${where} ORDER BY s.account_id`,
  );
  const phones = sqlite.prepare<RangeParams, PhoneRow>(
    `SELECT ap.account_id AS accountId, p.phone, p.sms_consent AS smsConsent
       FROM account_persons ap JOIN persons p ON p.id = ap.person_id
       JOIN account_summaries s ON s.account_id = ap.account_id
      WHERE ${where} AND p.phone IS NOT NULL
      ORDER BY ap.account_id, CASE ap.role WHEN 'owner' THEN 0 WHEN 'tenant' THEN 0 ELSE 1 END, ap.position`,
  );
  const contacts = sqlite.prepare<RangeParams, ContactRow>(
    `SELECT c.account_id AS accountId, c.channel, c.contact_date AS date
       FROM contacts c JOIN account_summaries s ON s.account_id = c.account_id
      WHERE ${where} AND c.contact_date >= @contactsFrom`,
  );
  const blocks = sqlite.prepare<RangeParams, BlockRow>(
    `SELECT b.account_id AS accountId, b.category FROM contact_blocks b JOIN account_summaries s ON s.account_id = b.account_id
      WHERE ${where}`,
  );
  const promises = sqlite.prepare<RangeParams, PromiseRow>(
    `SELECT p.account_id AS accountId, max(p.promised_date) AS promisedDate FROM payment_promises p
       JOIN account_summaries s ON s.account_id = p.account_id
      WHERE ${where} AND p.status = 'open' GROUP BY p.account_id`,
  );
  // The УК's months (housing kind: capital repair is the regional operator's), overdue, within or past the limitation.
  const courtDebt = sqlite.prepare<RangeParams & { today: string }, CourtDebtRow>(
    `SELECT d.account_id AS accountId,
            coalesce(sum(CASE WHEN d.limitation_expires_on IS NULL OR d.limitation_expires_on >= @today THEN d.open_kopecks END), 0) AS courtable,
            coalesce(sum(CASE WHEN d.limitation_expires_on < @today THEN d.open_kopecks END), 0) AS barred
       FROM debt_months d JOIN account_summaries s ON s.account_id = d.account_id
      WHERE ${where} AND d.kind = 'housing' AND d.due_date < @today AND d.open_kopecks > 0
      GROUP BY d.account_id`,
  );
  // A claim reached the debtor: delivered, refused, or returned for non-collection — deemed delivered (ГК ст.165.1).
  const claims = sqlite.prepare<RangeParams & { today: string }, ClaimRow>(
    `SELECT m.account_id AS accountId, max(m.outcome_date) AS deliveredDate
       FROM mail_items m JOIN document_batches b ON b.id = m.batch_id
       JOIN account_summaries s ON s.account_id = m.account_id
      WHERE ${where} AND b.kind = 'claims' AND m.outcome IN ('delivered', 'refused', 'returned')
        AND m.outcome_date IS NOT NULL AND m.outcome_date <= @today
      GROUP BY m.account_id`,
  );
  const openCases = sqlite.prepare<RangeParams, CaseRow>(
    `SELECT DISTINCT c.account_id AS accountId FROM court_cases c JOIN account_summaries s ON s.account_id = c.account_id
      WHERE ${where} AND c.status NOT IN ('cancelled', 'returned', 'closed')`,
  );
  // Measures 10 and 11: writs not cancelled or performed, those with the creditor (received / returned), and
  // proceedings running (the writ in proceedings, or a proceedings row opened or suspended).
  const writFacts = sqlite.prepare<RangeParams, WritFactsRow>(
    `SELECT w.account_id AS accountId,
            max(CASE WHEN w.status NOT IN ('cancelled', 'performed') THEN 1 ELSE 0 END) AS hasWrit,
            max(CASE WHEN w.status IN ('received', 'returned') THEN 1 ELSE 0 END) AS toSend,
            max(CASE WHEN w.status = 'in_proceedings' THEN 1 ELSE 0 END) AS inProceedings
       FROM writs w JOIN account_summaries s ON s.account_id = w.account_id
      WHERE ${where} GROUP BY w.account_id`,
  );
  const openProceedings = sqlite.prepare<RangeParams, CaseRow>(
    `SELECT DISTINCT w.account_id AS accountId FROM enforcement_proceedings p JOIN writs w ON w.id = p.writ_id
       JOIN account_summaries s ON s.account_id = w.account_id
      WHERE ${where} AND p.status IN ('opened', 'suspended')`,
  );
  const socialMonths = sqlite.prepare<
    { ids: string; today: string },
    { accountId: number; open: number; barred: number; rent: number; net: number }
  >(
    `SELECT d.account_id AS accountId, d.open_kopecks AS open,
            CASE WHEN d.limitation_expires_on < @today THEN 1 ELSE 0 END AS barred,
            (SELECT coalesce(sum(c.amount_kopecks), 0) FROM charges c
              WHERE c.account_id = d.account_id AND c.period = d.period
                AND c.service IN (SELECT service FROM service_creditors WHERE creditor = 'landlord')) AS rent,
            (SELECT coalesce(sum(c.amount_kopecks), 0) FROM charges c
              WHERE c.account_id = d.account_id AND c.period = d.period
                AND c.service NOT IN (SELECT service FROM service_creditors WHERE creditor = 'capital_repair_operator')) AS net
       FROM debt_months d
      WHERE d.account_id IN (SELECT value FROM json_each(@ids)) AND d.kind = 'housing' AND d.due_date < @today AND d.open_kopecks > 0`,
  );
  const brackets = readBrackets(sqlite);
  const courtMin = brackets
    .filter((b) => b.code === 'from_10k' || b.code === 'from_50k' || b.code === 'over_100k')
    .reduce((a, b) => Math.min(a, b.minKopecks), Number.MAX_SAFE_INTEGER);
  let lo: number;
  let hi: number;
  if (filter.accountId !== undefined) {
    lo = filter.accountId;
    hi = filter.accountId;
  } else if (filter.accountIds) {
    if (filter.accountIds.length === 0) return 0;
    lo = filter.accountIds.reduce((a, b) => Math.min(a, b));
    hi = filter.accountIds.reduce((a, b) => Math.max(a, b));
  } else {
    const bounds = sqlite
      .prepare<[], { lo: number | null; hi: number | null }>(
        'SELECT min(account_id) AS lo, max(account_id) AS hi FROM account_summaries',
      )
      .get();
    if (!bounds || bounds.lo === null || bounds.hi === null) return 0;
    lo = bounds.lo;
    hi = bounds.hi;
  }
  let total = 0;
  for (let from = lo; from <= hi; from += RANGE) {
    const params: RangeParams = {
      lo: from,
      hi: Math.min(hi, from + RANGE - 1),
      minDebt: filter.minDebtKopecks ?? 0,
      contactsFrom,
      ids: JSON.stringify(filter.accountIds ?? []),
    };
    const rows = summaries.all(params);
    if (rows.length === 0) continue;
    const phoneRows = groupBy(phones.all(params));
    const contactRows = groupBy(contacts.all(params));
    const blockRows = groupBy(blocks.all(params));
    const promiseRows = new Map(promises.all(params).map((p) => [p.accountId, p.promisedDate]));
    const courtRows = new Map(courtDebt.all({ ...params, today }).map((c) => [c.accountId, c]));
    const claimRows = new Map(claims.all({ ...params, today }).map((c) => [c.accountId, c.deliveredDate]));
    const caseRows = new Set(openCases.all(params).map((c) => c.accountId));
    const writRows = new Map(writFacts.all(params).map((w) => [w.accountId, w]));
    const proceedingRows = new Set(openProceedings.all(params).map((p) => p.accountId));
    // A social tenant's housing months hold the landlord's rent too (ЖК ст.155 ч.4), which the УК does not sue for:
    // its part of each month's unpaid sum is taken off in proportion to the month's charges (as the debt position
    // shares a month's payments among its services), only where the debt could reach the court brackets.
    const socialIds = rows
      .filter((r) => r.tenure === 'social_tenant' && (courtRows.get(r.accountId)?.courtable ?? 0) >= courtMin)
      .map((r) => r.accountId);
    const socialOwn = new Map<number, { courtable: number; barred: number }>();
    if (socialIds.length > 0)
      for (const m of socialMonths.all({ ids: JSON.stringify(socialIds), today })) {
        const rent = m.net > 0 && m.rent > 0 ? Math.round((m.open * m.rent) / m.net) : 0;
        const own = m.open - Math.min(rent, m.open);
        const acc = socialOwn.get(m.accountId) ?? { courtable: 0, barred: 0 };
        if (m.barred) acc.barred += own;
        else acc.courtable += own;
        socialOwn.set(m.accountId, acc);
      }
    // Measures 8 and 12 and the agreements that pause them (and the court): each reads its own facts for the chunk.
    const chunkIds = rows.map((r) => r.accountId);
    const restriction = needs(filter, RESTRICTION_FACTS) ? readRestrictionFacts(sqlite, chunkIds, today) : new Map();
    const honoured = needs(filter, AGREEMENT_FACTS) ? readHonouredAgreements(sqlite, chunkIds, today) : new Set();
    const eviction = needs(filter, EVICTION_FACTS) ? readEvictionFacts(sqlite, chunkIds, today) : new Map();
    const chunk: AccountFacts[] = rows.map((r) => {
      const people = phoneRows.get(r.accountId) ?? [];
      let phone: string | null = null;
      let smsPhone: string | null = null;
      for (const p of people) {
        phone ??= normalisePhone(p.phone)?.e164 ?? null;
        // sms_consent 0 = the person refused messages (opt-out); unknown is not a refusal.
        if (p.smsConsent !== 0) smsPhone ??= normaliseMobile(p.phone);
      }
      const cs = contactRows.get(r.accountId) ?? [];
      let courtable = courtRows.get(r.accountId)?.courtable ?? 0;
      let barred = courtRows.get(r.accountId)?.barred ?? 0;
      const social = socialOwn.get(r.accountId);
      if (social) {
        courtable = social.courtable;
        barred = social.barred;
      }
      return {
        ...r,
        phone,
        smsPhone,
        blockedCategories: (blockRows.get(r.accountId) ?? []).map((b) => b.category),
        callDates: cs.filter((c) => c.channel === 'call').map((c) => c.date),
        smsDates: cs.filter((c) => c.channel === 'sms').map((c) => c.date),
        openPromiseDate: promiseRows.get(r.accountId) ?? null,
        hasWrit: writRows.get(r.accountId)?.hasWrit === 1,
        writToSend: writRows.get(r.accountId)?.toSend === 1,
        openProceedings: writRows.get(r.accountId)?.inProceedings === 1 || proceedingRows.has(r.accountId),
        courtableDebtKopecks: courtable,
        courtBracket: bracketOf(courtable, brackets),
        courtTimeBarredKopecks: barred,
        claimDeliveredDate: claimRows.get(r.accountId) ?? null,
        openCourtCase: caseRows.has(r.accountId),
        restrictionDebtOverThreshold: restriction.get(r.accountId)?.overThreshold ?? false,
        openRestriction: restriction.get(r.accountId)?.open ?? false,
        agreementHonoured: honoured.has(r.accountId),
        monthsWithoutPayment: eviction.get(r.accountId)?.monthsWithoutPayment ?? 0,
        openEviction: eviction.get(r.accountId)?.open ?? false,
      };
    });
    total += chunk.length;
    onChunk(chunk);
  }
  return total;
}

export function readAccountFacts(sqlite: Database.Database, accountId: number, today: string): AccountFacts | null {
  let found: AccountFacts | null = null;
  forEachFactsChunk(sqlite, today, { accountId }, (chunk) => {
    found = chunk[0] ?? null;
  });
  return found;
}
