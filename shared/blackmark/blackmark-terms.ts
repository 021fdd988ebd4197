/**
 * @file Measure 7's «Чёрная метка» actions and demonstrative disconnections in words (shared, pure): the kinds of
 * raid, the outcomes at an address with their Russian labels and the marks of the route sheet, the raid's statuses,
 * the default minimum debt of a candidate, and the limit of personal visits the candidates respect.
 *
 * Personal visits (ФЗ-230 ст.7 ч.3 п.1 «а»: personal meetings on the creditor's initiative — not more than once a
 * week; the office keeps the monthly ceiling of 4 that follows from it): a visit is any recorded outcome of a
 * «Чёрная метка» raid or of a joint raid with the bailiffs (journal kinds 'blackmark.visit', 'fssp.raid_visit'),
 * counted once per day, in the rolling week and month ending on the raid's day. The contact rules table holds calls
 * and SMS only (shared/rules/contact/contact-limits.ts), so the visit limits live here, not in the rule book.
 */

/** As blackmark_raids.kind / .status and blackmark_raid_addresses.outcome (shared/db/schema-reports.ts; a test
 * checks they agree); kept here so the page does not load the schema. */
export const BLACKMARK_KINDS = ['black_mark', 'demonstrative'] as const;
export const BLACKMARK_STATUSES = ['planned', 'done', 'cancelled'] as const;
export const BLACKMARK_OUTCOMES = ['no_access', 'notice_handed', 'paid_on_spot', 'promise', 'restricted'] as const;

export type BlackmarkKind = (typeof BLACKMARK_KINDS)[number];
export type BlackmarkOutcome = (typeof BLACKMARK_OUTCOMES)[number];
export type BlackmarkStatus = (typeof BLACKMARK_STATUSES)[number];

export const BLACKMARK_KIND_LABELS: Record<BlackmarkKind, string> = {
  black_mark: 'Акция «Чёрная метка»',
  demonstrative: 'Показательное отключение',
};

/** The same inside a sentence. */
export const BLACKMARK_KIND_INLINE: Record<BlackmarkKind, string> = {
  black_mark: 'акция «Чёрная метка»',
  demonstrative: 'показательное отключение',
};

export const BLACKMARK_STATUS_LABELS: Record<BlackmarkStatus, string> = {
  planned: 'запланирован',
  done: 'завершён',
  cancelled: 'отменён',
};

export const BLACKMARK_OUTCOME_LABELS: Record<BlackmarkOutcome, string> = {
  no_access: 'нет доступа',
  notice_handed: 'уведомление вручено',
  paid_on_spot: 'оплачено на месте',
  promise: 'обещание оплатить',
  restricted: 'услуга ограничена',
};

/** The marks the team writes in the route sheet's «Итог» column. */
export const BLACKMARK_OUTCOME_MARKS: Record<BlackmarkOutcome, string> = {
  no_access: 'НД',
  notice_handed: 'У',
  paid_on_spot: 'О',
  promise: 'ОБ',
  restricted: 'ОГР',
};

/** The outcomes a raid of this kind may record: a restriction only on a demonstrative disconnection. */
export function outcomesOf(kind: BlackmarkKind): readonly BlackmarkOutcome[] {
  return kind === 'demonstrative' ? BLACKMARK_OUTCOMES : BLACKMARK_OUTCOMES.filter((o) => o !== 'restricted');
}

/** 50 000,00 ₽: the default minimum overdue debt of a candidate. */
export const BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS = 5_000_000;

/** Personal visits on the office's initiative: per rolling week and per rolling month (ФЗ-230 ст.7 ч.3). */
export const VISIT_LIMITS = { perWeek: 1, perMonth: 4 } as const;

/** The journal kinds that are a personal visit at the debtor's address. */
export const VISIT_JOURNAL_KINDS = ['blackmark.visit', 'fssp.raid_visit'] as const;
