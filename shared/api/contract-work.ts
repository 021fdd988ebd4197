/**
 * @file API methods of the clerks' daily work (issue 5): users, the rule book and each account's next step,
 * pauses and contact blocks, the daily call queue (measure 2), promises to pay, SMS batches (measure 1) and the
 * plan cockpit. Spread into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { gatewayUrlProblem } from '../sms/gateway-url';
import { isoDateSchema } from './calendar-schemas';
import { NewPasswordSchema } from './contract-auth';
import { CALL_OUTCOME_CODES } from '../rules/contact/call-outcomes';
import type { AccountEvaluation } from '../rules/eligibility/evaluate-account';
import type { RuleBook } from '../rules/eligibility/rule-book';

const Id = z.number().int().positive();
const IsoDate = isoDateSchema('Дата');
/** Money in integer kopecks, as everywhere in the API: the UI parses «15 000,50» into 1 500 050 itself. */
const PositiveKopecks = z
  .number({ error: 'Сумма — целое число копеек.' })
  .int('Сумма — целое число копеек (рубли с копейками переводит экран).')
  .min(1, 'Сумма должна быть больше нуля.')
  .max(10_000_000_000, 'Слишком большая сумма.');

const ConditionSchema = z
  .object({
    fact: z.string().min(1).max(100, 'Слишком длинное имя факта.'),
    op: z.enum(['gt', 'gte', 'lt', 'lte', 'eq', 'in']),
    value: z.union([
      z.number(),
      z.boolean(),
      z.string().max(200, 'Значение условия длиннее 200 знаков.'),
      z
        .array(z.string().max(200, 'Значение условия длиннее 200 знаков.'))
        .max(100, 'Слишком много значений в условии.'),
    ]),
  })
  .strict();

const ChannelLimitsSchema = z
  .object({
    perDay: z.number().int().min(0).max(10),
    perWeek: z.number().int().min(0).max(50),
    perMonth: z.number().int().min(0).max(200),
  })
  .strict();

const HoursSchema = z
  .object({ from: z.number().int().min(0).max(1440), to: z.number().int().min(0).max(1440) })
  .strict()
  .refine((h) => h.from < h.to, 'Начало часов должно быть раньше конца.');

export const RuleBookInputSchema = z
  .object({
    commonConditions: z.array(ConditionSchema).max(50, 'Слишком много общих условий.'),
    measures: z
      .array(
        z
          .object({
            measure: z.number().int().min(1).max(13),
            action: z.string().trim().min(1).max(200),
            perAccount: z.boolean(),
            channel: z.enum(['call', 'sms']).optional(),
            conditions: z.array(ConditionSchema).max(50, 'Слишком много условий мероприятия.'),
          })
          .strict(),
      )
      .max(100, 'Слишком много мероприятий.'),
    nextStepOrder: z.array(z.number().int().min(1).max(13)).max(13, 'Мероприятий в порядке шагов — не больше 13.'),
    contactLimits: z
      .object({
        call: ChannelLimitsSchema,
        sms: ChannelLimitsSchema,
        hours: z.object({ working: HoursSchema, dayOff: HoursSchema }).strict(),
        blockedCategories: z
          .array(z.string().max(100, 'Слишком длинное название категории.'))
          .max(50, 'Слишком много категорий.'),
      })
      .strict(),
    callQueue: z
      .object({
        brackets: z
          .array(z.string().max(50, 'Слишком длинный код группы долга.'))
          .min(1, 'Укажите хотя бы одну группу долга для обзвона.')
          .max(50, 'Слишком много групп долга.'),
      })
      .strict(),
    promise: z
      .object({ toleranceKopecks: z.number().int().min(0), graceDays: z.number().int().min(0).max(60) })
      .strict(),
  })
  .strict();

export const workApiInputs = {
  'users.list': z.object({}).strict(),
  'users.save': z
    .object({
      user: z
        .object({
          id: Id.nullable(),
          login: z.string().trim().min(2, 'Логин — не короче 2 знаков.').max(50),
          fullName: z.string().trim().min(3, 'Укажите ФИО.').max(200),
          role: z.enum(['operator', 'claims_clerk', 'lawyer', 'head', 'admin']),
          dailyQuota: z.number().int().min(0).max(1000),
          active: z.boolean(),
          /** Optional first password the administrator hands over; the user must change it at the first sign-in. */
          password: NewPasswordSchema.optional(),
        })
        .strict(),
    })
    .strict(),

  /** The rule book in force, its versions, and the names of the facts for the editor. */
  'rules.get': z.object({}).strict(),
  /** A new version of the rule book (administrator only). */
  'rules.save': z
    .object({
      book: RuleBookInputSchema,
      note: z.string().trim().min(3, 'Укажите основание изменения.').max(500),
    })
    .strict(),
  /** Evaluates the rules for every account as a job (a worker thread: the UI stays responsive). */
  'rules.evaluateAll': z.object({}).strict(),
  /** The next step of one account with the reason, and why each other measure is not available. */
  'account.evaluate': z.object({ accountId: Id }).strict(),
  'account.pause': z
    .object({
      accountId: Id,
      untilDate: isoDateSchema('Пауза до'),
      reason: z.enum(['dispute', 'hardship', 'death', 'bankruptcy', 'other']),
      comment: z.string().trim().max(500).default(''),
    })
    .strict(),
  'account.resume': z.object({ accountId: Id }).strict(),
  /** Marks a category nobody may contact (ФЗ-230 ст.7 ч.1). */
  'account.block': z
    .object({
      accountId: Id,
      category: z.enum(['bankrupt', 'incapacitated', 'hospital', 'disabled_1', 'minor']),
      note: z.string().trim().max(500).default(''),
    })
    .strict(),

  /** Builds (or rebuilds) today's call queue. */
  'calls.buildQueue': z.object({}).strict(),
  'calls.summary': z.object({ date: IsoDate.nullable().default(null) }).strict(),
  /** One operator's list for the day, in order. */
  'calls.myQueue': z.object({ date: IsoDate.nullable().default(null) }).strict(),
  /** What the operator sees while calling: script, debt, penalty, persons, phones, last contacts, whether a call is allowed now. */
  'calls.card': z.object({ accountId: Id }).strict(),
  'calls.record': z
    .object({
      accountId: Id,
      outcome: z.enum(CALL_OUTCOME_CODES),
      promiseDate: isoDateSchema('Дата обещания').nullable().default(null),
      promiseKopecks: PositiveKopecks.nullable().default(null),
      callbackAt: z.string().trim().max(100).nullable().default(null),
      note: z.string().trim().max(1000).default(''),
    })
    .strict(),
  /** The day's list as XLSX (all operators or one), with columns for the results. */
  'calls.exportXlsx': z
    .object({ date: IsoDate.nullable().default(null), operatorId: Id.nullable().default(null) })
    .strict(),
  /** Results typed into the exported XLSX, recorded through the same rules as the call card. */
  'calls.importXlsx': z
    .object({ uploadId: z.string().min(1).max(64, 'Неверный код файла: выберите файл заново.') })
    .strict(),
  /** Checks open promises whose date (plus grace) has passed against imported payments. */
  'promises.check': z.object({}).strict(),
  'promises.list': z.object({ status: z.enum(['open', 'kept', 'broken']).nullable().default(null) }).strict(),

  /** Accounts eligible for an SMS today, and why the others are not. */
  'sms.worklist': z.object({}).strict(),
  'sms.createBatch': z
    .object({
      template: z.string().trim().min(5, 'Напишите текст сообщения.').max(1000, 'Текст длиннее 1000 знаков.'),
      limit: z.number().int().min(1).max(100_000).nullable().default(null),
    })
    .strict(),
  'sms.batches': z.object({}).strict(),
  /** The batch as the gateway file (CSV `phone;text`, UTF-8); the messages are journaled as sent then. */
  'sms.exportBatch': z.object({ batchId: Id }).strict(),
  /** The SMS gateway's HTTP address and key (administrator); the key is never sent back. */
  'sms.gateway.get': z.object({}).strict(),
  'sms.gateway.set': z
    .object({
      url: z
        .string()
        .trim()
        .max(2000, 'Адрес шлюза длиннее 2000 знаков. Шлюз не сохранён.')
        .superRefine((url, check) => {
          const problem = gatewayUrlProblem(url);
          if (problem !== null) check.addIssue({ code: 'custom', message: `${problem} Шлюз не сохранён.` });
        }),
      token: z.string().trim().min(1, 'Укажите ключ доступа к шлюзу.').max(500),
    })
    .strict(),
  /** Sends a prepared batch through the configured gateway (retries; what failed stays prepared). */
  'sms.sendBatch': z.object({ batchId: Id }).strict(),
  /** The gateway's delivery report (CSV phone;status) for a batch. */
  'sms.importReport': z
    .object({ batchId: Id, uploadId: z.string().min(1).max(64, 'Неверный код файла: выберите файл заново.') })
    .strict(),

  /** The plan cockpit: 13 measures with target, executor, actual counts today/week/month and recent months. */
  'cockpit.get': z.object({}).strict(),
  'cockpit.setTarget': z
    .object({
      measure: z.number().int().min(1).max(13),
      targetCount: z.number().int().min(0).max(10_000_000).nullable(),
      period: z.enum(['day', 'week', 'month', 'quarter', 'year']),
      executor: z.string().trim().min(2, 'Укажите исполнителя.').max(300),
    })
    .strict(),
} as const;

export interface UserView {
  id: number;
  login: string;
  fullName: string;
  role: 'operator' | 'claims_clerk' | 'lawyer' | 'head' | 'admin';
  dailyQuota: number;
  active: boolean;
  /** Whether the user can sign in (the administrator sets a password with users.resetPassword). */
  hasPassword: boolean;
}

export interface RulesView {
  book: RuleBook;
  versions: Array<{ id: number; version: string; validFrom: string; note: string; addedBy: string; addedAtMs: number }>;
  facts: Array<{ key: string; label: string; kind: string }>;
}

export interface AccountNextStep extends AccountEvaluation {
  pausedUntilDate: string | null;
  pauseReason: string | null;
  blockedCategories: string[];
}

export interface CallQueueSummary {
  date: string;
  total: number;
  done: number;
  perOperator: Array<{ userId: number; fullName: string; quota: number; total: number; done: number }>;
  byBracket: Array<{ bracket: string; label: string; count: number }>;
  /** Filled right after a build: how many were eligible, and why the others were left out (by fact). */
  build: { eligible: number; assignedNow: number; skipped: Record<string, number>; ruleVersion: string } | null;
}

export interface QueueItemView {
  id: number;
  position: number;
  accountId: number;
  number: string;
  address: string;
  mainPerson: string | null;
  bracket: string;
  bracketLabel: string;
  debtKopecks: number;
  phone: string;
  status: 'pending' | 'done';
  outcome: string | null;
}

export interface CallCard {
  accountId: number;
  number: string;
  address: string;
  companyName: string;
  bracket: string;
  bracketLabel: string;
  debtKopecks: number;
  monthsInArrears: number;
  debtSincePeriod: string | null;
  lastPaymentDate: string | null;
  lastPaymentKopecks: number | null;
  penaltyKopecks: number | null;
  script: string;
  persons: Array<{ fullName: string; role: string; phone: string | null; phoneNormalised: string | null }>;
  contacts: Array<{
    channel: 'call' | 'sms';
    date: string;
    time: string;
    outcome: string;
    userName: string;
    note: string | null;
  }>;
  openPromises: Array<{ promisedDate: string; amountKopecks: number }>;
  /** Whether a call is allowed right now, and why not. */
  callAllowed: boolean;
  callRefusals: string[];
  hoursText: string;
}

export interface RecordCallResult {
  contactId: number;
  summary: string;
  promiseId: number | null;
}

/** The SMS gateway as the page sees it: the key only as a mask, and whether it is encrypted at rest. */
export interface SmsGatewayStatus {
  configured: boolean;
  url: string | null;
  /** «••••••••» when a key is saved; the key itself never leaves the core. */
  tokenMask: string | null;
  /** The key is stored sealed with the system's protection (Electron safeStorage). */
  tokenEncrypted: boolean;
  /** This host can seal keys (the Windows application); the browser host and the CLI cannot. */
  encryptionAvailable: boolean;
}

export interface FileResult {
  fileName: string;
  savedPath: string;
  base64: string;
  rows: number;
}

export interface CallsImportResult {
  recorded: number;
  refused: Array<{ line: number; number: string; reason: string }>;
  skipped: number;
}

export interface PromiseView {
  id: number;
  accountId: number;
  number: string;
  address: string;
  madeDate: string;
  promisedDate: string;
  amountKopecks: number;
  status: 'open' | 'kept' | 'broken';
  paidKopecks: number | null;
  checkedDate: string | null;
}

export interface PromiseCheckResult {
  checked: number;
  kept: number;
  broken: number;
  stillOpen: number;
}

/** One of today's recipients, with what its message is made of. */
export interface SmsRecipientView {
  accountId: number;
  number: string;
  debtKopecks: number;
  phone: string;
  address: string;
}

export interface SmsWorklist {
  date: string;
  eligible: number;
  thresholdKopecks: number;
  skipped: Array<{ reason: string; count: number }>;
  /** The first 20 recipients, largest debt first: the batch's first messages, for the preview. */
  sample: SmsRecipientView[];
}

export interface SmsBatchView {
  id: number;
  createdDate: string;
  template: string;
  recipients: number;
  segmentsTotal: number;
  status: 'prepared' | 'exported';
  /** Messages in a file for the gateway with no delivery report yet. */
  exported: number;
  /** Messages the gateway took over HTTP with no delivery report yet. */
  sent: number;
  delivered: number;
  failed: number;
  userName: string;
  atMs: number;
}

export interface SmsReportResult {
  matched: number;
  delivered: number;
  failed: number;
  unknown: number;
}

/** What a measure is counted in, as the plan counts it (shared/plan/plan-units.ts). */
export type CockpitUnit =
  | 'accounts'
  | 'coverage'
  | 'companies'
  | 'letters'
  | 'entrances'
  | 'writs'
  | 'fssp_actions'
  | 'restriction_steps'
  /** Measure 7: publications in the media and «Чёрная метка» raids held. */
  | 'media_events'
  /** Measure 13: meetings with residents held. */
  | 'meetings';

export interface CockpitMeasure {
  measure: number;
  title: string;
  planText: string;
  targetText: string;
  /** The target as stored in plan_targets (editable by an administrator), in the measure's unit. */
  targetCount: number | null;
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  executor: string;
  readiness: 'not_built' | 'partial' | 'ready';
  unit: CockpitUnit;
  /**
   * Counts in the measure's unit: accounts (SMS, calls), % of debtors covered by the latest ЕПД export of the month,
   * УК with the month's penalty run, claim letters, entrances with a posted notice, writs sent to the bailiffs,
   * actions with the bailiffs (reconciliations, raids, petitions). null where the measure has no
   * count for that span: measures 3 and 4 are monthly.
   */
  today: number | null;
  week: number | null;
  month: number | null;
  /** The same in plain Russian, as the cockpit shows them: «2», «75 %», «1 из 2 УК», «4 письма», «2 подъезда», «—». */
  todayText: string;
  weekText: string;
  monthText: string;
  /** The target the bar measures against: plan_targets, or the plan's own (100 % for measure 3, every УК charging penalty for 4). */
  target: number | null;
  /** The target in words: «100 л/с в месяц», «100 % должников, ежемесячно», «все 2 УК с пени по договору», or the plan's words. */
  targetLabel: string;
  /** The count of the target's own period, for the progress bar (the month for measures 3 and 4). */
  periodActual: number | null;
  /** «2 из 100 в месяц (2 %)», «охват 75 % из 100 %», «1 из 2 УК», «4 письма в месяц». */
  progressText: string;
  /** What the month's figure stands on: «Выгрузка за октябрь 2026 от 25.11.2026: 3 из 4 должников …». */
  detail: string | null;
  /** Per month for the last six months, oldest first, in the measure's unit, with its words for the chart. */
  history: Array<{ month: string; count: number; text: string }>;
  /** The chart's full height (100 for a percentage, every УК for measure 4); null: the highest bar. */
  historyMax: number | null;
  hasData: boolean;
}

export interface Cockpit {
  today: string;
  measures: CockpitMeasure[];
}

export interface WorkApiOutputs {
  'users.list': UserView[];
  'users.save': UserView;
  'rules.get': RulesView;
  'rules.save': RulesView;
  'rules.evaluateAll': { jobId: string };
  'account.evaluate': AccountNextStep;
  'account.pause': AccountNextStep;
  'account.resume': AccountNextStep;
  'account.block': AccountNextStep;
  'calls.buildQueue': CallQueueSummary;
  'calls.summary': CallQueueSummary;
  'calls.myQueue': { date: string; items: QueueItemView[] };
  'calls.card': CallCard;
  'calls.record': RecordCallResult;
  'calls.exportXlsx': FileResult;
  'calls.importXlsx': CallsImportResult;
  'promises.check': PromiseCheckResult;
  'promises.list': PromiseView[];
  'sms.worklist': SmsWorklist;
  'sms.createBatch': SmsBatchView;
  'sms.batches': SmsBatchView[];
  'sms.exportBatch': FileResult & { segmentsTotal: number };
  'sms.importReport': SmsReportResult;
  'sms.gateway.get': SmsGatewayStatus;
  'sms.gateway.set': SmsGatewayStatus;
  'sms.sendBatch': { sent: number; failed: Array<{ phone: string; reason: string }>; attempts: number };
  'cockpit.get': Cockpit;
  'cockpit.setTarget': Cockpit;
}
