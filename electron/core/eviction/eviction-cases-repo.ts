/**
 * @file Eviction cases (measure 12): opening one for a qualifying social tenant (the rule book decides, as for the
 * candidates list), reading a case as the card shows it — the checklist with its verdict, the stages with dates and
 * deadlines, the next step proposed — and the list of cases.
 */
import type Database from 'better-sqlite3';
import { desc, eq } from 'drizzle-orm';
import { drizzleOf } from '../db/drizzle-of';
import { AppError } from '../app-error';
import type { JournalActor } from '../auth/actor';
import { writeJournal } from '../journal/journal-writer';
import { readAccountFacts } from '../rules/account-facts';
import { currentRuleBook } from '../rules/rule-book-repo';
import { evaluateMeasure } from '../../../shared/rules/eligibility/evaluate-account';
import { isoDateInZone } from '../../../shared/dates/iso-date';
import { evictionCases } from '../../../shared/db/schema-eviction';
import { accountSummaries } from '../../../shared/db/schema';
import {
  checklistVerdict,
  completeAnswers,
  goodReasonText,
  type GoodReasonAnswerRow,
} from '../../../shared/eviction/good-reasons';
import {
  EVICTION_STATUS_LABELS,
  EVICTION_STEP_LABELS,
  inForceEarliest,
  proposeNext,
  type EvictionCaseState,
} from '../../../shared/eviction/eviction-steps';
import type { EvictionCaseListItem, EvictionCaseView, EvictionStageView } from '../../../shared/api/contract-eviction';
import { evictionRule, householdSizes } from './eviction-candidates';

export type EvictionCaseRow = typeof evictionCases.$inferSelect;

export function readCaseRow(sqlite: Database.Database, id: number): EvictionCaseRow {
  const row = drizzleOf(sqlite).select().from(evictionCases).where(eq(evictionCases.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Дело о выселении № ${id} не найдено. Ничего не изменено.`);
  return row;
}

export function answersOf(row: Pick<EvictionCaseRow, 'goodReasonsJson'>): GoodReasonAnswerRow[] | null {
  return row.goodReasonsJson ? (JSON.parse(row.goodReasonsJson) as GoodReasonAnswerRow[]) : null;
}

export function stateOf(row: EvictionCaseRow): EvictionCaseState {
  return {
    status: row.status,
    warningDate: row.warningDate,
    warningDeadlineDate: row.warningDeadlineDate,
    lawsuitDate: row.lawsuitDate,
    decisionDate: row.decisionDate,
    decisionResult: row.decisionResult,
    inForceDate: row.inForceDate,
    enforcementDate: row.enforcementDate,
    dwellingId: row.dwellingId,
  };
}

function accountInfo(sqlite: Database.Database, accountId: number) {
  return drizzleOf(sqlite)
    .select({
      number: accountSummaries.number,
      address: accountSummaries.address,
      mainPerson: accountSummaries.mainPerson,
    })
    .from(accountSummaries)
    .where(eq(accountSummaries.accountId, accountId))
    .get();
}

function stagesOf(row: EvictionCaseRow): EvictionStageView[] {
  const stages: EvictionStageView[] = [
    {
      step: 'opened',
      label: 'Дело открыто',
      date: isoDateInZone(row.createdAtMs),
      deadline: null,
      note: `${row.unpaidMonths} мес. подряд без оплаты; семья — ${row.householdSize} чел.`,
    },
    {
      step: 'checklist',
      label: 'Уважительные причины проверены',
      date: row.checklistDate,
      deadline: null,
      note: checklistVerdict(answersOf(row)).text,
    },
    {
      step: 'warning',
      label: EVICTION_STEP_LABELS.warning,
      date: row.warningDate,
      deadline: row.warningDeadlineDate,
      note: row.warningDeadlineDate ? 'срок погашения долга по предупреждению' : '',
    },
    {
      step: 'lawsuit',
      label: EVICTION_STEP_LABELS.lawsuit,
      date: row.lawsuitDate,
      deadline: null,
      note: row.courtName ?? '',
    },
    {
      step: 'decision',
      label: EVICTION_STEP_LABELS.decision,
      date: row.decisionDate,
      deadline: null,
      note:
        row.decisionResult === 'granted'
          ? 'иск удовлетворён'
          : row.decisionResult === 'refused'
            ? 'в иске отказано'
            : '',
    },
    {
      step: 'in_force',
      label: EVICTION_STEP_LABELS.in_force,
      date: row.inForceDate,
      deadline: row.decisionDate && row.decisionResult === 'granted' ? inForceEarliest(row.decisionDate) : null,
      note: row.decisionDate && row.decisionResult === 'granted' ? 'не раньше месяца после решения (ГПК ст.321)' : '',
    },
    {
      step: 'enforcement',
      label: EVICTION_STEP_LABELS.enforcement,
      date: row.enforcementDate,
      deadline: null,
      note: '',
    },
    {
      step: 'relocated',
      label: EVICTION_STEP_LABELS.relocated,
      date: row.relocatedDate,
      deadline: null,
      note: row.dwellingId !== null ? 'жильё зарезервировано' : '',
    },
  ];
  if (row.status === 'closed')
    stages.push({
      step: 'closed',
      label: EVICTION_STEP_LABELS.closed,
      date: isoDateInZone(row.updatedAtMs),
      deadline: null,
      note: row.closedReason ?? '',
    });
  return stages;
}

export function caseView(sqlite: Database.Database, row: EvictionCaseRow, today: string): EvictionCaseView {
  const account = accountInfo(sqlite, row.accountId);
  const answers = answersOf(row);
  const verdict = checklistVerdict(answers);
  return {
    id: row.id,
    accountId: row.accountId,
    accountNumber: account?.number ?? '',
    address: account?.address ?? '',
    tenantName: account?.mainPerson ?? null,
    status: row.status,
    statusLabel: EVICTION_STATUS_LABELS[row.status],
    unpaidMonths: row.unpaidMonths,
    debtKopecks: row.debtKopecks,
    householdSize: row.householdSize,
    checklist: completeAnswers(answers ?? []).map((a) => ({ ...a, text: goodReasonText(a.code) })),
    checklistDate: row.checklistDate,
    checklistText: verdict.text,
    goodReasonFound: verdict.goodReasons.length > 0,
    checklistClear: verdict.clear,
    warningDate: row.warningDate,
    warningDeadlineDate: row.warningDeadlineDate,
    lawsuitDate: row.lawsuitDate,
    dutyKopecks: row.dutyKopecks,
    courtName: row.courtName,
    decisionDate: row.decisionDate,
    decisionResult: row.decisionResult,
    inForceDate: row.inForceDate,
    enforcementDate: row.enforcementDate,
    relocatedDate: row.relocatedDate,
    dwellingId: row.dwellingId,
    closedReason: row.closedReason,
    warningDocumentId: row.warningDocumentId,
    lawsuitDocumentId: row.lawsuitDocumentId,
    stages: stagesOf(row),
    next: proposeNext(stateOf(row), verdict, today),
    createdBy: row.userName,
    createdAtMs: row.createdAtMs,
  };
}

export function readCase(sqlite: Database.Database, id: number, today: string): EvictionCaseView {
  return caseView(sqlite, readCaseRow(sqlite, id), today);
}

export function listCases(
  sqlite: Database.Database,
  status: EvictionCaseRow['status'] | null,
  today: string,
): { cases: EvictionCaseListItem[] } {
  const db = drizzleOf(sqlite);
  const rows = db
    .select()
    .from(evictionCases)
    .where(status ? eq(evictionCases.status, status) : undefined)
    .orderBy(desc(evictionCases.id))
    .limit(2000)
    .all();
  return {
    cases: rows.map((r) => {
      const account = accountInfo(sqlite, r.accountId);
      return {
        id: r.id,
        accountId: r.accountId,
        accountNumber: account?.number ?? '',
        address: account?.address ?? '',
        tenantName: account?.mainPerson ?? null,
        status: r.status,
        statusLabel: EVICTION_STATUS_LABELS[r.status],
        unpaidMonths: r.unpaidMonths,
        debtKopecks: r.debtKopecks,
        nextText: proposeNext(stateOf(r), checklistVerdict(answersOf(r)), today)?.text ?? null,
      };
    }),
  };
}

/**
 * Opens a case for the account when measure 12 applies to it today; otherwise EVICTION.NOT_ELIGIBLE with the
 * evaluator's reason (for an owner: «основание пользования собственник ≠ наниматель (соцнайм)»).
 */
export function openCase(
  sqlite: Database.Database,
  by: JournalActor,
  nowMs: number,
  accountId: number,
): EvictionCaseView {
  const today = isoDateInZone(nowMs);
  const facts = readAccountFacts(sqlite, accountId, today);
  if (!facts) throw new AppError('NOT_FOUND', 'Лицевой счёт не найден. Ничего не изменено.');
  const book = currentRuleBook(sqlite);
  const verdict = evaluateMeasure(evictionRule(book), facts, book, today);
  if (!verdict.available)
    throw new AppError(
      'EVICTION.NOT_ELIGIBLE',
      `Выселение за долги не предлагается для л/с ${facts.number}: ${verdict.reason}. Дело не открыто.`,
      { trace: verdict.trace },
    );
  const householdSize = householdSizes(sqlite, [accountId]).get(accountId) ?? 1;
  const id = sqlite.transaction(() => {
    const inserted = drizzleOf(sqlite)
      .insert(evictionCases)
      .values({
        accountId,
        status: 'checklist',
        unpaidMonths: facts.monthsWithoutPayment,
        debtKopecks: facts.debtKopecks,
        householdSize,
        userName: by.name,
        createdAtMs: nowMs,
        updatedAtMs: nowMs,
      })
      .returning({ id: evictionCases.id })
      .get().id;
    writeJournal(sqlite, by, nowMs, {
      kind: 'eviction.case_opened',
      summary: `открыто дело о выселении № ${inserted}: ${facts.monthsWithoutPayment} мес. подряд без оплаты, семья — ${householdSize} чел.`,
      accountId,
      object: { type: 'eviction', id: inserted },
      details: { monthsWithoutPayment: facts.monthsWithoutPayment, debtKopecks: facts.debtKopecks, householdSize },
      after: { status: 'checklist' },
    });
    return inserted;
  })();
  return readCase(sqlite, id, today);
}
