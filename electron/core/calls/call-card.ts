/**
 * @file The call card: script per bracket, debt, penalty, persons and phones, last contacts, open promises, and
 * whether a call is allowed right now (the same gate recording uses).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../app-error';
import type { CallCard } from '../../../shared/api/contract-work';
import { BRACKET_LABELS, formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import { formatMinute } from '../../../shared/rules/contact/contact-limits';
import { normalisePhone } from '../../../shared/rules/contact/phone-number';
import { currentRuleBook } from '../rules/rule-book-repo';
import { contactCheckFor } from '../contacts/contact-guard';
import { callScript } from './call-scripts';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { calculatePenalty } from '../../../shared/rules/penalty/calculate-penalty';
import { PenaltyTableError } from '../../../shared/rules/penalty/legal-tables';
import { penaltyInputForAccount } from '../penalty/account-penalty-input';
import { loadPenaltyTables } from '../penalty/penalty-tables-repo';

/** Owners and tenants first, as account-facts.ts picks the phone to dial. */
const rank = (role: string) => (role === 'собственник' || role === 'наниматель' ? 0 : 1);

const ROLE: Record<string, string> = {
  owner: 'собственник',
  tenant: 'наниматель',
  family: 'член семьи',
  registered: 'зарегистрирован',
};

export function readCallCard(sqlite: Database.Database, accountId: number, nowMs: number): CallCard {
  const s = sqlite
    .prepare(
      `SELECT account_id AS accountId, number, address, company_name AS companyName, bracket, debt_kopecks AS debtKopecks,
              months_in_arrears AS monthsInArrears, debt_since_period AS debtSincePeriod, last_payment_date AS lastPaymentDate,
              last_payment_kopecks AS lastPaymentKopecks, main_person AS mainPerson
         FROM account_summaries WHERE account_id = ?`,
    )
    .get(accountId) as
    | (Omit<
        CallCard,
        | 'bracketLabel'
        | 'script'
        | 'persons'
        | 'contacts'
        | 'openPromises'
        | 'penaltyKopecks'
        | 'callAllowed'
        | 'callRefusals'
        | 'hoursText'
      > & { mainPerson: string | null })
    | undefined;
  if (!s) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
  const persons = (
    sqlite
      .prepare(
        `SELECT p.full_name AS fullName, ap.role, p.phone FROM account_persons ap JOIN persons p ON p.id = ap.person_id
          WHERE ap.account_id = ? ORDER BY ap.position`,
      )
      .all(accountId) as Array<{ fullName: string; role: string; phone: string | null }>
  ).map((p) => ({ ...p, role: ROLE[p.role] ?? p.role, phoneNormalised: normalisePhone(p.phone)?.e164 ?? null }));
  const contacts = (
    sqlite
      .prepare(
        `SELECT channel, contact_date AS date, local_minute AS minute, outcome, user_name AS userName, note
           FROM contacts WHERE account_id = ? ORDER BY at_ms DESC LIMIT 10`,
      )
      .all(accountId) as Array<{
      channel: 'call' | 'sms';
      date: string;
      minute: number;
      outcome: string;
      userName: string;
      note: string | null;
    }>
  ).map(({ minute, ...c }) => ({ ...c, time: formatMinute(minute) }));
  const penaltyKopecks = penaltyToday(sqlite, accountId, nowMs);
  const openPromises = sqlite
    .prepare(
      `SELECT promised_date AS promisedDate, amount_kopecks AS amountKopecks FROM payment_promises WHERE account_id = ? AND status = 'open'`,
    )
    .all(accountId) as CallCard['openPromises'];
  const check = contactCheckFor(sqlite, accountId, 'call', nowMs, currentRuleBook(sqlite));
  const refusals = check.violations.map((v) => v.text);
  if (check.pausedUntil && check.pausedUntil >= check.localDate)
    refusals.unshift(`работа приостановлена до ${check.pausedUntil}`);
  const { mainPerson, ...rest } = s;
  return {
    ...rest,
    bracketLabel: BRACKET_LABELS[s.bracket] ?? s.bracket,
    penaltyKopecks,
    script: callScript(s.bracket, {
      // Whom the operator will reach: the first person with a dialable phone (the queue dials the same one).
      person:
        [...persons].sort((a, b) => rank(a.role) - rank(b.role)).find((p) => p.phoneNormalised)?.fullName ??
        mainPerson ??
        'уважаемый абонент',
      number: s.number,
      debt: formatKopecksAsRub(s.debtKopecks),
    }),
    persons,
    contacts,
    openPromises,
    callAllowed: refusals.length === 0,
    callRefusals: refusals,
    hoursText: check.hoursText,
  };
}

/**
 * The penalty as of today by the engine, as the account card shows it: the operator names today's figure, not
 * the last monthly run's. Null when the legal tables cannot answer (the card then says «не рассчитаны»).
 */
function penaltyToday(sqlite: Database.Database, accountId: number, nowMs: number): number | null {
  try {
    const input = penaltyInputForAccount(sqlite, accountId, isoDateInZone(nowMs));
    return calculatePenalty(input, loadPenaltyTables(sqlite), { reasons: false }).totalKopecks;
  } catch (error) {
    if (error instanceof PenaltyTableError) return null;
    throw error;
  }
}
