/**
 * @file The daily check of signed agreements: each is compared with the payments (the pure verdict) and a broken one
 * is marked 'broken', a repaid one 'completed', each journaled on the account's timeline ('agreement.broken' /
 * 'agreement.kept'). Runs when the core opens, after a billing import, and when the tab lists the agreements; the
 * worklists do not wait for it (agreement-facts.ts computes the verdict itself).
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { readInstalments, verdictOf, type AgreementRow } from './agreements-repo';

/** Who the journal names when the program itself finds an agreement broken or kept. */
export const AGREEMENT_CHECKER: JournalActor = { userId: null, name: 'Программа (проверка соглашений)' };

export interface AgreementCheckResult {
  checked: number;
  broken: number;
  completed: number;
}

export function checkAgreements(
  sqlite: Database.Database,
  today: string,
  by: JournalActor,
  nowMs: number,
): AgreementCheckResult {
  // A database migrated only part of the way (the upgrade tests open one with an older set of migrations).
  if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'repayment_agreements'").get() === undefined)
    return { checked: 0, broken: 0, completed: 0 };
  const rows = sqlite
    .prepare<[string], AgreementRow>(
      `SELECT a.id, a.account_id AS accountId, a.number, a.status, a.total_kopecks AS totalKopecks,
              a.signed_date AS signedDate, a.tolerance_kopecks AS toleranceKopecks, a.grace_days AS graceDays, a.measure,
              a.ended_date AS endedDate, a.document_id AS documentId, a.note, a.user_name AS userName,
              a.created_at_ms AS createdAtMs
         FROM repayment_agreements a WHERE a.status = 'signed' AND a.signed_date <= ?`,
    )
    .all(today);
  const result: AgreementCheckResult = { checked: rows.length, broken: 0, completed: 0 };
  if (rows.length === 0) return result;
  const schedules = readInstalments(
    sqlite,
    rows.map((r) => r.id),
  );
  const update = sqlite.prepare<[string, string, number, number]>(
    "UPDATE repayment_agreements SET status = ?, ended_date = ?, updated_at_ms = ? WHERE id = ? AND status = 'signed'",
  );
  sqlite
    .transaction(() => {
      for (const row of rows) {
        const verdict = verdictOf(sqlite, row, schedules.get(row.id) ?? [], today);
        if (!verdict || verdict.status === 'kept') continue;
        const status = verdict.status;
        const endedDate = verdict.endedDate ?? today;
        if (update.run(status, endedDate, nowMs, row.id).changes === 0) continue;
        if (status === 'broken') result.broken++;
        else result.completed++;
        writeJournal(sqlite, by, nowMs, {
          kind: status === 'broken' ? 'agreement.broken' : 'agreement.kept',
          summary: `соглашение № ${row.number} ${status === 'broken' ? 'нарушено' : 'исполнено'}. ${verdict.text}`,
          accountId: row.accountId,
          object: { type: 'agreement', id: row.id },
          details: {
            number: row.number,
            endedDate,
            paidKopecks: verdict.paidKopecks,
            totalKopecks: verdict.totalKopecks,
            missed: verdict.missed,
          },
          before: { status: 'signed' },
          after: { status, endedDate },
          actionDate: today,
        });
      }
    })
    .immediate();
  return result;
}
