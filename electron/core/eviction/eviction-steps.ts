/**
 * @file The clerk's work on an eviction case: the good-reasons checklist answered and kept, and each step of the case
 * (shared/eviction/eviction-steps.ts decides what may follow what). The warning and the lawsuit render their
 * documents before the write, so a failed render changes nothing; every change is journaled on the account with the
 * status before and after (measure 12).
 */
import { settleCaseDwelling } from '../housing/dwelling-reserve';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import { writeJournal } from '../journal/journal-writer';
import { measureRule } from '../restriction/restriction-tables-repo';
import { isoDateInZone, formatRuDate } from '../../../shared/dates/iso-date';
import { evictionCases } from '../../../shared/db/schema-eviction';
import { checklistVerdict, completeAnswers, type GoodReasonAnswerRow } from '../../../shared/eviction/good-reasons';
import {
  checkStep,
  EVICTION_STATUS_LABELS,
  EVICTION_STEP_LABELS,
  statusAfter,
  warningDeadline,
  type StepRequest,
} from '../../../shared/eviction/eviction-steps';
import type { EvictionCaseView } from '../../../shared/api/contract-eviction';
import { rublesKopecksText } from '../../../shared/documents/money-text';
import { answersOf, readCase, readCaseRow, stateOf } from './eviction-cases-repo';
import { evictionDuty } from './eviction-duty';
import {
  registerRendered,
  renderLawsuit,
  renderWarning,
  type DocumentEnv,
  type RenderedDocument,
} from './render-eviction-documents';

export function saveChecklist(
  env: Omit<DocumentEnv, 'dataDir'>,
  input: {
    caseId: number;
    answers: ReadonlyArray<{ code: GoodReasonAnswerRow['code']; answer: GoodReasonAnswerRow['answer']; note: string }>;
  },
): EvictionCaseView {
  const { sqlite, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  const row = readCaseRow(sqlite, input.caseId);
  if (row.status === 'closed' || row.status === 'relocated')
    throw new AppError(
      'EVICTION.BAD_STEP',
      `Дело уже завершено (${EVICTION_STATUS_LABELS[row.status]}). Ничего не изменено.`,
    );
  const before = completeAnswers(answersOf(row) ?? []);
  const after = completeAnswers(input.answers);
  const verdict = checklistVerdict(after);
  sqlite.transaction(() => {
    drizzleOf(sqlite)
      .update(evictionCases)
      .set({ goodReasonsJson: JSON.stringify(after), checklistDate: today, updatedAtMs: nowMs })
      .where(eq(evictionCases.id, row.id))
      .run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'eviction.checklist',
      summary: `дело о выселении № ${row.id}: уважительные причины — ${verdict.text}`,
      accountId: row.accountId,
      object: { type: 'eviction', id: row.id },
      before: { answers: before },
      after: { answers: after },
    });
  })();
  return readCase(sqlite, row.id, today);
}

function stepSummary(req: StepRequest, extra: string): string {
  return `${EVICTION_STEP_LABELS[req.step]} ${formatRuDate(req.date)}${extra}`;
}

export async function takeStep(
  env: DocumentEnv,
  req: StepRequest & { caseId: number },
): Promise<EvictionCaseView & { summary: string }> {
  const { sqlite, by, nowMs } = env;
  const today = isoDateInZone(nowMs);
  const row = readCaseRow(sqlite, req.caseId);
  const state = stateOf(row);
  const verdict = checklistVerdict(answersOf(row));
  const refusal = checkStep(state, req, verdict, today);
  if (refusal) throw new AppError('EVICTION.BAD_STEP', refusal);

  const patch: Partial<typeof evictionCases.$inferInsert> = {};
  let doc: RenderedDocument | null = null;
  let extra = '';
  switch (req.step) {
    case 'warning': {
      const deadline = warningDeadline(req.date, measureRule(sqlite, 'eviction.warning_days', req.date));
      patch.warningDate = req.date;
      patch.warningDeadlineDate = deadline;
      doc = await renderWarning(env, row, req.date, deadline);
      extra = `; срок погашения — до ${formatRuDate(deadline)}`;
      break;
    }
    case 'lawsuit': {
      const duty = evictionDuty(sqlite, req.date);
      const court = (req.courtName ?? '').trim();
      patch.lawsuitDate = req.date;
      patch.courtName = court;
      patch.dutyKopecks = duty.dutyKopecks;
      doc = await renderLawsuit(env, row, req.date, court, duty);
      extra = `; ${court}; госпошлина ${duty.exempt ? '— истец освобождён' : rublesKopecksText(duty.dutyKopecks)}`;
      break;
    }
    case 'decision':
      patch.decisionDate = req.date;
      patch.decisionResult = req.decisionResult ?? null;
      if (req.decisionResult === 'refused') patch.closedReason = 'Суд отказал в иске о выселении.';
      extra = req.decisionResult === 'granted' ? ': иск удовлетворён' : ': в иске отказано, дело закрыто';
      break;
    case 'in_force':
      patch.inForceDate = req.date;
      break;
    case 'enforcement':
      patch.enforcementDate = req.date;
      break;
    case 'relocated':
      patch.relocatedDate = req.date;
      break;
    case 'closed':
      patch.closedReason = (req.reason ?? '').trim();
      extra = `: ${patch.closedReason}`;
      break;
  }
  const status = statusAfter(state, req);
  patch.status = status;
  patch.updatedAtMs = nowMs;
  const summary = stepSummary(req, extra);
  sqlite.transaction(() => {
    if (doc) {
      const documentId = registerRendered(env, row.accountId, doc);
      if (doc.kind === 'eviction_warning') patch.warningDocumentId = documentId;
      else patch.lawsuitDocumentId = documentId;
    }
    drizzleOf(sqlite).update(evictionCases).set(patch).where(eq(evictionCases.id, row.id)).run();
    writeJournal(sqlite, by, nowMs, {
      kind: 'eviction.step',
      summary: `дело о выселении № ${row.id}: ${summary}`,
      accountId: row.accountId,
      object: { type: 'eviction', id: row.id },
      actionDate: req.date,
      details: { step: req.step, date: req.date },
      before: { status: row.status },
      after: { status },
    });
    // The reserved dwelling follows the case: released when it closes, occupied when the household moves in.
    if (status === 'closed' || status === 'relocated') settleCaseDwelling(sqlite, row.id, status, by, nowMs);
  })();
  return { ...readCase(sqlite, row.id, today), summary: `${summary}.` };
}
