/**
 * @file API methods — Ограничение услуг (мера 8): who may be warned (the worklist), one account's debt per service
 * against the threshold (the card), and the dated data the threshold is counted by — нормативы и тарифы по
 * услугам, перечень ограничиваемых услуг, правила мер 8 и 12 (read; the administrator adds dated rows). Spread
 * into the one contract in contract.ts.
 */
import { z } from './zod-russian';
import { isoDateSchema } from './calendar-schemas';
import type { RestrictionWorklist } from '../restriction/restriction-types';
import type { ServiceThreshold } from '../restriction/restriction-threshold';

const Id = z.number().int().positive();
const note = z
  .string()
  .trim()
  .min(1, 'Укажите основание (документ, постановление).')
  .max(500, 'Основание — не длиннее 500 знаков.');
const service = z.string().trim().min(1, 'Укажите услугу.').max(200, 'Название услуги — не длиннее 200 знаков.');

const addNorm = z
  .object({
    service,
    validFromDate: isoDateSchema('Действует с'),
    /** Per resident per month, thousandths of the unit (4,745 м³ → 4745). */
    normMilli: z
      .number({ error: 'Укажите норматив.' })
      .int('Норматив — в тысячных долях единицы, целым числом.')
      .positive('Норматив должен быть больше нуля.')
      .max(100_000_000, 'Норматив слишком велик.'),
    unit: z.string().trim().min(1, 'Укажите единицу (м³, кВт·ч).').max(20, 'Единица — не длиннее 20 знаков.'),
    /** Kopecks per unit. */
    tariffKopecks: z
      .number({ error: 'Укажите тариф.' })
      .int('Тариф — в копейках, целым числом.')
      .positive('Тариф должен быть больше нуля.')
      .max(100_000_000, 'Тариф слишком велик.'),
    note,
  })
  .strict();

const addRestrictable = z
  .object({
    service,
    validFromDate: isoDateSchema('Действует с'),
    restrictable: z.boolean({ error: 'Укажите, ограничивается ли услуга.' }),
    note,
  })
  .strict();

const addRule = z
  .object({
    key: z.string().trim().min(1, 'Выберите правило.').max(80, 'Такого правила нет.'),
    validFromDate: isoDateSchema('Действует с'),
    valueInt: z
      .number({ error: 'Укажите значение.' })
      .int('Значение — целое число.')
      .min(0, 'Значение не может быть отрицательным.')
      .max(1_000_000_000, 'Значение слишком велико.'),
    note,
  })
  .strict();

export type AddNormInput = z.infer<typeof addNorm>;
export type AddRestrictableInput = z.infer<typeof addRestrictable>;
export type AddRuleInput = z.infer<typeof addRule>;

export const restrictionDataApiInputs = {
  /** Who may be warned today (measure 8), with the services over the threshold; the others counted by reason. */
  'restriction.worklist': z.object({}).strict(),
  /** One account's overdue debt per service against the threshold, and its restrictions under way. */
  'restriction.serviceDebts': z.object({ accountId: Id }).strict(),
  /** Norms and tariffs, the restrictable list and the measure rules, with the rows in force today marked. */
  'restrictionData.get': z.object({}).strict(),
  'restrictionData.addNorm': addNorm,
  'restrictionData.addRestrictable': addRestrictable,
  'restrictionData.addRule': addRule,
} satisfies Record<string, z.ZodType>;

/** One service of an account (electron/core/restriction/service-debt.ts `ServiceDebtLine`). */
export interface ServiceDebtLineView {
  service: string;
  restrictable: boolean;
  restrictableNote: string;
  /** Overdue, within the limitation. */
  debtKopecks: number;
  /** Overdue but time-barred: never a ground for restriction. */
  timeBarredKopecks: number;
  threshold: ServiceThreshold | null;
  overThreshold: boolean;
}

/** A restriction under way or finished, for the card. */
export interface RestrictionCaseView {
  id: number;
  service: string;
  status: 'warned' | 'delivered' | 'ordered' | 'restricted' | 'restoration_due' | 'restored' | 'closed';
  debtKopecks: number;
  thresholdKopecks: number;
  warningDate: string;
  deliveryMethod: 'post' | 'epd' | 'sms' | 'signature' | null;
  deliveredDate: string | null;
  timerEndsDate: string | null;
  restrictedDate: string | null;
  restorationDueDate: string | null;
}

export interface ServiceDebtsView {
  accountId: number;
  today: string;
  lines: ServiceDebtLineView[];
  /** Restrictions under way (warned … restoration due), newest first. */
  openCases: RestrictionCaseView[];
}

export interface RestrictionData {
  today: string;
  norms: Array<{
    id: number;
    service: string;
    validFromDate: string;
    normMilli: number;
    unit: string;
    tariffKopecks: number;
    note: string;
    userName: string;
    createdAtMs: number;
    inForce: boolean;
  }>;
  restrictable: Array<{
    service: string;
    validFromDate: string;
    restrictable: boolean;
    note: string;
    inForce: boolean;
  }>;
  rules: Array<{
    key: string;
    label: string;
    unit: string;
    validFromDate: string;
    valueInt: number;
    note: string;
    inForce: boolean;
  }>;
  /** Every rule key with its label (for the administrator's form). */
  ruleKeys: Array<{ key: string; label: string; unit: string }>;
}

export interface RestrictionDataApiOutputs {
  'restriction.worklist': RestrictionWorklist;
  'restriction.serviceDebts': ServiceDebtsView;
  'restrictionData.get': RestrictionData;
  'restrictionData.addNorm': { id: number };
  'restrictionData.addRestrictable': { ok: true };
  'restrictionData.addRule': { ok: true };
}
