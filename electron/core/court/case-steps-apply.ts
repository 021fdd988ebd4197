/**
 * @file A step of a court case (filed, issued, copy received, in force, writ received, cancelled, returned, closed):
 * checked against the transition table (shared/court/case-steps.ts) and, for filing, against the three gates — the
 * duty paid or exempt, the debtor's identifiers (ГПК ст.124) or the clerk's «сведения неизвестны», the court known.
 * The dates must follow each other and not lie in the future. The copy's receipt fixes the objection window (ГПК
 * ст.128, ст.107 ч.3). One transaction per step, journaled 'court.case_step' on the account's timeline.
 */
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { courtCases } from '../../../shared/db/schema-court';
import type { CaseStepInput } from '../../../shared/api/contract-court-cases';
import {
  CLOSED_REASON_TITLES,
  FILING_CHANNEL_TITLES,
  stepAllowed,
  statusTitle,
  stepTitle,
  type CaseStatus,
} from '../../../shared/court/case-steps';
import { objectionDeadline, orderInForceFrom } from '../../../shared/court/procedural-days';
import { PRODUCTION_CALENDAR } from '../../../shared/calendar/production-calendar-data';
import { formatRuDate, isoDateInZone } from '../../../shared/dates/iso-date';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { recomputeSummaries } from '../billing/recompute-summaries';
import { caseRecord, filingGates, type CaseRecord } from './court-cases-repo';
import { writFromCase } from '../fssp/writ-from-case';

const KIND_TITLE = { court_order: 'Судебный приказ', lawsuit: 'Иск' } as const;

export function applyCaseStep(sqlite: Database.Database, input: CaseStepInput, by: JournalActor, nowMs: number): void {
  const today = isoDateInZone(nowMs);
  sqlite.transaction(() => {
    const c = caseRecord(sqlite, input.caseId);
    const step = input.step;
    if (step === 'filed' && c.status === 'prepared') {
      // The duty gate speaks first: the clerk needs to know the sum still due, not that the status is wrong.
      const duty = filingGates(sqlite, c)[0];
      if (duty && !duty.ok) throw new AppError('COURT.DUTY_UNPAID', duty.message);
    } else if (!stepAllowed(c.kind, c.status, step)) {
      throw new AppError(
        'COURT.BAD_STEP',
        `Шаг «${stepTitle(c.kind, step)}» невозможен: дело № ${c.id} в состоянии «${statusTitle(c.kind, c.status)}».`,
      );
    }
    if (step === 'filed') {
      const [, identifiers, court] = filingGates(sqlite, c);
      if (identifiers && !identifiers.ok) throw new AppError('COURT.IDENTIFIERS_MISSING', identifiers.message);
      if (court && !court.ok) throw new AppError('COURT.NO_COURT', court.message);
    }
    if ('date' in input) checkDate(c, input, today);

    const set: Partial<CaseRecord> = { status: step as CaseStatus, updatedAtMs: nowMs };
    let what: string;
    switch (input.step) {
      case 'filed':
        set.filedDate = input.date;
        set.filedChannel = input.channel;
        if (input.courtCaseNumber) set.courtCaseNumber = input.courtCaseNumber;
        what = `подано в суд ${formatRuDate(input.date)} (${FILING_CHANNEL_TITLES[input.channel]})`;
        break;
      case 'issued':
        set.issuedNumber = input.number;
        set.issuedDate = input.date;
        what = `${c.kind === 'court_order' ? 'приказ вынесен' : 'решение вынесено'} ${formatRuDate(input.date)}, № ${input.number}`;
        break;
      case 'copy_received': {
        const term = objectionDeadline(input.date, PRODUCTION_CALENDAR);
        set.copyReceivedDate = input.date;
        set.objectionDeadline = term.lastDay;
        what = `должник получил копию приказа ${formatRuDate(input.date)}; возражения — по ${formatRuDate(term.lastDay)} включительно (10 рабочих дней, ГПК РФ ст.128, 107)`;
        break;
      }
      case 'in_force':
        set.inForceDate = input.date;
        what = `вступило в силу ${formatRuDate(input.date)}`;
        break;
      case 'writ_received':
        set.writReceivedDate = input.date;
        set.writNumber = input.number;
        what = `получен исполнительный документ № ${input.number} от ${formatRuDate(input.date)} — для передачи приставам`;
        break;
      case 'cancelled':
        set.cancelledDate = input.date;
        what = `приказ отменён определением от ${formatRuDate(input.date)}; можно подать иск`;
        break;
      case 'returned':
        set.returnedDate = input.date;
        what = `возвращено судом ${formatRuDate(input.date)}: ${input.reason}`;
        break;
      case 'closed':
        set.closedReason = `${CLOSED_REASON_TITLES[input.reason]}${input.note ? `: ${input.note}` : ''}`;
        what = `дело закрыто — ${set.closedReason}`;
        break;
    }
    drizzleOf(sqlite).update(courtCases).set(set).where(eq(courtCases.id, c.id)).run();
    writeJournal(sqlite, by, nowMs, {
      // Filing is what the plan counts for measure 9 (shared/plan/plan-targets.ts); the other steps follow the case.
      kind: input.step === 'filed' ? 'court.case_filed' : 'court.case_step',
      summary: `${KIND_TITLE[c.kind]} (дело № ${c.id}, ${c.debtorName}): ${what}.`,
      accountId: c.accountId,
      object: { type: 'case', id: c.id },
      details: input,
      before: { status: c.status },
      after: { status: step, ...withoutMeta(set) },
    });
    // The writ goes into the registry of measure 10 at once, in the same transaction (electron/core/fssp/writ-from-case.ts).
    if (step === 'writ_received') writFromCase(sqlite, c.id, by, nowMs);
    // A court order filed, cancelled or returned moves the limitation of its months: the account's kept figures
    // (registry, brackets, the queue) are recounted at once, in the same transaction.
    if (c.kind === 'court_order' && (step === 'filed' || step === 'cancelled' || step === 'returned'))
      recomputeSummaries(sqlite, [c.accountId], nowMs);
  })();
}

function withoutMeta(set: Partial<CaseRecord>): Partial<CaseRecord> {
  const { updatedAtMs: _ignored, ...rest } = set;
  return rest;
}

/** A step's date: not in the future, not before the step it follows. */
function checkDate(c: CaseRecord, input: Extract<CaseStepInput, { date: string }>, today: string): void {
  const title = stepTitle(c.kind, input.step);
  if (input.date > today)
    throw new AppError('VALIDATION', `«${title}»: дата ${formatRuDate(input.date)} ещё не наступила.`);
  const notBefore = (floor: string | null, what: string) => {
    if (floor !== null && input.date < floor)
      throw new AppError(
        'VALIDATION',
        `«${title}»: дата ${formatRuDate(input.date)} раньше, чем ${what} (${formatRuDate(floor)}).`,
      );
  };
  switch (input.step) {
    case 'filed':
      notBefore(c.preparedDate, 'заявление подготовлено');
      break;
    case 'issued':
    case 'returned':
      notBefore(c.filedDate, 'дата подачи');
      break;
    case 'copy_received':
    case 'cancelled':
      notBefore(c.issuedDate, c.kind === 'court_order' ? 'приказ вынесен' : 'решение вынесено');
      break;
    case 'in_force':
      if (c.kind === 'court_order' && c.objectionDeadline !== null)
        notBefore(orderInForceFrom(c.objectionDeadline), 'день после срока на возражения');
      else notBefore(c.issuedDate, 'решение вынесено');
      break;
    case 'writ_received':
      notBefore(c.inForceDate, 'вступление в силу');
      break;
  }
}
