/**
 * @file «Сроки» — the deadlines of the court work, nearest first: objection windows ending (ГПК ст.128: ten working
 * days from the debtor's receipt of the order), orders whose window has ended and should be marked in force,
 * cancelled orders (and returned applications) awaiting a lawsuit with the limitation left (a reminder while at
 * least `lawsuit_min_limitation_months` remain, an alarm below that), and the months of accounts in court work or in
 * the court brackets whose limitation ends within `limitation_warn_days_far` / `_near` days and that no case covers.
 * The limitation list is prefiltered in SQL on debt_months (the district's months as of the last refresh).
 */
import type Database from 'better-sqlite3';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { accountSummaries } from '../../../shared/db/schema';
import { courtCases } from '../../../shared/db/schema-court';
import type { CourtDeadlines, DeadlineItem, DeadlineKind } from '../../../shared/api/contract-court-cases';
import { addDays, daysBetween } from '../../../shared/calendar/date-math';
import { orderInForceFrom } from '../../../shared/court/procedural-days';
import { addMonthsClamped } from '../../../shared/debt/limitation';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { periodWords } from '../../../shared/dates/period-words';
import { countText } from '../../../shared/text/plural';
import { rub } from '../../../shared/court/state-duty';
import { courtRule } from './court-rules-repo';
import { workingDaysLeft } from './court-cases-repo';
import { readAccountDebt } from '../debt/account-debt-repo';
import { loadDebtTables } from '../debt/debt-tables-repo';

/** The plan's court brackets (> 100 000 ₽, 50–100 000 ₽, 10–50 000 ₽). */
const COURT_BRACKETS = ['over_100k', 'from_50k', 'from_10k'];
/** The limitation list shows at most this many accounts (the nearest dates). */
const LIMITATION_ACCOUNTS_MAX = 500;

export interface DeadlinesQuery {
  kinds?: DeadlineKind[] | undefined;
  managementCompanyId?: number | undefined;
  withinDays?: number | undefined;
}

export function courtDeadlines(sqlite: Database.Database, q: DeadlinesQuery, nowMs: number): CourtDeadlines {
  const today = isoDateInZone(nowMs);
  const want = new Set<DeadlineKind>(
    q.kinds && q.kinds.length > 0 ? q.kinds : ['objection', 'in_force', 'lawsuit', 'limitation'],
  );
  const far = courtRule(sqlite, 'limitation_warn_days_far', today);
  const near = courtRule(sqlite, 'limitation_warn_days_near', today);
  const horizon = addDays(today, q.withinDays ?? far);
  const items: DeadlineItem[] = [];
  const db = drizzleOf(sqlite);
  const company = q.managementCompanyId ? eq(courtCases.managementCompanyId, q.managementCompanyId) : undefined;
  const caseHead = {
    id: courtCases.id,
    accountId: courtCases.accountId,
    debtorName: courtCases.debtorName,
    kind: courtCases.kind,
    status: courtCases.status,
    issuedNumber: courtCases.issuedNumber,
    objectionDeadline: courtCases.objectionDeadline,
    cancelledDate: courtCases.cancelledDate,
    returnedDate: courtCases.returnedDate,
    periodsJson: courtCases.periodsJson,
    number: accountSummaries.number,
    address: accountSummaries.address,
  };

  if (want.has('objection') || want.has('in_force')) {
    const waiting = db
      .select(caseHead)
      .from(courtCases)
      .innerJoin(accountSummaries, eq(accountSummaries.accountId, courtCases.accountId))
      .where(and(eq(courtCases.kind, 'court_order'), eq(courtCases.status, 'copy_received'), company))
      .all();
    for (const c of waiting) {
      if (c.objectionDeadline === null) continue;
      const head = {
        accountId: c.accountId,
        accountNumber: c.number,
        address: c.address,
        debtorName: c.debtorName,
        caseId: c.id,
      };
      if (c.objectionDeadline >= today) {
        if (!want.has('objection') || c.objectionDeadline > horizon) continue;
        const left = workingDaysLeft(today, c.objectionDeadline);
        items.push({
          ...head,
          kind: 'objection',
          date: c.objectionDeadline,
          daysLeft: daysBetween(today, c.objectionDeadline),
          severity: left <= 2 ? 'warn' : 'info',
          text: `Срок возражений на приказ${c.issuedNumber ? ` № ${c.issuedNumber}` : ''} истекает ${formatRuDate(c.objectionDeadline)} — ${left === 0 ? 'сегодня последний день.' : `осталось ${left} раб. дн.`}`,
        });
      } else if (want.has('in_force')) {
        const from = orderInForceFrom(c.objectionDeadline);
        items.push({
          ...head,
          kind: 'in_force',
          date: from,
          daysLeft: daysBetween(today, from),
          severity: 'warn',
          text: `Срок возражений истёк ${formatRuDate(c.objectionDeadline)}: если возражений не было, отметьте вступление приказа в силу с ${formatRuDate(from)} и запросите приказ для исполнения.`,
        });
      }
    }
  }

  if (want.has('lawsuit')) {
    const minMonths = courtRule(sqlite, 'lawsuit_min_limitation_months', today);
    const tables = loadDebtTables(sqlite);
    const awaiting = db
      .select(caseHead)
      .from(courtCases)
      .innerJoin(accountSummaries, eq(accountSummaries.accountId, courtCases.accountId))
      .where(
        and(
          inArray(courtCases.status, ['cancelled', 'returned']),
          sql`NOT EXISTS (SELECT 1 FROM court_cases AS child WHERE child.parent_case_id = ${courtCases.id})`,
          company,
        ),
      )
      .all();
    for (const c of awaiting) {
      const periods = new Set(JSON.parse(c.periodsJson) as string[]);
      const debt = readAccountDebt(sqlite, c.accountId, today, tables);
      let earliest: string | null = null;
      for (const m of debt.months)
        if (
          periods.has(m.period) &&
          m.openKopecks > 0 &&
          m.limitationExpiresOn !== null &&
          (earliest === null || m.limitationExpiresOn < earliest)
        )
          earliest = m.limitationExpiresOn;
      const what =
        c.status === 'cancelled'
          ? `Приказ отменён ${formatRuDate(c.cancelledDate ?? today)}`
          : `Заявление возвращено ${formatRuDate(c.returnedDate ?? today)}`;
      if (earliest === null) {
        items.push({
          accountId: c.accountId,
          accountNumber: c.number,
          address: c.address,
          debtorName: c.debtorName,
          caseId: c.id,
          kind: 'lawsuit',
          date: c.cancelledDate ?? c.returnedDate ?? today,
          daysLeft: 0,
          severity: 'info',
          text: `${what}: по месяцам заявления долга не осталось или давность не течёт — иск не нужен или проверьте.`,
        });
        continue;
      }
      const alarm = earliest < addMonthsClamped(today, minMonths);
      const expired = earliest < today;
      items.push({
        accountId: c.accountId,
        accountNumber: c.number,
        address: c.address,
        debtorName: c.debtorName,
        caseId: c.id,
        kind: 'lawsuit',
        date: earliest,
        daysLeft: daysBetween(today, earliest),
        severity: alarm ? 'alarm' : 'info',
        text: expired
          ? `${what}: давность самого раннего месяца истекла ${formatRuDate(earliest)} — иск только по месяцам в пределах давности.`
          : alarm
            ? `${what}: давность самого раннего месяца — по ${formatRuDate(earliest)}, меньше ${minMonths} мес. Подайте иск срочно.`
            : `${what}: подайте исковое заявление; давность самого раннего месяца — по ${formatRuDate(earliest)}.`,
      });
    }
  }

  let truncated = false;
  if (want.has('limitation')) {
    const rows = sqlite
      .prepare(
        `SELECT dm.account_id AS accountId, dm.period, dm.limitation_expires_on AS expiresOn, dm.open_kopecks AS openKopecks,
                s.number, s.address, s.main_person AS mainPerson
           FROM debt_months dm
           JOIN account_summaries s ON s.account_id = dm.account_id
          WHERE dm.kind = 'housing' AND dm.open_kopecks > 0
            AND dm.limitation_expires_on >= @today AND dm.limitation_expires_on <= @horizon
            AND (@company IS NULL OR s.management_company_id = @company)
            AND (s.bracket IN (${COURT_BRACKETS.map((b) => `'${b}'`).join(', ')})
                 OR EXISTS (SELECT 1 FROM court_cases c WHERE c.account_id = dm.account_id AND c.status NOT IN ('closed', 'returned')))
            AND NOT EXISTS (SELECT 1 FROM court_cases c, json_each(c.periods_json) p
                             WHERE c.account_id = dm.account_id AND c.status NOT IN ('closed', 'returned') AND p.value = dm.period)
          ORDER BY dm.limitation_expires_on, s.address_sort, dm.period`,
      )
      .all({
        today,
        horizon: addDays(today, Math.min(q.withinDays ?? far, far)),
        company: q.managementCompanyId ?? null,
      }) as Array<{
      accountId: number;
      period: string;
      expiresOn: string;
      openKopecks: number;
      number: string;
      address: string;
      mainPerson: string | null;
    }>;
    const byAccount = new Map<number, DeadlineItem>();
    for (const r of rows) {
      let item = byAccount.get(r.accountId);
      if (!item) {
        if (byAccount.size >= LIMITATION_ACCOUNTS_MAX) {
          truncated = true;
          continue;
        }
        const days = daysBetween(today, r.expiresOn);
        item = {
          kind: 'limitation',
          date: r.expiresOn,
          daysLeft: days,
          severity: days <= near ? 'alarm' : 'warn',
          accountId: r.accountId,
          accountNumber: r.number,
          address: r.address,
          debtorName: r.mainPerson,
          caseId: null,
          text: '',
          months: [],
        };
        byAccount.set(r.accountId, item);
      }
      item.months?.push({ period: r.period, expiresOn: r.expiresOn, openKopecks: r.openKopecks });
    }
    for (const item of byAccount.values()) {
      const months = item.months ?? [];
      const sum = months.reduce((a, m) => a + m.openKopecks, 0);
      item.text =
        months.length === 1
          ? `Давность по долгу за ${periodWords(months[0]?.period ?? '')} истекает ${formatRuDate(item.date)} — через ${countText(item.daysLeft, ['день', 'дня', 'дней'])}; долг ${rub(sum)} не в деле: подайте заявление.`
          : `Истекает давность по долгу за ${countText(months.length, ['месяц', 'месяца', 'месяцев'])}: ${months.map((m) => `${periodWords(m.period)} — ${formatRuDate(m.expiresOn)}`).join(', ')}; долг ${rub(sum)} не в деле: подайте заявление.`;
      items.push(item);
    }
  }

  const order: Record<DeadlineItem['severity'], number> = { alarm: 0, warn: 1, info: 2 };
  items.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : order[a.severity] - order[b.severity]));
  const counts: Record<DeadlineKind, number> = { objection: 0, in_force: 0, lawsuit: 0, limitation: 0 };
  for (const i of items) counts[i.kind] += 1;
  return { asOf: today, items, counts, truncated };
}
