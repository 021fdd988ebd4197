/**
 * @file The call card: script per bracket, debt, penalty, persons and phones, last contacts, open promises, and
 * whether a call is allowed right now (the same gate recording uses).
 */
import type Database from 'better-sqlite3';
import { and, desc, eq } from 'drizzle-orm';
import { accountPersons, accountSummaries, persons as personsTable } from '../../../shared/db/schema';
import { contacts as contactsTable, paymentPromises } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
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
  const db = drizzleOf(sqlite);
  const s = db
    .select({
      accountId: accountSummaries.accountId,
      number: accountSummaries.number,
      address: accountSummaries.address,
      companyName: accountSummaries.companyName,
      bracket: accountSummaries.bracket,
      debtKopecks: accountSummaries.debtKopecks,
      monthsInArrears: accountSummaries.monthsInArrears,
      debtSincePeriod: accountSummaries.debtSincePeriod,
      lastPaymentDate: accountSummaries.lastPaymentDate,
      lastPaymentKopecks: accountSummaries.lastPaymentKopecks,
      mainPerson: accountSummaries.mainPerson,
    })
    .from(accountSummaries)
    .where(eq(accountSummaries.accountId, accountId))
    .get();
  if (!s) throw new AppError('NOT_FOUND', 'Такого лицевого счёта нет.');
  const persons = db
    .select({ fullName: personsTable.fullName, role: accountPersons.role, phone: personsTable.phone })
    .from(accountPersons)
    .innerJoin(personsTable, eq(personsTable.id, accountPersons.personId))
    .where(eq(accountPersons.accountId, accountId))
    .orderBy(accountPersons.position)
    .all()
    .map((p) => ({ ...p, role: ROLE[p.role] ?? p.role, phoneNormalised: normalisePhone(p.phone)?.e164 ?? null }));
  const contacts = db
    .select({
      channel: contactsTable.channel,
      date: contactsTable.contactDate,
      minute: contactsTable.localMinute,
      outcome: contactsTable.outcome,
      userName: contactsTable.userName,
      note: contactsTable.note,
    })
    .from(contactsTable)
    .where(eq(contactsTable.accountId, accountId))
    .orderBy(desc(contactsTable.atMs))
    .limit(10)
    .all()
    .map(({ minute, ...c }) => ({ ...c, time: formatMinute(minute) }));
  const penaltyKopecks = penaltyToday(sqlite, accountId, nowMs);
  const openPromises = db
    .select({ promisedDate: paymentPromises.promisedDate, amountKopecks: paymentPromises.amountKopecks })
    .from(paymentPromises)
    .where(and(eq(paymentPromises.accountId, accountId), eq(paymentPromises.status, 'open')))
    .all();
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
