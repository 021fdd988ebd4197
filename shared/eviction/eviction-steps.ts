/**
 * @file The stage machine of an eviction case (shared, pure): which step may follow which, the dates each must keep,
 * the deadlines the card shows and the next step it proposes. The core (electron/core/eviction/eviction-steps.ts)
 * asks `checkStep` before it writes and turns a refusal into EVICTION.BAD_STEP with the text given here.
 *
 *   checklist ─warning→ warning ─lawsuit→ lawsuit ─decision→ decision ─in_force→ (decision, in force)
 *     ─enforcement→ enforcement ─relocated→ relocated;   any open stage ─closed→ closed;   decision refused → closed.
 *
 * - warning: no good reason found in the checklist (an «unknown» item does not stop the warning, it stops the suit);
 *   the term to pay = the warning date + the dated rule 'eviction.warning_days'.
 * - lawsuit: after the warning's term has passed (the day after the deadline at the earliest), with every checklist
 *   item answered «no».
 * - in force: a month after the decision at the earliest (ГПК ст.321: the appeal term is one month); proposed then.
 * - relocated: only to a dwelling reserved for the case (the housing stock's reservation sets dwelling_id).
 * Every date: not after today, not before the step it follows.
 */
import { formatRuDate } from '../dates/iso-date';
import { addDays } from '../calendar/date-math';
import { addMonthsClamped } from '../debt/limitation';
import type { ChecklistVerdict } from './good-reasons';

export const EVICTION_STEPS = [
  'warning',
  'lawsuit',
  'decision',
  'in_force',
  'enforcement',
  'relocated',
  'closed',
] as const;
export type EvictionStep = (typeof EVICTION_STEPS)[number];

export type EvictionStatus = 'checklist' | 'warning' | 'lawsuit' | 'decision' | 'enforcement' | 'relocated' | 'closed';

export const EVICTION_STATUS_LABELS: Record<EvictionStatus, string> = {
  checklist: 'проверка уважительных причин',
  warning: 'предупреждение вручено',
  lawsuit: 'иск подан',
  decision: 'решение суда',
  enforcement: 'исполнение',
  relocated: 'переселён',
  closed: 'закрыто',
};

export const EVICTION_STEP_LABELS: Record<EvictionStep, string> = {
  warning: 'Предупреждение нанимателю',
  lawsuit: 'Иск о выселении подан',
  decision: 'Решение суда',
  in_force: 'Решение вступило в силу',
  enforcement: 'Исполнение (выселение начато)',
  relocated: 'Переселение в другое жильё',
  closed: 'Дело закрыто',
};

/** The case as the machine needs it. */
export interface EvictionCaseState {
  status: EvictionStatus;
  warningDate: string | null;
  warningDeadlineDate: string | null;
  lawsuitDate: string | null;
  decisionDate: string | null;
  decisionResult: 'granted' | 'refused' | null;
  inForceDate: string | null;
  enforcementDate: string | null;
  dwellingId: number | null;
}

export interface StepRequest {
  step: EvictionStep;
  date: string;
  decisionResult?: 'granted' | 'refused' | null;
  courtName?: string | null;
  reason?: string | null;
}

/** The earliest day the decision may be in force (ГПК ст.321: a month for the appeal). */
export function inForceEarliest(decisionDate: string): string {
  return addMonthsClamped(decisionDate, 1);
}

/** The term the warning gives to pay: the warning date + `warningDays`. */
export function warningDeadline(warningDate: string, warningDays: number): string {
  return addDays(warningDate, warningDays);
}

const ru = (d: string) => formatRuDate(d);

/** The date of the step `step` follows (its lower bound), or null. */
function previousDate(c: EvictionCaseState, step: EvictionStep): { date: string; what: string } | null {
  switch (step) {
    case 'warning':
      return null;
    case 'lawsuit':
      return c.warningDeadlineDate
        ? { date: addDays(c.warningDeadlineDate, 1), what: 'дня после срока предупреждения' }
        : null;
    case 'decision':
      return c.lawsuitDate ? { date: c.lawsuitDate, what: 'подачи иска' } : null;
    case 'in_force':
      return c.decisionDate
        ? { date: inForceEarliest(c.decisionDate), what: 'истечения месяца на обжалование (ГПК ст.321)' }
        : null;
    case 'enforcement':
      return c.inForceDate ? { date: c.inForceDate, what: 'вступления решения в силу' } : null;
    case 'relocated':
      return c.enforcementDate ? { date: c.enforcementDate, what: 'начала исполнения' } : null;
    case 'closed': {
      const dates = [c.warningDate, c.lawsuitDate, c.decisionDate, c.inForceDate, c.enforcementDate].filter(
        (d): d is string => d !== null,
      );
      if (dates.length === 0) return null;
      return { date: dates.reduce((a, b) => (a > b ? a : b)), what: 'последнего шага дела' };
    }
  }
}

/**
 * Why the step may not be taken now (a calm Russian sentence ending with «Ничего не изменено.»), or null when it
 * may. `checklist` is the verdict of the clerk's answers.
 */
export function checkStep(
  c: EvictionCaseState,
  req: StepRequest,
  checklist: ChecklistVerdict,
  today: string,
): string | null {
  const nothing = ' Ничего не изменено.';
  if (c.status === 'closed' || c.status === 'relocated')
    return `Дело уже завершено (${EVICTION_STATUS_LABELS[c.status]}).${nothing}`;
  if (req.date > today)
    return `Дата ${ru(req.date)} ещё не наступила: шаг записывают после того, как он сделан.${nothing}`;
  const prev = previousDate(c, req.step);
  if (prev && req.date < prev.date) return `Дата ${ru(req.date)} раньше ${prev.what} (${ru(prev.date)}).${nothing}`;
  switch (req.step) {
    case 'warning':
      if (c.status !== 'checklist') return `Предупреждение уже записано (${ru(c.warningDate ?? '')}).${nothing}`;
      if (checklist.goodReasons.length > 0)
        return `${checklist.text} Предупреждать о выселении нельзя; дело можно закрыть.${nothing}`;
      return null;
    case 'lawsuit':
      if (c.status !== 'warning' || !c.warningDeadlineDate)
        return `Иск подают после предупреждения нанимателя и истечения его срока.${nothing}`;
      if (req.date <= c.warningDeadlineDate)
        return `Срок, данный предупреждением, истекает ${ru(c.warningDeadlineDate)}: иск — не раньше ${ru(addDays(c.warningDeadlineDate, 1))}.${nothing}`;
      if (checklist.goodReasons.length > 0)
        return `${checklist.text} Иск о выселении не подаётся; дело можно закрыть.${nothing}`;
      if (checklist.unknown.length > 0)
        return `${checklist.text} Ответьте на все пункты перечня уважительных причин до подачи иска.${nothing}`;
      if (!req.courtName?.trim()) return `Укажите суд, в который подан иск.${nothing}`;
      return null;
    case 'decision':
      if (c.status !== 'lawsuit') return `Решение записывают по поданному иску.${nothing}`;
      if (req.decisionResult !== 'granted' && req.decisionResult !== 'refused')
        return `Укажите итог: иск удовлетворён или в иске отказано.${nothing}`;
      return null;
    case 'in_force':
      if (c.status !== 'decision' || c.decisionResult !== 'granted')
        return `Вступление в силу записывают для решения, которым иск удовлетворён.${nothing}`;
      if (c.inForceDate) return `Вступление решения в силу уже записано (${ru(c.inForceDate)}).${nothing}`;
      return null;
    case 'enforcement':
      if (c.status !== 'decision' || !c.inForceDate)
        return `Исполнение начинают после вступления решения в силу.${nothing}`;
      return null;
    case 'relocated':
      if (c.status !== 'enforcement') return `Переселение записывают на стадии исполнения решения.${nothing}`;
      if (c.dwellingId === null)
        return `Для дела не зарезервировано жильё из муниципального фонда: переселить некуда.${nothing}`;
      return null;
    case 'closed':
      if (!req.reason?.trim()) return `Укажите причину закрытия дела.${nothing}`;
      return null;
  }
}

/** The status after the step. */
export function statusAfter(c: EvictionCaseState, req: StepRequest): EvictionStatus {
  switch (req.step) {
    case 'warning':
    case 'lawsuit':
    case 'enforcement':
    case 'relocated':
    case 'closed':
      return req.step;
    case 'decision':
      return req.decisionResult === 'refused' ? 'closed' : 'decision';
    case 'in_force':
      return c.status;
  }
}

export interface NextStepProposal {
  step: EvictionStep | 'checklist';
  /** The earliest date it may be taken (null = now). */
  from: string | null;
  text: string;
}

/** What the card proposes next. */
export function proposeNext(c: EvictionCaseState, checklist: ChecklistVerdict, today: string): NextStepProposal | null {
  switch (c.status) {
    case 'closed':
    case 'relocated':
      return null;
    case 'checklist':
      if (checklist.goodReasons.length > 0)
        return { step: 'closed', from: null, text: `${checklist.text} Закройте дело: выселять нельзя.` };
      if (checklist.unknown.length === 8)
        return {
          step: 'checklist',
          from: null,
          text: 'Проверьте уважительные причины невнесения платы (перечень ниже).',
        };
      return { step: 'warning', from: null, text: 'Вручите нанимателю предупреждение о погашении долга.' };
    case 'warning': {
      const from = c.warningDeadlineDate ? addDays(c.warningDeadlineDate, 1) : null;
      if (checklist.goodReasons.length > 0)
        return { step: 'closed', from: null, text: `${checklist.text} Закройте дело: иск не подаётся.` };
      if (checklist.unknown.length > 0)
        return { step: 'checklist', from: null, text: `${checklist.text} Иск — после ответа на все пункты.` };
      if (from && today < from)
        return {
          step: 'lawsuit',
          from,
          text: `Срок предупреждения истекает ${ru(c.warningDeadlineDate ?? '')}; иск — с ${ru(from)}.`,
        };
      return { step: 'lawsuit', from, text: 'Срок предупреждения истёк: подайте иск о выселении.' };
    }
    case 'lawsuit':
      return { step: 'decision', from: c.lawsuitDate, text: 'Запишите решение суда, когда оно будет вынесено.' };
    case 'decision': {
      if (!c.inForceDate && c.decisionDate) {
        const from = inForceEarliest(c.decisionDate);
        return {
          step: 'in_force',
          from,
          text: `Решение вступит в силу не раньше ${ru(from)} (ГПК ст.321), если не обжаловано.`,
        };
      }
      return {
        step: 'enforcement',
        from: c.inForceDate,
        text: 'Решение в силе: передайте исполнительный лист и начните выселение.',
      };
    }
    case 'enforcement':
      return c.dwellingId === null
        ? {
            step: 'relocated',
            from: c.enforcementDate,
            text: 'Зарезервируйте жильё для семьи, затем запишите переселение.',
          }
        : {
            step: 'relocated',
            from: c.enforcementDate,
            text: 'Жильё зарезервировано: запишите переселение, когда оно состоится.',
          };
  }
}
