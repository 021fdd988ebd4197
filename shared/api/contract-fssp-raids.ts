/**
 * @file API methods — Совместные рейды с приставами (measure 11): the addresses to visit (debtors with open
 * enforcement proceedings, largest debts first, grouped by building for the route), the raid with its route order
 * and debt snapshot, the route sheet (PDF, no debtors' names), the outcome per address and the raid's summary.
 * Spread into the one contract in contract.ts.
 *
 * The debt of an address is the balance of its open proceedings (opened or suspended): the sum in the proceedings
 * minus what the bailiffs collected (fssp_collections). That is the sum the bailiff enforces and the sheet prints
 * beside the proceedings number; the account's current debt also holds months the writ does not cover.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import { RAID_OUTCOMES, type RaidOutcome } from '../fssp/fssp-terms';

const Id = (label: string) =>
  z
    .number({ error: `${label}: укажите код.` })
    .int(`${label}: код — целое число.`)
    .positive(`${label}: код — положительное число.`);

const Kopecks = (label: string) =>
  z
    .number({ error: `${label}: укажите сумму в копейках.` })
    .int(`${label}: целое число копеек.`)
    .positive(`${label}: больше нуля.`)
    .max(1_000_000_000_000, `${label}: слишком большая сумма.`);

export const fsspRaidsApiInputs = {
  /**
   * Debtors with open proceedings, largest debt first (the `limit` largest), grouped by building for the route.
   * With `raidDate`, accounts already in a raid on that date are left out.
   */
  'raids.candidates': z
    .object({
      departmentId: Id('Отдел судебных приставов').nullable().default(null),
      raidDate: isoDateSchema('Дата рейда').nullable().default(null),
      limit: z
        .number({ error: 'Сколько адресов показать: укажите число.' })
        .int('Сколько адресов показать: целое число.')
        .min(1, 'Сколько адресов показать: не меньше одного.')
        .max(2_000, 'Сколько адресов показать: не больше 2000.')
        .default(200),
    })
    .strict(),
  /** A raid: the date, the team, the department, the chosen accounts (route order and debt snapshot computed). */
  'raids.create': z
    .object({
      raidDate: isoDateSchema('Дата рейда'),
      team: z
        .string({ error: 'Укажите состав группы.' })
        .trim()
        .min(3, 'Укажите состав группы: пристав и представитель взыскателя.')
        .max(300, 'Состав группы длиннее 300 знаков.'),
      departmentId: Id('Отдел судебных приставов').nullable().default(null),
      accountIds: z
        .array(Id('Лицевой счёт'), { error: 'Выберите адреса рейда.' })
        .min(1, 'Выберите хотя бы один адрес.')
        .max(500, 'В одном рейде не больше 500 адресов.'),
    })
    .strict(),
  'raids.list': z.object({}).strict(),
  'raids.get': z.object({ raidId: Id('Рейд') }).strict(),
  /** The route sheet PDF; made once and kept (`regenerate` makes it again from the raid's current data). */
  'raids.routeSheet': z
    .object({
      raidId: Id('Рейд'),
      regenerate: z.boolean({ error: 'regenerate: да или нет.' }).default(false),
    })
    .strict(),
  /**
   * The outcome at one address; recording again replaces it. 'paid' needs the sum paid on the spot; 'promise' needs
   * the promised date (not before the raid) and becomes an open promise to pay (payment_promises) for the amount
   * given, or the address's debt when none is given.
   */
  'raids.recordOutcome': z
    .object({
      raidId: Id('Рейд'),
      accountId: Id('Лицевой счёт'),
      outcome: z.enum(RAID_OUTCOMES, {
        error: 'Итог: no_access, arrested, paid, promise или refused.',
      }),
      paidKopecks: Kopecks('Оплачено на месте').nullable().default(null),
      promiseDate: isoDateSchema('Дата обещанной оплаты').nullable().default(null),
      promiseKopecks: Kopecks('Обещанная сумма').nullable().default(null),
      note: z.string({ error: 'Примечание — текст.' }).trim().max(500, 'Примечание длиннее 500 знаков.').default(''),
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.outcome === 'paid' && v.paidKopecks === null)
        ctx.addIssue({ code: 'custom', path: ['paidKopecks'], message: 'Укажите сумму, оплаченную на месте.' });
      if (v.outcome === 'promise' && v.promiseDate === null)
        ctx.addIssue({
          code: 'custom',
          path: ['promiseDate'],
          message: 'Укажите дату, до которой должник обещал оплатить.',
        });
    }),
  'raids.summary': z.object({ raidId: Id('Рейд') }).strict(),
} as const;

export interface RaidProceedingRef {
  proceedingId: number;
  number: string;
  status: 'opened' | 'suspended';
  /** debt_kopecks − collected. */
  balanceKopecks: number;
}

/** One address (account) a raid may visit. */
export interface RaidCandidateFlat {
  accountId: number;
  accountNumber: string;
  /** The debtor as the writ names them — for the clerk's screen only, never on the route sheet. */
  debtorName: string;
  apartment: string;
  entrance: number | null;
  proceedings: RaidProceedingRef[];
  /** Sum of the open proceedings' balances. */
  debtKopecks: number;
}

export interface RaidCandidateBuilding {
  buildingId: number;
  address: string;
  departmentId: number | null;
  departmentName: string | null;
  /** The largest debt in the building: buildings are ordered by it. */
  maxDebtKopecks: number;
  totalDebtKopecks: number;
  /** In route order within the building (entrance, then flat number). */
  flats: RaidCandidateFlat[];
}

export interface RaidCandidatesResult {
  /** What «долг» means here, in words. */
  debtBasis: string;
  buildings: RaidCandidateBuilding[];
  count: number;
  totalKopecks: number;
  /** More debtors with open proceedings than `limit`: the smallest were left out. */
  leftOut: number;
  /** Accounts left out because they are already in a raid on `raidDate`. */
  alreadyPlanned: number;
}

export interface RaidSummary {
  raidId: number;
  addresses: number;
  recorded: number;
  pending: number;
  counts: Record<RaidOutcome, number>;
  paidKopecks: number;
  promisedKopecks: number;
  debtKopecks: number;
}

export interface RaidListItem {
  id: number;
  raidDate: string;
  team: string;
  departmentId: number | null;
  departmentName: string | null;
  routeDocumentId: number | null;
  createdBy: string;
  summary: RaidSummary;
}

export interface RaidListResult {
  raids: RaidListItem[];
  /** The active departments, for the filter of the plan form. */
  departments: Array<{ id: number; name: string }>;
}

export interface RaidAddressView {
  routeOrder: number;
  accountId: number;
  accountNumber: string;
  debtorName: string;
  buildingId: number;
  buildingAddress: string;
  apartment: string;
  entrance: number | null;
  proceedingNumbers: string[];
  debtKopecks: number;
  outcome: RaidOutcome | null;
  paidKopecks: number | null;
  promiseDate: string | null;
  note: string;
  recordedBy: string | null;
  recordedAtMs: number | null;
}

export interface RaidView extends RaidListItem {
  addresses: RaidAddressView[];
}

export interface RaidRouteSheetResult {
  raidId: number;
  documentId: number;
  pages: number;
  filePath: string;
}

export interface FsspRaidsApiOutputs {
  'raids.candidates': RaidCandidatesResult;
  'raids.create': RaidView;
  'raids.list': RaidListResult;
  'raids.get': RaidView;
  'raids.routeSheet': RaidRouteSheetResult;
  'raids.recordOutcome': { raid: RaidView; summary: string; promiseId: number | null };
  'raids.summary': RaidSummary;
}
