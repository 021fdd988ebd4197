/**
 * @file API methods — Выселение нанимателей (мера 12): кандидаты, дела, уважительные причины, документы. Spread into
 * the one contract in contract.ts.
 *
 * Candidates are the rule book's measure 12 (social tenant, more than six months in a row without payment, no kept
 * repayment agreement, no case under way); a case is opened only for one of them. The case keeps the clerk's answers
 * on the good reasons (Пленум ВС № 14 п.38) and goes warning → lawsuit → decision → in force → enforcement →
 * relocation (shared/eviction/eviction-steps.ts), or is closed. Money in kopecks.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import {
  GOOD_REASON_ANSWERS,
  GOOD_REASON_CODES,
  type GoodReasonAnswer,
  type GoodReasonCode,
} from '../eviction/good-reasons';
import { EVICTION_STEPS, type EvictionStatus, type EvictionStep } from '../eviction/eviction-steps';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const EVICTION_STATUS_VALUES = [
  'checklist',
  'warning',
  'lawsuit',
  'decision',
  'enforcement',
  'relocated',
  'closed',
] as const satisfies readonly EvictionStatus[];

export const evictionApiInputs = {
  /** Measure 12 over every account with overdue debt: who qualifies, and why the others do not (counts). */
  'eviction.candidates': z.object({}).strict(),
  /** Open a case for a qualifying social tenant; refused (EVICTION.NOT_ELIGIBLE) with the evaluator's reason. */
  'eviction.open': z.object({ accountId: Id('Лицевой счёт') }).strict(),
  'eviction.case': z.object({ id: Id('Дело о выселении') }).strict(),
  'eviction.cases': z
    .object({
      status: z
        .enum(EVICTION_STATUS_VALUES, {
          error: 'Состояние дела: checklist, warning, lawsuit, decision, enforcement, relocated или closed.',
        })
        .nullable()
        .default(null),
    })
    .strict(),
  /** The clerk's answers on the good reasons; items not sent stay «unknown». Kept with the case and journaled. */
  'eviction.checklist': z
    .object({
      caseId: Id('Дело о выселении'),
      answers: z
        .array(
          z
            .object({
              code: z.enum(GOOD_REASON_CODES, { error: 'Неизвестный пункт перечня уважительных причин.' }),
              answer: z.enum(GOOD_REASON_ANSWERS, { error: 'Ответ: yes, no или unknown.' }),
              note: z
                .string({ error: 'Примечание — текст.' })
                .trim()
                .max(300, 'Примечание длиннее 300 знаков.')
                .default(''),
            })
            .strict(),
          { error: 'Укажите ответы по пунктам перечня.' },
        )
        .max(GOOD_REASON_CODES.length, `В перечне ${GOOD_REASON_CODES.length} пунктов.`),
    })
    .strict()
    .superRefine((v, ctx) => {
      const codes = v.answers.map((a) => a.code);
      if (new Set(codes).size !== codes.length)
        ctx.addIssue({ code: 'custom', path: ['answers'], message: 'Каждый пункт перечня — один раз.' });
    }),
  /** One step of the case with its date (not in the future, not before the step it follows). */
  'eviction.step': z
    .object({
      caseId: Id('Дело о выселении'),
      step: z.enum(EVICTION_STEPS, {
        error: 'Шаг: warning, lawsuit, decision, in_force, enforcement, relocated или closed.',
      }),
      date: isoDateSchema('Дата шага'),
      decisionResult: z
        .enum(['granted', 'refused'], { error: 'Итог решения: granted или refused.' })
        .nullable()
        .default(null),
      courtName: z
        .string({ error: 'Суд — текст.' })
        .trim()
        .max(300, 'Название суда длиннее 300 знаков.')
        .nullable()
        .default(null),
      reason: z
        .string({ error: 'Причина — текст.' })
        .trim()
        .max(500, 'Причина длиннее 500 знаков.')
        .nullable()
        .default(null),
    })
    .strict(),
} as const;

export interface EvictionCandidate {
  accountId: number;
  number: string;
  address: string;
  /** The tenant as billing names them. */
  tenantName: string | null;
  monthsWithoutPayment: number;
  debtKopecks: number;
  /** People on the account as tenant, family or registered. */
  householdSize: number;
}

export interface EvictionCandidatesResult {
  candidates: EvictionCandidate[];
  /** Accounts with overdue debt the rule was asked about. */
  checked: number;
  /** «Не проходят — почему»: the first failed condition's name and how many accounts stopped there, most first. */
  skipped: Array<{ reason: string; count: number }>;
  /** The rule's conditions in words, for the screen. */
  ruleText: string;
}

export interface EvictionChecklistItem {
  code: GoodReasonCode;
  text: string;
  answer: GoodReasonAnswer;
  note: string;
}

export interface EvictionStageView {
  step: EvictionStep | 'opened' | 'checklist';
  label: string;
  date: string | null;
  /** A term the stage sets (the warning's term to pay, the earliest day in force), or null. */
  deadline: string | null;
  note: string;
}

export interface EvictionCaseView {
  id: number;
  accountId: number;
  accountNumber: string;
  address: string;
  tenantName: string | null;
  status: EvictionStatus;
  statusLabel: string;
  unpaidMonths: number;
  debtKopecks: number;
  householdSize: number;
  checklist: EvictionChecklistItem[];
  checklistDate: string | null;
  checklistText: string;
  /** Some item answered «yes»: no warning or lawsuit; the case may be closed. */
  goodReasonFound: boolean;
  /** Every item answered «no». */
  checklistClear: boolean;
  warningDate: string | null;
  warningDeadlineDate: string | null;
  lawsuitDate: string | null;
  dutyKopecks: number | null;
  courtName: string | null;
  decisionDate: string | null;
  decisionResult: 'granted' | 'refused' | null;
  inForceDate: string | null;
  enforcementDate: string | null;
  relocatedDate: string | null;
  dwellingId: number | null;
  closedReason: string | null;
  warningDocumentId: number | null;
  lawsuitDocumentId: number | null;
  stages: EvictionStageView[];
  next: { step: EvictionStep | 'checklist'; from: string | null; text: string } | null;
  createdBy: string;
  createdAtMs: number;
}

export interface EvictionCaseListItem {
  id: number;
  accountId: number;
  accountNumber: string;
  address: string;
  tenantName: string | null;
  status: EvictionStatus;
  statusLabel: string;
  unpaidMonths: number;
  debtKopecks: number;
  nextText: string | null;
}

export interface EvictionApiOutputs {
  'eviction.candidates': EvictionCandidatesResult;
  'eviction.open': EvictionCaseView;
  'eviction.case': EvictionCaseView;
  'eviction.cases': { cases: EvictionCaseListItem[] };
  'eviction.checklist': EvictionCaseView;
  'eviction.step': EvictionCaseView & { summary: string };
}
