/**
 * @file One operator's call list for a day, in order, with the account facts the list shows. The name shown is the
 * person whose phone the queue dials (not always the account's main person), so the operator greets the right one.
 */
import type Database from 'better-sqlite3';
import type { QueueItemView } from '../../../shared/api/contract-work';
import { BRACKET_LABELS } from '../../../shared/rules/eligibility/format-fact';
import { normalisePhone } from '../../../shared/rules/contact/phone-number';

export function readMyQueue(sqlite: Database.Database, userId: number | null, date: string): QueueItemView[] {
  const rows = sqlite
    .prepare(
      `SELECT q.id, q.position, q.account_id AS accountId, s.number, s.address, s.main_person AS mainPerson, q.bracket,
              q.debt_kopecks AS debtKopecks, q.phone, q.status, q.outcome, q.user_id AS userId
         FROM call_queue_items q JOIN account_summaries s ON s.account_id = q.account_id
        WHERE q.queue_date = @date AND (@userId IS NULL OR q.user_id = @userId)
        ORDER BY q.user_id, q.position`,
    )
    .all({ date, userId }) as Array<Omit<QueueItemView, 'bracketLabel'>>;
  const persons = sqlite.prepare(
    `SELECT p.full_name AS fullName, p.phone FROM account_persons ap JOIN persons p ON p.id = ap.person_id
      WHERE ap.account_id = ? AND p.phone IS NOT NULL ORDER BY ap.position`,
  );
  return rows.map((r) => {
    const dialled = (persons.all(r.accountId) as Array<{ fullName: string; phone: string }>).find(
      (p) => normalisePhone(p.phone)?.e164 === r.phone,
    );
    return { ...r, mainPerson: dialled?.fullName ?? r.mainPerson, bracketLabel: BRACKET_LABELS[r.bracket] ?? r.bracket };
  });
}
