/**
 * @file The head's comments on a period's plan report, written before printing: one per measure (1–13) and one on
 * the report as a whole (0), kept per exact period (from, to) so a week's comment never lands on the month's report.
 * An empty comment removes the row. Every change is journaled ('report.comment') with the text before and after.
 */
import type Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { planReportComments } from '../../../shared/db/schema-reports';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { isRefusal, resolvePlanPeriod } from '../../../shared/plan/plan-period';
import { formatRuDate } from '../../../shared/dates/iso-date';
import { localMoment } from '../../../shared/rules/contact/local-time';
import type { PlanReportComment } from '../../../shared/api/contract-report-plan';

export function savePlanComment(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: PlanReportComment,
): PlanReportComment {
  const resolved = resolvePlanPeriod({ kind: 'custom', from: input.from, to: input.to });
  if (isRefusal(resolved))
    throw new AppError(resolved.code, resolved.message.replace('Отчёт не составлен', 'Комментарий не сохранён'));
  const comment = input.comment.trim();
  const db = drizzleOf(sqlite);
  const key = and(
    eq(planReportComments.fromDate, input.from),
    eq(planReportComments.toDate, input.to),
    eq(planReportComments.measure, input.measure),
  );
  return sqlite.transaction(() => {
    const before = db.select({ comment: planReportComments.comment }).from(planReportComments).where(key).get();
    if ((before?.comment ?? '') === comment) return { ...input, comment };
    if (comment === '') db.delete(planReportComments).where(key).run();
    else
      db.insert(planReportComments)
        .values({
          fromDate: input.from,
          toDate: input.to,
          measure: input.measure,
          comment,
          updatedBy: by.name,
          updatedAtMs: nowMs,
        })
        .onConflictDoUpdate({
          target: [planReportComments.fromDate, planReportComments.toDate, planReportComments.measure],
          set: { comment, updatedBy: by.name, updatedAtMs: nowMs },
        })
        .run();
    const what = input.measure === 0 ? 'отчёт в целом' : `мероприятие ${input.measure}`;
    writeJournal(sqlite, by, nowMs, {
      kind: 'report.comment',
      actionDate: localMoment(nowMs).date,
      summary:
        `Отчёт о выполнении плана за ${formatRuDate(input.from)}–${formatRuDate(input.to)}, ${what}: ` +
        (comment === '' ? 'комментарий удалён' : before ? 'комментарий изменён' : 'комментарий добавлен'),
      object: { type: 'report', id: `plan:${input.from}:${input.to}` },
      before: before ? { measure: input.measure, comment: before.comment } : null,
      after: comment === '' ? null : { measure: input.measure, comment },
    });
    return { ...input, comment };
  })();
}
