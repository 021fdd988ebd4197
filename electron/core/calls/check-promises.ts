/**
 * @file Checks every open promise against the imported payments (promise-verdict.ts). A broken promise closes,
 * so the account is eligible for the call queue again (the rule «no pending promise»); both outcomes are journaled.
 */
import type Database from 'better-sqlite3';
import { and, desc, eq, gte } from 'drizzle-orm';
import { accountSummaries, payments as paymentsTable } from '../../../shared/db/schema';
import { paymentPromises } from '../../../shared/db/schema-work';
import { drizzleOf } from '../db/drizzle-of';
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
  const db = drizzleOf(sqlite);
  const open = db
    .select({
      id: paymentPromises.id,
      accountId: paymentPromises.accountId,
      madeDate: paymentPromises.madeDate,
      promisedDate: paymentPromises.promisedDate,
      amountKopecks: paymentPromises.amountKopecks,
    })
    .from(paymentPromises)
    .where(eq(paymentPromises.status, 'open'))
    .all();
  const paymentsSince = (accountId: number, fromDate: string) =>
    db
      .select({ date: paymentsTable.paymentDate, kopecks: paymentsTable.amountKopecks })
      .from(paymentsTable)
      .where(and(eq(paymentsTable.accountId, accountId), gte(paymentsTable.paymentDate, fromDate)))
      .all();
  const journal = journalWriter(sqlite);
  const result = { checked: open.length, kept: 0, broken: 0, stillOpen: 0 };
  sqlite.transaction(() => {
    for (const p of open) {
      const verdict = judgePromise(p, paymentsSince(p.accountId, p.madeDate), book.promise, today);
      if (verdict.status === 'open') {
        result.stillOpen += 1;
        continue;
      }
      db.update(paymentPromises)
        .set({ status: verdict.status, paidKopecks: verdict.paidKopecks, checkedDate: today })
        .where(eq(paymentPromises.id, p.id))
        .run();
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
  const p = paymentPromises;
  return drizzleOf(sqlite)
    .select({
      id: p.id,
      accountId: p.accountId,
      number: accountSummaries.number,
      address: accountSummaries.address,
      madeDate: p.madeDate,
      promisedDate: p.promisedDate,
      amountKopecks: p.amountKopecks,
      status: p.status,
      paidKopecks: p.paidKopecks,
      checkedDate: p.checkedDate,
    })
    .from(p)
    .innerJoin(accountSummaries, eq(accountSummaries.accountId, p.accountId))
    .where(status === null ? undefined : eq(p.status, status))
    .orderBy(desc(p.promisedDate), desc(p.id))
    .limit(1000)
    .all();
}
