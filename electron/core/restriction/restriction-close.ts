/**
 * @file Closing a restriction case before the restriction (measure 8): the debt was paid, an agreement was signed,
 * the warning was a mistake. Only while the case is warned, delivered or ordered — once the service is restricted,
 * restoration (with its act) is the way out. Journaled 'restriction.closed' on the account.
 */
import type Database from 'better-sqlite3';
import type { JournalActor } from '../auth/actor';
import { AppError } from '../app-error';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import type { RestrictionCaseView } from '../../../shared/api/contract-restriction';
import { writeJournal } from '../journal/journal-writer';
import { readCase, setClosed } from './restriction-cases-repo';

const CLOSABLE = new Set(['warned', 'delivered', 'ordered']);

export function closeRestrictionCase(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  input: { caseId: number; reason: string },
): RestrictionCaseView {
  const today = isoDateInZone(nowMs);
  const c = readCase(sqlite, input.caseId, today);
  if (c.status === 'closed' || c.status === 'restored') {
    throw new AppError(
      'RESTRICTION.BAD_STEP',
      `Дело № ${c.id} уже ${c.status === 'closed' ? 'закрыто' : 'завершено восстановлением'}. Ничего не изменено.`,
    );
  }
  if (!CLOSABLE.has(c.status)) {
    throw new AppError(
      'RESTRICTION.BAD_STEP',
      `Услуга по делу № ${c.id} уже ограничена: закрыть дело нельзя — оформите восстановление (вкладка «Восстановление»). Ничего не изменено.`,
    );
  }
  sqlite.transaction(() => {
    setClosed(sqlite, c.id, input.reason, nowMs);
    writeJournal(sqlite, by, nowMs, {
      kind: 'restriction.closed',
      accountId: c.accountId,
      actionDate: today,
      object: { type: 'restriction', id: c.id },
      summary: `Дело об ограничении услуги «${c.service}» закрыто: ${input.reason}`,
      before: { status: c.status },
      after: { status: 'closed', reason: input.reason },
      details: { caseId: c.id, service: c.service, previousStatus: c.status, reason: input.reason },
    });
  })();
  return readCase(sqlite, c.id, today);
}
