/**
 * @file The seeded rule book (version 0), from the plan (shared/plan/plan-measures.ts) and ФЗ-230 ст.7. Every number
 * here is a default an administrator may change in Настройки → «Правила»; the change is a new version.
 */
import type { Condition, RuleBook } from './rule-book';

const RUB = 100;

const COMMON: Condition[] = [
  { fact: 'accountOpen', op: 'eq', value: true },
  { fact: 'paused', op: 'eq', value: false },
];

export const DEFAULT_RULE_BOOK: RuleBook = {
  version: '2026-01-01/0',
  validFrom: '2026-01-01',
  commonConditions: COMMON,
  measures: [
    {
      measure: 1,
      action: 'отправить SMS о долге',
      perAccount: true,
      channel: 'sms',
      conditions: [
        { fact: 'debtKopecks', op: 'gt', value: 30_000 * RUB },
        { fact: 'hasSmsPhone', op: 'eq', value: true },
        { fact: 'blocked', op: 'eq', value: false },
        { fact: 'daysSinceLastSms', op: 'gte', value: 14 },
        { fact: 'promisePending', op: 'eq', value: false },
      ],
    },
    {
      measure: 2,
      action: 'позвонить должнику',
      perAccount: true,
      channel: 'call',
      conditions: [
        { fact: 'bracket', op: 'in', value: ['over_100k', 'from_50k', 'from_10k', 'from_5k'] },
        { fact: 'hasPhone', op: 'eq', value: true },
        { fact: 'blocked', op: 'eq', value: false },
        { fact: 'promisePending', op: 'eq', value: false },
      ],
    },
    {
      measure: 3,
      action: 'строка пени и пояснение в ЕПД (ежемесячно)',
      perAccount: true,
      conditions: [{ fact: 'debtKopecks', op: 'gt', value: 0 }],
    },
    {
      measure: 4,
      action: 'начислить пени в ЕПД (ежемесячный расчёт по УК)',
      perAccount: true,
      conditions: [{ fact: 'monthsInArrears', op: 'gte', value: 1 }],
    },
    {
      measure: 5,
      action: 'направить претензию с выпиской долга',
      perAccount: true,
      conditions: [
        { fact: 'debtKopecks', op: 'gte', value: 10_000 * RUB },
        { fact: 'monthsInArrears', op: 'gte', value: 2 },
        { fact: 'promisePending', op: 'eq', value: false },
      ],
    },
    {
      measure: 6,
      action: 'включить квартиру в объявление в подъезде',
      perAccount: true,
      conditions: [
        { fact: 'debtKopecks', op: 'gte', value: 10_000 * RUB },
        { fact: 'monthsInArrears', op: 'gte', value: 3 },
      ],
    },
    { measure: 7, action: 'публикации и рейды — по району', perAccount: false, conditions: [] },
    {
      measure: 8,
      action: 'предупредить об ограничении услуги (водоотведение и др.)',
      perAccount: true,
      // Правила № 354 п.117–119: the debt for one restrictable service above 2 monthly charges at the norm, no
      // honoured repayment agreement, no restriction already under way (electron/core/restriction/).
      conditions: [
        { fact: 'restrictionDebtOverThreshold', op: 'eq', value: true },
        { fact: 'agreementHonoured', op: 'eq', value: false },
        { fact: 'openRestriction', op: 'eq', value: false },
      ],
    },
    {
      measure: 9,
      action: 'подготовить заявление в суд',
      perAccount: true,
      // The court queue (electron/core/court/court-queue.ts) asks exactly this. A small payment does not keep a large
      // debtor out of court: the УК's overdue debt within the limitation decides, after a claim reached the debtor.
      conditions: [
        { fact: 'courtBracket', op: 'in', value: ['over_100k', 'from_50k', 'from_10k'] },
        { fact: 'promisePending', op: 'eq', value: false },
        { fact: 'daysSinceClaimDelivered', op: 'gte', value: 30 },
        { fact: 'openCourtCase', op: 'eq', value: false },
        { fact: 'hasWrit', op: 'eq', value: false },
        { fact: 'agreementHonoured', op: 'eq', value: false },
      ],
    },
    {
      measure: 10,
      action: 'направить исполнительный документ в ФССП',
      perAccount: true,
      // Every received writ goes to the bailiffs; a returned one goes again (electron/core/fssp/).
      conditions: [{ fact: 'writToSend', op: 'eq', value: true }],
    },
    {
      measure: 11,
      action: 'работа с ФССП по исполнительному производству',
      perAccount: true,
      conditions: [{ fact: 'openProceedings', op: 'eq', value: true }],
    },
    {
      measure: 12,
      action: 'рассмотреть выселение нанимателя',
      perAccount: true,
      // ЖК ст.90, ст.83 ч.4 п.1: social tenants only (owners are never evicted for debt), more than six months in a
      // row without payment; the good reasons are checked in the case (electron/core/eviction/).
      conditions: [
        { fact: 'tenure', op: 'eq', value: 'social_tenant' },
        { fact: 'monthsWithoutPayment', op: 'gt', value: 6 },
        { fact: 'agreementHonoured', op: 'eq', value: false },
        { fact: 'openEviction', op: 'eq', value: false },
      ],
    },
    { measure: 13, action: 'встречи со старшими по домам — по дому', perAccount: false, conditions: [] },
  ],
  // Cheap, quick contact first; then paper; then the court. Measures 3 and 4 happen monthly for everyone.
  nextStepOrder: [2, 1, 5, 8, 9, 10, 12, 6],
  contactLimits: {
    call: { perDay: 1, perWeek: 2, perMonth: 8 },
    sms: { perDay: 2, perWeek: 4, perMonth: 16 },
    hours: { working: { from: 8 * 60, to: 22 * 60 }, dayOff: { from: 9 * 60, to: 20 * 60 } },
    blockedCategories: ['bankrupt', 'incapacitated', 'hospital', 'disabled_1', 'minor'],
  },
  callQueue: { brackets: ['over_100k', 'from_50k', 'from_10k', 'from_5k'] },
  promise: { toleranceKopecks: 100 * RUB, graceDays: 3 },
};
