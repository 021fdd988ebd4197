/**
 * @file The steps of a court case (shared, pure): which step may follow which status, by the kind of the case.
 * One table for the core (which refuses a step not in it) and the case card (which enables only the buttons in it).
 *
 * Court order (ГПК гл.11): prepared → duty_paid (the duty helper sets it when the duty is paid or exempt) → filed →
 * issued → copy_received (the objection window of ГПК ст.128 runs) → in_force → writ_received; an order issued, its
 * copy received or even in force (objections with the term restored) → cancelled; filed → returned (ГПК ст.125);
 * any open case → closed (paid off / withdrawn).
 * Lawsuit: prepared → duty_paid → filed → issued (the decision) → in_force → writ_received; filed → returned.
 */
export const CASE_STATUS_LIST = [
  'prepared',
  'duty_paid',
  'filed',
  'issued',
  'copy_received',
  'in_force',
  'writ_received',
  'cancelled',
  'returned',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUS_LIST)[number];
export type CaseKindName = 'court_order' | 'lawsuit';

/** A step is named by the status it leads to. */
export const CASE_STEPS = [
  'filed',
  'issued',
  'copy_received',
  'in_force',
  'writ_received',
  'cancelled',
  'returned',
  'closed',
] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

const OPEN_TO_CLOSE: readonly CaseStatus[] = [
  'prepared',
  'duty_paid',
  'filed',
  'issued',
  'copy_received',
  'in_force',
  'writ_received',
];

const TABLE: Record<CaseKindName, Record<CaseStep, readonly CaseStatus[]>> = {
  court_order: {
    filed: ['duty_paid'],
    issued: ['filed'],
    copy_received: ['issued'],
    in_force: ['copy_received'],
    writ_received: ['in_force'],
    cancelled: ['issued', 'copy_received', 'in_force'],
    returned: ['filed'],
    closed: OPEN_TO_CLOSE,
  },
  lawsuit: {
    filed: ['duty_paid'],
    issued: ['filed'],
    copy_received: [],
    in_force: ['issued'],
    writ_received: ['in_force'],
    cancelled: [],
    returned: ['filed'],
    closed: OPEN_TO_CLOSE,
  },
};

/** Whether `step` may follow `status` in a case of `kind` (the filing gates are checked apart). */
export function stepAllowed(kind: CaseKindName, status: CaseStatus, step: CaseStep): boolean {
  return TABLE[kind][step].includes(status);
}

/** Steps whose button the card shows even while a gate holds them (filing waits for the duty). */
export function stepShownFrom(kind: CaseKindName, status: CaseStatus, step: CaseStep): boolean {
  return stepAllowed(kind, status, step) || (step === 'filed' && status === 'prepared');
}

export const CASE_STATUS_TITLES: Record<CaseStatus, string> = {
  prepared: 'подготовлено',
  duty_paid: 'пошлина оплачена',
  filed: 'подано в суд',
  issued: 'вынесено',
  copy_received: 'копия получена должником',
  in_force: 'вступило в силу',
  writ_received: 'получен исполнительный документ',
  cancelled: 'приказ отменён',
  returned: 'возвращено судом',
  closed: 'закрыто',
};

/** The status's title for a kind: a court order is «issued», a lawsuit's decision is «made». */
export function statusTitle(kind: CaseKindName, status: CaseStatus): string {
  if (status === 'issued') return kind === 'court_order' ? 'приказ вынесен' : 'решение вынесено';
  return CASE_STATUS_TITLES[status];
}

export const STEP_TITLES: Record<CaseStep, string> = {
  filed: 'Подано в суд',
  issued: 'Вынесено',
  copy_received: 'Копия получена должником',
  in_force: 'Вступило в силу',
  writ_received: 'Получен исполнительный документ',
  cancelled: 'Приказ отменён',
  returned: 'Возвращено судом',
  closed: 'Закрыть дело',
};

export function stepTitle(kind: CaseKindName, step: CaseStep): string {
  if (step === 'issued') return kind === 'court_order' ? 'Приказ вынесен' : 'Решение вынесено';
  if (step === 'writ_received')
    return kind === 'court_order' ? 'Приказ получен для исполнения' : 'Получен исполнительный лист';
  return STEP_TITLES[step];
}

export const FILING_CHANNEL_TITLES = {
  gas_justice: 'ГАС «Правосудие»',
  post: 'почтой',
  in_person: 'лично в канцелярию',
} as const;

export const CLOSED_REASON_TITLES = {
  paid_off: 'долг погашен',
  withdrawn: 'заявление отозвано',
} as const;
