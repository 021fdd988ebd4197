/**
 * @file Account facts the rules speak of, with their Russian names and how a value is written in a trace.
 * Built from account_summaries, persons/phones, contacts, pauses and promises, the unpaid months (debt_months), the
 * claim letters' delivery, the court cases and the writs with their proceedings (electron/core/rules/account-facts.ts).
 */
import { daysBetween } from '../../calendar/date-math';
import { countContacts, type ContactCounts } from '../contact/contact-limits';
import type { PluralForms } from '../../text/plural';

/** The raw facts of one account as the core reads them. */
export interface AccountFacts {
  accountId: number;
  number: string;
  debtKopecks: number;
  bracket: string;
  monthsInArrears: number;
  lastPaymentDate: string | null;
  tenure: 'owner' | 'social_tenant';
  status: 'open' | 'closed';
  pausedUntilDate: string | null;
  pauseReason: string | null;
  /** A dialable phone (+7…), mobile or landline. */
  phone: string | null;
  /** A mobile number of someone on the account who has not opted out of SMS. */
  smsPhone: string | null;
  blockedCategories: readonly string[];
  /** Local dates of calls and messages (the last month is enough). */
  callDates: readonly string[];
  smsDates: readonly string[];
  /** Promised payment date of an open promise, if any. */
  openPromiseDate: string | null;
  /** An enforcement document (writ, court order) is on file, not cancelled and not performed. */
  hasWrit: boolean;
  /** Measure 10: a writ with the creditor that must go (again) to the bailiffs — received or returned. */
  writToSend: boolean;
  /** Measure 11: enforcement proceedings run — a writ in proceedings, or proceedings opened or suspended. */
  openProceedings: boolean;
  /**
   * Measure 9: the overdue debt the УК itself may sue for — its own services only (not capital repair, not the
   * landlord's rent), months past the limitation left out.
   */
  courtableDebtKopecks: number;
  /** The bracket of `courtableDebtKopecks` (the brackets table). */
  courtBracket: string;
  /** The УК's overdue debt left out as time-barred (shown in the queue; the court applies limitation on a statement). */
  courtTimeBarredKopecks: number;
  /**
   * The date the latest claim (measure 5) was delivered — or deemed delivered: refused, or returned for
   * non-collection (ГК ст.165.1 п.1; Пленум ВС № 25 п.67) — or null when no claim reached the debtor.
   */
  claimDeliveredDate: string | null;
  /** A court case of the account that is still open (not cancelled, returned or closed). */
  openCourtCase: boolean;
  /**
   * Measure 8: a restrictable service (the dated list) whose overdue debt within the limitation exceeds its
   * threshold — 2 monthly charges at the norm and tariff, or 2 × its average monthly charge of the last 12 months
   * where no norm is loaded (electron/core/restriction/restriction-facts.ts).
   */
  restrictionDebtOverThreshold: boolean;
  /** Measure 8: a restriction of the account is under way (warned, delivered, ordered, restricted, restoration due). */
  openRestriction: boolean;
  /** Measures 8, 9, 12: a signed repayment agreement is being kept (electron/core/agreements/agreement-facts.ts). */
  agreementHonoured: boolean;
  /**
   * Measure 12: whole billing months in a row, up to the last overdue one, with a charge and no payment at all
   * (electron/core/eviction/eviction-facts.ts); 0 without overdue debt.
   */
  monthsWithoutPayment: number;
  /** Measure 12: an eviction case of the account is under way (not closed). */
  openEviction: boolean;
}

export type FactKey =
  | 'debtKopecks'
  | 'bracket'
  | 'monthsInArrears'
  | 'daysSinceLastPayment'
  | 'tenure'
  | 'accountOpen'
  | 'paused'
  | 'blocked'
  | 'hasPhone'
  | 'hasSmsPhone'
  | 'daysSinceLastSms'
  | 'promisePending'
  | 'hasWrit'
  | 'courtableDebtKopecks'
  | 'courtBracket'
  | 'daysSinceClaimDelivered'
  | 'openCourtCase'
  | 'writToSend'
  | 'openProceedings'
  | 'restrictionDebtOverThreshold'
  | 'openRestriction'
  | 'agreementHonoured'
  | 'monthsWithoutPayment'
  | 'openEviction';

export type FactKind = 'money' | 'count' | 'days' | 'bool' | 'bracket' | 'tenure';

export interface FactSpec {
  /** The fact's name in a list of facts (a column, a rule editor). */
  label: string;
  kind: FactKind;
  /**
   * For counts and days: the unit's forms after a count (1 / 2–4 / 5–20: «день», «дня», «дней»), its genitive after
   * «больше», «не меньше» (1 / other: «дня», «дней»), and what follows the unit: «14 дней с последней оплаты».
   */
  unit?: { forms: PluralForms; genitive: readonly [one: string, other: string]; tail: string };
  /** For days since an event that may never have happened (NEVER_DAYS): how «never» reads: «оплат ещё не было». */
  never?: string;
  /** For booleans: how true and false read. */
  yes?: string;
  no?: string;
  /** For days since an event that must have happened: how «it did not happen» reads (the value is NO_EVENT_DAYS). */
  none?: string;
}

const DAYS = { forms: ['день', 'дня', 'дней'], genitive: ['дня', 'дней'] } as const;
const MONTHS = { forms: ['месяц', 'месяца', 'месяцев'], genitive: ['месяца', 'месяцев'] } as const;

export const FACT_SPECS: Record<FactKey, FactSpec> = {
  debtKopecks: { label: 'долг', kind: 'money' },
  bracket: { label: 'группа долга', kind: 'bracket' },
  monthsInArrears: { label: 'месяцев просрочки', kind: 'count', unit: { ...MONTHS, tail: 'просрочки' } },
  daysSinceLastPayment: {
    label: 'дней с последней оплаты',
    kind: 'days',
    unit: { ...DAYS, tail: 'с последней оплаты' },
    never: 'оплат ещё не было',
  },
  tenure: { label: 'основание пользования', kind: 'tenure' },
  accountOpen: { label: 'счёт', kind: 'bool', yes: 'счёт открыт', no: 'счёт закрыт' },
  paused: { label: 'пауза', kind: 'bool', yes: 'работа приостановлена', no: 'без паузы' },
  blocked: { label: 'запрет контактов', kind: 'bool', yes: 'контакты запрещены (ФЗ-230 ст.7 ч.1)', no: 'запретов нет' },
  hasPhone: { label: 'телефон', kind: 'bool', yes: 'телефон есть', no: 'телефона нет' },
  hasSmsPhone: {
    label: 'мобильный для SMS',
    kind: 'bool',
    yes: 'мобильный номер есть, отказа от SMS нет',
    no: 'нет мобильного номера без отказа от SMS',
  },
  daysSinceLastSms: {
    label: 'дней с последнего SMS',
    kind: 'days',
    unit: { ...DAYS, tail: 'с последнего SMS' },
    never: 'SMS ещё не отправляли',
  },
  promisePending: {
    label: 'обещание оплатить',
    kind: 'bool',
    yes: 'ждём оплату по обещанию',
    no: 'открытых обещаний нет',
  },
  hasWrit: {
    label: 'исполнительный документ',
    kind: 'bool',
    yes: 'исполнительный документ есть',
    no: 'исполнительного документа нет',
  },
  courtableDebtKopecks: { label: 'долг УК для суда (без давности)', kind: 'money' },
  courtBracket: { label: 'группа долга УК для суда', kind: 'bracket' },
  daysSinceClaimDelivered: {
    label: 'дней с вручения претензии',
    kind: 'days',
    unit: { ...DAYS, tail: 'с вручения претензии' },
    none: 'претензия не вручена (нет доставленной, возвращённой или отклонённой претензии)',
  },
  openCourtCase: {
    label: 'судебное дело',
    kind: 'bool',
    yes: 'есть незавершённое судебное дело',
    no: 'незавершённых судебных дел нет',
  },
  writToSend: {
    label: 'документ к направлению в ФССП',
    kind: 'bool',
    yes: 'есть исполнительный документ, не направленный в ФССП (получен или возвращён)',
    no: 'ненаправленных исполнительных документов нет',
  },
  openProceedings: {
    label: 'исполнительное производство',
    kind: 'bool',
    yes: 'идёт исполнительное производство',
    no: 'исполнительного производства нет',
  },
  restrictionDebtOverThreshold: {
    label: 'долг по ограничиваемой услуге',
    kind: 'bool',
    yes: 'долг по ограничиваемой услуге больше 2 месячных начислений по нормативу',
    no: 'долг ни по одной ограничиваемой услуге не превышает 2 месячных начислений по нормативу',
  },
  openRestriction: {
    label: 'ограничение услуги',
    kind: 'bool',
    yes: 'ограничение уже ведётся (предупреждение, заявка или ограничено)',
    no: 'ограничение не ведётся',
  },
  agreementHonoured: {
    label: 'соглашение о погашении',
    kind: 'bool',
    yes: 'подписанное соглашение о погашении соблюдается',
    no: 'соблюдаемого соглашения о погашении нет',
  },
  monthsWithoutPayment: {
    label: 'месяцев подряд без оплаты',
    kind: 'count',
    unit: { ...MONTHS, tail: 'подряд без оплаты' },
  },
  openEviction: {
    label: 'дело о выселении',
    kind: 'bool',
    yes: 'дело о выселении уже ведётся',
    no: 'дела о выселении нет',
  },
};

/** «Никогда» is a big number of days, so «не меньше 14 дней с последнего SMS» passes for an account never texted. */
export const NEVER_DAYS = 99_999;
/**
 * «Not yet» for an event a rule waits for (a delivered claim): a negative number of days, so «дней с вручения
 * претензии не меньше 30» fails for an account whose claim never reached the debtor.
 */
export const NO_EVENT_DAYS = -1;

export type FactValues = Record<FactKey, number | boolean | string>;

export interface DerivedCounts {
  calls: ContactCounts;
  sms: ContactCounts;
}

export function factValues(f: AccountFacts, today: string): FactValues {
  const lastSms = f.smsDates.length > 0 ? f.smsDates.reduce((a, b) => (a > b ? a : b)) : null;
  return {
    debtKopecks: f.debtKopecks,
    bracket: f.bracket,
    monthsInArrears: f.monthsInArrears,
    daysSinceLastPayment: f.lastPaymentDate ? daysBetween(f.lastPaymentDate, today) : NEVER_DAYS,
    tenure: f.tenure,
    accountOpen: f.status === 'open',
    paused: f.pausedUntilDate !== null && f.pausedUntilDate >= today,
    blocked: f.blockedCategories.length > 0,
    hasPhone: f.phone !== null,
    hasSmsPhone: f.smsPhone !== null,
    daysSinceLastSms: lastSms ? daysBetween(lastSms, today) : NEVER_DAYS,
    promisePending: f.openPromiseDate !== null && f.openPromiseDate >= today,
    hasWrit: f.hasWrit,
    courtableDebtKopecks: f.courtableDebtKopecks,
    courtBracket: f.courtBracket,
    daysSinceClaimDelivered: f.claimDeliveredDate ? daysBetween(f.claimDeliveredDate, today) : NO_EVENT_DAYS,
    openCourtCase: f.openCourtCase,
    writToSend: f.writToSend,
    openProceedings: f.openProceedings,
    restrictionDebtOverThreshold: f.restrictionDebtOverThreshold,
    openRestriction: f.openRestriction,
    agreementHonoured: f.agreementHonoured,
    monthsWithoutPayment: f.monthsWithoutPayment,
    openEviction: f.openEviction,
  };
}

export function contactCounts(f: AccountFacts, today: string): DerivedCounts {
  return { calls: countContacts(f.callDates, today), sms: countContacts(f.smsDates, today) };
}
