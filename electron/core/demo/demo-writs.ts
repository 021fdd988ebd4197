/**
 * @file The demo district's writs obtained before the program (measure 10): an office that starts with it already
 * holds court orders and writs of execution from earlier years, entered by hand or imported. Ten of them, on accounts
 * of the court brackets with one owner, so the registry, the deadlines and the applications have something true to
 * show at once:
 *
 * - two whose presentation term ends within the warnings (in about 20 and 75 days);
 * - one whose sum is under 30 000 ₽ (the travel-ban petition is not offered for it, 229-ФЗ ст.67);
 * - one returned by the bailiffs as impossible to recover (ст.46): its term runs again from the return;
 * - the rest received a few months ago and not yet sent.
 *
 * The sums: 60 % of the account's overdue debt as the principal, 5 % as the penalty, the duty by the scale of the act's
 * date. Marked as demonstration data in the note and the user name; the accounts so chosen leave the court queue
 * (measure 9: an account with a writ does not go to court again).
 */
import type Database from 'better-sqlite3';
import { and, desc, eq, gte, inArray, like } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accounts, accountSummaries } from '../../../shared/db/schema';
import { courts } from '../../../shared/db/schema-court';
import { writEvents, writs } from '../../../shared/db/schema-fssp';
import { addDays } from '../../../shared/calendar/date-math';
import { stateDuty } from '../../../shared/court/state-duty';
import { addYears } from '../../../shared/fssp/writ-deadline';
import { readDebtors } from '../debt/account-debt-repo';
import { readDutyScales } from '../court/court-rules-repo';
import { writeJournal } from '../journal/journal-writer';
import type { JournalActor } from '../auth/actor';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';

const USER = 'Демонстрационные данные';
const NOTE = 'Демонстрационные данные: получен до начала работы в программе.';
const WRITS = 10;

interface Plan {
  kind: 'court_order' | 'writ_of_execution';
  /** The term's start, from today. */
  start: string;
  principal?: number;
  penalty?: number;
  returned?: { presented: string; returned: string };
}

function plans(today: string): Plan[] {
  const ago = (days: number) => addDays(today, -days);
  // A start whose last day (start + 3 years) falls `days` from today.
  const endingIn = (days: number) => addYears(addDays(today, days), -3);
  return [
    { kind: 'court_order', start: endingIn(20) },
    { kind: 'writ_of_execution', start: endingIn(75) },
    { kind: 'court_order', start: ago(240) },
    { kind: 'court_order', start: ago(200), principal: 2_450_000, penalty: 120_000 },
    { kind: 'writ_of_execution', start: ago(420) },
    { kind: 'court_order', start: ago(160) },
    { kind: 'court_order', start: ago(130) },
    { kind: 'writ_of_execution', start: ago(300) },
    { kind: 'court_order', start: ago(900), returned: { presented: ago(860), returned: ago(100) } },
    { kind: 'court_order', start: ago(95) },
  ];
}

export function addDemoWrits(sqlite: Database.Database, by: JournalActor, today: string, nowMs: number): number {
  const db = drizzleOf(sqlite);
  if (db.select({ id: writs.id }).from(writs).limit(1).get()) return 0;
  const court = db
    .select({ id: courts.id, name: courts.name })
    .from(courts)
    .where(and(eq(courts.kind, 'magistrate'), like(courts.name, '%демонстрационный%')))
    .limit(1)
    .get();
  const candidates = db
    .select({ accountId: accounts.id, companyId: accounts.managementCompanyId, debt: accountSummaries.debtKopecks })
    .from(accountSummaries)
    .innerJoin(accounts, eq(accounts.id, accountSummaries.accountId))
    .where(
      and(inArray(accountSummaries.bracket, ['over_100k', 'from_50k']), gte(accountSummaries.debtKopecks, 5_000_000)),
    )
    .orderBy(desc(accounts.id))
    .limit(200)
    .all();
  const scales = readDutyScales(sqlite);
  let made = 0;
  const list = plans(today);
  for (const c of candidates) {
    if (made >= WRITS) break;
    const debtors = readDebtors(sqlite, c.accountId, today);
    const owner = debtors[0];
    if (debtors.length !== 1 || !owner || owner.role !== 'owner') continue;
    const plan = list[made]!;
    const principal = plan.principal ?? Math.round(c.debt * 0.6);
    const penalty = plan.penalty ?? Math.round(c.debt * 0.05);
    const actDate = plan.kind === 'court_order' ? plan.start : addDays(plan.start, -35);
    const duty = stateDuty(
      principal + penalty,
      actDate,
      plan.kind === 'court_order' ? 'court_order' : 'lawsuit',
      scales,
    ).dutyKopecks;
    const year = plan.start.slice(0, 4);
    const number = plan.kind === 'court_order' ? `2-${1100 + made}/${year}` : `ФС № 0${45_120_000 + made}`;
    const received = addDays(plan.start, 40) < today ? addDays(plan.start, 40) : today;
    const writ = db
      .insert(writs)
      .values({
        kind: plan.kind,
        number,
        actDate,
        inForceDate: plan.kind === 'writ_of_execution' ? plan.start : null,
        termStartDate: plan.start,
        courtId: court?.id ?? null,
        courtName: court?.name ?? 'Мировой судья (демонстрационный)',
        courtCaseNumber: plan.kind === 'court_order' ? number : `2-${3300 + made}/${actDate.slice(0, 4)}`,
        accountId: c.accountId,
        managementCompanyId: c.companyId,
        debtorPersonId: owner.personId,
        debtorName: owner.fullName,
        principalKopecks: principal,
        penaltyKopecks: penalty,
        dutyKopecks: duty,
        totalKopecks: principal + penalty + duty,
        receivedDate: received,
        status: plan.returned ? 'returned' : 'received',
        source: 'import',
        note: NOTE,
        createdBy: USER,
        createdAtMs: nowMs,
        updatedAtMs: nowMs,
      })
      .returning({ id: writs.id })
      .get();
    if (plan.returned) {
      db.insert(writEvents)
        .values([
          {
            writId: writ.id,
            type: 'presented',
            eventDate: plan.returned.presented,
            note: NOTE,
            createdBy: USER,
            createdAtMs: nowMs,
          },
          {
            writId: writ.id,
            type: 'returned',
            eventDate: plan.returned.returned,
            note: 'Возвращён: невозможно взыскать (229-ФЗ ст.46 ч.1 п.4). ' + NOTE,
            createdBy: USER,
            createdAtMs: nowMs,
          },
        ])
        .run();
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.writ_received',
      summary: `Исполнительный документ ${number} на ${formatKopecksAsRub(principal + penalty + duty)} (демонстрационные данные)`,
      accountId: c.accountId,
      object: { type: 'writ', id: writ.id },
      actionDate: received,
    });
    made += 1;
  }
  return made;
}
