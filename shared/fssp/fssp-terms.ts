/**
 * @file The words of the bailiffs' work (measures 10 and 11), shared by the schema, the core and the UI: kinds and
 * statuses of writs, writ events, proceedings statuses, petitions, reconciliation differences and raid outcomes,
 * each with its Russian label.
 */

export const WRIT_KINDS = ['court_order', 'writ_of_execution'] as const;
export type WritKind = (typeof WRIT_KINDS)[number];
export const WRIT_KIND_LABELS: Record<WritKind, string> = {
  court_order: 'судебный приказ',
  writ_of_execution: 'исполнительный лист',
};

/**
 * received — with the creditor, not yet sent (the plan: every received writ goes to the bailiffs); sent — the
 * application is handed over, proceedings not yet opened; in_proceedings — proceedings open; returned — back with
 * the creditor (ст.46: impossible to recover, or on the creditor's application): to be sent again; performed — paid
 * off; cancelled — the act was cancelled.
 */
export const WRIT_STATUSES = ['received', 'sent', 'in_proceedings', 'returned', 'performed', 'cancelled'] as const;
export type WritStatus = (typeof WRIT_STATUSES)[number];
export const WRIT_STATUS_LABELS: Record<WritStatus, string> = {
  received: 'получен, не направлен',
  sent: 'направлен в ФССП',
  in_proceedings: 'на исполнении',
  returned: 'возвращён взыскателю',
  performed: 'исполнен',
  cancelled: 'отменён',
};
/** Writs with the creditor that must go (again) to the bailiffs. */
export const WRIT_TO_SEND: readonly WritStatus[] = ['received', 'returned'];

export const WRIT_EVENT_TYPES = ['presented', 'returned', 'partial_payment'] as const;
export type WritEventType = (typeof WRIT_EVENT_TYPES)[number];
export const WRIT_EVENT_LABELS: Record<WritEventType, string> = {
  presented: 'предъявлен к исполнению',
  returned: 'возвращён взыскателю',
  partial_payment: 'частичная оплата должником',
};

export const PROCEEDING_STATUSES = [
  'opened',
  'suspended',
  'ended_performed',
  'ended_impossible',
  'terminated',
] as const;
export type ProceedingStatus = (typeof PROCEEDING_STATUSES)[number];
export const PROCEEDING_STATUS_LABELS: Record<ProceedingStatus, string> = {
  opened: 'возбуждено',
  suspended: 'приостановлено',
  ended_performed: 'окончено — исполнено',
  ended_impossible: 'окончено — невозможно взыскать',
  terminated: 'прекращено',
};
/** Proceedings that still run. */
export const PROCEEDING_OPEN: readonly ProceedingStatus[] = ['opened', 'suspended'];

export const PETITION_KINDS = [
  'arrest_accounts',
  'arrest_property',
  'travel_ban',
  'registry_requests',
  'income_deduction',
  'search',
] as const;
export type PetitionKind = (typeof PETITION_KINDS)[number];
export const PETITION_LABELS: Record<PetitionKind, string> = {
  arrest_accounts: 'арест и списание денежных средств на счетах (ст. 80, 81)',
  arrest_property: 'арест имущества должника (ст. 80)',
  travel_ban: 'временное ограничение на выезд из Российской Федерации (ст. 67)',
  registry_requests: 'запросы в регистрирующие органы, банки, ПФР/СФР, ФНС, Росреестр, ГИБДД (ст. 64)',
  income_deduction: 'обращение взыскания на заработную плату, пенсию и иные доходы (ст. 98)',
  search: 'розыск должника и его имущества (ст. 65)',
};

export const DIFFERENCE_KINDS = [
  'ours_not_theirs',
  'theirs_not_ours',
  'sum_differs',
  'status_differs',
  'collected_differs',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  ours_not_theirs: 'у нас есть, у ФССП нет (потерян — направить повторно)',
  theirs_not_ours: 'у ФССП есть, у нас нет',
  sum_differs: 'сумма расходится',
  status_differs: 'статус расходится',
  collected_differs: 'взысканное расходится',
};

export const RAID_OUTCOMES = ['no_access', 'arrested', 'paid', 'promise', 'refused'] as const;
export type RaidOutcome = (typeof RAID_OUTCOMES)[number];
export const RAID_OUTCOME_LABELS: Record<RaidOutcome, string> = {
  no_access: 'нет доступа',
  arrested: 'имущество арестовано',
  paid: 'оплачено на месте',
  promise: 'обещание оплатить',
  refused: 'отказ',
};
