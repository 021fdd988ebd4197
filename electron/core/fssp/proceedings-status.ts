/**
 * @file A proceeding's status changes (the bailiff's decisions) and what each does to the writ:
 *
 * - suspended (ст.40, 42) ↔ opened: the writ stays with the bailiff ('in_proceedings'), its term does not run.
 * - ended_performed (ст.47 ч.1 п.1: the debt recovered in full) → the writ 'performed'.
 * - ended_impossible (ст.46 ч.1 п.3, 4: no debtor, no property; the writ is returned to the creditor) → the writ
 *   'returned' (to be sent again: WRIT_TO_SEND) and a `returned` writ event on the decision's date: the
 *   presentation term starts again from the return (ст.21, 22 ч.3) — the new deadline is read back and shown.
 * - terminated (ст.43: the act cancelled, the creditor's refusal, a settlement, the debtor's death without
 *   successors…) → the writ 'cancelled' whatever the ground. Terminated proceedings cannot be opened again (ст.44)
 *   and the writ is not handed back for presentation, so 'returned' would wrongly put it in the «send again» list
 *   and restart a term that no longer matters. No writ event is written. (If only the act was cancelled and a new
 *   act follows, that is a new writ.)
 *
 * Ended and terminated proceedings are final here (a cancelled decision on the ending, ст.14 ч.5, is rare and is
 * not handled). The writ is changed only while it is 'in_proceedings' (it is, unless someone changed it by hand;
 * the message then says so). The ground (in words) is required for every change but the resumption and the
 * performed end. One transaction; journaled as 'fssp.proceeding' on the account.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { enforcementProceedings, writs } from '../../../shared/db/schema-fssp';
import {
  PROCEEDING_STATUS_LABELS,
  WRIT_STATUS_LABELS,
  type ProceedingStatus,
  type WritStatus,
} from '../../../shared/fssp/fssp-terms';
import type { WritDeadline } from '../../../shared/fssp/writ-deadline';
import { formatRuDate } from '../../../shared/dates/iso-date';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { AppError } from '../app-error';
import { addWritEvent, readWritDeadline, setWritStatus } from './writ-events';
import { PROCEEDING_TRANSITIONS } from './proceedings-repo';

const WRIT_AFTER: Partial<Record<ProceedingStatus, WritStatus>> = {
  ended_performed: 'performed',
  ended_impossible: 'returned',
  terminated: 'cancelled',
};

const GROUND_REQUIRED: ReadonlySet<ProceedingStatus> = new Set(['suspended', 'ended_impossible', 'terminated']);

export interface StatusChangeResult {
  message: string;
  writDeadline: Pick<WritDeadline, 'deadline' | 'lastDay' | 'expired' | 'withBailiff'> | null;
}

export function setProceedingStatus(
  sqlite: Database.Database,
  input: { proceedingId: number; status: ProceedingStatus; date: string; ground: string },
  today: string,
  by: JournalActor,
  nowMs: number,
): StatusChangeResult {
  const db = drizzleOf(sqlite);
  const p = db.select().from(enforcementProceedings).where(eq(enforcementProceedings.id, input.proceedingId)).get();
  if (!p) throw new AppError('NOT_FOUND', `Исполнительное производство № ${input.proceedingId} не найдено.`);
  if (p.status === input.status)
    throw new AppError(
      'CONFLICT',
      `Производство № ${p.number} уже в состоянии «${PROCEEDING_STATUS_LABELS[p.status]}».`,
    );
  if (!PROCEEDING_TRANSITIONS[p.status].includes(input.status))
    throw new AppError(
      'CONFLICT',
      `Производство № ${p.number} ${PROCEEDING_STATUS_LABELS[p.status]} ${formatRuDate(p.statusDate)}: его состояние больше не меняется.`,
    );
  if (input.date > today)
    throw new AppError('VALIDATION', `Дата постановления ${formatRuDate(input.date)} ещё не наступила.`);
  if (input.date < p.openedDate)
    throw new AppError(
      'VALIDATION',
      `Дата постановления ${formatRuDate(input.date)} раньше возбуждения производства (${formatRuDate(p.openedDate)}).`,
    );
  const ground = input.ground.trim();
  if (GROUND_REQUIRED.has(input.status) && ground.length < 3)
    throw new AppError(
      'VALIDATION',
      input.status === 'ended_impossible'
        ? 'Укажите основание окончания, например «ст.46 ч.1 п.4: нет имущества, на которое может быть обращено взыскание».'
        : input.status === 'terminated'
          ? 'Укажите основание прекращения (ст.43), например «отмена судебного приказа».'
          : 'Укажите основание приостановления (ст.40), например «банкротство должника».',
    );
  const writ = db.select().from(writs).where(eq(writs.id, p.writId)).get()!;
  const writAfter = WRIT_AFTER[input.status];
  const writChanges = writAfter !== undefined && writ.status === 'in_proceedings';

  return sqlite.transaction(() => {
    db.update(enforcementProceedings)
      .set({ status: input.status, statusDate: input.date, statusNote: ground, updatedAtMs: nowMs })
      .where(eq(enforcementProceedings.id, p.id))
      .run();
    let message = `Производство № ${p.number}: ${PROCEEDING_STATUS_LABELS[input.status]} с ${formatRuDate(input.date)}.`;
    let deadline: StatusChangeResult['writDeadline'] = null;
    if (writChanges) {
      setWritStatus(sqlite, writ.id, writAfter, nowMs);
      if (input.status === 'ended_impossible') {
        addWritEvent(
          sqlite,
          { writId: writ.id, type: 'returned', date: input.date, note: `ИП № ${p.number} окончено: ${ground}` },
          by,
          nowMs,
        );
        const d = readWritDeadline(sqlite, writ.id, today);
        deadline = { deadline: d.deadline, lastDay: d.lastDay, expired: d.expired, withBailiff: d.withBailiff };
        message +=
          ` Исполнительный документ № ${writ.number} возвращён взыскателю ${formatRuDate(input.date)}; срок предъявления` +
          ` исчисляется заново со дня возврата (229-ФЗ ст.21, 22 ч.3) — до ${d.deadline ? formatRuDate(d.deadline) : '—'}` +
          `${d.expired ? ' (истёк)' : ''}. Направьте его повторно.`;
      } else {
        message += ` Исполнительный документ № ${writ.number}: ${WRIT_STATUS_LABELS[writAfter]}.`;
      }
    } else if (writAfter !== undefined) {
      message += ` Состояние исполнительного документа № ${writ.number} не менялось: ${WRIT_STATUS_LABELS[writ.status]}.`;
    }
    writeJournal(sqlite, by, nowMs, {
      kind: 'fssp.proceeding',
      summary:
        `Исполнительное производство № ${p.number}: ${PROCEEDING_STATUS_LABELS[input.status]} ${formatRuDate(input.date)}` +
        `${ground ? ` (${ground})` : ''}${writChanges ? `; исполнительный документ — ${WRIT_STATUS_LABELS[writAfter]}` : ''}`,
      accountId: writ.accountId,
      object: { type: 'proceeding', id: p.id },
      details: {
        proceedingId: p.id,
        date: input.date,
        ground,
        writId: writ.id,
        writStatusAfter: writChanges ? writAfter : writ.status,
        writDeadline: deadline?.deadline ?? null,
      },
      before: { status: p.status, statusDate: p.statusDate },
      after: { status: input.status, statusDate: input.date },
    });
    return { message, writDeadline: deadline };
  })();
}
