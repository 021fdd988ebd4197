/**
 * @file Restoration of a restricted service (Правила № 354 п.120: within 2 calendar days of full repayment or of
 * the signing of a repayment agreement). `checkRestorations` turns «restricted» cases into «restoration_due» with
 * the reason and the due day; it runs when the core opens, after a billing import has recounted its summaries, and
 * whenever the restorations are listed, so a payment never waits for a clerk to notice it. The list shows the
 * overdue tasks first (due day before today) — the home screen counts them.
 *
 * FULL REPAYMENT — the choice. The case is due for restoration when the service's overdue debt, re-read today
 * (readServiceDebts: the debt position, time-barred months left out), is zero. Not merely when the sum named in the
 * warning is covered: п.120 speaks of «полного погашения задолженности», and payments are taken to the oldest
 * months first, so a zero overdue debt always covers the warned months; a debtor who paid the warned sum while a
 * newer month fell overdue still owes the service and is not yet «fully repaid». The other way round is safe too: a
 * debt below the threshold but above zero is not a restoration ground (it is only a reason not to order, before the
 * restriction). Time-barred months never grounded the restriction and do not hold the restoration back.
 *
 * THE DAY THE DEBT WAS CLEARED is taken as the account's last payment date up to today (not before the
 * restriction): the check runs after every import, so the payment that cleared the debt is the last one it sees.
 * A debt cleared without a payment (a recalculation) counts from the day the check finds it. The 2 days are the
 * dated rule 'restriction.restoration_days' on that day.
 */
import type Database from 'better-sqlite3';
import type { RestorationRow, RestorationsView } from '../../../shared/api/contract-restriction-orders';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { addDays, daysBetween } from '../../../shared/calendar/date-math';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { caseAddress, caseRowsByStatus, serviceDebtReader } from './restriction-case-rows';
import { measureRule } from './restriction-tables-repo';

/** Who moves cases when the program does it by itself (at start, after an import). */
export const RESTORATION_CHECKER: JournalActor = { userId: null, name: 'Программа (проверка восстановления)' };

/** The day the debt was cleared: the last payment up to today, not before the restriction; else today. */
function clearedOn(sqlite: Database.Database, accountId: number, today: string, restrictedDate: string | null): string {
  const last = sqlite
    .prepare<[number, string], { d: string | null }>(
      'SELECT max(payment_date) AS d FROM payments WHERE account_id = ? AND payment_date <= ? AND amount_kopecks > 0',
    )
    .get(accountId, today)?.d;
  if (!last || (restrictedDate !== null && last < restrictedDate)) return today;
  return last;
}

function signedAgreementDate(sqlite: Database.Database, accountId: number): string | null {
  return (
    sqlite
      .prepare<[number], { d: string | null }>(
        `SELECT min(signed_date) AS d FROM repayment_agreements
          WHERE account_id = ? AND status = 'signed' AND signed_date IS NOT NULL`,
      )
      .get(accountId)?.d ?? null
  );
}

/** Moves restricted cases whose debt is fully repaid, or with a signed agreement, to «restoration due». */
export function checkRestorations(sqlite: Database.Database, today: string, by: JournalActor, nowMs: number): number {
  const restricted = caseRowsByStatus(sqlite, ['restricted'], today);
  if (restricted.length === 0) return 0;
  const update = sqlite.prepare(
    `UPDATE restriction_cases SET status = 'restoration_due', restoration_reason = ?, restoration_due_date = ?,
            updated_at_ms = ? WHERE id = ? AND status = 'restricted'`,
  );
  let moved = 0;
  sqlite.transaction(() => {
    for (const r of restricted) {
      let reason: 'paid' | 'agreement';
      let from: string;
      if (r.debtKopecks <= 0) {
        reason = 'paid';
        from = clearedOn(sqlite, r.accountId, today, r.restrictedDate);
      } else {
        const signed = signedAgreementDate(sqlite, r.accountId);
        if (signed === null || signed > today) continue;
        reason = 'agreement';
        from = signed;
      }
      const due = addDays(from, measureRule(sqlite, 'restriction.restoration_days', from));
      if (update.run(reason, due, nowMs, r.caseId).changes !== 1) continue;
      moved += 1;
      writeJournal(sqlite, by, nowMs, {
        kind: 'restriction.restoration_due',
        summary:
          `Восстановить услугу «${r.service}» по адресу ${caseAddress(r)} не позднее ${formatRuDate(due)}: ` +
          (reason === 'paid'
            ? `долг по услуге погашен полностью ${formatRuDate(from)}`
            : `подписано соглашение о погашении ${formatRuDate(from)}`),
        accountId: r.accountId,
        object: { type: 'restriction', id: r.caseId },
        details: { caseId: r.caseId, reason, from, dueDate: due },
        before: { status: 'restricted' },
        after: { status: 'restoration_due', dueDate: due },
      });
    }
  })();
  return moved;
}

/** The check, then the restorations due (overdue first) and the ordered cases to close instead of restricting. */
export function listRestorations(
  sqlite: Database.Database,
  today: string,
  by: JournalActor,
  nowMs: number,
): RestorationsView {
  const newlyDue = checkRestorations(sqlite, today, by, nowMs);
  const debtOf = serviceDebtReader(sqlite, today);
  const due = caseRowsByStatus(sqlite, ['restoration_due'], today, debtOf)
    .map((r): RestorationRow => {
      const dueDate = r.restorationDueDate ?? today;
      return { ...r, daysLeft: daysBetween(today, dueDate), overdue: dueDate < today };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.daysLeft - b.daysLeft || a.caseId - b.caseId);
  const closable = caseRowsByStatus(sqlite, ['ordered'], today, debtOf).filter(
    (r) => !r.overThreshold || r.agreementSigned,
  );
  return { today, due, overdueCount: due.filter((r) => r.overdue).length, closable, newlyDue };
}

/**
 * At start and after imports: the check as the program, never failing the caller (the next list repeats it); a
 * database migrated only part of the way (the upgrade tests) has no cases table yet.
 */
export function checkRestorationsQuietly(
  sqlite: Database.Database,
  today: string,
  nowMs: number,
  onError: (error: unknown) => void = () => undefined,
): number {
  try {
    if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'restriction_cases'").get() === undefined) return 0;
    return checkRestorations(sqlite, today, RESTORATION_CHECKER, nowMs);
  } catch (error) {
    onError(error);
    return 0;
  }
}
