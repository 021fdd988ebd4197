/**
 * @file API methods — Мероприятие 7: рейды «Чёрная метка» и показательные отключения. Spread into the one contract in
 * contract.ts.
 *
 * The candidates of a raid are open debtor accounts with an overdue debt at or above a minimum (50 000,00 ₽ unless
 * told), read through the rule evaluator's facts: not paused, no contact block, no honoured repayment agreement, no
 * personal visit in the week around the raid's day (shared/blackmark/visit-limits.ts), not in another planned raid;
 * for a demonstrative disconnection only accounts whose restriction warning term has passed (measure 8's own gate).
 * Each candidate says why it is in. The route sheet and the visit cards carry no names and no phones.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import {
  BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS,
  BLACKMARK_KINDS,
  BLACKMARK_OUTCOMES,
  type BlackmarkKind,
  type BlackmarkOutcome,
  type BlackmarkStatus,
} from '../blackmark/blackmark-terms';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const Kopecks = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в копейках.` })
    .int(`${label}: целое число копеек.`)
    .positive(`${label}: сумма должна быть больше нуля.`)
    .max(1_000_000_000_000, `${label}: слишком большая сумма.`);

const Kind = z.enum(BLACKMARK_KINDS, {
  error: 'Вид рейда: black_mark («Чёрная метка») или demonstrative (показательное отключение).',
});

export const blackmarkApiInputs = {
  /** The raids, newest first, with their totals; and the УК and buildings for the scope of a new raid. */
  'blackmark.list': z.object({}).strict(),
  /** The accounts a raid of this kind may visit on `raidDate`, in route order, each with why it is in. */
  'blackmark.candidates': z
    .object({
      kind: Kind,
      raidDate: isoDateSchema('Дата рейда'),
      managementCompanyId: Id('Управляющая компания').nullable().default(null),
      buildingIds: z
        .array(Id('Дом'), { error: 'Дома: список кодов.' })
        .max(500, 'Не больше 500 домов за раз.')
        .default([]),
      minDebtKopecks: z
        .number({ error: 'Минимальный долг: укажите сумму в копейках.' })
        .int('Минимальный долг: целое число копеек.')
        .min(0, 'Минимальный долг не может быть отрицательным.')
        .max(1_000_000_000_000, 'Минимальный долг: слишком большая сумма.')
        .default(BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS),
      limit: z
        .number({ error: 'Сколько адресов показать: укажите число.' })
        .int('Сколько адресов показать: целое число.')
        .min(1, 'Сколько адресов показать: не меньше одного.')
        .max(1_000, 'Сколько адресов показать: не больше 1000.')
        .default(200),
    })
    .strict(),
  /** A raid: kind, day, team, the chosen accounts (checked again as candidates; route order and debt computed). */
  'blackmark.create': z
    .object({
      kind: Kind,
      raidDate: isoDateSchema('Дата рейда'),
      team: z
        .string({ error: 'Укажите состав группы.' })
        .trim()
        .min(3, 'Укажите состав группы: специалист, представитель УК, корреспондент.')
        .max(300, 'Состав группы длиннее 300 знаков.'),
      note: z.string({ error: 'Примечание — текст.' }).trim().max(500, 'Примечание длиннее 500 знаков.').default(''),
      minDebtKopecks: z
        .number({ error: 'Минимальный долг: укажите сумму в копейках.' })
        .int('Минимальный долг: целое число копеек.')
        .min(0, 'Минимальный долг не может быть отрицательным.')
        .max(1_000_000_000_000, 'Минимальный долг: слишком большая сумма.')
        .default(BLACKMARK_DEFAULT_MIN_DEBT_KOPECKS),
      accountIds: z
        .array(Id('Лицевой счёт'), { error: 'Выберите адреса рейда.' })
        .min(1, 'Выберите хотя бы один адрес.')
        .max(300, 'В одном рейде не больше 300 адресов.'),
    })
    .strict(),
  'blackmark.get': z.object({ raidId: Id('Рейд') }).strict(),
  /** The route sheet PDF; made once and kept (`regenerate` makes it again from the raid's data). */
  'blackmark.routeSheet': z
    .object({ raidId: Id('Рейд'), regenerate: z.boolean({ error: 'regenerate: да или нет.' }).default(false) })
    .strict(),
  /** The visit cards PDF (four per A4 page, one per address); made anew each time. */
  'blackmark.visitCards': z.object({ raidId: Id('Рейд') }).strict(),
  /**
   * The outcome at one address, on or after the raid's day; recording again replaces it. 'paid_on_spot' needs the
   * sum; 'promise' the date (not before the raid) and the sum, and becomes an open promise to pay; 'restricted' only
   * on a demonstrative disconnection where measure 8's gate lets the restriction be done (BLACKMARK.NOT_ELIGIBLE).
   */
  'blackmark.recordOutcome': z
    .object({
      raidId: Id('Рейд'),
      accountId: Id('Лицевой счёт'),
      outcome: z.enum(BLACKMARK_OUTCOMES, {
        error: 'Итог: no_access, notice_handed, paid_on_spot, promise или restricted.',
      }),
      paidKopecks: Kopecks('Оплачено на месте').nullable().default(null),
      promiseDate: isoDateSchema('Дата обещанной оплаты').nullable().default(null),
      promiseKopecks: Kopecks('Обещанная сумма').nullable().default(null),
      note: z.string({ error: 'Примечание — текст.' }).trim().max(500, 'Примечание длиннее 500 знаков.').default(''),
    })
    .strict(),
  /** Photos and signed lists (JPEG, PNG, PDF ≤ 20 МБ each) of the raid (`accountId` null) or of one address. */
  'blackmark.attachFiles': z
    .object({
      raidId: Id('Рейд'),
      accountId: Id('Лицевой счёт').nullable().default(null),
      uploadIds: z
        .array(
          z
            .string({ error: 'Код загрузки — текст.' })
            .min(1, 'Пустой код загрузки.')
            .max(100, 'Код загрузки длиннее 100 знаков.'),
          {
            error: 'Приложите файлы.',
          },
        )
        .min(1, 'Приложите хотя бы один файл.')
        .max(10, 'Не больше 10 файлов за раз.'),
    })
    .strict(),
  /** One attached file, for viewing. */
  'blackmark.file': z.object({ fileId: Id('Файл') }).strict(),
  /** Closes a planned raid whose every address has an outcome; journals the totals. */
  'blackmark.close': z.object({ raidId: Id('Рейд') }).strict(),
  /** Cancels a planned raid with no outcome recorded yet. */
  'blackmark.cancel': z
    .object({
      raidId: Id('Рейд'),
      reason: z
        .string({ error: 'Укажите причину отмены.' })
        .trim()
        .min(3, 'Укажите причину отмены.')
        .max(300, 'Причина длиннее 300 знаков.'),
    })
    .strict(),
} as const;

/** One account a raid may visit. No names and no phones: the clerk picks by address, flat, account and debt. */
export interface BlackmarkCandidate {
  accountId: number;
  accountNumber: string;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  debtKopecks: number;
  monthsInArrears: number;
  /**
   * Why it is in, in words: its debt against the minimum and, for a demonstrative disconnection, the restriction
   * case whose term ended. The checks every candidate passed (no pause, no block, …) are the result's `rules`.
   */
  reasons: string[];
  /** For a demonstrative disconnection: the restriction case whose term has passed. */
  restrictionCaseId: number | null;
}

export interface BlackmarkCandidateBuilding {
  buildingId: number;
  address: string;
  totalDebtKopecks: number;
  flats: BlackmarkCandidate[];
}

/** How many accounts over the minimum debt were left out, and why. */
export interface BlackmarkLeftOut {
  closed: number;
  paused: number;
  blocked: number;
  agreement: number;
  visited: number;
  inPlannedRaid: number;
  noAddress: number;
  /** Demonstrative only: no restriction case whose warning term has passed. */
  noRestriction: number;
  /** More candidates than `limit`: the smallest debts. */
  overLimit: number;
}

export interface BlackmarkCandidatesResult {
  kind: BlackmarkKind;
  raidDate: string;
  minDebtKopecks: number;
  buildings: BlackmarkCandidateBuilding[];
  count: number;
  totalKopecks: number;
  leftOut: BlackmarkLeftOut;
  /** The rules applied, in words, for the screen. */
  rules: string[];
}

export interface BlackmarkSummary {
  addresses: number;
  recorded: number;
  counts: Record<BlackmarkOutcome, number>;
  paidKopecks: number;
  promises: number;
  promisedKopecks: number;
  debtKopecks: number;
}

export interface BlackmarkListItem {
  id: number;
  raidDate: string;
  kind: BlackmarkKind;
  team: string;
  status: BlackmarkStatus;
  note: string;
  routeDocumentId: number | null;
  createdBy: string;
  summary: BlackmarkSummary;
}

export interface BlackmarkFileView {
  id: number;
  fileName: string;
  sizeBytes: number;
  createdBy: string;
  createdAtMs: number;
}

export interface BlackmarkAddressView {
  routeOrder: number;
  accountId: number;
  accountNumber: string;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  debtKopecks: number;
  outcome: BlackmarkOutcome | null;
  paidKopecks: number | null;
  promiseDate: string | null;
  promiseKopecks: number | null;
  note: string;
  recordedBy: string | null;
  recordedAtMs: number | null;
  files: BlackmarkFileView[];
}

export interface BlackmarkRaidView extends BlackmarkListItem {
  addresses: BlackmarkAddressView[];
  files: BlackmarkFileView[];
  /** The latest visit cards PDF, when made. */
  visitCardsDocumentId: number | null;
}

export interface BlackmarkListResult {
  raids: BlackmarkListItem[];
  companies: Array<{ id: number; name: string }>;
  buildings: Array<{ id: number; address: string; managementCompanyId: number }>;
}

export interface BlackmarkDocumentResult {
  raidId: number;
  documentId: number;
  pages: number;
  filePath: string;
}

export interface BlackmarkApiOutputs {
  'blackmark.list': BlackmarkListResult;
  'blackmark.candidates': BlackmarkCandidatesResult;
  'blackmark.create': BlackmarkRaidView;
  'blackmark.get': BlackmarkRaidView;
  'blackmark.routeSheet': BlackmarkDocumentResult;
  'blackmark.visitCards': BlackmarkDocumentResult;
  'blackmark.recordOutcome': { raid: BlackmarkRaidView; summary: string; promiseId: number | null };
  'blackmark.attachFiles': { raid: BlackmarkRaidView; added: BlackmarkFileView[] };
  'blackmark.file': { fileName: string; base64: string };
  'blackmark.close': { raid: BlackmarkRaidView; summary: string };
  'blackmark.cancel': { raid: BlackmarkRaidView; summary: string };
}
