/**
 * @file Checks every open promise against the imported payments (promise-verdict.ts). A broken promise closes,
 * so the account is eligible for the call queue again (the rule «no pending promise»); both outcomes are journaled.
 */
import type Database from 'better-sqlite3';
import { currentRuleBook } from '../rules/rule-book-repo';
import { judgePromise } from './promise-verdict';
import { localMoment } from '../../../shared/rules/contact/local-time';
import { formatKopecksAsRub } from '../../../shared/rules/eligibility/format-fact';
import type { PromiseCheckResult, PromiseView } from '../../../shared/api/contract-work';
import type { JournalActor } from '../auth/actor';
import { journalWriter } from '../journal/journal-writer';

export function checkPromises(sqlite: Database.Database, by: JournalActor, nowMs: number): PromiseCheckResult {
  const book = currentRuleBook(sqlite);
  const today = localMoment(nowMs).date;
  const open = sqlite
    .prepare(
      `SELECT id, account_id AS accountId, made_date AS madeDate, promised_date AS promisedDate, amount_kopecks AS amountKopecks
         FROM payment_promises WHERE status = 'open'`,
    )
    .all() as Array<{ id: number; accountId: number; madeDate: string; promisedDate: string; amountKopecks: number }>;
  const payments = sqlite.prepare(
    'SELECT payment_date AS date, amount_kopecks AS kopecks FROM payments WHERE account_id = ? AND payment_date >= ?',
  );
  const update = sqlite.prepare(
    'UPDATE payment_promises SET status = ?, paid_kopecks = ?, checked_date = ? WHERE id = ?',
  );
  const journal = journalWriter(sqlite);
  const result = { checked: open.length, kept: 0, broken: 0, stillOpen: 0 };
  sqlite.transaction(() => {
    for (const p of open) {
      const verdict = judgePromise(
        p,
        payments.all(p.accountId, p.madeDate) as Array<{ date: string; kopecks: number }>,
        book.promise,
        today,
      );
      if (verdict.status === 'open') {
        result.stillOpen += 1;
        continue;
      }
      update.run(verdict.status, verdict.paidKopecks, today, p.id);
      result[verdict.status] += 1;
      const text =
        verdict.status === 'kept'
          ? `Обещание выполнено: оплачено ${formatKopecksAsRub(verdict.paidKopecks)} из ${formatKopecksAsRub(p.amountKopecks)}`
          : `Обещание нарушено: до ${p.promisedDate.split('-').reverse().join('.')} оплачено ${formatKopecksAsRub(verdict.paidKopecks)} из ${formatKopecksAsRub(p.amountKopecks)} — счёт вернётся в очередь звонков`;
      journal.write(by, nowMs, {
        kind: verdict.status === 'kept' ? 'promise.kept' : 'promise.broken',
        accountId: p.accountId,
        actionDate: today,
        summary: text,
        details: { promiseId: p.id, ...verdict },
      });
    }
  })();
  return result;
}

export function listPromises(sqlite: Database.Database, status: 'open' | 'kept' | 'broken' | null): PromiseView[] {
  return sqlite
    .prepare(
      `SELECT p.id, p.account_id AS accountId, s.number, s.address, p.made_date AS madeDate, p.promised_date AS promisedDate,
              p.amount_kopecks AS amountKopecks, p.status, p.paid_kopecks AS paidKopecks, p.checked_date AS checkedDate
         FROM payment_promises p JOIN account_summaries s ON s.account_id = p.account_id
        WHERE @status IS NULL OR p.status = @status
        ORDER BY p.promised_date DESC, p.id DESC LIMIT 1000`,
    )
    .all({ status }) as PromiseView[];
}
